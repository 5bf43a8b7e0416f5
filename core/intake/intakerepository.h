#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "intakecase.h"
#include "intakereceipt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tongban::intake {

/// A draft of the intake form as stored (intake_draft).
struct StoredDraft
{
    QString id; ///< UUID
    QString clerk;
    QJsonObject caseJson; ///< the form as typed (the case JSON with "draft")
    QDateTime savedAt; ///< UTC
    int version = 1; ///< 1 on the first save, one more on each later one
};

/// The intakes of the local store (intake_visit, intake_matter) and the drafts of the form
/// (intake_draft). Every statement is prepared with bound values; every write runs in one
/// BEGIN IMMEDIATE transaction. Use on the thread that opened the connection.
class IntakeRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::intake::IntakeRepository)

public:
    /// A repository on @p db (an open LocalStore connection); @p clock stamps the rows.
    IntakeRepository(QSqlDatabase db, Clock clock);

    /// Stores a whole intake in one write transaction: opens the visit (the typed queue number,
    /// or the next automatic one of the day, session::VisitSessionRepository), the intake_visit
    /// row, one intake_matter row per matter, one session_event of kind receivedKind() through
    /// session::VisitEventLog, and deletes the draft @p draftId when given. @p receipt holds
    /// what was computed (matters, dates, pre-reviews); its sessionId (empty: a new one),
    /// queueNumber (empty: automatic) and the ids of its matters (empty: new ones) are filled
    /// in the returned copy, which is what was stored. @p personId is the stored person of the
    /// applicant when known (the visit's person), else empty.
    /// Errors: VisitSessionRepository::open's (BadInput "clerk", "queue_number"); Storage.
    /// On any error nothing is stored.
    Result<IntakeReceipt> store(IntakeReceipt receipt, const IntakeCase &intake, const QString &personId = {}, const QString &draftId = {});
    /// store() inside a write transaction the caller holds (storage::WriteTransaction begun on
    /// the same connection), so that several intakes are stored together or not at all (a batch
    /// import). The matters are stored with @p receipt's channel. Errors: store()'s; on an
    /// error the caller rolls back.
    Result<IntakeReceipt> storeWithin(IntakeReceipt receipt, const IntakeCase &intake, const QString &personId = {},
                                      const QString &draftId = {});
    /// The intake of the visit @p sessionId as stored. Errors: NotFound ("session_id"); Storage.
    Result<IntakeReceipt> load(const QString &sessionId) const;

    /// Saves @p caseJson as the draft @p draftId of @p clerk (empty id: a new draft): inserts
    /// it with version 1 or replaces the stored one and adds one to its version.
    /// Errors: BadInput ("clerk" empty; "id" not a lower-case UUID); Storage.
    Result<StoredDraft> saveDraft(const QString &draftId, const QString &clerk, const QJsonObject &caseJson);
    /// The draft @p clerk saved last, or std::nullopt. Error (Storage).
    Result<std::optional<StoredDraft>> latestDraft(const QString &clerk) const;
    /// Deletes the draft @p draftId (nothing when it is not stored). Error (Storage).
    Status discardDraft(const QString &draftId);

    /// The session_event kind of an intake.
    static QString receivedKind() { return QStringLiteral("intake_received"); }

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace tongban::intake
