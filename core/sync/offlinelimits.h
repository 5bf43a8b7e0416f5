#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace tongban::sync {

/// How far a file's unsynced work stands from the supervisor's limits (issue 13, point 4): the
/// records waiting to go up (the outbox, audit records not counted: they grow with every look-up,
/// not with the work taken in) and the age of the oldest of them. Past 80 % of either limit the
/// window warns; past a limit new intakes are refused until the file is synced (or its outbox
/// hand-carried), so that an outreach laptop never holds more unsent work than the office accepts
/// to lose with it.
struct OfflineStanding
{
    enum class Level {
        Fine,
        Warning, ///< at 80 % of a limit or more: sync soon
        Refused, ///< past a limit: no new intake until synced
    };
    Level level = Level::Fine;
    qint64 unsyncedRecords = 0; ///< operations in the outbox, audit records left out
    int unsyncedDays = 0; ///< whole days since the oldest of them was made (0: none, or today)
    int daysLimit = 0; ///< the supervisor's limits (sync_state)
    int recordsLimit = 0;
    QString message; ///< Warning and Refused: what stands and what to do, in plain words
};

/// The offline limits: read, checked, set. Default limits: 7 days (the offline sign-in's grace)
/// and 1000 records, until a supervisor sets others.
class OfflineLimits
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::OfflineLimits)

public:
    static constexpr int kDefaultDays = 7;
    static constexpr int kDefaultRecords = 1000;

    /// The standing of the file of @p db at @p now (UTC). Error: Storage.
    static Result<OfflineStanding> standing(const QSqlDatabase &db, const QDateTime &now);
    /// Done when a new intake may be taken; else Forbidden on "sync" with the standing's message.
    /// Called inside the intake's write transaction, so the check and the intake see the same file.
    static Status admitIntake(const QSqlDatabase &db, const QDateTime &now);
    /// Sets the limits: @p days (1…90) and @p records (10…100000). Errors: BadInput "days" /
    /// "records" saying what is allowed; Storage. The caller checks the supervisor's right.
    static Status set(const QSqlDatabase &db, int days, int records);
};

} // namespace tongban::sync
