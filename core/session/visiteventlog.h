#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace tongban::session {

/// The one writer of a visit's event log (session_event rows: what happened during a visit,
/// append-only, a JSON payload each) and of the closed back-office visits that hold the events
/// of work no visitor brought (a 免申即享 sweep). Snapshots (SnapshotRepository) and sweeps
/// (sweep::SweepRecorder) write through it; sync will read what it wrote.
///
/// Both functions run inside a write transaction the caller holds (storage::WriteTransaction),
/// so that an event and what it belongs to are stored together or not at all. Every value is
/// bound. Use on the thread that opened the connection (see storage::LocalStore).
class VisitEventLog
{
    Q_DECLARE_TR_FUNCTIONS(tongban::session::VisitEventLog)

public:
    /// What appending an event needs.
    struct Event
    {
        QString id; ///< the event's UUID (lower case); empty: a new one
        QString sessionId; ///< the visit (visit_session.id) it belongs to
        QString kind; ///< e.g. "pension.calculation", "deferral.sweep" (not empty)
        QJsonObject payload;
        QString clerk; ///< who did it (not empty)
        QDateTime at; ///< when (stored as UTC)
    };

    explicit VisitEventLog(QSqlDatabase db);

    /// Appends @p event and returns its id. Errors: BadInput ("kind" or "clerk" empty);
    /// Storage (the driver's text, e.g. an unknown visit).
    Result<QString> append(const Event &event);

    /// Stores a closed visit without a person for back-office work of @p clerk from @p openedAt
    /// to @p closedAt (stored as UTC), with the queue number backOfficeQueueNumber() — outside
    /// the automatic "A…" numbers, so the day's queue numbering is untouched — and returns its
    /// id. Errors: BadInput ("clerk" empty); Storage.
    Result<QString> insertBackOfficeVisit(const QString &clerk, const QDateTime &openedAt, const QDateTime &closedAt);

    /// The queue number of the back-office visit rows.
    static QString backOfficeQueueNumber() { return QStringLiteral("BACKOFFICE"); }

private:
    QSqlDatabase m_db;
};

} // namespace tongban::session
