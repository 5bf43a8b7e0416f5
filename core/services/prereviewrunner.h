#pragma once

#include "common/error.h"
#include "history/contributionhistory.h"
#include "insured/insuredperson.h"
#include "intake/intakecase.h"
#include "intake/intakereceipt.h"
#include "intake/matterdefinition.h"
#include "policy/parameterset.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::services {

/// What a pre-review of one matter of an intake is given.
struct PreReviewInput
{
    const intake::MatterDefinition &matter;
    const intake::IntakeMatter &entry;
    /// The stored person the matter is about (the applicant, or the person acted for), if stored.
    const std::optional<insured::InsuredPerson> &subject;
    /// Their contribution history as stored, when the person is stored and it could be built.
    const std::optional<history::ContributionHistory> &history;
    QDate today;
    const policy::ParameterSet &parameters;
    /// A read connection of the store (the reader thread's), for an engine that reads more than
    /// the person: an employer and its records, the stored unemployment claims.
    QSqlDatabase db;
};

/// The pre-review engines an intake can run, found by the id a matter names ("retirement").
/// IntakeService runs them on the store's reader thread; core/prereview's registry plugs in
/// behind this interface. Implementations must be safe to call from any thread.
class PreReviewRunner
{
public:
    virtual ~PreReviewRunner() = default;
    /// The engine ids of the design (docs: the intake design), which a catalog may name: what the
    /// catalog is checked against when no runner is plugged in.
    static QStringList designEngineIds()
    {
        return {QStringLiteral("retirement"),
                QStringLiteral("back-payment"),
                QStringLiteral("service-years"),
                QStringLiteral("unemployment-claim"),
                QStringLiteral("unemployment-stop"),
                QStringLiteral("deferral"),
                QStringLiteral("eligibility-verification")};
    }
    /// The ids of the engines it has.
    virtual QStringList ids() const = 0;
    /// Runs the engine @p engineId on @p input: std::nullopt when it has no such engine (the
    /// intake is then refused: a named engine is never skipped), else its record or its Error.
    virtual std::optional<Result<intake::PreReviewRecord>> run(const QString &engineId, const PreReviewInput &input) const = 0;
};

} // namespace tongban::services
