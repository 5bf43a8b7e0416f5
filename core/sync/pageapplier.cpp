#include "pageapplier.h"

#include "historypayload.h"
#include "syncedtables.h"

#include "storage/localstore.h"
#include "storage/preparedstatement.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace tongban::sync {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;

namespace {

/// How a pulled page's commit differs from any other, for as long as this object lives:
/// - SQLite copies the write-ahead log into the file once the log holds 16,384 pages (64 MB)
///   rather than 1,000 (4 MB, its default): each page of a first download holds more than that
///   and rewrites much of the same employer index of the contribution records, and each copy was
///   a second write of it and an fsync; the next commit of anything else, or closing the file,
///   copies the rest;
/// - the commit does not wait for the disk (synchronous NORMAL instead of the connection's FULL):
///   a page lost to a power cut is lost together with its cursor and pulled again, the file stays
///   whole, and the next commit of anything else waits for the disk for both.
/// The connection's own settings are back when it goes.
class PullCommit
{
public:
    explicit PullCommit(const QSqlDatabase &db)
        : m_db(db)
        , m_checkpointPages(value(QStringLiteral("wal_autocheckpoint")))
        , m_synchronous(value(QStringLiteral("synchronous")))
    {
        set(QStringLiteral("wal_autocheckpoint"), kPullCheckpointPages);
        set(QStringLiteral("synchronous"), kNormal);
    }
    ~PullCommit()
    {
        set(QStringLiteral("wal_autocheckpoint"), m_checkpointPages);
        set(QStringLiteral("synchronous"), m_synchronous);
    }
    PullCommit(const PullCommit &) = delete;
    PullCommit &operator=(const PullCommit &) = delete;

private:
    static constexpr int kPullCheckpointPages = 16384;
    static constexpr int kNormal = 1; ///< PRAGMA synchronous = NORMAL

    int value(const QString &pragma) const
    {
        QSqlQuery q(m_db);
        // PRAGMA takes no bound values; the names are this class's own.
        return q.exec(QStringLiteral("PRAGMA %1").arg(pragma)) && q.next() ? q.value(0).toInt() : -1;
    }
    void set(const QString &pragma, int to) const
    {
        if (to >= 0)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA %1 = %2").arg(pragma).arg(to));
    }

    const QSqlDatabase &m_db;
    int m_checkpointPages;
    int m_synchronous;
};

QString where(qsizetype index)
{
    return QStringLiteral("changes[%1]").arg(index);
}

Error atChange(qsizetype index, const Error &e)
{
    Error located = e;
    located.field = e.field.isEmpty() ? where(index) : where(index) + QLatin1Char('.') + e.field;
    located.message = QStringLiteral("%1: %2").arg(where(index), e.message);
    return located;
}

Result<bool> hasPendingOrConflict(const QSqlDatabase &db, const Change &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM outbox WHERE entity = ? AND record_id = ?)"
                             " OR EXISTS (SELECT 1 FROM sync_conflict WHERE entity = ? AND record_id = ? AND resolved_at IS NULL)"));
    q.addBindValue(c.entity);
    q.addBindValue(c.recordId);
    q.addBindValue(c.entity);
    q.addBindValue(c.recordId);
    if (!q.exec() || !q.next())
        return LocalStore::queryError(q, PageApplier::tr("cannot read the outbox"));
    return q.value(0).toBool();
}

/// What the changes of one page share: the statements of the hot path, each prepared once for the
/// page (a first download is thousands of changes and millions of months a page at a time), the
/// employers' local keys looked up so far, and one list of months reused by every history.
struct PageWriter
{
    const QSqlDatabase &db;
    std::optional<storage::PreparedStatement> version;
    std::optional<storage::PreparedStatement> personKey;
    std::optional<storage::PreparedStatement> removeMonths;
    std::optional<storage::PreparedStatement> insertMonth;
    std::optional<storage::PreparedStatement> employerKey;
    QHash<QString, qint64> employerKeys; ///< uuid → local key; emptied when an employer of the page is written
    QList<HistoryMonth> months;
    RecordWriter::Statements records; ///< the persons', employers' and up records' upserts

    /// @p statement, prepared from @p sql the first time.
    Result<storage::PreparedStatement *> use(std::optional<storage::PreparedStatement> &statement, const char *sql)
    {
        if (!statement) {
            auto prepared = storage::PreparedStatement::prepare(db, QString::fromLatin1(sql));
            if (!prepared)
                return Error::storage(PageApplier::tr("cannot apply the pulled page: %1").arg(prepared.error().message));
            statement.emplace(std::move(prepared).value());
        }
        return &*statement;
    }
};

