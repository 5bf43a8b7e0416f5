#pragma once

#include "common/rational.h"
#include "common/yearmonth.h"
#include "demofigures.h"
#include "demomonthplan.h"
#include "demoopeningbalance.h"
#include "demoperson.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace tongban::demo {

/// Turns the plan of a demo career into its contribution records: the span of the career
/// (deemed service, the last month with records), one record a month and the opening balance.
/// No randomness: the same plan gives the same records.
class DemoCareer
{
public:
    /// How a career's start splits into deemed service and months with records.
    struct Start
    {
        int deemedMonths = 0; ///< months of deemed service (none after @c deemedUntil)
        YearMonth firstRecordMonth; ///< the first month with a record
    };

    /// A career builder on @p figures (which must outlive it).
    explicit DemoCareer(const DemoFigures &figures);

    /// Last month of deemed service in the province of @p regionCode (DemoFigures).
    YearMonth deemedUntil(const QString &regionCode) const { return m_figures->deemedUntil(regionCode); }

    /// A career starting in @p workStart: the months up to @p deemedUntil are deemed service,
    /// the records start the month after it (or in @p workStart when that is later).
    static Start splitDeemed(YearMonth workStart, YearMonth deemedUntil);

    /// The last month with a record for a person born on @p birth in @p group: the month before
    /// the statutory retirement month (RetirementRule; where it has no answer, at 60, 55 or 50
    /// years), or 2025-12 when that is earlier.
    YearMonth lastRecordMonth(QDate birth, insured::RetirementGroup group) const;

    /// The record of @p month in @p regionCode as @p plan says (not a Gap), paid at career
    /// @p index (a multiple of the year's average wage). The base lies within the bounds of
    /// ParameterSet::contributionBaseBound (60 %–300 % of the average wage, 国办发〔2019〕13号):
    ///  - employee: base = index × wage clamped to the bounds, employer share = base ×
    ///    DemoFigures::employerRate(month), personal share = base × personalRate();
    ///  - flexibly employed: base = the floor, personal = base × flexibleTotalRate(), no
    ///    employer share.
    /// Every amount half-up to the fen (CNY).
    insured::ContributionRecord record(const QString &regionCode, YearMonth month, const DemoMonthPlan &plan, const Rational &index) const;

    /// @p person with the records of @p plan (month i of the plan is @p from + i; Gap months
    /// have no record) at the index of each year in @p indexByYear (1 for a year not in it),
    /// and the opening balance (DemoOpeningBalance) when the career starts early enough.
    DemoPerson build(insured::InsuredPerson person, YearMonth from, const QList<DemoMonthPlan> &plan,
                     const QMap<int, Rational> &indexByYear) const;

private:
    const DemoFigures *m_figures = nullptr;
    DemoOpeningBalance m_openingBalance;
};

} // namespace tongban::demo
