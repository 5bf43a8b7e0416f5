#pragma once

#include "appcontext.h"
#include "prereviewrunner.h"

#include "accounts/permission.h"
#include "common/error.h"
#include "intake/intakereceipt.h"
#include "intake/mattercatalog.h"
#include "intake/workingdaycalendar.h"
#include "notice/notice.h"
#include "workflow/backofficequeue.h"
#include "workflow/intakebatch.h"
#include "workflow/matterstatus.h"
#include "workflow/storedmatter.h"

#include "accounts/permission.h"
#include <QCoreApplication>

#include <QFuture>
#include <QList>
#include <QString>

#include <memory>

namespace tongban::services {

/// The matter workflow of the back office (issue 11): each matter of an intake followed to its
/// end — its status changed along the catalog's steps (received → pre-reviewed → forwarded →
/// done, or returned with a reason and resubmitted), its history, the queue of open matters by
/// due date, batch import of cases taken elsewhere, the return and completion notices.
///
/// Every store access runs on the store's threads (reads on a reader, writes on the writer);
/// the futures complete there. Use from one thread; the service must outlive its futures.
class MatterWorkflowService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::MatterWorkflowService)

public:
    /// A matter with its history, as the detail page shows it.
    struct MatterDetail
    {
        workflow::StoredMatter matter;
        QList<workflow::StatusEvent> history; ///< oldest first
        QList<workflow::MatterStatus> allowed; ///< where it may go now (MatterStateMachine::allowed)
        QString department; ///< where it is now (BackOfficeQueue::departmentOf)
    };

    /// What an import stored.
    struct ImportOutcome
    {
        QString channel;
        QList<intake::IntakeReceipt> receipts; ///< one per case, in the file's order
        int matterCount = 0;
    };

    /// A service on @p context with @p catalog, @p calendar and the engines of @p preReviews
    /// (used by the import; null: a matter naming an engine cannot be imported).
    MatterWorkflowService(const AppContext &context, intake::MatterCatalog catalog, intake::WorkingDayCalendar calendar,
                          std::shared_ptr<const PreReviewRunner> preReviews);
    ~MatterWorkflowService();
    MatterWorkflowService(const MatterWorkflowService &) = delete;
    MatterWorkflowService &operator=(const MatterWorkflowService &) = delete;

    /// A service on the shipped catalog and calendar (as IntakeService::builtIn).
    /// Errors: MatterCatalog::builtIn's, WorkingDayCalendar::builtIn's.
    static Result<std::unique_ptr<MatterWorkflowService>> builtIn(const AppContext &context,
                                                                  std::shared_ptr<const PreReviewRunner> preReviews);

    const intake::MatterCatalog &catalog() const { return m_catalog; }
    const intake::WorkingDayCalendar &calendar() const { return m_calendar; }

    /// The matter @p matterId with its history and where it may go, on a reader.
    /// Errors: MatterWorkflowRepository::load's and history's.
    QFuture<Result<MatterDetail>> matter(const QString &matterId) const;
    /// The program's context (the signed-in clerk, the store) the service works in, for the
    /// screens that audit a notice they print (AuditService).
    const AppContext &context() const { return m_context; }
    /// The back-office queue as of the clock's today, on a reader (BackOfficeQueue::entries).
    /// Error (Storage).
    QFuture<Result<QList<workflow::QueueEntry>>> queue(const workflow::QueueFilter &filter) const;

    /// Changes a matter's status on the writer (MatterWorkflowRepository::change), the clerk
    /// being the signed-in one, else @p change's, else the context's fallback. A back-office
    /// decision (to pre-reviewed, forwarded, done or returned) needs Permission::BackOffice (a
    /// supervisor's); a resubmission (to received) Permission::Intake. Refused: Forbidden on "to",
    /// only the refusal audited (issue 12 §3). Errors: change's.
    QFuture<Result<workflow::StatusChangeOutcome>> changeStatus(workflow::StatusChange change);
    /// The right a change to @p to needs: Intake for a resubmission (to received), BackOffice for
    /// a decision (issue 12 §3: back-office decisions are a supervisor's).
    static accounts::Permission permissionToChangeTo(workflow::MatterStatus to);
    /// Whether the acting user has that right (for a screen deciding which changes to offer;
    /// changeStatus checks it again).
    bool mayChangeTo(workflow::MatterStatus to) const;

    /// Imports @p batch: every case validated first (IntakeBatchCodec::issues: the first fault,
    /// BadInput with its "cases[i]…" path, nothing stored); then on a reader each case prepared
    /// as IntakeService::take prepares it (pre-reviews, due dates from today); then on the writer
    /// all of them stored in ONE write transaction, each its own visit, every matter with the
    /// batch's channel. Nothing is stored when one case fails. The clerk is each case's, else the
    /// context's. Errors: those above, nested under "cases[i]"; Storage.
    QFuture<Result<ImportOutcome>> importBatch(const workflow::IntakeBatch &batch);

    /// The return notice (退件告知书) of @p detail (its last change to returned) for @p copy, with
    /// the context's agency. Error (BadInput "matter") when the matter is not returned.
    Result<notice::Notice> returnNotice(const MatterDetail &detail, notice::Copy copy) const;
    /// The completion notice (办结通知书) of @p detail (its last change to done) for @p copy.
    /// Error (BadInput "matter") when the matter is not done.
    Result<notice::Notice> completionNotice(const MatterDetail &detail, notice::Copy copy) const;

private:
    const AppContext &m_context;
    intake::MatterCatalog m_catalog;
    intake::WorkingDayCalendar m_calendar;
    std::shared_ptr<const PreReviewRunner> m_preReviews;
};

} // namespace tongban::services
