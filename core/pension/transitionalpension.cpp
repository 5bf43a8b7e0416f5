#include "transitionalpension.h"

#include "common/numbertext.h"
#include "lineexplanation.h"
#include "overridenote.h"
#include "pensionrounding.h"

namespace tongban::pension {

namespace {

/// The coefficient in force and what its line says about it.
struct Coefficient
{
    Rational value;
    QString source;
    QString confidence;
    QString note;
    std::optional<BreakdownLine> line; ///< a line explaining a threshold choice (Jilin)
};

} // namespace

Result<PartIndex> TransitionalPension::defaultPartIndex(const policy::RegionParameters &region, const Rational &averageIndex,
                                                        const std::optional<Rational> &entered, int deemedMonths, const QString &field)
{
    if (entered) {
        if (entered->isNegative() || *entered > Rational(3))
            return Error::badInput(field, tr("the index must be between 0 and 3"));
        return PartIndex {*entered, QString(), QString(), QString()};
    }
    const policy::PensionRules &rules = region.pension;
    const QString rule = rules.transitionalDeemedIndex.value;
    if (!region.hasRuleSet)
        return Error::missingFigure(field,
                                    tr("no pension rule set of %1 is in the data, so the index of its transitional pension is not "
                                       "known; enter %2 for the %3 months (or give transitional.parts, or the approved amount)")
                                        .arg(region.displayName(), field)
                                        .arg(deemedMonths));
    if (rule == u"entered") {
        // Which index it is (Guangdong's 视同缴费指数 table, Tianjin's 全部平均工资指数, Henan's index
        // over actual years …) the rule's note says; the approval notice prints it.
        const policy::Provenance &p = rules.transitionalDeemedIndex.provenance;
        return Error::missingFigure(field,
                                    tr("%1 takes the index of the transitional pension from the approval notice; it is not in the "
                                       "shipped data (%2: %3). Enter %4 for the %5 deemed months")
                                        .arg(region.displayName(), p.document, p.localizedNote(), field)
                                        .arg(deemedMonths));
    }
    PartIndex index;
    if (rule == u"average") {
        index.value = averageIndex;
    } else if (rule == u"half-one-plus-average") {
        // (C + C × I) / 2 written as C × (1 + I) / 2: the index of the part is (1 + I) / 2, exact.
        index.value = (Rational(1) + averageIndex) / Rational(2);
        index.formula = tr("(1 + average index %1) ÷ 2 = %2").arg(averageIndex.toShortString(6), index.value.toShortString(6));
        index.source = rules.transitionalDeemedIndex.provenance.document;
        index.confidence = rules.transitionalDeemedIndex.provenance.confidence;
    } else {
        index.value = *Rational::fromDecimalString(rule);
    }
    if (rules.transitionalIndexFloor) {
        const policy::SourcedFigure &floor = *rules.transitionalIndexFloor;
        const QString before = index.formula.isEmpty() ? tr("index %1").arg(index.value.toShortString(6)) : index.formula;
        if (index.value < floor.value) {
            index.formula = tr("%1, below the floor %2 → %2").arg(before, floor.value.toShortString(6));
            index.value = floor.value;
        } else {
            index.formula = tr("%1, not below the floor %2").arg(before, floor.value.toShortString(6));
        }
        index.source = PensionRounding::joinSources({index.source, floor.provenance.document});
        index.confidence = PensionRounding::weakest({index.confidence, floor.provenance.confidence});
    }
    return index;
}

Result<Rational> TransitionalPension::deemedPartIndex(const policy::RegionParameters &region, const Rational &averageIndex,
                                                      const std::optional<Rational> &entered, int deemedMonths, const QString &field)
{
    const auto index = defaultPartIndex(region, averageIndex, entered, deemedMonths, field);
    if (!index)
        return index.error();
    return index->value;
}

Result<TransitionalOutcome> TransitionalPension::calculate(const PensionCase &c, const policy::RegionParameters &region,
                                                           const TransitionalSettings &settings)
{
    const policy::PensionRules &rules = region.pension;
    TransitionalOutcome out;

    // --- an amount approved elsewhere replaces the formula
    if (c.transitional && c.transitional->amount) {
        const TransitionalInput &t = *c.transitional;
        if (t.amount->fen() < 0)
            return Error::badInput(QStringLiteral("transitional.amount"), tr("the transitional pension cannot be negative"));
        if ((t.partsGiven && !t.parts.isEmpty()) || t.coefficient || t.notionalAccount || t.deemedIndex)
            return Error::badInput(QStringLiteral("transitional.amount"),
                                   tr("give either the approved amount or what it is computed from (parts, coefficient, notional "
                                      "account, deemed index), not both"));
        out.total = *t.amount;
        out.lines << BreakdownLine::money(QStringLiteral("transitional_pension"), tr("Transitional pension"),
                                          tr("as approved, entered for this case (the region's method is not in the data)"), *t.amount,
                                          tr("entered for this case"), QString(),
                                          OverrideNote::entered(c, QStringLiteral("transitional.amount")));
        if (!c.notes.contains(QStringLiteral("transitional.amount")))
            out.warnings << tr("The transitional pension was entered without a note: say where the amount comes from (e.g. the approval "
                               "sheet of the old and new methods).");
        return out;
    }

    // --- coefficient: the case's, else the region's (with Jilin's threshold on
    // actual months)
    Coefficient coefficient {rules.transitionalCoefficient.value, rules.transitionalCoefficient.provenance.document,
                             rules.transitionalCoefficient.provenance.confidence, rules.transitionalCoefficient.provenance.caveat(),
                             std::nullopt};
    if (c.transitional && c.transitional->coefficient) {
        if (c.transitional->coefficient->isNegative() || *c.transitional->coefficient > Rational(5, 100))
            return Error::badInput(QStringLiteral("transitional.coefficient"),
                                   tr("the transitional coefficient must be between "
                                      "0 and 0.05 (5 % a year)"));
        coefficient = Coefficient {*c.transitional->coefficient, tr("entered for this case"), QString(),
                                   OverrideNote::entered(c, QStringLiteral("transitional.coefficient")), std::nullopt};
        if (const auto w = OverrideNote::missingNoteWarning(c, QStringLiteral("transitional.coefficient"),
                                                            rules.transitionalCoefficient.provenance, tr("The transitional coefficient")))
            out.warnings << *w;
    } else if (!region.hasRuleSet) {
        coefficient.source.clear(); // none: required below where there are parts
    } else if (rules.transitionalCoefficientAbove) {
        const policy::CoefficientThreshold &threshold = *rules.transitionalCoefficientAbove;
        const bool above = c.actualMonths > threshold.actualMonthsAbove;
        const policy::SourcedFigure &figure = above ? threshold.figure : rules.transitionalCoefficient;
        coefficient = Coefficient {figure.value, figure.provenance.document, figure.provenance.confidence, figure.provenance.caveat(),
                                   std::nullopt};
        coefficient.line
            = BreakdownLine::text(QStringLiteral("transitional_pension.coefficient"), tr("Transitional coefficient"),
                                  above ? tr("actual contribution %1 months is more than %2 months → %3")
                                              .arg(c.actualMonths)
                                              .arg(threshold.actualMonthsAbove)
                                              .arg(PensionRounding::percentText(figure.value))
                                        : tr("actual contribution %1 months is not more than %2 months → "
                                             "%3")
                                              .arg(c.actualMonths)
                                              .arg(threshold.actualMonthsAbove)
                                              .arg(PensionRounding::percentText(figure.value)),
                                  PensionRounding::percentText(figure.value), coefficient.source, coefficient.confidence, coefficient.note);
    }

    // --- the base of the parts: the calculation base, or the province base
    // (Jilin)
    // Jilin: the province base, which is the calculation base where the case gives no second
    // base (as on a 2025 通化 sheet printing one base for both).
    Money defaultBase = settings.calculationBase;
    bool defaultBaseProvisional = settings.provisional;
    if (rules.transitionalBase && rules.transitionalBase->value == u"indexed-wage-base" && c.indexedWageBase) {
        defaultBase = *c.indexedWageBase;
        defaultBaseProvisional = false;
    }

    // --- the parts: given by the case, else the region's default from the deemed
    // months
    QList<TransitionalPart> parts;
    QString deemedPartNote; // note on the default deemed part's line
    bool defaultParts = false;
    std::optional<BreakdownLine> indexLine; // how the default part's index was made, when a rule made it
    const bool partsGiven = c.transitional && c.transitional->partsGiven;
    const std::optional<Rational> enteredDeemedIndex = c.transitional ? c.transitional->deemedIndex : std::nullopt;
    const std::optional<int> enteredPreAccount = c.transitional ? c.transitional->preAccountMonths : std::nullopt;
    if (partsGiven && enteredDeemedIndex)
        return Error::badInput(QStringLiteral("transitional.deemed_index"),
                               tr("give the index of each part in transitional.parts, or leave the "
                                  "parts out and give deemed_index"));
    if (partsGiven && enteredPreAccount)
        return Error::badInput(QStringLiteral("transitional.pre_account_months"),
                               tr("give the months of each part in transitional.parts, or leave the parts out and give "
                                  "pre_account_months"));
    if (enteredPreAccount && (*enteredPreAccount < 0 || *enteredPreAccount > 12 * 70))
        return Error::badInput(QStringLiteral("transitional.pre_account_months"), tr("months must be between 0 and 840"));
    if (enteredPreAccount && *enteredPreAccount > 0 && region.hasRuleSet && !rules.preAccountActual)
        return Error::badInput(QStringLiteral("transitional.pre_account_months"),
                               tr("the transitional pension of %1 counts deemed service only (its data has no rule counting the months "
                                  "paid before the individual account started); where the approval notice counts them, give "
                                  "transitional.parts")
                                   .arg(settings.regionName));
    // 建账前累计缴费年限: deemed months plus the months actually paid before the account started.
    const int preAccountMonths = enteredPreAccount.value_or(0);
    const int defaultMonths = c.deemedMonths + preAccountMonths;
    if (!partsGiven && rules.preAccountActual && !enteredPreAccount)
        out.warnings << tr("%1 counts the months actually paid before the individual account started (up to %2) in the transitional "
                           "pension; the case does not give transitional.pre_account_months, so none are counted")
                            .arg(settings.regionName, rules.preAccountActual->until.toString());
    const bool variantApplies = !rules.transitionalFrom || settings.retirement >= *rules.transitionalFrom;
    if (partsGiven) {
        parts = c.transitional->parts;
    } else if (defaultMonths > 0) {
        if (!region.hasRuleSet && !c.transitional)
            return Error::missingFigure(QStringLiteral("transitional"),
                                        tr("no pension rule set of %1 is in the data, so its transitional pension is not known; give "
                                           "transitional.parts with the coefficient, the deemed_index and coefficient of the %2 "
                                           "months, the approved amount, or \"parts\": [] where none is paid")
                                            .arg(settings.regionName)
                                            .arg(defaultMonths));
        if (!variantApplies)
            return Error::missingFigure(QStringLiteral("transitional"),
                                        tr("the transitional rule of %1 in the shipped data applies to "
                                           "pensions from %2; "
                                           "for a pension starting %3 enter transitional.parts from the "
                                           "sheet")
                                            .arg(settings.regionName, rules.transitionalFrom->toString(), settings.retirement.toString()));
        const auto index
            = defaultPartIndex(region, c.averageIndex, enteredDeemedIndex, defaultMonths, QStringLiteral("transitional.deemed_index"));
        if (!index)
            return index.error();
        const bool withPreAccount = rules.preAccountActual || preAccountMonths > 0;
        const QString label = withPreAccount
            ? tr("service before the individual account (deemed %1 + paid %2 months)").arg(c.deemedMonths).arg(preAccountMonths)
            : tr("deemed service");
        parts << TransitionalPart {defaultMonths, index->value, std::nullopt, label, LineExplanation::deemedService()};
        defaultParts = true;
        if (!index->formula.isEmpty())
            indexLine = BreakdownLine::text(QStringLiteral("transitional_pension.index"), tr("Transitional pension: index"), index->formula,
                                            index->value.toShortString(6), index->source, index->confidence);
        // The region's periods at their own index need the contribution history: without it
        // they are not counted, which must not pass unnoticed.
        for (const policy::TransitionalPeriodPart &period : rules.transitionalPeriodParts)
            out.warnings << tr("%1 also pays a transitional part for %2 (%3…%4 at that period's own index), which needs the "
                               "contribution history; from a case file give it in transitional.parts, or it is not counted")
                                .arg(settings.regionName, period.label, period.from.toString(), period.to.toString());
        if (enteredDeemedIndex) {
            deemedPartNote = OverrideNote::entered(c, QStringLiteral("transitional.deemed_index"));
            if (rules.transitionalDeemedIndex.value != u"entered") {
                if (const auto w
                    = OverrideNote::missingNoteWarning(c, QStringLiteral("transitional.deemed_index"),
                                                       rules.transitionalDeemedIndex.provenance, tr("The index of deemed service")))
                    out.warnings << *w;
            }
        } else {
            deemedPartNote = rules.transitionalDeemedIndex.provenance.caveat();
        }
    }
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const TransitionalPart &part = parts.at(i);
        const QString field = QStringLiteral("transitional.parts[%1]").arg(i);
        if (part.months < 0 || part.months > 12 * 70)
            return Error::badInput(field + QStringLiteral(".months"), tr("months must be between 0 and 840"));
        if (part.index.isNegative() || part.index > Rational(3))
            return Error::badInput(field + QStringLiteral(".index"), tr("the index must be between 0 and 3"));
        if (part.base && part.base->fen() <= 0)
            return Error::badInput(field + QStringLiteral(".base"), tr("the base must be a positive amount"));
    }

