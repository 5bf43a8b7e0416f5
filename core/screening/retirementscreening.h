#pragma once

#include "common/error.h"
#include "common/yearmonth.h"
#include "insured/insuredperson.h"
#include "policy/parameterset.h"
#include "retirement/retirementrule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <algorithm>
#include <atomic>
#include <functional>

namespace tongban::screening {

/// A person who reaches the statutory retirement month in the window screened, with what the
/// records say about the minimum contribution period.
struct RetirementDue
{
    QString personId;
    QString citizenId;
    QString name;
    QDate birthDate;
    insured::RetirementGroup group = insured::RetirementGroup::Male;
    retirement::StatutoryRetirement statutory;
    /// Deemed months (视同缴费) plus the distinct months with a stored record before the statutory
    /// retirement month, in months.
    int contributionMonths = 0;
    /// statutory.minimumContributionMonths − contributionMonths when positive, else 0: the months
    /// the person must still pay (延长缴费) or buy (一次性补缴) to draw a monthly pension.
    int shortMonths = 0;
};

/// What a screening found. When @c cancelled, @c due covers the persons screened before it stopped.
struct RetirementScreeningResult
{
    YearMonth from; ///< first statutory month of the window
    YearMonth to; ///< last statutory month of the window
    qint64 personsTotal = 0; ///< persons in the store when the screening started
    qint64 screened = 0; ///< persons screened (== personsTotal unless cancelled)
    bool cancelled = false;
    QList<RetirementDue> due; ///< ordered by statutory month, then citizen ID number

    /// Persons due whose records fall short of the minimum contribution period.
    qint64 shortCount() const
    {
        return std::count_if(due.cbegin(), due.cend(), [](const RetirementDue &d) { return d.shortMonths > 0; });
    }
};

/// The back office's retirement screening (到龄筛查): every insured person of the local store whose
/// statutory retirement month under the 2025 reform falls in a window of months, so that they can
/// be told in time to apply, and whether their records reach the minimum contribution period.
///
/// Sources: 全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13) and its 办法 (the
/// statutory age and minimum period: retirement::RetirementRule; figures in national.json).
class RetirementScreening
{
    Q_DECLARE_TR_FUNCTIONS(tongban::screening::RetirementScreening)

public:
    /// Called after each batch of persons with (persons screened, persons in the store).
    using Progress = std::function<void(qint64, qint64)>;

    /// Screens every person of @p db (a local-store connection, used on its own thread; one read
    /// snapshot throughout) for a statutory retirement month in @p from … @p to (both included).
    /// The persons due are ordered by statutory month, then citizen ID number. The rule is
    /// computed once per birth month and group, and the records are counted only for persons
    /// due (one range of the clustered contribution table each), so a county of 100,000 persons
    /// is screened in a fraction of a second. Setting @p cancel stops it after the person in hand
    /// (a result with @c cancelled set).
    /// Errors: BadInput "from" / "to" when a month is invalid or @p from is after @p to; the
    /// rule's error for a person whose group has no parameters (BadInput "group", naming the
    /// person's citizen ID masked as the audit masks it); Storage when reading fails.
    static Result<RetirementScreeningResult> run(const QSqlDatabase &db, YearMonth from, YearMonth to,
                                                 const policy::ParameterSet &parameters, const std::atomic_bool &cancel,
                                                 const Progress &progress = {});
};

} // namespace tongban::screening
