#pragma once

#include "common/yearmonth.h"
#include "pension/pensioncomparison.h"
#include "pension/scenarioside.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace tongban::ui {

/// What one comparison produced: the comparison with what each side assumes, or the reason
/// it could not be made (with the input it concerns: "other", "retirement", "keep_paying").
struct ComparisonOutcome
{
    std::optional<pension::PensionComparison> comparison;
    QStringList assumptionsA;
    QStringList assumptionsB;
    /// Side b when it is a scenario of the person on screen: a calculation of this visitor's
    /// pension, kept in the visit like any other (a colleague's is not: it is someone else's).
    std::optional<pension::ComparisonSide> scenarioSide;
    QString error;
    QString errorField;
};

/// One comparison, run on a worker thread: the shown person (side a, as stored) against
/// another stored person, or against themselves under a scenario (side b).
class ComparisonTask
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::ComparisonTask)

public:
    struct Request
    {
        QString databasePath;
        insured::InsuredPerson person;
        QList<insured::ContributionRecord> records;
        QString otherQuery;                       ///< ID number or name of the other person; empty: scenario
        pension::Scenario scenario;               ///< side b when @c otherQuery is empty
        YearMonth today;
    };

    static ComparisonOutcome run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters,
                                 const std::atomic_bool &cancelled);
};

} // namespace tongban::ui
