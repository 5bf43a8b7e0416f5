#pragma once

#include "intake/intakereceipt.h"
#include "matterstatus.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::workflow {

/// One matter of an intake as stored (intake_matter with its visit's queue number and applicant).
struct StoredMatter
{
    QString id; ///< intake_matter.id (UUID)
    QString sessionId; ///< the visit (visit_session.id)
    QString queueNumber;
    int position = 0;
    QString matter; ///< MatterDefinition::id
    QString applicantIdNumber;
    QString applicantName;
    QString applicantPhone;
    QString subjectIdNumber; ///< whom the matter is about
    QString subjectName;
    QString agentRelation; ///< empty: the applicant applies for themself
    QJsonObject fields; ///< as typed
    QStringList documents; ///< the documents brought (ids)
    QStringList missingDocuments; ///< the documents still missing (ids)
    MatterStatus status = MatterStatus::Received;
    QString channel; ///< "counter", "outreach", "online", "import"
    QString returnedReason; ///< the last return's reason; empty unless returned (kept after resubmission until the next return)
    QDate receivedOn; ///< taken in (again, after a resubmission)
    QDate dueOn; ///< the promised due date; null when none
    QDate statutoryDueOn; ///< null when none
    std::optional<intake::PreReviewRecord> preReview;
    QString clerk; ///< who took it in
    QDateTime createdAt; ///< UTC
};

/// One change of a matter's status as stored (matter_status_event).
struct StatusEvent
{
    QString id; ///< UUID
    QString matterId;
    MatterStatus from = MatterStatus::Received;
    MatterStatus to = MatterStatus::Received;
    QString reason; ///< why (required for a return); may be empty otherwise
    QString clerk; ///< who
    QDateTime at; ///< when (UTC, the injected clock)
    QString department; ///< forwarded: the department it went to; else the matter's department
};

/// A change of status asked for.
struct StatusChange
{
    QString matterId; ///< intake_matter.id
    MatterStatus to = MatterStatus::Received;
    QString reason; ///< required for a return (at least MatterStateMachine::minimumReturnReasonLength characters)
    QString clerk; ///< who (not empty)
    /// Resubmission only: the documents the applicant brought now (document ids of the catalog);
    /// they are added to those kept and the missing list is counted again.
    QStringList documentsBrought;
};

/// What a change stored: the matter as it is now and the event.
struct StatusChangeOutcome
{
    StoredMatter matter;
    StatusEvent event;
    /// A resubmission whose due date falls in a year without a holiday arrangement: why the date
    /// is left out (never guessed). Empty otherwise.
    QString dueNote;
};

} // namespace tongban::workflow
