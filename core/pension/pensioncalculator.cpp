#include "pensioncalculator.h"

#include "retirement/retirementrule.h"

namespace tongban::pension {

namespace {

const QString kGf2005 = QStringLiteral("国发〔2005〕38号");

/// A convention name and the exact rounding it stands for.
struct Convention
{
    QString name;
    QString origin; ///< the region's source document, or "case override"
    QString confidence;
};

Rational roundYears(const Rational &years, const QString &rule)
{
    if (rule == u"2dp")
        return years.rounded(2, RoundingMode::HalfUp);
    if (rule == u"4dp")
        return years.rounded(4, RoundingMode::HalfUp);
    if (rule == u"trunc-2dp")
        return years.rounded(2, RoundingMode::Truncate);
    if (rule == u"ceil-0.1")
        return years.rounded(1, RoundingMode::Ceiling);
    return years; // "exact"
}

Money roundAmount(const Rational &yuan, const QString &rule)
{
    if (rule == u"jiao")
        return Money::fromYuan(yuan.rounded(1, RoundingMode::HalfUp), RoundingMode::HalfUp);
    if (rule == u"ceil-jiao")
        return Money::fromYuan(yuan.rounded(1, RoundingMode::Ceiling), RoundingMode::HalfUp);
    return Money::fromYuan(yuan, RoundingMode::HalfUp); // "fen"
}

/// Years shown with the decimals that matter: "25.3333" for exact thirds, "21.58".
QString yearsText(const Rational &years)
{
    return years.toShortString(4);
}

QString percentText(const Rational &fraction)
{
    return (fraction * Rational(100)).toShortString(4) + u'%';
}

QString weakest(std::initializer_list<QString> confidences)
{
    QString result;
    for (const QString &c : confidences) {
        if (c == u"LOW")
            return c;
        if (c == u"MEDIUM")
            result = c;
        else if (c == u"HIGH" && result.isEmpty())
            result = c;
    }
    return result;
}

QString joinSources(std::initializer_list<QString> sources)
{
    QStringList list;
    for (const QString &s : sources) {
        if (!s.isEmpty() && !list.contains(s))
            list << s;
    }
    return list.join(QStringLiteral("; "));
}

bool isYearsRule(const QString &r)
{
    return r == u"exact" || r == u"2dp" || r == u"4dp" || r == u"trunc-2dp" || r == u"ceil-0.1";
}

} // namespace

PensionCalculator::PensionCalculator(std::shared_ptr<const policy::ParameterSet> parameters)
    : m_parameters(std::move(parameters))
{
}

Result<std::pair<Rational, QString>> PensionCalculator::payoutMonths(const policy::RegionParameters &region, YearsMonths age,
                                                                     YearMonth retirement) const
{
    const auto whole = m_parameters->payoutMonthsForAge(age.years);
    if (!whole)
        return Error::missingFigure(QStringLiteral("payout_months"),
                                    tr("the payout-month table (国发〔2005〕38号) covers ages 40 to 70; retiring at %1 years %2 months "
                                       "needs the divisor entered by hand")
                                        .arg(age.years)
                                        .arg(age.months));
    const policy::PensionRules &rules = region.pension;
    const bool interpolate = rules.payoutMonthsRule.value == u"interpolate-0.1" && age.months > 0
                             && retirement >= rules.payoutInterpolationFrom;
    if (!interpolate) {
        QString formula = tr("age %1 years → %2 (annex of 国发〔2005〕38号)").arg(age.years).arg(whole->value.toShortString());
        if (age.months > 0)
            formula += tr("; %1 months over the whole age are not counted for retirements before %2")
                           .arg(age.months)
                           .arg(rules.payoutInterpolationFrom.toString());
        return std::pair{whole->value, formula};
    }
    const auto next = m_parameters->payoutMonthsForAge(age.years + 1);
    if (!next)
        return Error::missingFigure(QStringLiteral("payout_months"),
                                    tr("no payout months for age %1 to interpolate towards").arg(age.years + 1));
    const Rational exact = whole->value - (whole->value - next->value) * Rational(age.months, 12);
    const Rational rounded = exact.rounded(1, RoundingMode::HalfUp);
    const QString formula = tr("age %1 years %2 months: %3 − (%3 − %4) × %2/12 = %5 → %6 (half-up to 0.1)")
                                .arg(age.years)
                                .arg(age.months)
                                .arg(whole->value.toShortString())
                                .arg(next->value.toShortString())
                                .arg(exact.toShortString(4))
                                .arg(rounded.toShortString());
    return std::pair{rounded, formula};
}

Result<PensionResult> PensionCalculator::calculate(const PensionCase &c) const
{
    const auto regionResult = m_parameters->region(c.region);
    if (!regionResult)
        return regionResult.error();
    const policy::RegionParameters &region = **regionResult;
    const policy::PensionRules &rules = region.pension;

    // --- input checks: each names its field and what is allowed
    if (c.actualMonths < 0 || c.actualMonths > 12 * 70)
        return Error::badInput(QStringLiteral("actual_months"), tr("months actually paid must be between 0 and 840"));
    if (c.deemedMonths < 0 || c.deemedMonths > 12 * 70)
        return Error::badInput(QStringLiteral("deemed_months"), tr("deemed months must be between 0 and 840"));
    if (c.actualMonths + c.deemedMonths == 0)
        return Error::badInput(QStringLiteral("actual_months"), tr("a pension needs at least one month of contribution (actual or deemed)"));
    if (c.averageIndex.isNegative() || c.averageIndex > Rational(3))
        return Error::badInput(QStringLiteral("average_index"),
                               tr("the average contribution index must be between 0 and 3 (bases are capped at 300 % of the average wage)"));
    if (c.accountBalance.fen() < 0)
        return Error::badInput(QStringLiteral("account_balance"), tr("the account balance cannot be negative"));
    if (c.calculationBase && c.calculationBase->fen() <= 0)
        return Error::badInput(QStringLiteral("calculation_base"), tr("the calculation base must be a positive amount in CNY per month"));
    if (c.indexedWageBase && c.indexedWageBase->fen() <= 0)
        return Error::badInput(QStringLiteral("indexed_wage_base"), tr("the base of the indexed half must be a positive amount"));
    if (c.indexedWage && c.indexedWage->fen() < 0)
        return Error::badInput(QStringLiteral("indexed_wage"), tr("the indexed wage cannot be negative"));
    if (c.payoutMonths && (c.payoutMonths->isNegative() || c.payoutMonths->isZero() || *c.payoutMonths > Rational(300)))
        return Error::badInput(QStringLiteral("payout_months"), tr("payout months must be above 0 and at most 300"));
    if (!c.rounding.years.isEmpty() && !isYearsRule(c.rounding.years))
        return Error::badInput(QStringLiteral("rounding.years"), tr("must be one of: exact, 2dp, 4dp, trunc-2dp, ceil-0.1"));
    if (!c.rounding.amounts.isEmpty() && c.rounding.amounts != u"fen" && c.rounding.amounts != u"jiao" && c.rounding.amounts != u"ceil-jiao")
        return Error::badInput(QStringLiteral("rounding.amounts"), tr("must be one of: fen, jiao, ceil-jiao"));
    if (!c.rounding.total.isEmpty() && c.rounding.total != u"sum" && c.rounding.total != u"ceil-jiao")
        return Error::badInput(QStringLiteral("rounding.total"), tr("must be one of: sum, ceil-jiao"));
    if (c.birth && c.retirement && *c.retirement <= *c.birth)
        return Error::badInput(QStringLiteral("retirement"), tr("the retirement month must come after the birth month"));

    const Convention yearsRule{c.rounding.years.isEmpty() ? rules.yearsRounding.value : c.rounding.years,
                               c.rounding.years.isEmpty() ? rules.yearsRounding.provenance.document : tr("case override"),
                               c.rounding.years.isEmpty() ? rules.yearsRounding.provenance.confidence : QString()};
    const Convention amountRule{c.rounding.amounts.isEmpty() ? rules.amountRounding.value : c.rounding.amounts,
                                c.rounding.amounts.isEmpty() ? rules.amountRounding.provenance.document : tr("case override"),
                                c.rounding.amounts.isEmpty() ? rules.amountRounding.provenance.confidence : QString()};
    const Convention totalRule{c.rounding.total.isEmpty() ? rules.totalRounding.value : c.rounding.total,
                               c.rounding.total.isEmpty() ? rules.totalRounding.provenance.document : tr("case override"),
                               c.rounding.total.isEmpty() ? rules.totalRounding.provenance.confidence : QString()};

    PensionResult r;
    r.region = c.region;
    r.regionName = region.displayName();

    // --- retirement month and age
    std::optional<retirement::StatutoryRetirement> statutory;
    if (c.birth) {
        if (!c.group && !c.retirement)
            return Error::badInput(QStringLiteral("group"), tr("the retirement-age group (male, female-55, female-50) is required with the birth month"));
        if (c.group) {
            auto s = retirement::RetirementRule::statutory(*c.birth, *c.group, *m_parameters);
            if (!s)
                return s.error();
            statutory = *s;
        }
    }
    if (c.retirement)
        r.retirement = *c.retirement;
    else if (statutory)
        r.retirement = statutory->statutoryRetirement;
    else
        return Error::badInput(QStringLiteral("retirement"), tr("the retirement month is required, or the birth month and group to derive it"));
    if (c.birth)
        r.ageAtRetirement = YearsMonths::fromMonths(c.birth->monthsTo(r.retirement));

    // --- contribution years
    const int totalMonths = c.actualMonths + c.deemedMonths;
    const Rational exactYears(totalMonths, 12);
    r.contributionYears = roundYears(exactYears, yearsRule.name);
    {
        QString formula = tr("(actual %1 + deemed %2) months ÷ 12 = %3").arg(c.actualMonths).arg(c.deemedMonths).arg(exactYears.toShortString(4));
        if (r.contributionYears != exactYears)
            formula += tr(" → %1 (rule %2)").arg(yearsText(r.contributionYears), yearsRule.name);
        r.lines << BreakdownLine{QStringLiteral("contribution_years"), tr("Contribution period (years)"), formula,
                                 yearsText(r.contributionYears), joinSources({kGf2005, yearsRule.origin}), yearsRule.confidence};
    }
    const int minimum = m_parameters->minimumContributionMonths(r.retirement.year());
    if (totalMonths < minimum)
        r.warnings << tr("%1 contribution months are below the minimum of %2 months for a monthly pension in %3; "
                         "the person may keep contributing or pay the missing months in one sum")
                          .arg(totalMonths)
                          .arg(minimum)
                          .arg(r.retirement.year());

    // --- calculation base
    QString baseSource;
    QString baseConfidence;
    if (c.calculationBase) {
        r.calculationBase = *c.calculationBase;
        baseSource = tr("entered for this case");
    } else {
        const auto base = region.calculationBaseFor(r.retirement);
        if (!base)
            return base.error();
        r.calculationBase = Money::fromYuan(base->value, RoundingMode::HalfUp);
        baseSource = base->provenance.document;
        baseConfidence = base->provenance.confidence;
    }
    r.lines << BreakdownLine{QStringLiteral("calculation_base"), tr("Calculation base (CNY/month)"),
                             tr("%1, pension starting %2").arg(r.regionName, r.retirement.toString()),
                             r.calculationBase.toPlainString(), baseSource, baseConfidence};

    // --- payout months
    QString payoutSource;
    if (c.payoutMonths) {
        r.payoutMonths = *c.payoutMonths;
        r.lines << BreakdownLine{QStringLiteral("payout_months"), tr("Payout months"), tr("entered for this case"),
                                 r.payoutMonths.toShortString(), tr("entered for this case"), QString()};
    } else {
        if (!r.ageAtRetirement)
            return Error::badInput(QStringLiteral("birth"), tr("the birth month is required to find the payout months, or give payout_months"));
        const auto payout = payoutMonths(region, *r.ageAtRetirement, r.retirement);
        if (!payout)
            return payout.error();
        r.payoutMonths = payout->first;
        const auto figure = m_parameters->payoutMonthsForAge(r.ageAtRetirement->years);
        r.lines << BreakdownLine{QStringLiteral("payout_months"), tr("Payout months"), payout->second, r.payoutMonths.toShortString(),
                                 joinSources({QStringLiteral("国发〔2005〕38号 附件"), rules.payoutMonthsRule.provenance.document}),
                                 weakest({figure->provenance.confidence, rules.payoutMonthsRule.provenance.confidence})};
    }

    // --- basic pension (基础养老金)
    const Money indexedBase = c.indexedWageBase.value_or(r.calculationBase);
    Rational indexedUsed; // what enters the formula: to the fen, or exact where the region keeps it so
    if (c.indexedWage) {
        indexedUsed = c.indexedWage->yuan();
        r.lines << BreakdownLine{QStringLiteral("indexed_wage"), tr("Indexed average monthly contribution wage"),
                                 tr("as printed on the sheet"), c.indexedWage->toPlainString(), tr("entered for this case"), QString()};
    } else {
        const Rational exact = indexedBase.yuan() * c.averageIndex;
        const bool roundIt = rules.indexedWageRounding.value != u"none";
        indexedUsed = roundIt ? Money::fromYuan(exact, RoundingMode::HalfUp).yuan() : exact;
        r.lines << BreakdownLine{QStringLiteral("indexed_wage"), tr("Indexed average monthly contribution wage"),
                                 tr("%1 × average index %2 = %3").arg(indexedBase.toPlainString(), c.averageIndex.toShortString(6),
                                                                        indexedUsed.toShortString(roundIt ? 2 : 6)),
                                 Money::fromYuan(exact, RoundingMode::HalfUp).toPlainString(),
                                 joinSources({kGf2005, rules.indexedWageRounding.provenance.document}),
                                 rules.indexedWageRounding.provenance.confidence};
    }
    r.indexedWage = Money::fromYuan(indexedUsed, RoundingMode::HalfUp);
    r.basicPension = roundAmount((r.calculationBase.yuan() + indexedUsed) / Rational(2) * r.contributionYears * Rational(1, 100),
                                 amountRule.name);
    r.lines << BreakdownLine{QStringLiteral("basic_pension"), tr("Basic pension"),
                             tr("(%1 + %2) ÷ 2 × %3 years × 1% = %4")
                                 .arg(r.calculationBase.toPlainString(), r.indexedWage.toPlainString(), yearsText(r.contributionYears),
                                      r.basicPension.toPlainString()),
                             r.basicPension.toPlainString(), joinSources({kGf2005, amountRule.origin}),
                             weakest({baseConfidence, yearsRule.confidence, amountRule.confidence})};

    // --- individual account pension (个人账户养老金)
    r.individualAccountPension = roundAmount(c.accountBalance.yuan() / r.payoutMonths, amountRule.name);
    r.lines << BreakdownLine{QStringLiteral("individual_account_pension"), tr("Individual account pension"),
                             tr("%1 ÷ %2 months = %3")
                                 .arg(c.accountBalance.toPlainString(), r.payoutMonths.toShortString(), r.individualAccountPension.toPlainString()),
                             r.individualAccountPension.toPlainString(), kGf2005, QString()};

    // --- transitional pension (过渡性养老金): a provincial formula, 国发〔2005〕38号 leaves it to them
    QList<TransitionalPart> parts;
    std::optional<Money> notional;
    Rational coefficient = rules.transitionalCoefficient.value;
    QString coefficientSource = rules.transitionalCoefficient.provenance.document;
    QString coefficientConfidence = rules.transitionalCoefficient.provenance.confidence;
    if (c.transitional) {
        parts = c.transitional->parts;
        notional = c.transitional->notionalAccount;
        if (c.transitional->coefficient) {
            if (c.transitional->coefficient->isNegative() || *c.transitional->coefficient > Rational(5, 100))
                return Error::badInput(QStringLiteral("transitional.coefficient"), tr("the transitional coefficient must be between 0 and 0.05 (5 % a year)"));
            coefficient = *c.transitional->coefficient;
            coefficientSource = tr("entered for this case");
            coefficientConfidence.clear();
        }
    } else if (c.deemedMonths > 0) {
        const QString indexRule = rules.transitionalDeemedIndex.value;
        const Rational index = indexRule == u"average" ? c.averageIndex : *Rational::fromDecimalString(indexRule);
        parts << TransitionalPart{c.deemedMonths, index, std::nullopt, tr("deemed service")};
    }
    Money transitional;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const TransitionalPart &part = parts.at(i);
        const QString field = QStringLiteral("transitional.parts[%1]").arg(i);
        if (part.months < 0 || part.months > 12 * 70)
            return Error::badInput(field + QStringLiteral(".months"), tr("months must be between 0 and 840"));
        if (part.index.isNegative() || part.index > Rational(3))
            return Error::badInput(field + QStringLiteral(".index"), tr("the index must be between 0 and 3"));
        if (part.base && part.base->fen() <= 0)
            return Error::badInput(field + QStringLiteral(".base"), tr("the base must be a positive amount"));
        const Money base = part.base.value_or(r.calculationBase);
        const Rational years = roundYears(Rational(part.months, 12), yearsRule.name);
        const Money amount = roundAmount(base.yuan() * part.index * years * coefficient, amountRule.name);
        transitional += amount;
        const QString label = part.label.isEmpty() ? tr("part %1").arg(i + 1) : part.label;
        r.lines << BreakdownLine{QStringLiteral("transitional_pension.part%1").arg(i + 1), tr("Transitional pension: %1").arg(label),
                                 tr("%1 × index %2 × %3 years (%4 months) × %5 = %6")
                                     .arg(base.toPlainString(), part.index.toShortString(6), yearsText(years))
                                     .arg(part.months)
                                     .arg(percentText(coefficient), amount.toPlainString()),
                                 amount.toPlainString(), coefficientSource, coefficientConfidence};
    }
    if (notional) {
        if (!rules.notionalDivisor)
            return Error::badInput(QStringLiteral("transitional.notional_account"),
                                   tr("%1 has no notional-account (虚账实记) rule; leave this field out").arg(r.regionName));
        if (notional->fen() < 0)
            return Error::badInput(QStringLiteral("transitional.notional_account"), tr("the notional account cannot be negative"));
        const Money amount = roundAmount(notional->yuan() / rules.notionalDivisor->value, amountRule.name);
        transitional += amount;
        r.lines << BreakdownLine{QStringLiteral("transitional_pension.notional"), tr("Transitional pension: notional account"),
                                 tr("%1 ÷ %2 = %3").arg(notional->toPlainString(), rules.notionalDivisor->value.toShortString(), amount.toPlainString()),
                                 amount.toPlainString(), rules.notionalDivisor->provenance.document, rules.notionalDivisor->provenance.confidence};
    }
    r.transitionalPension = transitional;
    if (!parts.isEmpty() || notional) {
        r.lines << BreakdownLine{QStringLiteral("transitional_pension"), tr("Transitional pension"),
                                 parts.size() + (notional ? 1 : 0) > 1 ? tr("sum of the parts above") : tr("the part above"),
                                 transitional.toPlainString(), coefficientSource, coefficientConfidence};
    }

