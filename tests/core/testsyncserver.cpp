// The server side of sync (issue 13; resources/server/0004-sync.sql, core/central/SyncServer)
// against the test PostgreSQL (TONGBAN_TEST_PG), in a database of its own, named after the
// scenarios of the sync design reference, part (b): T12 a batch replayed three times, two of them
// concurrently; T18 a change committed late is not skipped; T19 the page boundary; T21 the server
// restored (epoch raised); T27 the same record changed on two devices; T29 a rejected op in the
// middle of a batch; T32 an older client; T41/T43 another office reads and writes nothing of A's.
// And: enrolment (a copied device refused), counts, the owner's loader, audit records; protocol 2
// (server step 7: histories as arrays of columns, the pull as rows) beside protocol 1, and this
// client pulling from a server of step 6.

#include "centraltestdatabase.h"

#include "central/centralaccounts.h"
#include "central/servermigrations.h"
#include "central/syncserver.h"
#include "sync/historypayload.h"
#include "sync/syncprotocol.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <latch>
#include <thread>

using tongban::Error;
using tongban::Status;
using tongban::accounts::Role;
using tongban::central::CentralAccounts;
using tongban::central::CentralSession;
using tongban::central::ServerMigrations;
using tongban::central::SyncServer;
using tongban::sync::OpKind;
using tongban::sync::OpResult;
using tongban::sync::OutboxOp;
using tongban::sync::PullPage;
using tongban::test::CentralTestDatabase;
using Outcome = tongban::sync::OpResult::Outcome;

namespace {

const QString officeA = QStringLiteral("110105");
const QString officeB = QStringLiteral("320102");
const QString officeC = QStringLiteral("440106");
const QString password = QStringLiteral("Counter2026");
const QString deviceA1 = QStringLiteral("a1a1a1a1-0000-4000-8000-000000000001");
const QString deviceA2 = QStringLiteral("a2a2a2a2-0000-4000-8000-000000000002");
const QString deviceB = QStringLiteral("b0b0b0b0-0000-4000-8000-000000000003");
const QString deviceC = QStringLiteral("c0c0c0c0-0000-4000-8000-000000000004");
constexpr int schema = 9;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString errorText(const Error &e)
{
    return e.field + QStringLiteral(": ") + e.message;
}

} // namespace

