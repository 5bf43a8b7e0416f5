#pragma once

#include "appcontext.h"
#include "prereviewrunner.h"

#include "common/error.h"
#include "intake/intakecase.h"
#include "intake/intakereceipt.h"
#include "intake/intakerepository.h"
#include "intake/mattercatalog.h"
#include "intake/workingdaycalendar.h"
#include "notice/notice.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace tongban::services {

/// The intake of the integrated window (一窗通办): one visit, one form for every department's
/// matters, one receipt. Validates a case against the matter catalog, takes it in (the
/// subjects' stored persons and histories read, each matter's pre-review run, the due dates
/// counted in working days, everything stored in one write transaction), keeps the form's
/// draft as the clerk types, and builds the receipt and the one-time notice.
///
/// Every store access runs on the store's threads (reads on a reader, writes on the writer);
/// the futures complete there. Use from one thread; the service must outlive its futures.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::IntakeService)

public:
    /// A service on @p context with @p catalog, @p calendar and the engines of @p preReviews
    /// (null: none — then a matter naming an engine cannot be taken).
    IntakeService(const AppContext &context, intake::MatterCatalog catalog, intake::WorkingDayCalendar calendar,
                  std::shared_ptr<const PreReviewRunner> preReviews);
    ~IntakeService();
    IntakeService(const IntakeService &) = delete;
    IntakeService &operator=(const IntakeService &) = delete;

    /// A service on the shipped catalog and calendar, the catalog checked against the engines
    /// of @p preReviews (null: against PreReviewRunner::designEngineIds(), and a matter naming
    /// an engine cannot be taken). Errors: MatterCatalog::builtIn's, WorkingDayCalendar::builtIn's.
    static Result<std::unique_ptr<IntakeService>> builtIn(const AppContext &context, std::shared_ptr<const PreReviewRunner> preReviews);

    const intake::MatterCatalog &catalog() const { return m_catalog; }
    const intake::WorkingDayCalendar &calendar() const { return m_calendar; }

    /// Every fault of @p intake as of the clock's today (intake::IntakeValidator::issues), on the
    /// caller's thread (no store access): empty when it can be taken.
    QList<Error> validate(const intake::IntakeCase &intake) const;

    /// Takes @p intake in: validates it (the first fault, BadInput with its path, and nothing
    /// stored); on a reader, reads the stored person and history of each matter's subject and
    /// runs the pre-review the matter names (an engine that is not there: Error NotFound
    /// "matters[i].matter", nothing stored; an engine's Error nested under "matters[i]"); counts
    /// the promised and statutory due dates from today on the calendar (a year without data:
    /// MissingFigure naming it); then on the writer stores the visit, the intake and its event
    /// in one transaction and deletes the current draft. The clerk is the case's, else the
    /// context's. Errors: those above; IntakeRepository::store's; Forbidden "sync" when the file's unsynced
    /// work is past the supervisor's limit (sync::OfflineLimits: sync first).
    QFuture<Result<intake::IntakeReceipt>> take(const intake::IntakeCase &intake);

    /// Saves @p caseJson as the current draft of the context's clerk on the writer. A save still
    /// queued when a newer one arrives is replaced by it (coalesced): both futures complete with
    /// the newer save's result. Errors: IntakeRepository::saveDraft's.
    QFuture<Result<intake::StoredDraft>> saveDraft(const QJsonObject &caseJson);
    /// The draft the context's clerk saved last (it becomes the current draft), or std::nullopt.
    QFuture<Result<std::optional<intake::StoredDraft>>> latestDraft();
    /// Deletes the current draft (after every queued save); Done when there is none.
    QFuture<Status> discardDraft();

    /// The receipt (受理回执) of @p receipt for @p copy, with the context's agency.
    notice::Notice receiptNotice(const intake::IntakeReceipt &receipt, notice::Copy copy) const;
    /// The one-time notice (一次性告知书) of what @p intake still lacks, for @p copy.
    notice::Notice oneTimeNotice(const intake::IntakeCase &intake, notice::Copy copy) const;

    /// What take() reads and computes before it stores.
    struct Prepared
    {
        intake::IntakeReceipt receipt; ///< matters, due dates, pre-reviews; no visit yet
        QString personId; ///< the applicant's stored person, when stored
    };
    /// take()'s work on a reader for @p intake (already validated against @p catalog as of
    /// @p today): the applicant's stored person, each matter's subject and history read from
    /// @p db, each matter's pre-review run by @p runner (null: none available), the due dates
    /// counted from @p today on @p calendar. Errors: take()'s (NotFound "matters[i].matter" for
    /// a missing engine, an engine's Error under "matters[i]"), Storage.
    static Result<Prepared> prepare(QSqlDatabase db, const intake::MatterCatalog &catalog, const intake::WorkingDayCalendar &calendar,
                                    const PreReviewRunner *runner, const policy::ParameterSet &parameters, const Clock &clock,
                                    const QString &clerk, const intake::IntakeCase &intake, QDate today);

private:
    struct DraftState;

    const AppContext &m_context;
    intake::MatterCatalog m_catalog;
    intake::WorkingDayCalendar m_calendar;
    std::shared_ptr<const PreReviewRunner> m_preReviews;
    std::shared_ptr<DraftState> m_drafts;
};

} // namespace tongban::services