    const std::optional<Money> notional = c.transitional ? c.transitional->notionalAccount : std::nullopt;
    if (parts.isEmpty() && !notional)
        return out;
    if (!parts.isEmpty() && !region.hasRuleSet && !(c.transitional && c.transitional->coefficient))
        return Error::missingFigure(QStringLiteral("transitional.coefficient"),
                                    tr("no pension rule set of %1 is in the data, so its transitional coefficient (过渡系数) is not "
                                       "known; enter transitional.coefficient from the approval notice")
                                        .arg(settings.regionName));
    if (!parts.isEmpty() && coefficient.line)
        out.lines << *coefficient.line;
    if (indexLine) {
        indexLine->provisional = false; // an index: not an amount on the base
        out.lines << *indexLine;
    }

    const bool weighted = rules.transitionalVariant && rules.transitionalVariant->value == u"weighted-pre-account" && variantApplies;
    int lineParts = 0;
    if (weighted && !parts.isEmpty()) {
        // Guangdong: one index over the whole pre-1998-07 period, weighted by
        // months.
        int months = 0;
        Rational weightedSum;
        QStringList terms;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const TransitionalPart &part = parts.at(i);
            if (part.base)
                return Error::badInput(QStringLiteral("transitional.parts[%1].base").arg(i),
                                       tr("%1 weights all periods before 1998-07 into one index on one "
                                          "base; a part cannot have its own base")
                                           .arg(settings.regionName));
            months += part.months;
            weightedSum += Rational(part.months) * part.index;
            terms << tr("%1 months × %2").arg(part.months).arg(part.index.toShortString(6));
        }
        const policy::Provenance &variant = rules.transitionalVariant->provenance;
        if (months > 0) {
            const Rational index = weightedSum / Rational(months);
            out.lines << BreakdownLine::text(
                QStringLiteral("transitional_pension.index"), tr("Transitional pension: average index before 1998-07"),
                tr("(%1) ÷ %2 months = %3").arg(terms.join(QStringLiteral(" + "))).arg(months).arg(index.toShortString(6)),
                index.toShortString(6), variant.document, variant.confidence, defaultParts ? deemedPartNote : QString());
            const Rational years = PensionRounding::years(Rational(months, 12), settings.yearsRule);
            const Money amount = PensionRounding::amount(defaultBase.yuan() * index * years * coefficient.value, settings.amountRule);
            out.total += amount;
            ++lineParts;
            out.provisional = out.provisional || defaultBaseProvisional;
            out.lines << BreakdownLine::money(
                QStringLiteral("transitional_pension.part1"),
                tr("Transitional pension: %1").arg(tr("deemed and actual service before 1998-07")),
                tr("%1 × index %2 × %3 years (%4 months) × %5 = %6")
                    .arg(NumberText::amount(defaultBase), index.toShortString(6), PensionRounding::yearsText(years))
                    .arg(months)
                    .arg(PensionRounding::percentText(coefficient.value), NumberText::amount(amount)),
                amount, PensionRounding::joinSources({coefficient.source, variant.document}),
                PensionRounding::weakest({coefficient.confidence, variant.confidence}), coefficient.note);
            out.lines.last().provisional = defaultBaseProvisional;
        }
    } else {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const TransitionalPart &part = parts.at(i);
            const Money base = part.base.value_or(defaultBase);
            const Rational years = PensionRounding::years(Rational(part.months, 12), settings.yearsRule);
            const Money amount = PensionRounding::amount(base.yuan() * part.index * years * coefficient.value, settings.amountRule);
            out.total += amount;
            ++lineParts;
            const QString label = part.label.isEmpty() ? tr("part %1").arg(i + 1) : part.label;
            QString note = defaultParts ? deemedPartNote : QString();
            if (note.isEmpty())
                note = coefficient.note;
            out.lines << BreakdownLine::money(
                QStringLiteral("transitional_pension.part%1").arg(i + 1), tr("Transitional pension: %1").arg(label),
                tr("%1 × index %2 × %3 years (%4 months) × %5 = %6")
                    .arg(NumberText::amount(base), part.index.toShortString(6), PensionRounding::yearsText(years))
                    .arg(part.months)
                    .arg(PensionRounding::percentText(coefficient.value), NumberText::amount(amount)),
                amount, coefficient.source, coefficient.confidence, note);
            out.lines.last().explanation = LineExplanation::transitionalPart(part.explanation);
            out.lines.last().provisional = !part.base && defaultBaseProvisional;
            out.provisional = out.provisional || out.lines.last().provisional;
        }
    }
    if (notional) {
        if (!rules.notionalDivisor)
            return Error::badInput(QStringLiteral("transitional.notional_account"),
                                   tr("%1 has no notional-account (虚账实记) rule; leave this field out").arg(settings.regionName));
        if (notional->fen() < 0)
            return Error::badInput(QStringLiteral("transitional.notional_account"), tr("the notional account cannot be negative"));
        const Money amount = PensionRounding::amount(notional->yuan() / rules.notionalDivisor->value, settings.amountRule);
        out.total += amount;
        ++lineParts;
        out.lines << BreakdownLine::money(
            QStringLiteral("transitional_pension.notional"), tr("Transitional pension: notional account"),
            tr("%1 ÷ %2 = %3").arg(NumberText::amount(*notional), rules.notionalDivisor->value.toShortString(), NumberText::amount(amount)),
            amount, rules.notionalDivisor->provenance.document, rules.notionalDivisor->provenance.confidence,
            rules.notionalDivisor->provenance.caveat());
    }
    out.lines << BreakdownLine::money(QStringLiteral("transitional_pension"), tr("Transitional pension"),
                                      lineParts > 1 ? tr("sum of the parts above") : tr("the part above"), out.total, coefficient.source,
                                      coefficient.confidence);
    out.lines.last().provisional = out.provisional;
    return out;
}

} // namespace tongban::pension
