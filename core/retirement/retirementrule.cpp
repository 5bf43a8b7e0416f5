#include "retirementrule.h"

#include <algorithm>

namespace tongban::retirement {

Result<StatutoryRetirement> RetirementRule::statutory(YearMonth birth, insured::RetirementGroup group,
                                                      const policy::ParameterSet &parameters)
{
    if (!birth.isValid())
        return Error::badInput(QStringLiteral("birth"), tr("a birth month \"YYYY-MM\" is required"));
    const auto g = parameters.retirementGroup(insured::retirementGroupKey(group));
    if (!g)
        return Error::badInput(QStringLiteral("group"),
                               tr("no retirement-age parameters for group %1").arg(insured::retirementGroupKey(group)));

    StatutoryRetirement s;
    s.group = group;
    s.birth = birth;
    const int sinceFirstCohort = g->firstCohort.monthsTo(birth);
    s.delayMonths = sinceFirstCohort < 0 ? 0 : std::min(g->maxDelayMonths, sinceFirstCohort / g->monthsPerStep + 1);
    s.originalAge = YearsMonths::fromMonths(g->originalAgeMonths);
    const int ageMonths = g->originalAgeMonths + s.delayMonths;
    s.statutoryAge = YearsMonths::fromMonths(ageMonths);
    s.statutoryRetirement = birth.addMonths(ageMonths);
    s.minimumContributionMonths = parameters.minimumContributionMonths(s.statutoryRetirement.year());
    s.earliestFlexibleRetirement
        = std::max(birth.addMonths(g->originalAgeMonths), s.statutoryRetirement.addMonths(-parameters.maxEarlyRetirementMonths()));
    s.latestFlexibleRetirement = s.statutoryRetirement.addMonths(parameters.maxLateRetirementMonths());
    return s;
}

Result<YearMonth> RetirementRule::chosen(const StatutoryRetirement &s, int earlyMonths, int lateMonths,
                                         std::optional<int> contributionMonths, const policy::ParameterSet &parameters)
{
    if (earlyMonths < 0)
        return Error::badInput(QStringLiteral("--early-months"), tr("months of early retirement cannot be negative"));
    if (lateMonths < 0)
        return Error::badInput(QStringLiteral("--late-months"), tr("months of late retirement cannot be negative"));
    if (earlyMonths > 0 && lateMonths > 0)
        return Error::badInput(QStringLiteral("--late-months"), tr("choose early or late retirement, not both"));
    if (lateMonths > 0) {
        if (lateMonths > parameters.maxLateRetirementMonths())
            return Error::badInput(QStringLiteral("--late-months"),
                                   tr("flexible late retirement is at most %1 months after the statutory month %2 (人社部发〔2024〕94号)")
                                       .arg(parameters.maxLateRetirementMonths())
                                       .arg(s.statutoryRetirement.toString()));
        return s.statutoryRetirement.addMonths(lateMonths);
    }
    if (earlyMonths == 0)
        return s.statutoryRetirement;

    const YearMonth chosenMonth = s.statutoryRetirement.addMonths(-earlyMonths);
    if (chosenMonth < s.earliestFlexibleRetirement) {
        const int allowed = s.earliestFlexibleRetirement.monthsTo(s.statutoryRetirement);
        return Error::badInput(QStringLiteral("--early-months"),
                               tr("flexible early retirement is at most %1 months here: never more than %2 months before "
                                  "the statutory month and never below the original age of %3 (earliest %4; 人社部发〔2024〕94号)")
                                   .arg(allowed)
                                   .arg(parameters.maxEarlyRetirementMonths())
                                   .arg(s.originalAge.years)
                                   .arg(s.earliestFlexibleRetirement.toString()));
    }
    if (!contributionMonths)
        return Error::badInput(QStringLiteral("--contribution-months"),
                               tr("flexible early retirement requires the minimum contribution period: give the months paid"));
    // The minimum is the one of the year the statutory age is reached, whichever month is chosen.
    const int minimum = s.minimumContributionMonths;
    if (*contributionMonths < minimum)
        return Error::badInput(QStringLiteral("--early-months"),
                               tr("flexible early retirement requires the minimum contribution period of %1 months in %2; "
                                  "%3 months are paid, %4 missing")
                                   .arg(minimum)
                                   .arg(s.statutoryRetirement.year())
                                   .arg(*contributionMonths)
                                   .arg(minimum - *contributionMonths));
    return chosenMonth;
}

} // namespace tongban::retirement