Status storeVersion(PageWriter &w, const Change &c)
{
    auto q = w.use(w.version,
                   "INSERT INTO sync_version (entity, record_id, version, deleted, device_id) VALUES (?, ?, ?, ?, ?)"
                   " ON CONFLICT (entity, record_id) DO UPDATE SET version = excluded.version, deleted = excluded.deleted,"
                   " device_id = excluded.device_id");
    if (!q)
        return q.error();
    (*q)->bindText(1, c.entity);
    (*q)->bindText(2, c.recordId);
    (*q)->bindInteger(3, c.version);
    (*q)->bindInteger(4, c.deleted ? 1 : 0);
    if (c.deviceId.isEmpty())
        (*q)->bindNull(5);
    else
        (*q)->bindText(5, c.deviceId);
    if (const Status s = (*q)->run(); !s)
        return Error::storage(PageApplier::tr("cannot store the version of %1 %2: %3").arg(c.entity, c.recordId, s.error().message));
    return Done {};
}

// The person's whole contribution history replaced by the payload's months (either form of
// HistoryPayload), through statements prepared once for the page.
Status replaceHistory(PageWriter &w, const Change &c)
{
    auto person = w.use(w.personKey, "SELECT key FROM insured_person WHERE id = ?");
    if (!person)
        return person.error();
    (*person)->bindText(1, c.recordId);
    bool found = false;
    if (const Status s = (*person)->run(&found); !s)
        return Error::storage(PageApplier::tr("cannot read the insured person %1: %2").arg(c.recordId, s.error().message));
    if (!found) {
        if (c.deleted)
            return Done {};
        return Error::badInput(QStringLiteral("record_id"),
                               PageApplier::tr("contribution_history of %1: the insured person is not in the local store").arg(c.recordId));
    }
    const qint64 personKey = (*person)->integerAt(0);
    auto remove = w.use(w.removeMonths, "DELETE FROM contribution_record WHERE person_key = ?");
    if (!remove)
        return remove.error();
    (*remove)->bindInteger(1, personKey);
    if (const Status s = (*remove)->run(); !s)
        return Error::storage(PageApplier::tr("cannot replace the contributions of %1: %2").arg(c.recordId, s.error().message));
    if (c.deleted)
        return Done {};
    if (const Status s = HistoryPayload::read(c.payload, w.months); !s)
        return s.error().nested(QStringLiteral("payload"));
    auto insert = w.use(w.insertMonth,
                        "INSERT INTO contribution_record (person_key, month, kind, base_fen, employer_fen, personal_fen,"
                        " employer_key, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    auto employer = w.use(w.employerKey, "SELECT key FROM employer WHERE id = ?");
    if (!employer)
        return employer.error();
    const bool rows = c.payload.contains(QLatin1String("records")); // protocol 1's form: for the paths of errors
    // The field's path, made only for an error (a download writes millions of months).
    const auto at = [rows](qsizetype i, const char *key) {
        return rows ? QStringLiteral("payload.records[%1].%2").arg(i).arg(QLatin1String(key))
                    : QStringLiteral("payload.%2[%1]").arg(i).arg(QLatin1String(key));
    };
    storage::PreparedStatement &q = **insert;
    q.bindInteger(1, personKey);
    for (qsizetype i = 0; i < w.months.size(); ++i) {
        const HistoryMonth &m = w.months.at(i);
        q.bindInteger(2, m.month);
        q.bindInteger(3, m.kind);
        q.bindInteger(4, m.baseFen);
        q.bindInteger(5, m.employerFen);
        q.bindInteger(6, m.personalFen);
        if (m.employerId.isEmpty()) {
            q.bindNull(7);
        } else {
            // A history names a few employers over hundreds of months: each is looked up once a page.
            auto known = w.employerKeys.constFind(m.employerId);
            if (known == w.employerKeys.cend()) {
                (*employer)->bindText(1, m.employerId);
                bool exists = false;
                if (const Status s = (*employer)->run(&exists); !s)
                    return Error::storage(PageApplier::tr("cannot read the employer %1: %2").arg(m.employerId, s.error().message));
                if (!exists)
                    return Error::badInput(
                        at(i, "employer_id"),
                        PageApplier::tr("contribution_history: the employer %1 is not in the local store").arg(m.employerId));
                known = w.employerKeys.insert(m.employerId, (*employer)->integerAt(0));
            }
            q.bindInteger(7, *known);
        }
        q.bindInteger(8, m.region);
        if (const Status s = q.run(); !s)
            return Error::storage(PageApplier::tr("cannot store %1 of contribution_history %2: %3")
                                      .arg(rows ? QStringLiteral("payload.records[%1]").arg(i) : QStringLiteral("payload.month[%1]").arg(i),
                                           c.recordId, s.error().message));
    }
    return Done {};
}

Status applyOne(PageWriter &w, const Change &c, const QString &myDeviceId, const QString &now, ApplyReport &report)
{
    const QSqlDatabase &db = w.db;
    if (c.entity == QLatin1String("contribution_history")) {
        if (const Status s = replaceHistory(w, c); !s)
            return s;
        ++report.applied;
        return storeVersion(w, c);
    }
    const SyncedTable *table = SyncedTable::find(c.entity);
    if (!table)
        return Error::badInput(QStringLiteral("entity"), PageApplier::tr("unknown entity %1").arg(c.entity));
    if (table->recordIdColumn.isEmpty())
        return Error::badInput(QStringLiteral("entity"), PageApplier::tr("%1 is pushed only, never pulled").arg(c.entity));
    if (c.recordId.isEmpty())
        return Error::badInput(QStringLiteral("record_id"), PageApplier::tr("%1: empty record id").arg(c.entity));
    if (table->up) {
        const auto busy = hasPendingOrConflict(db, c);
        if (!busy)
            return busy.error();
        if (*busy) {
            if (!myDeviceId.isEmpty() && c.deviceId == myDeviceId) {
                ++report.ownEchoes;
                return storeVersion(w, c);
            }
            const auto local = RecordWriter::payloadOf(db, *table, c.recordId);
            if (!local)
                return local.error();
            ++report.conflicts;
            return RecordWriter::storeConflict(db, c.entity, c.recordId, *local, c.payload, c.version, c.deleted, c.deviceId, now);
        }
    }
    if (c.entity == QLatin1String("employer"))
        w.employerKeys.clear(); // a deleted employer's key may be given to another
    const Status written
        = c.deleted ? RecordWriter::remove(db, *table, c.recordId) : RecordWriter::upsert(db, *table, c.recordId, c.payload, &w.records);
    if (!written)
        return written;
    ++report.applied;
    return storeVersion(w, c);
}

} // namespace

