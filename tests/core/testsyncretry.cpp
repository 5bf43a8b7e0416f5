// T36 of the sync design (B17, B18, B19): the server turns the device away several rounds in a row
// — here PostgreSQL's own "too many connections" for the clerk's role, the database's 503 — and the
// work done offline goes up once it takes connections again, with no one pressing a button and no
// further local write. A refused round is a failure, never a success that loses the queue (B18);
// each failure in a row doubles the wait before the next round, up to 16 intervals; the first good
// round brings the wait back to one interval.

#include "centraltestdatabase.h"
#include "testcontext.h"

#include "central/centralaccounts.h"
#include "central/centralsession.h"
#include "central/servermigrations.h"
#include "services/syncservice.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tongban;
using namespace std::chrono_literals;
using tongban::test::CentralTestDatabase;

namespace {

const QString kOffice = QStringLiteral("110105");
const QString kPassword = QStringLiteral("Counter2026");
constexpr auto kInterval = 25ms;

} // namespace

class TestSyncRetry : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    QTemporaryDir m_dir;

    QString clerk() const { return m_database.login(QStringLiteral("clerk")); }

    /// Sets the clerk's role's connection limit as the cluster's superuser (0: every new
    /// connection of the clerk is refused; -1: no limit).
    bool limitClerkConnections(int limit)
    {
        auto admin = central::CentralSession::open(m_database.superuserInfo());
        if (!admin)
            return false;
        QSqlQuery q((*admin)->database());
        if (!q.exec(QStringLiteral("ALTER ROLE \"%1\" CONNECTION LIMIT %2").arg(clerk()).arg(limit))) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    static QString addVisit(test::TestContext &context, const QString &clerk)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto added = context.store()
                         .write<Done>([id, clerk](QSqlDatabase db) -> Status {
                             QSqlQuery q(db);
                             q.prepare(QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status)"
                                                      " VALUES (?, 'R001', NULL, ?, '2026-12-03T09:00:00Z', 'open')"));
                             q.addBindValue(id);
                             q.addBindValue(clerk);
                             if (!q.exec())
                                 return Error::storage(q.lastError().text());
                             return Done {};
                         })
                         .result();
        if (!added)
            qFatal("%s", qPrintable(added.error().message));
        return id;
    }

    int serverCopies(const QString &record)
    {
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        if (!owner)
            return -1;
        QSqlQuery q((*owner)->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE record_id = ?"));
        q.addBindValue(record);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QVERIFY(owner);
        QVERIFY(central::ServerMigrations::migrate(**owner));
        central::CentralAccounts accounts(**owner);
        QVERIFY(accounts.addOffice(kOffice, QStringLiteral("朝阳区社保中心")));
        central::CentralAccounts::NewUser user;
        user.login = clerk();
        user.displayName = QStringLiteral("clerk");
        user.role = accounts::Role::WindowClerk;
        user.officeCode = kOffice;
        user.password = kPassword;
        QVERIFY(accounts.addUser(user));
    }

    void cleanupTestCase()
    {
        limitClerkConnections(-1);
        m_database.drop();
    }

    void T36_refusedFiveTimesThenGoesUpByItself()
    {
        test::TestContext context(m_dir.filePath(QStringLiteral("retry.sqlite")));
        QVERIFY(context.open());
        const QString visit = addVisit(context, clerk());
        QVERIFY(limitClerkConnections(0));

        services::SyncService service(context.store(), context.context().clock(), kInterval);
        QSignalSpy finished(&service, &services::SyncService::roundFinished);
        service.setServer(m_database.as(clerk(), kPassword));
        service.start();

        // five refusals in a row: each a failure naming the cause, the visit still waiting, and the
        // wait before the next round doubled (25, 50, 100, 200 ms, then held at 400 ms)
        const std::chrono::milliseconds expectedWaits[] = {50ms, 100ms, 200ms, 400ms, 400ms};
        for (int round = 0; round < 5; ++round) {
            QVERIFY2(QTest::qWaitFor([&] { return finished.size() > round; }, 30000), qPrintable(QString::number(round)));
            const QList<QVariant> result = finished.at(round);
            QVERIFY2(!result.at(0).toBool(), "a refused round must not count as a success");
            QVERIFY2(!result.at(1).toString().isEmpty(), "a refused round says why");
            QCOMPARE(service.nextRoundIn(), expectedWaits[round]);
            QCOMPARE(service.overview().result()->pending, qint64(1));
        }
        QCOMPARE(serverCopies(visit), 0);

        // the server takes connections again: the next automatic round sends the visit, once
        QVERIFY(limitClerkConnections(-1));
        QVERIFY(QTest::qWaitFor([&] { return finished.size() > 5; }, 30000));
        QVERIFY2(finished.at(5).at(0).toBool(), qPrintable(finished.at(5).at(1).toString()));
        QCOMPARE(service.nextRoundIn(), std::chrono::milliseconds(kInterval));
        const auto overview = service.overview().result();
        QVERIFY(overview);
        QCOMPARE(overview->pending, qint64(0));
        QVERIFY(overview->online);
        QVERIFY(overview->problem.isEmpty());
        QCOMPARE(serverCopies(visit), 1);

        // further rounds change nothing on the server
        QVERIFY(QTest::qWaitFor([&] { return finished.size() > 7; }, 30000));
        QVERIFY(finished.at(6).at(0).toBool() && finished.at(7).at(0).toBool());
        QCOMPARE(serverCopies(visit), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncRetry)
#include "testsyncretry.moc"