    // --- supplements
    for (qsizetype i = 0; i < c.supplements.size(); ++i) {
        const Supplement &s = c.supplements.at(i);
        if (s.label.trimmed().isEmpty())
            return Error::badInput(QStringLiteral("supplements[%1].label").arg(i), tr("every add-on needs its name as printed on the sheet"));
        r.supplements += s.amount;
        r.lines << BreakdownLine{QStringLiteral("supplement.%1").arg(i + 1), s.label, tr("as printed on the sheet"),
                                 s.amount.toPlainString(), tr("entered for this case"), QString()};
    }

    // --- total
    const Money sum = r.basicPension + r.individualAccountPension + r.transitionalPension + r.supplements;
    r.total = totalRule.name == u"ceil-jiao" ? Money::fromYuan(sum.yuan().rounded(1, RoundingMode::Ceiling), RoundingMode::HalfUp) : sum;
    QString totalFormula = tr("%1 + %2 + %3").arg(r.basicPension.toPlainString(), r.individualAccountPension.toPlainString(),
                                                  r.transitionalPension.toPlainString());
    if (!r.supplements.isZero())
        totalFormula += u" + " + r.supplements.toPlainString();
    totalFormula += u" = " + sum.toPlainString();
    if (r.total != sum)
        totalFormula += tr(" → %1 (rounded up to 0.1)").arg(r.total.toPlainString());
    r.lines << BreakdownLine{QStringLiteral("total"), tr("Monthly basic pension"), totalFormula, r.total.toPlainString(),
                             joinSources({kGf2005, totalRule.origin}), totalRule.confidence};
    return r;
}

} // namespace tongban::pension
