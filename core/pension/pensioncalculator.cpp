#include "pensioncalculator.h"

#include "overridenote.h"
#include "pensionrounding.h"
#include "retirement/retirementrule.h"
#include "transitionalpension.h"

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

} // namespace

PensionCalculator::PensionCalculator(std::shared_ptr<const policy::ParameterSet> parameters)
    : m_parameters(std::move(parameters))
{ }

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
    const bool interpolate
        = rules.payoutMonthsRule.value == u"interpolate-0.1" && age.months > 0 && retirement >= rules.payoutInterpolationFrom;
    if (!interpolate) {
        QString formula = tr("age %1 years → %2 (annex of 国发〔2005〕38号)").arg(age.years).arg(whole->value.toShortString());
        if (age.months > 0)
            formula += tr("; %1 months over the whole age are not counted for retirements before %2")
                           .arg(age.months)
                           .arg(rules.payoutInterpolationFrom.toString());
        return std::pair {whole->value, formula};
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
    return std::pair {rounded, formula};
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
        return Error::badInput(QStringLiteral("actual_months"),
                               tr("a pension needs at least one month of contribution (actual or deemed)"));
    if (c.averageIndex.isNegative() || c.averageIndex > Rational(3))
        return Error::badInput(
            QStringLiteral("average_index"),
            tr("the average contribution index must be between 0 and 3 (bases are capped at 300 % of the average wage)"));
    if (c.accountBalance.fen() < 0)
        return Error::badInput(QStringLiteral("account_balance"), tr("the account balance cannot be negative"));
    if (c.calculationBase && c.calculationBase->fen() <= 0)
        return Error::badInput(QStringLiteral("calculation_base"), tr("the calculation base must be a positive amount in CNY per month"));
    if (c.indexedWageBase && c.indexedWageBase->fen() <= 0)
        return Error::badInput(QStringLiteral("indexed_wage_base"), tr("the base of the indexed half must be a positive amount"));
    if (c.indexedWage && c.indexedWage->fen() < 0)
        return Error::badInput(QStringLiteral("indexed_wage"), tr("the indexed wage cannot be negative"));
    if (c.payoutMonths && (*c.payoutMonths < Rational(1) || *c.payoutMonths > Rational(300)))
        return Error::badInput(QStringLiteral("payout_months"), tr("payout months must be between 1 and 300"));
    if (c.calculationBase && c.calculationBase->fen() > 100000000)
        return Error::badInput(QStringLiteral("calculation_base"), tr("the calculation base is at most 1,000,000 CNY per month"));
    if (!c.rounding.years.isEmpty() && !PensionRounding::isYearsRule(c.rounding.years))
        return Error::badInput(QStringLiteral("rounding.years"), tr("must be one of: exact, 2dp, 4dp, trunc-2dp, ceil-0.1"));
    if (!c.rounding.amounts.isEmpty() && c.rounding.amounts != u"fen" && c.rounding.amounts != u"jiao"
        && c.rounding.amounts != u"ceil-jiao")
        return Error::badInput(QStringLiteral("rounding.amounts"), tr("must be one of: fen, jiao, ceil-jiao"));
    if (!c.rounding.total.isEmpty() && c.rounding.total != u"sum" && c.rounding.total != u"ceil-jiao")
        return Error::badInput(QStringLiteral("rounding.total"), tr("must be one of: sum, ceil-jiao"));
    if (c.birth && c.retirement && *c.retirement <= *c.birth)
        return Error::badInput(QStringLiteral("retirement"), tr("the retirement month must come after the birth month"));

    const Convention yearsRule {c.rounding.years.isEmpty() ? rules.yearsRounding.value : c.rounding.years,
                                c.rounding.years.isEmpty() ? rules.yearsRounding.provenance.document : tr("case override"),
                                c.rounding.years.isEmpty() ? rules.yearsRounding.provenance.confidence : QString()};
    const Convention amountRule {c.rounding.amounts.isEmpty() ? rules.amountRounding.value : c.rounding.amounts,
                                 c.rounding.amounts.isEmpty() ? rules.amountRounding.provenance.document : tr("case override"),
                                 c.rounding.amounts.isEmpty() ? rules.amountRounding.provenance.confidence : QString()};
    const Convention totalRule {c.rounding.total.isEmpty() ? rules.totalRounding.value : c.rounding.total,
                                c.rounding.total.isEmpty() ? rules.totalRounding.provenance.document : tr("case override"),
                                c.rounding.total.isEmpty() ? rules.totalRounding.provenance.confidence : QString()};

    PensionResult r;
    r.region = c.region;
    r.regionName = region.displayName();

    // --- retirement month and age
    std::optional<retirement::StatutoryRetirement> statutory;
    if (c.birth) {
        if (!c.group && !c.retirement)
            return Error::badInput(QStringLiteral("group"),
                                   tr("the retirement-age group (male, female-55, female-50) is required with the birth month"));
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
        return Error::badInput(QStringLiteral("retirement"),
                               tr("the retirement month is required, or the birth month and group to derive it"));
    if (c.birth)
        r.ageAtRetirement = YearsMonths::fromMonths(c.birth->monthsTo(r.retirement));

    // --- contribution years
    const int totalMonths = c.actualMonths + c.deemedMonths;
    const Rational exactYears(totalMonths, 12);
    r.contributionYears = PensionRounding::years(exactYears, yearsRule.name);
    {
        QString formula
            = tr("(actual %1 + deemed %2) months ÷ 12 = %3").arg(c.actualMonths).arg(c.deemedMonths).arg(exactYears.toShortString(4));
        if (r.contributionYears != exactYears)
            formula
                += tr(" → %1 (%2)").arg(PensionRounding::yearsText(r.contributionYears), PensionRounding::yearsRuleText(yearsRule.name));
        const QString note = c.rounding.years.isEmpty() ? rules.yearsRounding.provenance.caveat()
                                                        : OverrideNote::entered(c, QStringLiteral("rounding.years"));
        r.lines << BreakdownLine::text(QStringLiteral("contribution_years"), tr("Contribution period (years)"), formula,
                                       PensionRounding::yearsText(r.contributionYears),
                                       PensionRounding::joinSources({kGf2005, yearsRule.origin}), yearsRule.confidence, note);
        if (!c.rounding.years.isEmpty()) {
            if (const auto w = OverrideNote::missingNoteWarning(c, QStringLiteral("rounding.years"), rules.yearsRounding.provenance,
                                                                tr("The rounding of contribution years")))
                r.warnings << *w;
        }
    }
    // The minimum period is keyed on the year the statutory age is reached, when it is known.
    const int minimumYear = statutory ? statutory->statutoryRetirement.year() : r.retirement.year();
    const int minimum = m_parameters->minimumContributionMonths(minimumYear);
    if (totalMonths < minimum)
        r.warnings << tr("%1 contribution months are below the minimum of %2 months for a monthly pension in %3; "
                         "the person may keep contributing or pay the missing months in one sum")
                          .arg(totalMonths)
                          .arg(minimum)
                          .arg(minimumYear);
    // A start outside the flexible window (人社部发〔2024〕94号) is computed, but said.
    if (statutory && c.retirement
        && (r.retirement < statutory->earliestFlexibleRetirement || r.retirement > statutory->latestFlexibleRetirement))
        r.warnings << tr("A pension starting %1 is outside the months allowed for this person: from %2 (flexible early retirement, "
                         "never below the original age) to %3 (flexible late retirement); the statutory month is %4")
                          .arg(r.retirement.toString(), statutory->earliestFlexibleRetirement.toString(),
                               statutory->latestFlexibleRetirement.toString(), statutory->statutoryRetirement.toString());

    // --- calculation base
    QString baseSource;
    QString baseConfidence;
    QString baseNote;
    if (c.calculationBase) {
        r.calculationBase = *c.calculationBase;
        baseSource = tr("entered for this case");
        baseNote = OverrideNote::entered(c, QStringLiteral("calculation_base"));
        const auto regionBase = region.calculationBaseFor(r.retirement);
        if (const auto w = OverrideNote::missingNoteWarning(c, QStringLiteral("calculation_base"),
                                                            regionBase ? std::optional(regionBase->provenance) : std::nullopt,
                                                            tr("The calculation base")))
            r.warnings << *w;
    } else {
        const auto base = region.calculationBaseFor(r.retirement);
        if (!base)
            return base.error();
        r.calculationBase = Money::fromYuan(base->value, RoundingMode::HalfUp);
        baseSource = base->provenance.document;
        baseConfidence = base->provenance.confidence;
        baseNote = base->provenance.caveat();
    }
    r.lines << BreakdownLine::money(QStringLiteral("calculation_base"), tr("Calculation base (CNY/month)"),
                                    tr("%1, pension starting %2").arg(r.regionName, r.retirement.toString()), r.calculationBase, baseSource,
                                    baseConfidence, baseNote);

    // --- payout months
    if (c.payoutMonths) {
        r.payoutMonths = *c.payoutMonths;
        r.lines << BreakdownLine::text(QStringLiteral("payout_months"), tr("Payout months"), tr("entered for this case"),
                                       r.payoutMonths.toShortString(), tr("entered for this case"), QString(),
                                       OverrideNote::entered(c, QStringLiteral("payout_months")));
        // The region's rule is disputed only where it decides something: an age with months.
        const bool ruleDecides = !r.ageAtRetirement || r.ageAtRetirement->months > 0;
        if (ruleDecides) {
            if (const auto w = OverrideNote::missingNoteWarning(c, QStringLiteral("payout_months"), rules.payoutMonthsRule.provenance,
                                                                tr("The payout months")))
                r.warnings << *w;
        }
    } else {
        if (!r.ageAtRetirement)
            return Error::badInput(QStringLiteral("birth"),
                                   tr("the birth month is required to find the payout months, or give payout_months"));
        const auto payout = payoutMonths(region, *r.ageAtRetirement, r.retirement);
        if (!payout)
            return payout.error();
        r.payoutMonths = payout->first;
        const auto figure = m_parameters->payoutMonthsForAge(r.ageAtRetirement->years);
        const QString note = r.ageAtRetirement->months > 0 ? rules.payoutMonthsRule.provenance.caveat() : figure->provenance.caveat();
        r.lines << BreakdownLine::text(
            QStringLiteral("payout_months"), tr("Payout months"), payout->second, r.payoutMonths.toShortString(),
            PensionRounding::joinSources({QStringLiteral("国发〔2005〕38号 附件"), rules.payoutMonthsRule.provenance.document}),
            PensionRounding::weakest({figure->provenance.confidence, rules.payoutMonthsRule.provenance.confidence}), note);
    }

    // --- basic pension (基础养老金): (C + C′ × I) / 2 × N × 1 %
    const bool secondBase = rules.indexedWageBaseRule && rules.indexedWageBaseRule->value == u"entered";
    if (secondBase && !c.indexedWageBase && !c.indexedWage)
        return Error::missingFigure(
            QStringLiteral("indexed_wage_base"),
            tr("the basic pension of %1 multiplies the index by a second base (%2) that is not in the shipped data; "
               "enter indexed_wage_base from the approval notice")
                .arg(r.regionName, rules.indexedWageBaseRule->provenance.note));
    const Money indexedBase = c.indexedWageBase.value_or(r.calculationBase);
    if (c.indexedWageBase) {
        const bool noted = !c.notes.value(QStringLiteral("indexed_wage_base")).trimmed().isEmpty();
        r.lines << BreakdownLine::money(
            QStringLiteral("indexed_wage_base"), tr("Base of the indexed half (CNY/month)"),
            secondBase ? tr("the second base of %1, not in the shipped data").arg(r.regionName) : tr("entered for this case"),
            *c.indexedWageBase, tr("entered for this case"), secondBase ? rules.indexedWageBaseRule->provenance.confidence : QString(),
            secondBase && !noted ? rules.indexedWageBaseRule->provenance.caveat()
                                 : OverrideNote::entered(c, QStringLiteral("indexed_wage_base")));
    }
    Rational indexedUsed; // what enters the formula: to the fen, or exact where the region keeps it so
    if (c.indexedWage) {
        indexedUsed = c.indexedWage->yuan();
        r.lines << BreakdownLine::money(QStringLiteral("indexed_wage"), tr("Indexed average monthly contribution wage"),
                                        tr("as printed on the sheet"), *c.indexedWage, tr("entered for this case"), QString(),
                                        OverrideNote::entered(c, QStringLiteral("indexed_wage")));
    } else {
        const Rational exact = indexedBase.yuan() * c.averageIndex;
        const bool roundIt = rules.indexedWageRounding.value != u"none";
        indexedUsed = roundIt ? Money::fromYuan(exact, RoundingMode::HalfUp).yuan() : exact;
        r.lines << BreakdownLine::money(
            QStringLiteral("indexed_wage"), tr("Indexed average monthly contribution wage"),
            tr("%1 × average index %2 = %3")
                .arg(indexedBase.toPlainString(), c.averageIndex.toShortString(6), indexedUsed.toShortString(roundIt ? 2 : 6)),
            Money::fromYuan(exact, RoundingMode::HalfUp),
            PensionRounding::joinSources({kGf2005, rules.indexedWageRounding.provenance.document}),
            rules.indexedWageRounding.provenance.confidence);
    }
    r.indexedWage = Money::fromYuan(indexedUsed, RoundingMode::HalfUp);
    r.basicPension = PensionRounding::amount(
        (r.calculationBase.yuan() + indexedUsed) / Rational(2) * r.contributionYears * Rational(1, 100), amountRule.name);
    r.lines << BreakdownLine::money(QStringLiteral("basic_pension"), tr("Basic pension"),
                                    tr("(%1 + %2) ÷ 2 × %3 years × 1% = %4")
                                        .arg(r.calculationBase.toPlainString(), r.indexedWage.toPlainString(),
                                             PensionRounding::yearsText(r.contributionYears), r.basicPension.toPlainString()),
                                    r.basicPension, PensionRounding::joinSources({kGf2005, amountRule.origin}),
                                    PensionRounding::weakest({baseConfidence, yearsRule.confidence, amountRule.confidence}));

    // --- individual account pension (个人账户养老金)
    r.individualAccountPension = PensionRounding::amount(c.accountBalance.yuan() / r.payoutMonths, amountRule.name);
    r.lines << BreakdownLine::money(
        QStringLiteral("individual_account_pension"), tr("Individual account pension"),
        tr("%1 ÷ %2 months = %3")
            .arg(c.accountBalance.toPlainString(), r.payoutMonths.toShortString(), r.individualAccountPension.toPlainString()),
        r.individualAccountPension, kGf2005, QString());

    // --- transitional pension (过渡性养老金): a provincial formula, 国发〔2005〕38号 leaves it to them
    const auto transitional
        = TransitionalPension::calculate(c, region, {r.retirement, r.calculationBase, yearsRule.name, amountRule.name, r.regionName});
    if (!transitional)
        return transitional.error();
    r.transitionalPension = transitional->total;
    r.lines << transitional->lines;
    r.warnings << transitional->warnings;

    // --- supplements
    for (qsizetype i = 0; i < c.supplements.size(); ++i) {
        const Supplement &s = c.supplements.at(i);
        if (s.label.trimmed().isEmpty())
            return Error::badInput(QStringLiteral("supplements[%1].label").arg(i),
                                   tr("every add-on needs its name as printed on the sheet"));
        if (s.amount.fen() < 0)
            return Error::badInput(QStringLiteral("supplements[%1].amount").arg(i),
                                   tr("an add-on is an amount paid on top: it cannot be negative"));
        r.supplements += s.amount;
        r.lines << BreakdownLine::money(QStringLiteral("supplement.%1").arg(i + 1), s.label, tr("as printed on the sheet"), s.amount,
                                        tr("entered for this case"), QString());
    }
    // Add-ons the region pays whose formula the data lacks: say so until the clerk enters them.
    for (const policy::UnmodelledSupplement &u : rules.unmodelledSupplements) {
        const bool entered
            = std::any_of(c.supplements.cbegin(), c.supplements.cend(), [&](const Supplement &s) { return s.label.contains(u.label); });
        if (!entered)
            r.warnings << tr("%1 also pays %2, whose formula is not in the shipped data (%3); enter it from the sheet as a supplement "
                             "labelled \"%2\"")
                              .arg(r.regionName, u.label, u.provenance.note);
    }

    // --- total
    const Money sum = r.basicPension + r.individualAccountPension + r.transitionalPension + r.supplements;
    r.total = totalRule.name == u"ceil-jiao" ? Money::fromYuan(sum.yuan().rounded(1, RoundingMode::Ceiling), RoundingMode::HalfUp) : sum;
    QString totalFormula
        = tr("%1 + %2 + %3")
              .arg(r.basicPension.toPlainString(), r.individualAccountPension.toPlainString(), r.transitionalPension.toPlainString());
    if (!r.supplements.isZero())
        totalFormula += u" + " + r.supplements.toPlainString();
    totalFormula += u" = " + sum.toPlainString();
    if (r.total != sum)
        totalFormula += tr(" → %1 (rounded up to 0.1)").arg(r.total.toPlainString());
    r.lines << BreakdownLine::money(QStringLiteral("total"), tr("Monthly basic pension"), totalFormula, r.total,
                                    PensionRounding::joinSources({kGf2005, totalRule.origin}), totalRule.confidence);
    return r;
}

} // namespace tongban::pension
