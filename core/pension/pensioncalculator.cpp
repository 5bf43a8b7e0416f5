#include "pensioncalculator.h"

#include "common/numbertext.h"
#include "lineexplanation.h"
#include "overridenote.h"
#include "pensionrounding.h"
#include "pensionsupplements.h"
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

QStringList PensionCalculator::nationalFormulaWarnings(const PensionCase &c, const policy::RegionParameters &region)
{
    QStringList warnings;
    warnings << tr("No pension rule set of %1 is in the data: computed with the national formula (国发〔2005〕38号) on the figures "
                   "of this case. The region's own defaults were not available: its published calculation base, rounding "
                   "conventions, payout months for ages with months, transitional pension, add-ons and provisional bases.")
                    .arg(region.displayName());
    if (c.rounding.years.isEmpty())
        warnings << tr("The rounding of contribution years was not given: exact months ÷ 12 (the national formula); give "
                       "rounding.years where the approval notice rounds.");
    if (c.rounding.amounts.isEmpty())
        warnings << tr("The rounding of amounts was not given: each component half-up to the fen; give rounding.amounts where the "
                       "approval notice rounds otherwise.");
    if (c.rounding.total.isEmpty())
        warnings << tr("The rounding of the total was not given: the sum of the rounded components; give rounding.total where the "
                       "approval notice rounds it.");
    if (!c.indexedWage)
        warnings << tr("The indexed wage was not given: the base × the average index, half-up to the fen; give indexed_wage as "
                       "printed where the approval notice differs.");
    if (c.supplements.isEmpty())
        warnings << tr("Regional add-ons (one-child payments, subsidies, …) are not in the data: give them as supplements where the "
                       "approval notice prints them.");
    return warnings;
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
    // The province's rule set, or the national formula alone where none is shipped (issue 15:
    // a complete case computes anywhere).
    const auto regionResult = m_parameters->rulesFor(c.region);
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
    // Nobody works, and so nobody contributes, before the age of 16 (劳动法 第十五条): the months
    // paid and deemed fit between the 16th birthday and the month the pension starts. A slip of
    // the keyboard (600 for 360) would otherwise give a plausible pension of 75 years.
    if (c.birth && c.retirement) {
        const YearMonth sixteen = c.birth->addMonths(16 * 12);
        const int possible = std::max(0, sixteen.monthsTo(*c.retirement));
        if (c.actualMonths + c.deemedMonths > possible)
            return Error::badInput(QStringLiteral("actual_months"),
                                   tr("%1 months paid and %2 months deemed are more than the %3 months from the 16th birthday "
                                      "(%4) to the start of the pension (%5): check actual_months and deemed_months")
                                       .arg(c.actualMonths)
                                       .arg(c.deemedMonths)
                                       .arg(possible)
                                       .arg(sixteen.toString(), c.retirement->toString()));
    }
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
        return Error::badInput(QStringLiteral("rounding.years"), tr("must be one of: %1").arg(PensionRounding::yearsRuleNames()));
    if (!c.rounding.amounts.isEmpty() && !PensionRounding::isAmountRule(c.rounding.amounts))
        return Error::badInput(QStringLiteral("rounding.amounts"), tr("must be one of: %1").arg(PensionRounding::amountRuleNames()));
    if (!c.rounding.total.isEmpty() && !PensionRounding::isTotalRule(c.rounding.total))
        return Error::badInput(QStringLiteral("rounding.total"), tr("must be one of: %1").arg(PensionRounding::totalRuleNames()));
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
    r.regionalRules = region.hasRuleSet;
    if (!region.hasRuleSet)
        r.warnings << nationalFormulaWarnings(c, region);

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

    // --- calculation base: the case's, else the published figure of the person's city or
    // province for the month, else (预发) the latest published one where the region pays so
    QString baseSource;
    QString baseConfidence;
    QString baseNote;
    QString baseFormula = tr("%1, pension starting %2").arg(r.regionName, r.retirement.toString());
    if (c.calculationBase) {
        r.calculationBase = *c.calculationBase;
        baseSource = tr("entered for this case");
        baseNote = OverrideNote::entered(c, QStringLiteral("calculation_base"));
        const auto regionBase = region.calculationBaseAt(c.region, r.retirement);
        if (const auto w = OverrideNote::missingNoteWarning(c, QStringLiteral("calculation_base"),
                                                            regionBase ? std::optional(regionBase->figure.provenance) : std::nullopt,
                                                            tr("The calculation base")))
            r.warnings << *w;
    } else {
        if (!region.hasRuleSet)
            return Error::missingFigure(QStringLiteral("calculation_base"),
                                        tr("no pension rule set of %1 is in the data, so no calculation base (计发基数) is published "
                                           "in it; enter calculation_base for a pension starting %2 from the approval notice")
                                            .arg(r.regionName, r.retirement.toString()));
        const auto base = region.calculationBaseAt(c.region, r.retirement);
        if (!base)
            return base.error();
        r.calculationBase = Money::fromYuan(base->figure.value, RoundingMode::HalfUp);
        baseSource = base->figure.provenance.document;
        baseConfidence = base->figure.provenance.confidence;
        baseNote = base->figure.provenance.caveat();
        baseFormula = tr("%1, pension starting %2").arg(base->placeName, r.retirement.toString());
        if (base->provisional) {
            // 预发: paid on the latest published base until the month's base is published.
            r.provisional = true;
            const QString published = base->to.isValid() ? tr("%1…%2").arg(base->from.toString(), base->to.toString())
                                                         : tr("from %1").arg(base->from.toString());
            baseFormula = tr("%1: provisional (预发), no base is published for %2 yet; the latest published base (%3) is used")
                              .arg(base->placeName, r.retirement.toString(), published);
            baseSource = PensionRounding::joinSources({baseSource, region.provisionalBase->provenance.document});
            baseConfidence = PensionRounding::weakest({baseConfidence, region.provisionalBase->provenance.confidence});
            r.warnings << tr("Provisional (预发): no calculation base of %1 is published for a pension starting %2; the latest published "
                             "one, %3 CNY (%4), is used. The pension is recomputed when the base is published (多退少补).")
                              .arg(base->placeName, r.retirement.toString(), NumberText::amount(r.calculationBase), published);
        }
    }
    r.lines << BreakdownLine::money(QStringLiteral("calculation_base"), tr("Calculation base (CNY/month)"), baseFormula, r.calculationBase,
                                    baseSource, baseConfidence, baseNote);
    r.lines.last().provisional = r.provisional;

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
        if (!region.hasRuleSet && r.ageAtRetirement->months > 0)
            return Error::missingFigure(QStringLiteral("payout_months"),
                                        tr("no pension rule set of %1 is in the data, so its payout months for an age with months "
                                           "(%2 years %3 months) are not known; enter payout_months from the approval notice")
                                            .arg(r.regionName)
                                            .arg(r.ageAtRetirement->years)
                                            .arg(r.ageAtRetirement->months));
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
        // The contract's default (indexed_wage_base = calculation_base) holds here too: a 2025
        // 通化 (Jilin) sheet prints one base for both halves.
        r.warnings << tr("The basic pension of %1 may multiply the index by a second base (%2); none was given, so the calculation "
                         "base is used for both halves. Enter indexed_wage_base where the approval notice prints a second base.")
                          .arg(r.regionName, rules.indexedWageBaseRule->provenance.localizedNote());
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
    const bool indexedProvisional = r.provisional && !c.indexedWage && !c.indexedWageBase;
    if (c.indexedWage) {
        indexedUsed = c.indexedWage->yuan();
        r.lines << BreakdownLine::money(QStringLiteral("indexed_wage"), tr("Indexed average monthly contribution wage"),
                                        tr("as printed on the sheet"), *c.indexedWage, tr("entered for this case"), QString(),
                                        OverrideNote::entered(c, QStringLiteral("indexed_wage")));
    } else {
        const Rational exact = indexedBase.yuan() * c.averageIndex;
        const bool roundIt = rules.indexedWageRounding.value != u"none";
        indexedUsed = roundIt ? Money::fromYuan(exact, RoundingMode::HalfUp).yuan() : exact;
        QString formula
            = tr("%1 × average index %2 = %3")
                  .arg(NumberText::amount(indexedBase), c.averageIndex.toShortString(6), NumberText::number(indexedUsed, roundIt ? 2 : 6));
        QString source = PensionRounding::joinSources({kGf2005, rules.indexedWageRounding.provenance.document});
        QString confidence = rules.indexedWageRounding.provenance.confidence;
        if (rules.averageIndexBasis && rules.averageIndexBasis->value == u"actual-only") {
            // Tibet: the index is taken over the actual contribution years only.
            formula += tr(" (the average index over actual contribution only, deemed years left out)");
            source = PensionRounding::joinSources({source, rules.averageIndexBasis->provenance.document});
            confidence = PensionRounding::weakest({confidence, rules.averageIndexBasis->provenance.confidence});
        }
        r.lines << BreakdownLine::money(QStringLiteral("indexed_wage"), tr("Indexed average monthly contribution wage"), formula,
                                        Money::fromYuan(exact, RoundingMode::HalfUp), source, confidence);
        r.lines.last().provisional = indexedProvisional;
    }
    r.indexedWage = Money::fromYuan(indexedUsed, RoundingMode::HalfUp);
    r.basicPension = PensionRounding::amount(
        (r.calculationBase.yuan() + indexedUsed) / Rational(2) * r.contributionYears * Rational(1, 100), amountRule.name);
    r.lines << BreakdownLine::money(QStringLiteral("basic_pension"), tr("Basic pension"),
                                    tr("(%1 + %2) ÷ 2 × %3 years × 1% = %4")
                                        .arg(NumberText::amount(r.calculationBase), NumberText::amount(r.indexedWage),
                                             PensionRounding::yearsText(r.contributionYears), NumberText::amount(r.basicPension)),
                                    r.basicPension, PensionRounding::joinSources({kGf2005, amountRule.origin}),
                                    PensionRounding::weakest({baseConfidence, yearsRule.confidence, amountRule.confidence}));
    r.lines.last().provisional = r.provisional;

    // --- individual account pension (个人账户养老金)
    r.individualAccountPension = PensionRounding::amount(c.accountBalance.yuan() / r.payoutMonths, amountRule.name);
    r.lines << BreakdownLine::money(
        QStringLiteral("individual_account_pension"), tr("Individual account pension"),
        tr("%1 ÷ %2 months = %3")
            .arg(NumberText::amount(c.accountBalance), r.payoutMonths.toShortString(), NumberText::amount(r.individualAccountPension)),
        r.individualAccountPension, kGf2005, QString());

    // --- transitional pension (过渡性养老金): a provincial formula, 国发〔2005〕38号 leaves it to them
    TransitionalSettings settings {r.retirement, r.calculationBase, yearsRule.name, amountRule.name,
                                   r.regionName, indexedBase,       r.provisional};
    const auto transitional = TransitionalPension::calculate(c, region, settings);
    if (!transitional)
        return transitional.error();
    r.transitionalPension = transitional->total;
    r.lines << transitional->lines;
    r.warnings << transitional->warnings;

    // --- supplements: entered as printed, or claimed by a rule of the region
    SupplementInputs inputs {r.retirement,
                             r.basicPension,
                             r.individualAccountPension,
                             r.transitionalPension,
                             indexedUsed,
                             c.averageIndex,
                             r.contributionYears,
                             amountRule.name,
                             r.provisional,
                             transitional->provisional,
                             indexedProvisional};
    const auto supplements = PensionSupplements::calculate(c, region, inputs);
    if (!supplements)
        return supplements.error();
    r.supplements = supplements->total;
    r.lines << supplements->lines;
    r.warnings << supplements->warnings;

    // --- total
    const Money sum = r.basicPension + r.individualAccountPension + r.transitionalPension + r.supplements;
    r.total = PensionRounding::total(sum, totalRule.name);
    QString totalFormula = tr("%1 + %2 + %3")
                               .arg(NumberText::amount(r.basicPension), NumberText::amount(r.individualAccountPension),
                                    NumberText::amount(r.transitionalPension));
    if (!r.supplements.isZero())
        totalFormula += u" + " + NumberText::amount(r.supplements);
    totalFormula += u" = " + NumberText::amount(sum);
    if (r.total != sum)
        totalFormula += tr(" → %1 (%2)").arg(NumberText::amount(r.total), PensionRounding::totalRuleText(totalRule.name));
    r.lines << BreakdownLine::money(QStringLiteral("total"), tr("Monthly basic pension"), totalFormula, r.total,
                                    PensionRounding::joinSources({kGf2005, totalRule.origin}), totalRule.confidence);
    r.lines.last().provisional = r.provisional;
    LineExplanation::fill(r.lines);
    return r;
}

} // namespace tongban::pension
