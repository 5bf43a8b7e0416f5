#pragma once

#include "sweepresult.h"

#include "common/clock.h"
#include "common/error.h"
#include "session/visiteventlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>

namespace tongban::sweep {

/// Keeps a record of a deferral sweep in the visit session store: who ran it, when, with which
/// parameters, and what it found.
///
/// A sweep is back-office work, not part of a visitor's visit, but session_event rows belong to
/// a visit_session (NOT NULL, schema step 1). VisitSessionRepository::open() would close the
/// clerk's open visit (a clerk serves one visitor at a time), which a sweep run between two
/// visitors — or while one waits — must not do. So each sweep gets a closed back-office visit of
/// its own (session::VisitEventLog::insertBackOfficeVisit), opened at the sweep's start and closed
/// at its end, written in the same transaction as its event. Its one session_event has kind
/// eventKind() and the payload:
///
///   {"format": 1, "parameters": {SweepParameters::toJson()}, "as_of": "2022-06-15",
///    "rules_edition", "started_at", "finished_at", "employers_total", "screened",
///    "cancelled": bool, "result_count" (rows listed), "eligible_count", "skipped_count",
///    "deferrable_pension_fen": integer fen, "deferrable_pension": "1234.50",
///    "assumptions": ["…"]}
class SweepRecorder
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sweep::SweepRecorder)

public:
    /// What record() wrote.
    struct Recorded
    {
        QString sessionId; ///< the back-office visit_session row
        QString eventId; ///< the session_event row
    };

    /// The session_event kind of a sweep.
    static QString eventKind() { return QStringLiteral("deferral.sweep"); }
    /// The queue number of the back-office visit rows.
    static QString backOfficeQueueNumber() { return session::VisitEventLog::backOfficeQueueNumber(); }

    /// A recorder on @p db (an open LocalStore connection of the calling thread); @p clock gives
    /// the event's created_at (UTC).
    SweepRecorder(QSqlDatabase db, Clock clock);

    /// The payload described above for @p result.
    static QJsonObject payload(const SweepResult &result);

    /// Stores @p result as run by @p clerk, in one BEGIN IMMEDIATE transaction (both rows or
    /// none). A cancelled sweep is recorded too, with "cancelled": true and its partial counts.
    /// Errors: BadInput ("clerk") when empty; Storage (the driver's text).
    Result<Recorded> record(const SweepResult &result, const QString &clerk);

private:
    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace tongban::sweep
