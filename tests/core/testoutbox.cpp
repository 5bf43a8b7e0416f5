// Tests of the outbox of schema step 9 (its triggers) and tongban::sync::Outbox, on real SQLite files.

#include "storage/localstore.h"
#include "storage/writetransaction.h"
#include "sync/outbox.h"

#include "synctestdata.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using tongban::storage::LocalStore;
using tongban::storage::WriteTransaction;
using tongban::sync::OpKind;
using tongban::sync::OpResult;
using tongban::sync::Outbox;
using tongban::sync::OutboxOp;
using namespace tongban::test::sync;

namespace {

struct QueuedOp
{
    qint64 seq = 0;
    QString opId, entity, recordId, kind, clerk, deviceTime;
    qint64 base = -1;
    QJsonObject payload;
};

QList<QueuedOp> outbox(const QSqlDatabase &db)
{
    QList<QueuedOp> ops;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT client_seq, op_id, entity, record_id, kind, clerk, device_time, base_version, payload FROM outbox"
                          " ORDER BY client_seq"));
    while (q.next())
        ops << QueuedOp {
            q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toLongLong(), QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object()};
    return ops;
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY name").arg(table));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

int count(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

OpResult result(const QString &opId, OpResult::Outcome outcome, qint64 version = 0)
{
    OpResult r;
    r.opId = opId;
    r.outcome = outcome;
    r.version = version;
    return r;
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QSqlDatabase m_db;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        m_db = m_store->database();
        QVERIFY(insertPersonAndEmployer(m_db));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0); // persons and employers are never pushed
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_store.reset();
    }

    // T1/T6: every insert, update and delete of every up entity queues exactly one op, in the
    // transaction of the change, with the row as its payload.
    void everyChangeOfEveryUpEntityQueuesOneOp()
    {
        const QString device = scalar(m_db, QStringLiteral("SELECT id FROM device")).toString();
        const QList<UpRow> rows = upRows();
        QSet<QString> opIds;
        const auto checkLast = [&](const UpRow &row, const QString &kind) {
            const QList<QueuedOp> ops = outbox(m_db);
            QVERIFY(!ops.isEmpty());
            const QueuedOp &op = ops.last();
            QCOMPARE(op.entity, row.entity);
            const QString recordId = row.recordId.isEmpty() ? device + QStringLiteral(":1") : row.recordId;
            QCOMPARE(op.recordId, recordId);
            QCOMPARE(op.kind, kind);
            QCOMPARE(op.base, 0);
            QCOMPARE(QUuid::fromString(op.opId).version(), QUuid::Random);
            QVERIFY(!opIds.contains(op.opId));
            opIds.insert(op.opId);
            QVERIFY2(QDateTime::fromString(op.deviceTime, Qt::ISODateWithMs).isValid() && op.deviceTime.endsWith(QLatin1Char('Z')),
                     qPrintable(op.deviceTime));
            // The payload holds every column but the local-only ones, listed literally in step 9.
            QStringList expected = columnsOf(m_db, row.entity);
            expected.removeAll(row.entity == QLatin1String("unemployment_claim") ? QStringLiteral("id") : QStringLiteral("synced_at"));
            QStringList keys = op.payload.keys();
            keys.sort();
            QCOMPARE(keys, expected);
        };
        for (const UpRow &row : rows) {
            const int before = count(m_db, QStringLiteral("outbox"));
            QString error;
            QVERIFY2(exec(m_db, row.insert, &error), qPrintable(row.entity + QStringLiteral(": ") + error));
            QCOMPARE(count(m_db, QStringLiteral("outbox")), before + 1);
            checkLast(row, QStringLiteral("upsert"));
            if (row.update.isEmpty())
                continue;
            QVERIFY2(exec(m_db, row.update, &error), qPrintable(row.entity + QStringLiteral(": ") + error));
            QCOMPARE(count(m_db, QStringLiteral("outbox")), before + 2);
            checkLast(row, QStringLiteral("upsert"));
        }
        // The payload carries the values after the change, and the clerk of the change.
        const QList<QueuedOp> ops = outbox(m_db);
        const auto last = [&ops](const QString &entity) {
            QueuedOp found;
            for (const QueuedOp &op : ops)
                if (op.entity == entity)
                    found = op;
            return found;
        };
        QCOMPARE(last(QStringLiteral("visit_session")).payload.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(last(QStringLiteral("unemployment_claim")).payload.value(QStringLiteral("monthly_amount_fen")).toInteger(), 160000);
        QCOMPARE(last(QStringLiteral("unemployment_claim")).payload.value(QStringLiteral("uuid")).toString(), kClaim);
        QCOMPARE(last(QStringLiteral("session_event")).payload.value(QStringLiteral("payload")).toString(),
                 QStringLiteral("{\"text\": \"ok\"}"));
        QCOMPARE(last(QStringLiteral("visit_session")).clerk, QStringLiteral("wang.fang"));
        QCOMPARE(last(QStringLiteral("matter_status_event")).clerk, QStringLiteral("li.na"));
        QCOMPARE(last(QStringLiteral("intake_visit")).clerk, QStringLiteral("wang.fang")); // the visit's
        QCOMPARE(last(QStringLiteral("service_rating")).clerk, QStringLiteral("wang.fang")); // the matter's
        QCOMPARE(last(QStringLiteral("rating_followup")).clerk, QStringLiteral("li.na")); // who closed it
        QCOMPARE(last(QStringLiteral("audit_record")).payload.value(QStringLiteral("seq")).toInteger(), 1);

        // Marking an audit record synced queues nothing; it cannot be changed otherwise.
        const int before = count(m_db, QStringLiteral("outbox"));
        QVERIFY(exec(m_db, QStringLiteral("UPDATE audit_record SET synced_at = '2026-12-02T03:00:00.000Z'")));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), before);

        // Deletes, children first: one delete op each, with the row as it was.
        int expected = before;
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            const UpRow &row = rows.at(i);
            if (row.remove.isEmpty())
                continue;
            QString error;
            QVERIFY2(exec(m_db, row.remove, &error), qPrintable(row.entity + QStringLiteral(": ") + error));
            ++expected;
            QCOMPARE(count(m_db, QStringLiteral("outbox")), expected);
            checkLast(row, QStringLiteral("delete"));
        }
    }

    // A cascade queues the deletes of the children too, in the same transaction.
    void cascadeDeleteQueuesTheChildren()
    {
        const QList<UpRow> rows = upRows();
        for (int i = 0; i < 5; ++i) // visit, intake visit, matter, status event, session event
            QVERIFY(exec(m_db, rows.at(i).insert));
        QVERIFY(exec(m_db, QStringLiteral("DELETE FROM outbox")));
        QVERIFY(exec(m_db, rows.at(0).remove));
        QSet<QString> deleted;
        for (const QueuedOp &op : outbox(m_db)) {
            QCOMPARE(op.kind, QStringLiteral("delete"));
            deleted.insert(op.entity);
        }
        QCOMPARE(deleted,
                 (QSet<QString> {QStringLiteral("visit_session"), QStringLiteral("intake_visit"), QStringLiteral("intake_matter"),
                                 QStringLiteral("matter_status_event"), QStringLiteral("session_event")}));
    }

    // T6: a change rolled back (a kill inside the transaction) leaves no op; an op never exists
    // without its change.
    void rolledBackChangeQueuesNothing()
    {
        {
            WriteTransaction tx(m_db);
            QVERIFY(tx.begin().ok());
            QVERIFY(exec(m_db, upRows().at(0).insert));
            QCOMPARE(count(m_db, QStringLiteral("outbox")), 1);
        } // not committed: rolled back
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0);
        QCOMPARE(count(m_db, QStringLiteral("visit_session")), 0);
        // A statement that fails queues nothing either.
        QVERIFY(!exec(m_db,
                      QStringLiteral("INSERT INTO visit_session (id, queue_number, clerk, opened_at, status) VALUES ('%1', 'A001',"
                                     " 'wang.fang', '2026-12-02T02:00:00.000Z', 'closed')")
                          .arg(kVisit)));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0);
    }

    void baseVersionIsTheKnownServerVersion()
    {
        QVERIFY(exec(m_db, upRows().at(0).insert));
        QVERIFY(exec(m_db,
                     QStringLiteral("INSERT INTO sync_version (entity, record_id, version, deleted) VALUES ('visit_session', '%1', 7, 0)")
                         .arg(kVisit)));
        QVERIFY(exec(m_db, upRows().at(0).update));
        const QList<QueuedOp> ops = outbox(m_db);
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.at(0).base, 0);
        QCOMPARE(ops.at(1).base, 7);
    }

    void triggersAreOffWhileApplying()
    {
        QVERIFY(exec(m_db, QStringLiteral("INSERT INTO sync_applying (\"on\") VALUES (1)")));
        QVERIFY(exec(m_db, upRows().at(0).insert));
        QVERIFY(exec(m_db, upRows().at(0).update));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0);
        QVERIFY(exec(m_db, QStringLiteral("DELETE FROM sync_applying")));
        QVERIFY(exec(m_db, upRows().at(0).remove));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 1);
    }

    // T1, T24, B26: client_seq is never reused, after the rows are acknowledged (deleted) and the
    // file reopened, whatever the clock says.
    void clientSeqIsNeverReused()
    {
        const QString path = m_dir.filePath(QStringLiteral("store.sqlite"));
        QVERIFY(exec(m_db, upRows().at(0).insert));
        QVERIFY(exec(m_db, upRows().at(0).update));
        const qint64 highest = outbox(m_db).last().seq;
        QVERIFY(exec(m_db, QStringLiteral("DELETE FROM outbox")));
        cleanup();
        auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        m_db = m_store->database();
        QVERIFY(exec(m_db, upRows().at(0).remove));
        const QList<QueuedOp> ops = outbox(m_db);
        QCOMPARE(ops.size(), 1);
        QVERIFY2(ops.first().seq > highest, qPrintable(QString::number(ops.first().seq)));
    }

    void pendingReadsInOrderUpToTheLimit()
    {
        const QList<UpRow> rows = upRows();
        for (int i = 0; i < 3; ++i)
            QVERIFY(exec(m_db, rows.at(i).insert));
        QVERIFY(!Outbox::pending(m_db, 0).ok());
        const auto two = Outbox::pending(m_db, 2);
        QVERIFY(two.ok());
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(0).entity, QStringLiteral("visit_session"));
        QCOMPARE(two->at(1).entity, QStringLiteral("intake_visit"));
        QVERIFY(two->at(0).clientSeq < two->at(1).clientSeq);
        QCOMPARE(two->at(0).kind, OpKind::Upsert);
        QCOMPARE(two->at(0).payload.value(QStringLiteral("queue_number")).toString(), QStringLiteral("A001"));
        QCOMPARE(two->at(0).clerk, QStringLiteral("wang.fang"));
        QCOMPARE(Outbox::pending(m_db, 200)->size(), 3);
    }

    // Each outcome: applied and duplicate leave the queue with their version, a conflict is kept
    // with both versions and parks the later ops of its record, a rejection is kept for a person.
    void acknowledgeEachOutcome()
    {
        const QList<UpRow> rows = upRows();
        for (int i = 0; i < 5; ++i)
            QVERIFY(exec(m_db, rows.at(i).insert));
        QVERIFY(exec(m_db, rows.last().insert)); // audit record
        const auto ops = Outbox::pending(m_db, 200);
        QVERIFY(ops.ok());
        QCOMPARE(ops->size(), 6);
        // The clerk edits the matter again while the push is under way.
        QVERIFY(exec(m_db, rows.at(2).update));

        OpResult conflict = result(ops->at(2).opId, OpResult::Outcome::Conflict);
        conflict.serverPayload = QJsonObject {{QStringLiteral("id"), kMatter},
                                              {QStringLiteral("status"), QStringLiteral("returned")},
                                              {QStringLiteral("clerk"), QStringLiteral("zhao.lei")}};
        conflict.serverVersion = 4;
        conflict.serverDevice = QStringLiteral("cc9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        OpResult rejected = result(ops->at(3).opId, OpResult::Outcome::Rejected);
        rejected.code = QStringLiteral("bad-payload");
        rejected.message = QStringLiteral("数据不完整");
        const QList<OpResult> results {result(ops->at(0).opId, OpResult::Outcome::Applied, 1),
                                       result(ops->at(1).opId, OpResult::Outcome::Duplicate, 3),
                                       conflict,
                                       rejected,
                                       result(ops->at(4).opId, OpResult::Outcome::Applied, 1),
                                       result(ops->at(5).opId, OpResult::Outcome::Applied, 1)};
        // An answer to an op that was not pushed changes nothing.
        QList<OpResult> wrong = results;
        wrong[0].opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!Outbox::acknowledge(m_db, *ops, wrong, tongban::test::fixedNow()).ok());
        QVERIFY(!Outbox::acknowledge(m_db, *ops, results.mid(0, 5), tongban::test::fixedNow()).ok());
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 7);

        QVERIFY(Outbox::acknowledge(m_db, *ops, results, tongban::test::fixedNow()).ok());
        // Left: the later edit of the matter, parked behind its conflict.
        const QList<QueuedOp> left = outbox(m_db);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().entity, QStringLiteral("intake_matter"));
        QVERIFY(Outbox::pending(m_db, 200)->isEmpty());

        const QString device = scalar(m_db, QStringLiteral("SELECT id FROM device")).toString();
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT version || ' ' || deleted || ' ' || device_id FROM sync_version"
                                       " WHERE entity = 'visit_session'"))
                     .toString(),
                 QStringLiteral("1 0 ") + device);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT version FROM sync_version WHERE entity = 'intake_visit'")).toInt(), 3);
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM sync_version WHERE entity IN ('intake_matter', 'matter_status_event',"
                                       " 'audit_record')"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT synced_at FROM audit_record")).toString(), QStringLiteral("2026-12-02T02:00:00.000Z"));

        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT record_id, json_extract(local_payload, '$.status'), json_extract(server_payload, '$.status'),"
                                      " server_version, server_device, server_changed_by, resolved_at FROM sync_conflict")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), kMatter);
        QCOMPARE(q.value(1).toString(), QStringLiteral("received"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("returned"));
        QCOMPARE(q.value(3).toInt(), 4);
        QCOMPARE(q.value(4).toString(), conflict.serverDevice);
        QCOMPARE(q.value(5).toString(), QStringLiteral("zhao.lei"));
        QVERIFY(q.value(6).isNull());
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("SELECT op_id, entity, code, message, dismissed_at FROM sync_rejection")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), ops->at(3).opId);
        QCOMPARE(q.value(1).toString(), QStringLiteral("matter_status_event"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("bad-payload"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("数据不完整"));
        QVERIFY(q.value(4).isNull());

        const auto status = Outbox::status(m_db);
        QVERIFY(status.ok());
        QCOMPARE(status->pending, 1);
        QCOMPARE(status->parked, 1);
        QCOMPARE(status->openConflicts, 1);
        QCOMPARE(status->openRejections, 1);
        QCOMPARE(status->lastPush, tongban::test::fixedNow().toUTC());
        QVERIFY(!status->lastPull.isValid());
        QVERIFY(status->oldestPending.isValid());

        // A conflict is never deleted.
        QVERIFY(!exec(m_db, QStringLiteral("DELETE FROM sync_conflict")));
    }

    // A second conflict of the same record in a later push joins the open one.
    void laterConflictJoinsTheOpenOne()
    {
        QVERIFY(exec(m_db, upRows().at(0).insert));
        auto ops = Outbox::pending(m_db, 10);
        OpResult conflict = result(ops->at(0).opId, OpResult::Outcome::Conflict);
        conflict.serverVersion = 2;
        QVERIFY(Outbox::acknowledge(m_db, *ops, {conflict}, tongban::test::fixedNow()).ok());
        QVERIFY(exec(m_db, upRows().at(0).update));
        // Parked: not pushed. Pushed anyway (an older program), its conflict joins the open one.
        QVERIFY(Outbox::pending(m_db, 10)->isEmpty());
        const QList<QueuedOp> queued = outbox(m_db);
        OutboxOp later;
        later.opId = queued.first().opId;
        later.entity = queued.first().entity;
        later.recordId = queued.first().recordId;
        later.payload = queued.first().payload;
        conflict.opId = later.opId;
        conflict.serverVersion = 3;
        QVERIFY(Outbox::acknowledge(m_db, {later}, {conflict}, tongban::test::fixedNow()).ok());
        QCOMPARE(count(m_db, QStringLiteral("sync_conflict")), 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT server_version || ' ' || json_extract(local_payload, '$.status') FROM sync_conflict"))
                     .toString(),
                 QStringLiteral("3 closed"));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0);
    }

    void failedPushKeepsTheOps()
    {
        QVERIFY(exec(m_db, upRows().at(0).insert));
        const auto ops = Outbox::pending(m_db, 10);
        QVERIFY(Outbox::recordFailure(m_db, *ops, QStringLiteral("timeout")).ok());
        const auto again = Outbox::pending(m_db, 10);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().opId, ops->first().opId);
        QCOMPARE(again->first().attempts, 1);
        QCOMPARE(again->first().lastError, QStringLiteral("timeout"));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "testoutbox.moc"