Result<ApplyReport> PageApplier::apply(const QSqlDatabase &db, const PullPage &page, const QString &myDeviceId, const QDateTime &now,
                                       const std::function<void(int)> &afterChange)
{
    return applyContinuing(db, page, nullptr, myDeviceId, now, afterChange);
}

Result<ApplyReport> PageApplier::apply(const QSqlDatabase &db, const PullPage &page, const QString &from, const QString &myDeviceId,
                                       const QDateTime &now, const std::function<void(int)> &afterChange)
{
    return applyContinuing(db, page, &from, myDeviceId, now, afterChange);
}

Result<ApplyReport> PageApplier::applyContinuing(const QSqlDatabase &db, const PullPage &page, const QString *from,
                                                 const QString &myDeviceId, const QDateTime &now,
                                                 const std::function<void(int)> &afterChange)
{
    const QString nowText = StoredTime::toText(now);
    WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(db);
    if (from) {
        if (!q.exec(QStringLiteral("SELECT cursor FROM sync_state")) || !q.next())
            return LocalStore::queryError(q, tr("cannot read the pull cursor"));
        if (q.value(0).toString() != *from) {
            ApplyReport stale;
            stale.stale = true;
            return stale; // nothing applied: rolled back
        }
        q.finish();
    }
    // References are checked once the whole page is in (a change may come before the row it
    // refers to); PRAGMA foreign_key_check below names a broken one before COMMIT would refuse it.
    if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return LocalStore::queryError(q, tr("cannot apply the pulled page"));
    if (const Status s = RecordWriter::setApplying(db, true); !s)
        return s.error();
    ApplyReport report;
    if (page.mustResync) {
        if (!page.changes.isEmpty())
            return Error::badInput(QStringLiteral("changes"), tr("a page that asks for a full re-sync carries no changes"));
        q.prepare(QStringLiteral("UPDATE sync_state SET epoch = ?, cursor = '', first_download_complete = 0, last_pull_at = ?"));
    } else {
        {
            PageWriter writer {db, {}, {}, {}, {}, {}, {}, {}, {}};
            for (qsizetype i = 0; i < page.changes.size(); ++i) {
                if (const Status s = applyOne(writer, page.changes.at(i), myDeviceId, nowText, report); !s)
                    return atChange(i, s.error());
                if (afterChange)
                    afterChange(int(i));
            }
        }
        // SQLite counts the references left broken; only then is the row named by PRAGMA
        // foreign_key_check, which reads every row of every table with a reference (the whole
        // file's contribution months, at every page of a first download).
        const auto broken = storage::PreparedStatement::foreignKeysPending(db);
        if (!broken)
            return Error::storage(tr("cannot check the references of the pulled page: %1").arg(broken.error().message));
        if (*broken) {
            if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return LocalStore::queryError(q, tr("cannot check the references of the pulled page"));
            if (q.next())
                return Error::storage(tr("the pulled page leaves a row of %1 (row %2) referring to a missing row of %3")
                                          .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
            return Error::storage(tr("the pulled page leaves a reference to a missing row"));
        }
        q.finish();
        q.prepare(QStringLiteral("UPDATE sync_state SET epoch = ?, cursor = ?, last_pull_at = ?"));
        q.addBindValue(page.epoch);
        q.addBindValue(page.cursor);
        q.addBindValue(nowText);
    }
    if (page.mustResync) {
        q.addBindValue(page.epoch);
        q.addBindValue(nowText);
    }
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot store the pull cursor"));
    if (const Status s = RecordWriter::setApplying(db, false); !s)
        return s.error();
    q.finish();
    const PullCommit settings(db);
    if (const Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace tongban::sync
