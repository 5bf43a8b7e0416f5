#pragma once

#include "common/error.h"
#include "common/yearmonth.h"
#include "insured/insuredperson.h"
#include "policy/parameterset.h"

#include <QCoreApplication>

#include <optional>

namespace tongban::retirement {

/// A person's statutory retirement under the gradual retirement-age increase and the window
/// of flexible retirement around it.
struct StatutoryRetirement
{
    insured::RetirementGroup group = insured::RetirementGroup::Male;
    YearMonth birth;
    int delayMonths = 0; ///< months added to the original age by the reform
    YearsMonths originalAge; ///< 60, 55 or 50 years
    YearsMonths statutoryAge; ///< original age + delay
    YearMonth statutoryRetirement; ///< birth month + statutory age
    int minimumContributionMonths = 0; ///< for the year the statutory age is reached
    YearMonth earliestFlexibleRetirement; ///< never before the original age, at most 36 months early
    YearMonth latestFlexibleRetirement; ///< at most 36 months late
};

/// Statutory retirement age and month (渐进式延迟法定退休年龄), the minimum contribution
/// period and flexible early or late retirement.
///
/// Sources: 全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13) and the State
/// Council 办法, in force 2025-01-01; flexible retirement 人社部发〔2024〕94号. The figures
/// (cohort starts, pace, caps, minimum periods) are data in resources/parameters/national.json.
class RetirementRule
{
    Q_DECLARE_TR_FUNCTIONS(tongban::retirement::RetirementRule)

public:
    /// The statutory retirement of someone born in @p birth in @p group.
    /// Delay = 0 for births before the group's first cohort, else
    /// min(cap, floor(months since first cohort / step) + 1); statutory month = birth + age.
    /// Errors: BadInput on "birth" when the month is invalid; on "group" when the data has
    /// no parameters for the group.
    static Result<StatutoryRetirement> statutory(YearMonth birth, insured::RetirementGroup group, const policy::ParameterSet &parameters);

    /// The retirement month chosen with @p earlyMonths of flexible early retirement or
    /// @p lateMonths of flexible late retirement (one of them 0), given @p contributionMonths
    /// paid by then (actual + deemed; std::nullopt when unknown).
    /// Errors (BadInput): "--early-months" beyond 36 months or before the original age, or
    /// without the minimum contribution period for the chosen year (the message names the
    /// limit and the months missing); "--late-months" beyond 36 months; both given.
    static Result<YearMonth> chosen(const StatutoryRetirement &statutory, int earlyMonths, int lateMonths,
                                    std::optional<int> contributionMonths, const policy::ParameterSet &parameters);
};

} // namespace tongban::retirement
