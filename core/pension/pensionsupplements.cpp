#include "pensionsupplements.h"

#include "common/numbertext.h"
#include "pensionrounding.h"

namespace tongban::pension {

namespace {

/// A claimed add-on computed: the exact amount, the formula's left-hand side, and whether it
/// rests on a provisional base.
struct Computed
{
    Rational exact;
    QString formula;
    bool provisional = false;
};

QString yuanText(const Rational &yuan, int decimals = 2)
{
    return NumberText::number(yuan, decimals);
}

} // namespace

Result<SupplementOutcome> PensionSupplements::calculate(const PensionCase &c, const policy::RegionParameters &region,
                                                        const SupplementInputs &in)
{
    SupplementOutcome out;
    QStringList paidLabels; // what the case pays, for the unmodelled add-ons' warnings
    for (qsizetype i = 0; i < c.supplements.size(); ++i) {
        const Supplement &s = c.supplements.at(i);
        const QString field = QStringLiteral("supplements[%1]").arg(i);
        const QString key = QStringLiteral("supplement.%1").arg(i + 1);
        if (!s.isRule()) {
            if (s.label.trimmed().isEmpty())
                return Error::badInput(field + QStringLiteral(".label"), tr("every add-on needs its name as printed on the sheet"));
            if (s.amount.fen() < 0)
                return Error::badInput(field + QStringLiteral(".amount"), tr("an add-on is an amount paid on top: it cannot be negative"));
            if (s.rate || s.months)
                return Error::badInput(field + (s.rate ? QStringLiteral(".rate") : QStringLiteral(".months")),
                                       tr("an add-on entered as printed has a label and an amount only; a rate or months belong to a "
                                          "claimed rule"));
            out.total += s.amount;
            paidLabels << s.label;
            out.lines << BreakdownLine::money(key, s.label, tr("as printed on the sheet"), s.amount, tr("entered for this case"), QString(),
                                              s.note.trimmed().isEmpty() ? QString()
                                                                         : tr("entered for this case: %1").arg(s.note.trimmed()));
            continue;
        }

        const policy::ModelledSupplement *rule = region.pension.supplement(s.rule);
        if (!rule) {
            QStringList ids;
            for (const policy::ModelledSupplement &m : region.pension.supplements)
                ids << QStringLiteral("%1 (%2)").arg(m.id, m.label);
            return Error::badInput(field + QStringLiteral(".rule"),
                                   ids.isEmpty() ? tr("%1 has no add-on with a formula in the data; enter the amount as printed with a "
                                                      "label")
                                                       .arg(region.displayName())
                                                 : tr("%1 has no add-on \"%2\"; its add-ons with a formula: %3")
                                                       .arg(region.displayName(), s.rule, ids.join(QStringLiteral(", "))));
        }
        const bool hasRate
            = rule->kind == u"share-of-components" || rule->kind == u"share-of-base" || rule->kind == u"indexed-wage-rate-years";
        if (s.rate && (!hasRate || !rule->provenance.overridable))
            return Error::badInput(field + QStringLiteral(".rate"),
                                   hasRate ? tr("the rate of %1 is fixed in the data (%2); it cannot be replaced for one case")
                                                 .arg(rule->label, rule->provenance.document)
                                           : tr("%1 has no rate to replace").arg(rule->label));
        if (s.rate && (s.rate->isNegative() || *s.rate > Rational(1)))
            return Error::badInput(field + QStringLiteral(".rate"), tr("a rate is a fraction between 0 and 1 (0.001 = 0.1 %)"));
        const bool byTiers = rule->kind == u"indexed-wage-tiers";
        if (byTiers && !s.months)
            return Error::badInput(
                field + QStringLiteral(".months"),
                tr("%1 depends on the months worked in the region; give them (e.g. from the approval notice)").arg(rule->label));
        if (!byTiers && s.months)
            return Error::badInput(field + QStringLiteral(".months"), tr("%1 does not depend on months worked").arg(rule->label));
        if (s.months && (*s.months < 0 || *s.months > 12 * 70))
            return Error::badInput(field + QStringLiteral(".months"), tr("months must be between 0 and 840"));

        const Rational rate = s.rate.value_or(rule->rate);
        Computed computed;
        if (rule->kind == u"share-of-components") {
            Rational sum;
            QStringList terms;
            for (const QString &component : rule->components) {
                const Money m = component == u"basic_pension"    ? in.basicPension
                    : component == u"individual_account_pension" ? in.individualAccountPension
                                                                 : in.transitionalPension;
                sum += m.yuan();
                terms << NumberText::amount(m);
                computed.provisional = computed.provisional || (component == u"basic_pension" && in.basicProvisional)
                    || (component == u"transitional_pension" && in.transitionalProvisional);
            }
            computed.exact = rate * sum;
            computed.formula = tr("%1 × (%2)").arg(PensionRounding::percentText(rate), terms.join(QStringLiteral(" + ")));
        } else if (rule->kind == u"share-of-base") {
            const policy::EffectiveFigure *base = nullptr;
            for (const policy::EffectiveFigure &f : rule->bases) {
                if (in.retirement >= f.from && (!f.to.isValid() || in.retirement <= f.to))
                    base = &f;
            }
            if (!base)
                return Error::missingFigure(field + QStringLiteral(".rule"),
                                            tr("the figure %1 is a share of is not in the data for a pension starting %2; enter the "
                                               "amount as printed with a label")
                                                .arg(rule->label, in.retirement.toString()));
            computed.exact = rate * base->figure.value;
            computed.formula = tr("%1 × %2 (the figure for pensions from %3)")
                                   .arg(PensionRounding::percentText(rate), yuanText(base->figure.value), base->from.toString());
        } else if (rule->kind == u"indexed-wage-rate-years") {
            computed.exact = in.indexedWage * rate * in.contributionYears;
            computed.formula = tr("%1 × %2 × %3 years")
                                   .arg(NumberText::number(in.indexedWage), PensionRounding::percentText(rate),
                                        PensionRounding::yearsText(in.contributionYears));
            computed.provisional = in.indexedWageProvisional;
        } else if (rule->kind == u"fixed-plus-index-years") {
            computed.exact = rule->amount + in.averageIndex * in.contributionYears * rule->factor;
            computed.formula = tr("%1 + average index %2 × %3 years × %4")
                                   .arg(yuanText(rule->amount), in.averageIndex.toShortString(6),
                                        PensionRounding::yearsText(in.contributionYears), rule->factor.toShortString(6));
        } else if (rule->kind == u"fixed") {
            computed.exact = rule->amount;
            computed.formula = tr("a fixed %1 a month").arg(yuanText(rule->amount));
        } else { // indexed-wage-tiers
            const policy::SupplementTier *tier = nullptr;
            for (const policy::SupplementTier &t : rule->tiers) {
                if (*s.months >= t.monthsFrom)
                    tier = &t;
            }
            if (tier) {
                computed.exact = in.indexedWage * tier->rate;
                computed.formula = tr("%1 × %2 (%3 months worked in the region: the tier from %4 months)")
                                       .arg(NumberText::number(in.indexedWage), PensionRounding::percentText(tier->rate))
                                       .arg(*s.months)
                                       .arg(tier->monthsFrom);
                computed.provisional = in.indexedWageProvisional;
            } else {
                computed.formula = tr("%1 months worked in the region: below the first tier (%2 months), none")
                                       .arg(*s.months)
                                       .arg(rule->tiers.first().monthsFrom);
            }
        }
        const Money amount = PensionRounding::amount(computed.exact, in.amountRule);
        out.total += amount;
        paidLabels << rule->label;
        QStringList notes;
        if (!rule->localizedCondition().isEmpty())
            notes << tr("paid to: %1").arg(rule->localizedCondition());
        if (!rule->provenance.caveat().isEmpty() && !s.rate)
            notes << rule->provenance.caveat();
        if (s.rate || !s.note.trimmed().isEmpty())
            notes << (s.note.trimmed().isEmpty() ? tr("entered for this case") : tr("entered for this case: %1").arg(s.note.trimmed()));
        if (s.rate && s.note.trimmed().isEmpty())
            out.warnings
                << tr("The rate of %1 was replaced for this case without a note; record why in the supplement's note").arg(rule->label);
        out.lines << BreakdownLine::money(key, rule->label, tr("%1 = %2").arg(computed.formula, NumberText::amount(amount)), amount,
                                          rule->provenance.document, rule->provenance.confidence, notes.join(QStringLiteral("; ")));
        out.lines.last().provisional = computed.provisional;
        out.provisional = out.provisional || computed.provisional;
    }

    // Add-ons the region pays whose formula the data lacks: say so until the clerk enters them.
    for (const policy::UnmodelledSupplement &u : region.pension.unmodelledSupplements) {
        const bool entered
            = std::any_of(paidLabels.cbegin(), paidLabels.cend(), [&](const QString &label) { return label.contains(u.label); });
        if (!entered)
            out.warnings << tr("%1 also pays %2, whose formula is not in the shipped data (%3); enter it from the sheet as a supplement "
                               "labelled \"%2\"")
                                .arg(region.displayName(), u.label, u.provenance.localizedNote());
    }
    return out;
}

} // namespace tongban::pension
