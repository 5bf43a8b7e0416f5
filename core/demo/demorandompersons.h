#pragma once

#include "common/rational.h"
#include "common/yearmonth.h"
#include "democareer.h"
#include "demoemployers.h"
#include "demomonthplan.h"
#include "demoperson.h"
#include "demopersontraits.h"
#include "demorandom.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <optional>

namespace tongban::demo {

/// The random persons of DemoGenerator::generate(), one after the other from the shared
/// stream: born 1955–1990, both sexes and all three retirement groups, Han names and (6 %)
/// Uyghur names with the middle dot, insured in Beijing (55 %) or Jiangsu, with a career that
/// starts at 18–24, employers of their province that change now and then, sometimes a flexibly
/// employed spell (15 %) or gaps (25 %), and a career index that drifts from year to year.
class DemoRandomPersons
{
public:
    /// Persons drawn from @p random, with records by @p career, employed by @p employers (all
    /// three must outlive this), never with a citizen ID number in @p usedCitizenIds.
    DemoRandomPersons(DemoRandom &random, const DemoCareer &career, const DemoEmployers &employers, QSet<QString> usedCitizenIds);

    /// The next person with the records of the career; std::nullopt when the drawn name is a
    /// colleague's of the fixed cast (the draws are spent; call again).
    std::optional<DemoPerson> next();

private:
    /// Month by month: employee, flexibly employed or a gap, and the employer of each employee
    /// month drawn from @p localEmployers.
    QList<DemoMonthPlan> planMonths(int months, const QList<QString> &localEmployers);
    /// The career index (multiple of the average wage) of each year @p from…@p to.
    QMap<int, Rational> drawIndex(YearMonth from, YearMonth to);

    DemoRandom *m_random = nullptr;
    DemoPersonTraits m_traits;
    const DemoCareer *m_career = nullptr;
    const DemoEmployers *m_employers = nullptr;
    QSet<QString> m_usedCitizenIds;
};

} // namespace tongban::demo
