// Tests of tongban::sync::ConflictRepository on real SQLite files (T27: both versions kept, a person
// resolves, nothing lost silently).

#include "storage/localstore.h"
#include "sync/conflictrepository.h"
#include "sync/outbox.h"

#include "synctestdata.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using tongban::Error;
using tongban::storage::LocalStore;
using tongban::sync::ConflictRepository;
using tongban::sync::OpResult;
using tongban::sync::Outbox;
using namespace tongban::test::sync;

namespace {

const QString kOtherDevice = QStringLiteral("cc9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");

int count(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

} // namespace

class TestConflictRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QSqlDatabase m_db;

    // The visit, pushed and answered with a conflict: the server holds version 4 by another
    // device (status open, queue number B007, or deleted); then the clerk closes the visit again
    // here (a parked op).
    QString conflictOnTheVisit(bool serverDeleted = false)
    {
        if (!exec(m_db, upRows().at(0).insert))
            return {};
        const auto ops = Outbox::pending(m_db, 10);
        OpResult r;
        r.opId = ops->first().opId;
        r.outcome = OpResult::Outcome::Conflict;
        if (!serverDeleted) {
            QJsonObject server = ops->first().payload;
            server.insert(QStringLiteral("queue_number"), QStringLiteral("B007"));
            server.insert(QStringLiteral("clerk"), QStringLiteral("zhao.lei"));
            r.serverPayload = server;
        }
        r.serverVersion = 4;
        r.serverDeleted = serverDeleted;
        r.serverDevice = kOtherDevice;
        if (!Outbox::acknowledge(m_db, *ops, {r}, tongban::test::fixedNow()).ok() || !exec(m_db, upRows().at(0).update))
            return {};
        const auto open = ConflictRepository::open(m_db);
        return open && open->size() == 1 ? open->first().id : QString();
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("store.sqlite")));
        auto store = LocalStore::open(m_dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        m_db = m_store->database();
        QVERIFY(insertPersonAndEmployer(m_db));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_store.reset();
    }

    void openConflictShowsBothVersions()
    {
        const QString id = conflictOnTheVisit();
        QVERIFY(!id.isEmpty());
        const auto c = ConflictRepository::find(m_db, id);
        QVERIFY(c.ok());
        QCOMPARE(c->entity, QStringLiteral("visit_session"));
        QCOMPARE(c->recordId, kVisit);
        QCOMPARE(c->localPayload.value(QStringLiteral("queue_number")).toString(), QStringLiteral("A001"));
        QCOMPARE(c->serverPayload.value(QStringLiteral("queue_number")).toString(), QStringLiteral("B007"));
        QCOMPARE(c->serverVersion, 4);
        QCOMPARE(c->serverDevice, kOtherDevice);
        QCOMPARE(c->serverChangedBy, QStringLiteral("zhao.lei"));
        QCOMPARE(c->detectedAt, tongban::test::fixedNow().toUTC());
        QVERIFY(!c->resolvedAt.isValid());
        QCOMPARE(ConflictRepository::find(m_db, QStringLiteral("nope")).error().kind, Error::Kind::NotFound);
    }

    // Keep mine: the parked ops give way to one upsert of the row as it is now, on the server's
    // version, by the clerk who resolved it.
    void keepMineQueuesTheLocalRowOnTheServersVersion()
    {
        const QString id = conflictOnTheVisit();
        QVERIFY(!id.isEmpty());
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 1); // the parked close
        QCOMPARE(ConflictRepository::keepMine(m_db, id, QStringLiteral(" "), tongban::test::fixedNow()).error().field,
                 QStringLiteral("clerk"));
        const QDateTime later = tongban::test::fixedNow().addSecs(3600);
        QVERIFY(ConflictRepository::keepMine(m_db, id, QStringLiteral("li.na"), later).ok());
        const auto ops = Outbox::pending(m_db, 10);
        QVERIFY(ops.ok());
        QCOMPARE(ops->size(), 1);
        QCOMPARE(ops->first().baseVersion, 4);
        QCOMPARE(ops->first().payload.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(ops->first().payload.value(QStringLiteral("queue_number")).toString(), QStringLiteral("A001"));
        QCOMPARE(ops->first().clerk, QStringLiteral("li.na"));
        QCOMPARE(ops->first().deviceTime, QStringLiteral("2026-12-02T03:00:00.000Z"));
        const auto c = ConflictRepository::find(m_db, id);
        QCOMPARE(c->resolution, QStringLiteral("keep-mine"));
        QCOMPARE(c->resolvedBy, QStringLiteral("li.na"));
        QCOMPARE(c->resolvedAt, later.toUTC());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT version || ' ' || device_id FROM sync_version")).toString(),
                 QStringLiteral("4 ") + kOtherDevice);
        QVERIFY(ConflictRepository::open(m_db)->isEmpty());
        // Resolved once only; never deleted.
        QCOMPARE(ConflictRepository::keepMine(m_db, id, QStringLiteral("li.na"), later).error().kind, Error::Kind::NotFound);
        QCOMPARE(ConflictRepository::takeTheirs(m_db, id, QStringLiteral("li.na"), later).error().kind, Error::Kind::NotFound);
        QCOMPARE(count(m_db, QStringLiteral("sync_conflict")), 1);
    }

    // Deleted here, changed there: keeping mine queues a delete on the server's version.
    void keepMineOfALocalDeleteQueuesADelete()
    {
        const QString id = conflictOnTheVisit();
        QVERIFY(exec(m_db, upRows().at(0).remove));
        QVERIFY(ConflictRepository::keepMine(m_db, id, QStringLiteral("li.na"), tongban::test::fixedNow()).ok());
        const auto ops = Outbox::pending(m_db, 10);
        QCOMPARE(ops->size(), 1);
        QCOMPARE(ops->first().kind, tongban::sync::OpKind::Delete);
        QCOMPARE(ops->first().baseVersion, 4);
    }

    // Take theirs: the server's row is written here without queueing anything; the parked ops go.
    void takeTheirsWritesTheServersRow()
    {
        const QString id = conflictOnTheVisit();
        QVERIFY(ConflictRepository::takeTheirs(m_db, id, QStringLiteral("li.na"), tongban::test::fixedNow()).ok());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT queue_number || ' ' || status FROM visit_session")).toString(),
                 QStringLiteral("B007 open"));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0);
        QCOMPARE(count(m_db, QStringLiteral("sync_applying")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT version FROM sync_version")).toInt(), 4);
        QCOMPARE(ConflictRepository::find(m_db, id)->resolution, QStringLiteral("take-theirs"));
        // The triggers are on again.
        QVERIFY(exec(m_db, upRows().at(0).update));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 1);
        QCOMPARE(Outbox::pending(m_db, 10)->first().baseVersion, 4);
    }

    void takeTheirsOfAServerDeleteRemovesTheRow()
    {
        const QString id = conflictOnTheVisit(true);
        QVERIFY(!id.isEmpty());
        QVERIFY(ConflictRepository::takeTheirs(m_db, id, QStringLiteral("li.na"), tongban::test::fixedNow()).ok());
        QCOMPARE(count(m_db, QStringLiteral("visit_session")), 0);
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT deleted FROM sync_version")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConflictRepository)
#include "testconflictrepository.moc"