class TestSyncServer : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    std::unique_ptr<CentralSession> m_owner;

    QString login(const char *name) const { return m_database.login(QString::fromLatin1(name)); }

    std::unique_ptr<CentralSession> connectAs(const char *name)
    {
        auto session = CentralSession::open(m_database.as(login(name), password));
        if (!session)
            qWarning("%s cannot connect: %s", name, qPrintable(session.error().message));
        return session ? std::move(session.value()) : nullptr;
    }

    OutboxOp op(const QString &entity, const QString &recordId, qint64 base, const QJsonObject &payload, const char *clerk = "clerk_a",
                OpKind kind = OpKind::Upsert) const
    {
        static qint64 seq = 0;
        OutboxOp o;
        o.clientSeq = ++seq;
        o.opId = newId();
        o.entity = entity;
        o.recordId = recordId;
        o.kind = kind;
        o.baseVersion = base;
        o.payload = payload;
        o.clerk = login(clerk);
        o.deviceTime = QStringLiteral("2026-12-03T08:00:00Z");
        return o;
    }

    /// One value the owner reads (-1 and a warning on failure).
    qint64 ownerCount(const QString &sql)
    {
        QSqlQuery q(m_owner->database());
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    QString ownerText(const QString &sql)
    {
        QSqlQuery q(m_owner->database());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("ERROR ") + q.lastError().text();
        return q.value(0).toString();
    }

    /// Office A's rows of the sync tables and the audit, as the owner sees them.
    QString officeARows()
    {
        return ownerText(QStringLiteral(R"SQL(
            SELECT concat_ws(E'\n',
              (SELECT string_agg(r::text, ';' ORDER BY entity, record_id) FROM tongban.sync_record r WHERE office_code = '110105'),
              (SELECT string_agg(c::text, ';' ORDER BY txid, seq) FROM tongban.change_log c WHERE office_code = '110105'),
              (SELECT string_agg(a::text, ';' ORDER BY op_id) FROM tongban.applied_op a WHERE office_code = '110105'),
              (SELECT string_agg(d::text, ';' ORDER BY device_id) FROM tongban.sync_device d WHERE office_code = '110105'),
              (SELECT string_agg(a::text, ';' ORDER BY device_id, seq) FROM tongban.audit_record a WHERE office_code = '110105')))SQL"));
    }

    /// Pulls from @p cursor until no more, returning the last cursor and the changes seen.
    /// A contribution history of @p months months from 2005-01 on, one object per month (the
    /// form of protocol 1, which an older loader sends).
    static QJsonObject historyRecords(int months, const QString &employer)
    {
        QJsonArray records;
        for (int i = 0; i < months; ++i)
            records.append(QJsonObject {{QStringLiteral("month"), 200501 + (i / 12) * 100 + i % 12},
                                        {QStringLiteral("kind"), i % 5 == 4 ? 1 : 0},
                                        {QStringLiteral("base_fen"), 400000 + i},
                                        {QStringLiteral("employer_fen"), i % 5 == 4 ? 0 : 64000 + i},
                                        {QStringLiteral("personal_fen"), 32000 + i},
                                        {QStringLiteral("employer_id"), i % 5 == 4 ? QJsonValue() : QJsonValue(employer)},
                                        {QStringLiteral("region"), 510104}});
        return QJsonObject {{QStringLiteral("records"), records}};
    }

    /// The months of @p payload (either form); a failed read is reported and gives none.
    static QList<tongban::sync::HistoryMonth> monthsOf(const QJsonObject &payload)
    {
        QList<tongban::sync::HistoryMonth> months;
        if (const auto read = tongban::sync::HistoryPayload::read(payload, months); !read)
            qWarning("history: %s", qPrintable(errorText(read.error())));
        return months;
    }

    static bool sameMonths(const QList<tongban::sync::HistoryMonth> &a, const QList<tongban::sync::HistoryMonth> &b)
    {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const auto &x = a.at(i);
            const auto &y = b.at(i);
            if (x.month != y.month || x.kind != y.kind || x.baseFen != y.baseFen || x.employerFen != y.employerFen
                || x.personalFen != y.personalFen || x.employerId != y.employerId || x.region != y.region)
                return false;
        }
        return true;
    }

    /// Waits until every transaction begun so far has ended, anywhere in the cluster. The pull
    /// rule holds back the changes of transactions at or after the oldest one still running
    /// (docs/sync.md), and the other test programs share this cluster: a long load of theirs
    /// would otherwise hide what this test has just written. Polled: the server signals nothing.
    bool waitForThePullHorizon()
    {
        const qint64 begun = ownerCount(QStringLiteral("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"));
        QDeadlineTimer deadline(std::chrono::minutes(2));
        while (ownerCount(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")) < begun) {
            if (deadline.hasExpired())
                return false;
            QThread::msleep(20);
        }
        return true;
    }

    /// Pulls from @p cursor until the server has no more, once every transaction begun before
    /// the call has ended; the last cursor.
    QString pullToEnd(SyncServer &server, const QString &device, QString cursor, QList<tongban::sync::Change> *seen = nullptr)
    {
        if (!waitForThePullHorizon())
            qWarning("pull: a transaction of the cluster stayed open for two minutes");
        for (int i = 0; i < 1000; ++i) {
            const auto page = server.pull(device, schema, cursor, 1000);
            if (!page) {
                qWarning("pull: %s", qPrintable(errorText(page.error())));
                return QString();
            }
            if (seen)
                seen->append(page->changes);
            cursor = page->cursor;
            if (!page->more)
                break;
        }
        return cursor;
    }

private slots:
    void initTestCase()
    {
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        auto owner = CentralSession::open(m_database.ownerInfo());
        QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error().message));
        m_owner = std::move(owner.value());
        const auto migrated = ServerMigrations::migrate(*m_owner);
        QVERIFY2(migrated.ok(), qPrintable(migrated ? QString() : migrated.error().message));
        CentralAccounts accounts(*m_owner);
        QVERIFY(accounts.addOffice(officeA, QStringLiteral("朝阳区社保中心")).ok());
        QVERIFY(accounts.addOffice(officeB, QStringLiteral("玄武区社保中心")).ok());
        QVERIFY(accounts.addOffice(officeC, QStringLiteral("天河区社保中心")).ok());
        const struct
        {
            const char *name;
            Role role;
            const QString &office;
        } users[] = {{"clerk_a", Role::WindowClerk, officeA},
                     {"expert_a", Role::AssistingExpert, officeA},
                     {"clerk_b", Role::WindowClerk, officeB},
                     {"supervisor_b", Role::Supervisor, officeB},
                     {"clerk_c", Role::WindowClerk, officeC}};
        for (const auto &u : users) {
            const auto added = accounts.addUser({login(u.name), QString::fromLatin1(u.name), u.role, u.office, password});
            QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        }
        const struct
        {
            const char *clerk;
            const QString &device;
            const QString &office;
        } devices[] = {
            {"clerk_a", deviceA1, officeA}, {"expert_a", deviceA2, officeA}, {"clerk_b", deviceB, officeB}, {"clerk_c", deviceC, officeC}};
        for (const auto &d : devices) {
            auto session = connectAs(d.clerk);
            QVERIFY(session);
            const auto enrolled = SyncServer(*session).enrol(d.device, QStringLiteral("nonce-") + d.device);
            QVERIFY2(enrolled.ok(), qPrintable(enrolled ? QString() : errorText(enrolled.error())));
            QCOMPARE(enrolled->deviceId, d.device);
            QCOMPARE(enrolled->officeCode, d.office);
            QCOMPARE(enrolled->epoch, 1);
        }
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_database.drop();
    }

    // T15's server half: the same device id with another install nonce is a copied file or
    // image; a device of another office is refused; enrolling again with the same nonce works.
    void enrolment()
    {
        auto clerk = connectAs("clerk_a");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        QVERIFY(server.enrol(deviceA1, QStringLiteral("nonce-") + deviceA1).ok());
        const auto cloned = server.enrol(deviceA1, QStringLiteral("nonce-of-a-copy"));
        QVERIFY(!cloned.ok());
        QCOMPARE(cloned.error().kind, Error::Kind::Forbidden);
        QCOMPARE(cloned.error().field, QStringLiteral("device"));
        const auto others = server.enrol(deviceB, QStringLiteral("nonce-") + deviceB);
        QVERIFY(!others.ok());
        QCOMPARE(others.error().kind, Error::Kind::Forbidden);
        // a device nobody enrolled neither pushes nor pulls
        const QString unknown = newId();
        const auto push = server.push(unknown, schema, {op(QStringLiteral("visit_session"), newId(), 0, {{QStringLiteral("q"), 1}})});
        QVERIFY(!push.ok());
        QCOMPARE(push.error().kind, Error::Kind::Forbidden);
        QCOMPARE(push.error().field, QStringLiteral("device"));
        QVERIFY(!server.pull(unknown, schema, QString(), 10).ok());
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.sync_device WHERE device_id = '%1'").arg(unknown)), 0);
    }

    // T12: the same batch pushed three times, two of them at the same moment on two connections:
    // each op applied once, the replays answered duplicate with the stored result.
    void T12_batchReplayedThreeTimesConcurrently()
    {
        QList<OutboxOp> batch;
        QStringList records;
        for (int i = 0; i < 10; ++i) {
            const QString record = newId();
            records << record;
            batch << op(QStringLiteral("visit_session"), record, 0, {{QStringLiteral("queue_number"), QStringLiteral("A%1").arg(i)}});
            batch << op(QStringLiteral("visit_session"), record, 0, {{QStringLiteral("queue_number"), QStringLiteral("A%1b").arg(i)}});
            batch << op(QStringLiteral("matter_status_event"), newId(), 0, {{QStringLiteral("status"), QStringLiteral("received")}});
        }
        QList<OpResult> results[2];
        QString errors[2];
        std::latch start(2);
        auto pushOnce = [&](int i) {
            auto session = connectAs("clerk_a");
            if (!session) {
                errors[i] = QStringLiteral("no connection");
                start.count_down();
                return;
            }
            start.arrive_and_wait();
            const auto pushed = SyncServer(*session).push(deviceA1, schema, batch);
            if (pushed)
                results[i] = *pushed;
            else
                errors[i] = errorText(pushed.error());
        };
        std::thread first(pushOnce, 0);
        std::thread second(pushOnce, 1);
        first.join();
        second.join();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        QCOMPARE(results[0].size(), batch.size());
        QCOMPARE(results[1].size(), batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const OpResult &a = results[0].at(i);
            const OpResult &b = results[1].at(i);
            QCOMPARE(a.opId, batch.at(i).opId);
            QCOMPARE(b.opId, batch.at(i).opId);
            // one of the two applied it, the other got its stored result
            QVERIFY2(
                (a.outcome == Outcome::Applied && b.outcome == Outcome::Duplicate)
                    || (a.outcome == Outcome::Duplicate && b.outcome == Outcome::Applied),
                qPrintable(
                    QStringLiteral("op %1: %2 and %3").arg(i).arg(OpResult::outcomeName(a.outcome), OpResult::outcomeName(b.outcome))));
            QCOMPARE(a.version, b.version);
            QCOMPARE(a.version, batch.at(i).entity == u"visit_session" ? (i % 3) + 1 : 1);
        }
        // the third time: every op a duplicate with the same versions
        auto clerk = connectAs("clerk_a");
        QVERIFY(clerk);
        const auto third = SyncServer(*clerk).push(deviceA1, schema, batch);
        QVERIFY2(third.ok(), qPrintable(third ? QString() : errorText(third.error())));
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QCOMPARE(third->at(i).outcome, Outcome::Duplicate);
            QCOMPARE(third->at(i).version, results[0].at(i).version);
        }
        // the server holds each op once, each visit at version 2 with two changes logged
        QStringList ids;
        for (const OutboxOp &o : batch)
            ids << u'\'' + o.opId + u'\'';
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.applied_op WHERE op_id IN (%1)").arg(ids.join(u','))),
                 batch.size());
        const QString inRecords = u'\'' + records.join(QStringLiteral("','")) + u'\'';
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE record_id IN (%1) AND version = 2 "
                                           "AND payload->>'queue_number' LIKE 'A%b'")
                                .arg(inRecords)),
                 10);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.change_log WHERE record_id IN (%1)").arg(inRecords)), 20);
    }

    // T18: transaction A changes a record and stays open; B changes another and commits after.
    // A pull meanwhile must not go past A's transaction; once A commits, the next pull from the
    // cursor returned gives A's change: nothing skipped.
    void T18_lateCommitIsNotSkipped()
    {
        auto reader = connectAs("clerk_a");
        QVERIFY(reader);
        SyncServer readerServer(*reader);
        const QString start = pullToEnd(readerServer, deviceA1, QString());
        QVERIFY(!start.isEmpty());
        // Server step 8: the counts a first download is checked against are taken at the same
        // horizon as the pull (every transaction begun so far has ended: pullToEnd waited).
        const auto visitsCounted = [&readerServer] {
            const auto counts = readerServer.counts();
            return counts ? counts->value(QStringLiteral("intake_visit"), -1) : -1;
        };
        const qint64 countedBefore = visitsCounted();
        QVERIFY(countedBefore >= 0);

        // A: open, holding its change (and its transaction id, taken first)
        auto sessionA = connectAs("clerk_a");
        QVERIFY(sessionA);
        QSqlDatabase dbA = sessionA->database();
        QVERIFY(dbA.transaction());
        const OutboxOp changeA = op(QStringLiteral("intake_visit"), newId(), 0, {{QStringLiteral("note"), QStringLiteral("A")}});
        QSqlQuery qa(dbA);
        QVERIFY(qa.prepare(QStringLiteral("SELECT tongban.sync_push(CAST(? AS uuid), 1, 9, CAST(? AS jsonb))::text")));
        qa.addBindValue(deviceA1);
        qa.addBindValue(QString::fromUtf8(QJsonDocument(tongban::sync::toJsonArray({changeA})).toJson(QJsonDocument::Compact)));
        QVERIFY2(qa.exec() && qa.next(), qPrintable(qa.lastError().text()));
        QVERIFY(qa.value(0).toString().contains(QStringLiteral("applied")));
        qa.finish();

        // B: another device's change, committed while A is open
        auto sessionB = connectAs("expert_a");
        QVERIFY(sessionB);
        const OutboxOp changeB
            = op(QStringLiteral("intake_visit"), newId(), 0, {{QStringLiteral("note"), QStringLiteral("B")}}, "expert_a");
        const auto pushedB = SyncServer(*sessionB).push(deviceA2, schema, {changeB});
        QVERIFY2(pushedB.ok(), qPrintable(pushedB ? QString() : errorText(pushedB.error())));
        QCOMPARE(pushedB->first().outcome, Outcome::Applied);

        // a pull now returns neither (B's transaction is after A's, which is still open)
        const auto during = readerServer.pull(deviceA1, schema, start, 1000);
        QVERIFY2(during.ok(), qPrintable(during ? QString() : errorText(during.error())));
        for (const auto &c : during->changes) {
            QVERIFY2(c.recordId != changeB.recordId, "B's change returned while A's earlier transaction is open: A would be skipped");
            QVERIFY(c.recordId != changeA.recordId);
        }
        // … nor do the counts: B is held back as the pull holds it back, or a first download
        // ending now would be judged incomplete for want of it
        QCOMPARE(visitsCounted(), countedBefore);

        QVERIFY(dbA.commit());
        QList<tongban::sync::Change> after;
        pullToEnd(readerServer, deviceA1, during->cursor, &after);
        qsizetype atA = -1;
        qsizetype atB = -1;
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (after.at(i).recordId == changeA.recordId)
                atA = i;
            if (after.at(i).recordId == changeB.recordId)
                atB = i;
        }
        QVERIFY2(atA >= 0, "A's change, committed late, was skipped");
        QVERIFY2(atB >= 0, "B's change was skipped");
        QVERIFY(atA < atB); // in transaction order
        QCOMPARE(visitsCounted(), countedBefore + 2); // both counted once both can be pulled
        QCOMPARE(after.at(atA).payload.value(QLatin1String("note")).toString(), QStringLiteral("A"));
        QCOMPARE(after.at(atA).deviceId, deviceA1);
        QCOMPARE(after.at(atB).deviceId, deviceA2);
    }

    // T19: 150 changes, pages of 100: the cursor after page 1 is the 100th change's key, page 2
    // holds exactly the other 50, a third pull none (office C, which nothing else touches).
    void T19_pageBoundary()
    {
        auto clerk = connectAs("clerk_c");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        QList<OutboxOp> ops;
        QSet<QString> records;
        for (int i = 0; i < 150; ++i) {
            ops << op(QStringLiteral("service_rating"), newId(), 0, {{QStringLiteral("score"), i}}, "clerk_c");
            records.insert(ops.last().recordId);
        }
        const auto pushed = server.push(deviceC, schema, ops);
        QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : errorText(pushed.error())));
        // the pages are counted: nothing of the push may be held back by another program's
        // transaction still open in the cluster
        QVERIFY(waitForThePullHorizon());
        const auto page1 = server.pull(deviceC, schema, QString(), 100);
        QVERIFY2(page1.ok(), qPrintable(page1 ? QString() : errorText(page1.error())));
        QCOMPARE(page1->changes.size(), 100);
        QVERIFY(page1->more);
        const QString hundredth = ownerText(QStringLiteral("SELECT e.epoch || ':' || c.txid || ':' || c.seq FROM tongban.change_log c, "
                                                           "tongban.sync_epoch e WHERE c.office_code = '440106' "
                                                           "ORDER BY c.txid, c.seq OFFSET 99 LIMIT 1"));
        QCOMPARE(page1->cursor, hundredth);
        const auto page2 = server.pull(deviceC, schema, page1->cursor, 100);
        QVERIFY(page2.ok());
        QCOMPARE(page2->changes.size(), 50);
        QVERIFY(!page2->more);
        QSet<QString> seen;
        for (const auto &c : page1->changes + page2->changes)
            seen.insert(c.recordId);
        QCOMPARE(seen.size(), 150);
        QCOMPARE(seen, records);
        const auto page3 = server.pull(deviceC, schema, page2->cursor, 100);
        QVERIFY(page3.ok());
        QCOMPARE(page3->changes.size(), 0);
        QVERIFY(!page3->more);
        QCOMPARE(page3->cursor, page2->cursor);
        // the counts agree with what was pulled
        const auto counts = server.counts();
        QVERIFY(counts.ok());
        QCOMPARE(counts->value(QStringLiteral("service_rating")), 150);
        QCOMPARE(counts->value(QStringLiteral("visit_session"), -1), 0);
        QVERIFY(!counts->contains(QStringLiteral("audit_record")));
    }

    // Server step 6: the page is written as text (sync_pull_text). Every change of it must read
    // back as the stored record: payloads with quotes, backslashes, tabs and Chinese, a tombstone
    // (payload null), the device; and sync_pull (jsonb) must be the same page.
    void pullTextIsTheStoredRecords()
    {
        auto clerk = connectAs("clerk_c");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        const QString odd = QStringLiteral("引号\"内\" 反斜杠\\ 制表\t换行\n");
        const QList<OutboxOp> ops {
            op(QStringLiteral("service_rating"), newId(), 0, {{QStringLiteral("comment"), odd}, {QStringLiteral("score"), 3}}, "clerk_c"),
            op(QStringLiteral("service_rating"), newId(), 0, {}, "clerk_c", OpKind::Delete),
        };
        const auto pushed = server.push(deviceC, schema, ops);
        QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : errorText(pushed.error())));
        QCOMPARE(pushed->at(0).outcome, OpResult::Outcome::Applied);
        QVERIFY(waitForThePullHorizon()); // the page must hold the push (see T19)
        QSqlQuery q(clerk->database());
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*),"
                                       " count(*) FILTER (WHERE (ch->'payload') IS NOT DISTINCT FROM coalesce(r.payload, 'null'::jsonb)"
                                       "  AND (ch->>'version')::bigint = r.version AND (ch->>'deleted')::boolean = r.deleted"
                                       "  AND (ch->>'device_id') IS NOT DISTINCT FROM r.device_id::text),"
                                       " count(*) FILTER (WHERE r.deleted AND ch->'payload' = 'null'::jsonb),"
                                       " count(*) FILTER (WHERE r.payload->>'comment' = '%1'),"
                                       " bool_and(t.page::jsonb = tongban.sync_pull('%2', 1, %3, '', 1000))"
                                       " FROM (SELECT tongban.sync_pull_text('%2', 1, %3, '', 1000) AS page) t,"
                                       " jsonb_array_elements(t.page::jsonb->'changes') ch"
                                       " JOIN tongban.sync_record r ON r.entity = ch->>'entity' AND r.record_id = ch->>'record_id'")
                            .arg(QString(odd).replace(u'\'', QStringLiteral("''")), deviceC)
                            .arg(schema)),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 2);
        QCOMPARE(q.value(1).toInt(), q.value(0).toInt()); // every change is its stored record
        QVERIFY(q.value(2).toInt() >= 1); // the tombstone came as payload null
        QCOMPARE(q.value(3).toInt(), 1); // the odd text came through
        QVERIFY(q.value(4).toBool()); // sync_pull is the same page
    }

    // T27: two devices of one office change the same record from the same base: the first is
    // applied, the second is a conflict carrying the server's payload and version; the same
    // device's two changes in a row (base 0 then base 0, before an acknowledgement) both apply.
    void T27_sameRecordOnTwoDevices()
    {
        auto clerk = connectAs("clerk_a");
        auto expert = connectAs("expert_a");
        QVERIFY(clerk && expert);
        SyncServer first(*clerk);
        SyncServer second(*expert);
        const QString record = newId();
        const auto applied = first.push(deviceA1, schema, {op(QStringLiteral("difficult_case"), record, 0, {{QStringLiteral("note"), 1}})});
        QVERIFY(applied.ok());
        QCOMPARE(applied->first().outcome, Outcome::Applied);
        QCOMPARE(applied->first().version, 1);
        const auto conflict
            = second.push(deviceA2, schema, {op(QStringLiteral("difficult_case"), record, 0, {{QStringLiteral("note"), 2}}, "expert_a")});
        QVERIFY(conflict.ok());
        QCOMPARE(conflict->first().outcome, Outcome::Conflict);
        QCOMPARE(conflict->first().serverVersion, 1);
        QCOMPARE(conflict->first().serverPayload.value(QLatin1String("note")).toInt(), 1);
        QCOMPARE(conflict->first().serverDevice, deviceA1);
        QVERIFY(!conflict->first().serverDeleted);
        QCOMPARE(ownerText(QStringLiteral("SELECT payload->>'note' FROM tongban.sync_record WHERE record_id = '%1'").arg(record)),
                 QStringLiteral("1"));
        // keep-mine: a new op on the server's version is applied
        const auto resolved
            = second.push(deviceA2, schema, {op(QStringLiteral("difficult_case"), record, 1, {{QStringLiteral("note"), 2}}, "expert_a")});
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->first().outcome, Outcome::Applied);
        QCOMPARE(resolved->first().version, 2);
        // the first device, still on base 1, now conflicts; a delete from base 0 too
        const auto stale = first.push(deviceA1, schema, {op(QStringLiteral("difficult_case"), record, 1, {{QStringLiteral("note"), 3}})});
        QVERIFY(stale.ok());
        QCOMPARE(stale->first().outcome, Outcome::Conflict);
        QCOMPARE(stale->first().serverVersion, 2);

        // one device's two changes in a row, both from base 0
        const QString own = newId();
        const auto one = first.push(deviceA1, schema, {op(QStringLiteral("difficult_case"), own, 0, {{QStringLiteral("note"), 1}})});
        const auto two = first.push(deviceA1, schema, {op(QStringLiteral("difficult_case"), own, 0, {{QStringLiteral("note"), 2}})});
        QVERIFY(one.ok() && two.ok());
        QCOMPARE(one->first().outcome, Outcome::Applied);
        QCOMPARE(two->first().outcome, Outcome::Applied);
        QCOMPARE(two->first().version, 2);
        // and its delete: a tombstone at version 3
        const auto gone = first.push(deviceA1, schema, {op(QStringLiteral("difficult_case"), own, 2, {}, "clerk_a", OpKind::Delete)});
        QVERIFY(gone.ok());
        QCOMPARE(gone->first().outcome, Outcome::Applied);
        QCOMPARE(gone->first().version, 3);
        QCOMPARE(ownerText(QStringLiteral("SELECT deleted::text || coalesce(payload::text, '-') FROM tongban.sync_record "
                                          "WHERE record_id = '%1'")
                               .arg(own)),
                 QStringLiteral("true-"));
    }

    // T29: a rejected op in the middle of a batch: the others are applied, each refusal has its
    // code and a message; a replay answers the applied ones duplicate and refuses the others again.
    void T29_rejectedOpInTheMiddle()
    {
        auto clerk = connectAs("clerk_a");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        const QString event = newId();
        QList<OutboxOp> batch {
            op(QStringLiteral("visit_session"), newId(), 0, {{QStringLiteral("q"), 1}}),
            op(QStringLiteral("employer"), newId(), 0, {{QStringLiteral("name"), QStringLiteral("x")}}),
            op(QStringLiteral("visit_session"), newId(), 0, {{QStringLiteral("q"), 2}}),
            op(QStringLiteral("no_such_table"), newId(), 0, {{QStringLiteral("q"), 3}}),
            op(QStringLiteral("visit_session"), newId(), 0, {}, "clerk_b"),
            op(QStringLiteral("matter_status_event"), event, 0, {{QStringLiteral("status"), QStringLiteral("received")}}),
            op(QStringLiteral("matter_status_event"), event, 0, {{QStringLiteral("status"), QStringLiteral("changed")}}),
            op(QStringLiteral("matter_status_event"), event, 1, {}, "clerk_a", OpKind::Delete),
            op(QStringLiteral("visit_session"), newId(), 0, {{QStringLiteral("q"), 4}}),
        };
        const struct
        {
            Outcome outcome;
            const char *code;
        } expected[] = {{Outcome::Applied, ""},
                        {Outcome::Rejected, "read-only-entity"},
                        {Outcome::Applied, ""},
                        {Outcome::Rejected, "unknown-entity"},
                        {Outcome::Rejected, "forbidden"},
                        {Outcome::Applied, ""},
                        {Outcome::Rejected, "bad-payload"},
                        {Outcome::Rejected, "bad-payload"},
                        {Outcome::Applied, ""}};
        const auto results = server.push(deviceA1, schema, batch);
        QVERIFY2(results.ok(), qPrintable(results ? QString() : errorText(results.error())));
        QCOMPARE(results->size(), batch.size());
        for (qsizetype i = 0; i < batch.size(); ++i) {
            QCOMPARE(results->at(i).outcome, expected[i].outcome);
            QCOMPARE(results->at(i).code, QString::fromLatin1(expected[i].code));
            QCOMPARE(results->at(i).message.isEmpty(), expected[i].outcome != Outcome::Rejected);
        }
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE record_id IN ('%1', '%2', '%3')")
                                .arg(batch.at(0).recordId, batch.at(2).recordId, batch.at(8).recordId)),
                 3);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE record_id IN ('%1', '%2', '%3')")
                                .arg(batch.at(1).recordId, batch.at(3).recordId, batch.at(4).recordId)),
                 0);
        // the same insert-only record again under a new op id is a duplicate, never a conflict
        const auto again
            = server.push(deviceA2, schema,
                          {op(QStringLiteral("matter_status_event"), event, 0, {{QStringLiteral("status"), QStringLiteral("received")}})});
        QVERIFY(again.ok());
        QCOMPARE(again->first().outcome, Outcome::Duplicate);
        QCOMPARE(again->first().version, 1);
        const auto replay = server.push(deviceA1, schema, batch);
        QVERIFY(replay.ok());
        for (qsizetype i = 0; i < batch.size(); ++i)
            QCOMPARE(replay->at(i).outcome, expected[i].outcome == Outcome::Applied ? Outcome::Duplicate : Outcome::Rejected);
    }

    // T32: a client of an older local schema or protocol: TB101 (BadInput on "schema", saying
    // the program must be upgraded), nothing changed.
    void T32_olderClientRefused()
    {
        auto clerk = connectAs("clerk_a");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        const OutboxOp pending = op(QStringLiteral("visit_session"), newId(), 0, {{QStringLiteral("q"), 1}});
        const auto refused = server.push(deviceA1, schema - 1, {pending});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QCOMPARE(refused.error().field, QStringLiteral("schema"));
        QVERIFY(refused.error().message.contains(QStringLiteral("upgrade")));
        const auto pull = server.pull(deviceA1, schema - 1, QString(), 10);
        QVERIFY(!pull.ok());
        QCOMPARE(pull.error().field, QStringLiteral("schema"));
        // an older protocol, over plain SQL
        QSqlQuery q(clerk->database());
        QVERIFY(!q.exec(QStringLiteral("SELECT tongban.sync_push('%1', 0, 9, '[%2]')")
                            .arg(deviceA1, QString::fromUtf8(QJsonDocument(pending.toJson()).toJson(QJsonDocument::Compact)))));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("TB101"));
        QVERIFY(!q.exec(QStringLiteral("SELECT tongban.sync_pull('%1', 0, 9, '', 10)").arg(deviceA1)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("TB101"));
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE record_id = '%1'").arg(pending.recordId)), 0);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.applied_op WHERE op_id = '%1'").arg(pending.opId)), 0);
        // the same op from an upgraded client is applied
        const auto upgraded = server.push(deviceA1, schema, {pending});
        QVERIFY(upgraded.ok());
        QCOMPARE(upgraded->first().outcome, Outcome::Applied);
    }

    // Audit records go into tongban.audit_record (never sync_record), their clerk a login of the
    // pushing office; a replay is a duplicate; another office's clerk is refused.
    void auditRecords()
    {
        auto clerk = connectAs("clerk_a");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        auto audit = [&](int seq, const char *who) {
            return op(QStringLiteral("audit_record"), deviceA1 + QStringLiteral(":%1").arg(seq), 0,
                      {{QStringLiteral("seq"), seq},
                       {QStringLiteral("device_id"), deviceA1},
                       {QStringLiteral("at"), QStringLiteral("2026-12-03T08:00:0%1Z").arg(seq)},
                       {QStringLiteral("clerk"), login(who)},
                       {QStringLiteral("action"), QStringLiteral("look-up")},
                       {QStringLiteral("subject"), QStringLiteral("11010519491231002X")},
                       {QStringLiteral("outcome"), QStringLiteral("ok")},
                       {QStringLiteral("prev_hash"), QString(64, u'0')},
                       {QStringLiteral("hash"), QString(64, QLatin1Char(static_cast<char>('a' + seq)))}},
                      who);
        };
        const QList<OutboxOp> batch {audit(1, "clerk_a"), audit(2, "expert_a"), audit(3, "clerk_b")};
        const auto results = server.push(deviceA1, schema, batch);
        QVERIFY2(results.ok(), qPrintable(results ? QString() : errorText(results.error())));
        QCOMPARE(results->at(0).outcome, Outcome::Applied);
        QCOMPARE(results->at(1).outcome, Outcome::Applied);
        QCOMPARE(results->at(2).outcome, Outcome::Rejected);
        QCOMPARE(results->at(2).code, QStringLiteral("forbidden"));
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.audit_record WHERE device_id = '%1' AND office_code = '110105'")
                                .arg(deviceA1)),
                 2);
        QCOMPARE(ownerText(QStringLiteral("SELECT clerk FROM tongban.audit_record WHERE device_id = '%1' AND seq = 2").arg(deviceA1)),
                 login("expert_a"));
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'audit_record'")), 0);
        // the same record under a new op id: a duplicate
        const auto again = server.push(deviceA1, schema, {audit(1, "clerk_a")});
        QVERIFY(again.ok());
        QCOMPARE(again->first().outcome, Outcome::Duplicate);
    }

    // The owner's loader: persons of office A, versioned and change-logged, pulled by A's
    // devices; loading the same again changes nothing; a clerk may not load.
    void ownerLoads()
    {
        SyncServer owner(*m_owner);
        const QString person = newId();
        QList<SyncServer::LoadRecord> records {{person, {{QStringLiteral("name"), QStringLiteral("张三")}}, false},
                                               {newId(), {{QStringLiteral("name"), QStringLiteral("李四")}}, false}};
        auto clerk = connectAs("clerk_a");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        const QString before = pullToEnd(server, deviceA1, QString());
        const auto loaded = owner.load(officeA, QStringLiteral("insured_person"), records);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : errorText(loaded.error())));
        QCOMPARE(loaded->inserted, 2);
        const auto same = owner.load(officeA, QStringLiteral("insured_person"), records);
        QVERIFY(same.ok());
        QCOMPARE(same->unchanged, 2);
        records[0].payload.insert(QStringLiteral("name"), QStringLiteral("张三丰"));
        const auto changed = owner.load(officeA, QStringLiteral("insured_person"), records);
        QVERIFY(changed.ok());
        QCOMPARE(changed->updated, 1);
        QList<tongban::sync::Change> seen;
        pullToEnd(server, deviceA1, before, &seen);
        QCOMPARE(seen.size(), 2); // the first version of the changed person was moved past
        for (const auto &c : seen) {
            QCOMPARE(c.entity, QStringLiteral("insured_person"));
            QVERIFY(c.deviceId.isEmpty());
            if (c.recordId == person) {
                QCOMPARE(c.version, 2);
                QCOMPARE(c.payload.value(QLatin1String("name")).toString(), QStringLiteral("张三丰"));
            }
        }
        QCOMPARE(server.counts()->value(QStringLiteral("insured_person")), 2);
        // not into another office's record, not by a clerk, not an unknown office
        const auto taken = owner.load(officeB, QStringLiteral("insured_person"), records);
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().field, QStringLiteral("records"));
        const auto byClerk = server.load(officeA, QStringLiteral("insured_person"), records);
        QVERIFY(!byClerk.ok());
        QCOMPARE(byClerk.error().kind, Error::Kind::Forbidden);
        const auto noOffice = owner.load(QStringLiteral("999999"), QStringLiteral("employer"), {});
        QVERIFY(!noOffice.ok());
        QCOMPARE(noOffice.error().field, QStringLiteral("office"));
        QCOMPARE(owner.load(officeA, QStringLiteral("audit_record"), {}).error().field, QStringLiteral("entity"));
    }

    // T41/T43: office B's clerk pulls nothing of office A, an op on A's record is rejected
    // other-office, and direct SQL on the sync tables sees and changes nothing of A's.
    void T41_T43_otherOfficeReadsAndWritesNothing()
    {
        const QString recordA = ownerText(QStringLiteral("SELECT record_id FROM tongban.sync_record WHERE office_code = '110105' "
                                                         "AND entity = 'visit_session' LIMIT 1"));
        QVERIFY(!recordA.startsWith(u"ERROR") && !recordA.isEmpty());
        const QString opA = ownerText(QStringLiteral("SELECT op_id FROM tongban.applied_op WHERE office_code = '110105' LIMIT 1"));
        const QString before = officeARows();
        for (const char *name : {"clerk_b", "supervisor_b"}) {
            auto clerk = connectAs(name);
            QVERIFY(clerk);
            SyncServer server(*clerk);
            QList<tongban::sync::Change> seen;
            pullToEnd(server, deviceB, QString(), &seen);
            for (const auto &c : seen)
                QVERIFY2(ownerText(QStringLiteral("SELECT office_code FROM tongban.sync_record WHERE record_id = '%1'").arg(c.recordId))
                             == officeB,
                         qPrintable(c.recordId));
            const auto pushed
                = server.push(deviceB, schema,
                              {op(QStringLiteral("visit_session"), recordA, 0, {{QStringLiteral("q"), QStringLiteral("taken")}}, name),
                               op(QStringLiteral("visit_session"), recordA, 99, {}, name, OpKind::Delete),
                               op(QStringLiteral("visit_session"), newId(), 0, {{QStringLiteral("q"), QStringLiteral("own")}}, name)});
            QVERIFY2(pushed.ok(), qPrintable(pushed ? QString() : errorText(pushed.error())));
            QCOMPARE(pushed->at(0).outcome, Outcome::Rejected);
            QCOMPARE(pushed->at(0).code, QStringLiteral("other-office"));
            QCOMPARE(pushed->at(1).code, QStringLiteral("other-office"));
            QCOMPARE(pushed->at(2).outcome, Outcome::Applied);
            // A's device is no way in either
            const auto asA = server.pull(deviceA1, schema, QString(), 10);
            QVERIFY(!asA.ok());
            QCOMPARE(asA.error().kind, Error::Kind::Forbidden);
            // direct SQL: nothing seen, nothing changed (an error or no row)
            const QStringList statements {
                QStringLiteral("SELECT * FROM tongban.sync_record WHERE office_code = '110105'"),
                QStringLiteral("SELECT * FROM tongban.sync_record WHERE record_id = '%1'").arg(recordA),
                QStringLiteral("SELECT * FROM tongban.change_log WHERE office_code = '110105'"),
                QStringLiteral("SELECT * FROM tongban.change_log WHERE record_id = '%1'").arg(recordA),
                QStringLiteral("SELECT * FROM tongban.applied_op WHERE office_code <> '320102'"),
                QStringLiteral("SELECT * FROM tongban.sync_device WHERE office_code <> '320102'"),
                QStringLiteral("UPDATE tongban.sync_record SET version = version + 1, payload = '{}' WHERE record_id = '%1'").arg(recordA),
                QStringLiteral("UPDATE tongban.sync_record SET version = version + 1, deleted = true, payload = NULL"
                               " WHERE office_code = '110105'"),
                QStringLiteral("INSERT INTO tongban.sync_record (entity, record_id, office_code, version, payload) "
                               "VALUES ('visit_session', '%1', '320102', 1, '{}') ON CONFLICT (entity, record_id) DO UPDATE "
                               "SET version = tongban.sync_record.version + 1, payload = '{}'")
                    .arg(recordA),
                QStringLiteral("INSERT INTO tongban.sync_record (entity, record_id, office_code, version, payload) "
                               "VALUES ('visit_session', '%1', '110105', 1, '{}')")
                    .arg(newId()),
                QStringLiteral("DELETE FROM tongban.sync_record WHERE record_id = '%1'").arg(recordA),
                QStringLiteral("INSERT INTO tongban.change_log (office_code, entity, record_id, version) "
                               "VALUES ('110105', 'visit_session', '%1', 99)")
                    .arg(recordA),
                QStringLiteral("DELETE FROM tongban.change_log"),
                QStringLiteral("UPDATE tongban.applied_op SET result = '{}' WHERE op_id = '%1'").arg(opA),
                QStringLiteral("INSERT INTO tongban.applied_op (op_id, device_id, office_code, entity, record_id, result) VALUES "
                               "('%1', '%2', '320102', 'visit_session', 'x', '{}') ON CONFLICT (op_id) DO UPDATE SET result = '{}'")
                    .arg(opA, deviceB),
                QStringLiteral("DELETE FROM tongban.applied_op"),
                QStringLiteral("UPDATE tongban.sync_device SET office_code = '320102' WHERE device_id = '%1'").arg(deviceA1),
                QStringLiteral("DELETE FROM tongban.sync_device"),
            };
            for (const QString &sql : statements) {
                QSqlQuery q(clerk->database());
                if (!q.exec(sql))
                    continue; // refused
                int rows = 0;
                if (q.isSelect()) {
                    while (q.next())
                        ++rows;
                } else {
                    rows = q.numRowsAffected();
                }
                QVERIFY2(rows <= 0,
                         qPrintable(QStringLiteral("%1 (%2): %3 rows of office A").arg(QString::fromLatin1(name), sql).arg(rows)));
            }
            QCOMPARE(officeARows(), before);
        }
    }

    // A lost connection: Unavailable, nothing changed; a replay after it applies the op once.
    void connectionLost()
    {
        auto clerk = connectAs("clerk_a");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        QSqlQuery pid(clerk->database());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        const int backend = pid.value(0).toInt();
        pid.finish();
        auto admin = CentralSession::open(m_database.superuserInfo());
        QVERIFY(admin.ok());
        QSqlQuery kill((*admin)->database());
        QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
        const OutboxOp pending = op(QStringLiteral("visit_session"), newId(), 0, {{QStringLiteral("q"), 1}});
        const auto lost = server.push(deviceA1, schema, {pending});
        QVERIFY(!lost.ok());
        QCOMPARE(lost.error().kind, Error::Kind::Unavailable);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE record_id = '%1'").arg(pending.recordId)), 0);
        auto again = connectAs("clerk_a");
        QVERIFY(again);
        const auto pushed = SyncServer(*again).push(deviceA1, schema, {pending});
        QVERIFY(pushed.ok());
        QCOMPARE(pushed->first().outcome, Outcome::Applied);
    }

    // Protocol 2 (server step 7): the loader's histories, in either form, are pulled as arrays of
    // columns through sync_pull_rows, the same months in the same order; a client of protocol 1
    // receives the same months one object each (sync_pull_text); sync_pull_rows refuses protocol 1;
    // the loader refuses a history whose columns differ in length. (An office of its own: the
    // other tests' pages stay as they were.)
    void protocol2PullsHistoriesInColumns()
    {
        const QString officeD = QStringLiteral("510104");
        const QString deviceD = QStringLiteral("d0d0d0d0-0000-4000-8000-000000000005");
        CentralAccounts accounts(*m_owner);
        QVERIFY(accounts.addOffice(officeD, QStringLiteral("锦江区社保中心")).ok());
        QVERIFY(accounts.addUser({login("clerk_d"), QStringLiteral("clerk_d"), Role::WindowClerk, officeD, password}).ok());
        auto clerk = connectAs("clerk_d");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        QVERIFY(server.enrol(deviceD, QStringLiteral("nonce-") + deviceD).ok());

        const QString employer = newId();
        const QJsonObject inRecords = historyRecords(240, employer);
        const QList<tongban::sync::HistoryMonth> months = monthsOf(inRecords);
        QCOMPARE(months.size(), 240);
        const QString older = newId(); // loaded by an older loader, one object per month
        const QString newer = newId(); // loaded in columns
        SyncServer owner(*m_owner);
        const auto loaded = owner.load(officeD, QStringLiteral("contribution_history"),
                                       {{older, inRecords, false}, {newer, tongban::sync::HistoryPayload::toColumns(months), false}});
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : errorText(loaded.error())));
        QCOMPARE(loaded->inserted, 2);
        // the same months again, in the other form: nothing changes
        const auto again = owner.load(officeD, QStringLiteral("contribution_history"),
                                      {{older, tongban::sync::HistoryPayload::toColumns(months), false}, {newer, inRecords, false}});
        QVERIFY(again.ok());
        QCOMPARE(again->unchanged, 2);

        QList<tongban::sync::Change> seen;
        QVERIFY(!pullToEnd(server, deviceD, QString(), &seen).isEmpty());
        int histories = 0;
        for (const auto &c : std::as_const(seen)) {
            if (c.entity != u"contribution_history")
                continue;
            ++histories;
            QCOMPARE(c.version, 1);
            QVERIFY2(c.payload.contains(QStringLiteral("month")) && !c.payload.contains(QStringLiteral("records")),
                     qPrintable(QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact).left(200))));
            QVERIFY(sameMonths(monthsOf(c.payload), months));
        }
        QCOMPARE(histories, 2);

        // Read one change at a time, each with the cursor after it: in order, the last one the
        // page's; an error of the receiver stops the read and is the answer.
        QStringList cursors;
        const auto end = server.pull(deviceD, schema, QString(), 1000, [&cursors](tongban::sync::Change &&c, qint64 epoch) -> Status {
            cursors << c.cursor;
            return epoch == 1 ? Status(tongban::Done {}) : Status(Error::storage(QStringLiteral("epoch")));
        });
        QVERIFY2(end.ok(), qPrintable(end ? QString() : errorText(end.error())));
        QVERIFY(end->changes.isEmpty());
        QCOMPARE(cursors.size(), seen.size());
        QCOMPARE(cursors.last(), end->cursor);
        const auto position = [](const QString &cursor) {
            const QStringList parts = cursor.split(u':');
            return std::pair(parts.value(1).toLongLong(), parts.value(2).toLongLong());
        };
        for (qsizetype i = 1; i < cursors.size(); ++i)
            QVERIFY2(position(cursors.at(i - 1)) < position(cursors.at(i)), qPrintable(cursors.at(i)));
        int received = 0;
        const auto stopped = server.pull(deviceD, schema, QString(), 1000, [&received](tongban::sync::Change &&, qint64) -> Status {
            return ++received == 2 ? Status(Error::badInput(QStringLiteral("receiver"), QStringLiteral("enough")))
                                   : Status(tongban::Done {});
        });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().field, QStringLiteral("receiver"));
        QCOMPARE(received, 2);
        QVERIFY(server.pull(deviceD, schema, QString(), 10).ok()); // the connection is usable again

        // protocol 1: the old form, the same months
        QSqlQuery q(clerk->database());
        QVERIFY2(q.exec(QStringLiteral("SELECT tongban.sync_pull_text('%1', 1, %2, '', 1000)").arg(deviceD).arg(schema)) && q.next(),
                 qPrintable(q.lastError().text()));
        const QJsonArray changes = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(u"changes").toArray();
        int oldForm = 0;
        for (const QJsonValue &c : changes) {
            if (c[u"entity"].toString() != u"contribution_history")
                continue;
            ++oldForm;
            QCOMPARE(c[u"payload"].toObject(), inRecords);
        }
        QCOMPARE(oldForm, 2);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM tongban.sync_pull_rows('%1', 1, %2, '', 10)").arg(deviceD).arg(schema)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("TB101"));

        // a malformed history is not loaded
        QJsonObject shortKind = tongban::sync::HistoryPayload::toColumns(months);
        shortKind.insert(QStringLiteral("kind"), QJsonArray {0, 0});
        const auto refused = owner.load(officeD, QStringLiteral("contribution_history"), {{newId(), shortKind, false}});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("seven arrays")), qPrintable(errorText(refused.error())));
        QCOMPARE(server.counts()->value(QStringLiteral("contribution_history")), 2);
    }

    // This client against a server of step 6 (before sync_pull_rows): it pulls through
    // sync_pull_text and receives histories one object per month, which it reads; once the
    // server is at step 7 the same records come in columns, at the same versions.
    void pullFromAServerBeforeStep7()
    {
        CentralTestDatabase old;
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(old);
        auto ownerSession = CentralSession::open(old.ownerInfo());
        QVERIFY(ownerSession.ok());
        CentralSession &oldOwner = **ownerSession;
        QVERIFY(ServerMigrations::migrate(oldOwner, 6).ok());
        QVERIFY(CentralAccounts(oldOwner).addOffice(officeA, QStringLiteral("朝阳区社保中心")).ok());
        const QString clerkLogin = old.login(QStringLiteral("clerk"));
        QVERIFY(CentralAccounts(oldOwner).addUser({clerkLogin, QStringLiteral("clerk"), Role::WindowClerk, officeA, password}).ok());
        const QString person = newId();
        const QString employer = newId();
        const QJsonObject inRecords = historyRecords(30, employer);
        QVERIFY(SyncServer(oldOwner).load(officeA, QStringLiteral("contribution_history"), {{person, inRecords, false}}).ok());

        const auto pullAll = [&](QList<tongban::sync::Change> &seen) {
            auto clerk = CentralSession::open(old.as(clerkLogin, password));
            QVERIFY(clerk.ok());
            SyncServer server(**clerk);
            QVERIFY(server.enrol(deviceA1, QStringLiteral("nonce-") + deviceA1).ok());
            QVERIFY(!pullToEnd(server, deviceA1, QString(), &seen).isEmpty());
        };
        QList<tongban::sync::Change> atStep6;
        pullAll(atStep6);
        QCOMPARE(atStep6.size(), 1);
        QCOMPARE(atStep6.first().payload, inRecords);
        QCOMPARE(monthsOf(atStep6.first().payload).size(), 30);

        QVERIFY(ServerMigrations::migrate(oldOwner).ok());
        QList<tongban::sync::Change> atStep7;
        pullAll(atStep7);
        QCOMPARE(atStep7.size(), 1);
        QCOMPARE(atStep7.first().version, atStep6.first().version);
        QVERIFY(atStep7.first().payload.contains(QStringLiteral("month")));
        QVERIFY(sameMonths(monthsOf(atStep7.first().payload), monthsOf(inRecords)));
        ownerSession->reset();
        old.drop();
    }

    // T21: the server restored, its epoch raised: a pull with a cursor of the old epoch answers
    // must_resync with no changes; from the start it works again. (Last: it changes the epoch.)
    void T21_epochRaisedMeansResync()
    {
        auto clerk = connectAs("clerk_a");
        QVERIFY(clerk);
        SyncServer server(*clerk);
        const QString cursor = pullToEnd(server, deviceA1, QString());
        QVERIFY(cursor.startsWith(QStringLiteral("1:")));
        QCOMPARE(ownerCount(QStringLiteral("SELECT tongban.sync_new_epoch()")), 2);
        const auto old = server.pull(deviceA1, schema, cursor, 100);
        QVERIFY(old.ok());
        QVERIFY(old->mustResync);
        QCOMPARE(old->changes.size(), 0);
        QCOMPARE(old->epoch, 2);
        QCOMPARE(old->cursor, QString());
        // a cursor from past the server's transaction counter (a restore into a new cluster) too
        const auto future = server.pull(deviceA1, schema, QStringLiteral("2:999999999999:1"), 100);
        QVERIFY(future.ok());
        QVERIFY(future->mustResync);
        const auto fresh = server.pull(deviceA1, schema, QString(), 10000);
        QVERIFY(fresh.ok());
        QVERIFY(!fresh->mustResync);
        QVERIFY(!fresh->changes.isEmpty());
        QVERIFY(fresh->cursor.startsWith(QStringLiteral("2:")));
        QCOMPARE(server.enrol(deviceA1, QStringLiteral("nonce-") + deviceA1)->epoch, 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncServer)
#include "testsyncserver.moc"
