#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "intake/mattercatalog.h"
#include "intake/workingdaycalendar.h"
#include "storedmatter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tongban::workflow {

/// The status of the stored matters of intakes (intake_matter.status, matter_status_event) and
/// the back office's reads of them. Every statement is prepared with bound values; a change runs
/// in one BEGIN IMMEDIATE transaction. Use on the thread that opened the connection.
class MatterWorkflowRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::workflow::MatterWorkflowRepository)

public:
    /// A repository on @p db (an open LocalStore connection); @p clock stamps the changes.
    MatterWorkflowRepository(QSqlDatabase db, Clock clock);

    /// The matter @p matterId. Errors: NotFound ("matter"); Storage.
    Result<StoredMatter> load(const QString &matterId) const;
    /// The status changes of @p matterId, oldest first (empty when none). Error (Storage).
    Result<QList<StatusEvent>> history(const QString &matterId) const;
    /// The matters neither done nor returned, by due date (none last), then received date and
    /// queue number; only those that came by @p channel when it is not empty. Error (Storage).
    Result<QList<StoredMatter>> openMatters(const QString &channel = {}) const;

    /// Changes the status of the matter @p change names, in one write transaction: checks the way
    /// (MatterStateMachine::check with the matter's catalog entry), the reason (a return: at least
    /// MatterStateMachine::minimumReturnReasonLength characters, trimmed) and the clerk; updates
    /// intake_matter (status; a return: returned_reason; a resubmission: received_on = today, the
    /// documents brought added to those kept, the missing documents counted again, the due dates
    /// counted again from today on @p calendar), appends a matter_status_event row and one
    /// session_event of kind statusChangedKind() with {matter, from, to, reason} through
    /// session::VisitEventLog on the matter's visit. The time is the clock's now.
    /// Errors (nothing stored): NotFound ("matter": no such stored matter; "matter_id": the
    /// catalog has not its matter); BadInput ("to": the way is refused; "reason": missing or too
    /// short for a return; "clerk": empty; "documents[i]": a document the catalog does not
    /// know, or documents on another change than a resubmission); Storage. A resubmission's due
    /// date in a year without a holiday arrangement is left out and the outcome's dueNote says why.
    Result<StatusChangeOutcome> change(const StatusChange &change, const intake::MatterCatalog &catalog,
                                       const intake::WorkingDayCalendar &calendar);

    /// The session_event kind of a status change.
    static QString statusChangedKind() { return QStringLiteral("matter_status_changed"); }

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace tongban::workflow
