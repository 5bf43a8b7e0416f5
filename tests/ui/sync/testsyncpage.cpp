// The sync page and the status bar's sync line against the test PostgreSQL (TONGBAN_TEST_PG) and
// real files: the line shows what waits to go up; "Sync now" runs a round off the UI thread and
// reports it; a conflict made by two devices is listed with its differing field marked, and "Keep
// mine" sends this computer's version on top of the server's; the offline limits are a
// supervisor's, and the hand-carry export writes a file the hall's import accepts once; new policy
// parameters a round receives are announced in the status bar, with a restart.

#include "signedinusers.h"
#include "testcontext.h"
#include "tests/core/centraltestdatabase.h"
#include "ui/common/messagebox.h"
#include "ui/sync/parameternotice.h"
#include "ui/sync/syncpage.h"
#include "ui/sync/syncstatuslabel.h"

#include "central/centralaccounts.h"
#include "central/centralsession.h"
#include "central/servermigrations.h"
#include "central/syncserver.h"
#include "services/parameterpublisher.h"
#include "services/syncround.h"
#include "services/syncservice.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace tongban;
using tongban::test::CentralTestDatabase;

namespace {

const QString kOffice = QStringLiteral("110105");
const QString kPassword = QStringLiteral("Counter2026");

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    QTemporaryDir m_dir;

    QString login(const char *name) const { return m_database.login(QString::fromLatin1(name)); }

    static QString addVisit(test::TestContext &context, const QString &clerk, const QString &queueNumber)
    {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto added = context.store()
                         .write<Done>([id, clerk, queueNumber](QSqlDatabase db) -> Status {
                             QSqlQuery q(db);
                             q.prepare(QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status)"
                                                      " VALUES (?, ?, NULL, ?, '2026-12-03T09:00:00Z', 'open')"));
                             q.addBindValue(id);
                             q.addBindValue(queueNumber);
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

    static void setQueueNumber(test::TestContext &context, const QString &visit, const QString &queueNumber)
    {
        auto changed = context.store()
                           .write<Done>([visit, queueNumber](QSqlDatabase db) -> Status {
                               QSqlQuery q(db);
                               q.prepare(QStringLiteral("UPDATE visit_session SET queue_number = ? WHERE id = ?"));
                               q.addBindValue(queueNumber);
                               q.addBindValue(visit);
                               if (!q.exec())
                                   return Error::storage(q.lastError().text());
                               return Done {};
                           })
                           .result();
        if (!changed)
            qFatal("%s", qPrintable(changed.error().message));
    }

    /// One round of @p context's file as @p who, on this thread.
    Result<services::SyncReport> syncAs(test::TestContext &context, const QString &who)
    {
        auto session = central::CentralSession::open(m_database.as(who, kPassword));
        if (!session)
            return session.error();
        central::SyncServer server(**session);
        return services::SyncRound(context.store(), server, context.context().clock()).run();
    }

    static bool runRound(ui::SyncPage &page, services::SyncService &service)
    {
        QSignalSpy finished(&service, &services::SyncService::roundFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("syncNow")), Qt::LeftButton);
        if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 60000))
            return false;
        if (!finished.first().at(0).toBool())
            qWarning("round failed: %s", qPrintable(finished.first().at(1).toString()));
        return finished.first().at(0).toBool();
    }

    static bool reloaded(ui::SyncPage &page)
    {
        QSignalSpy listed(&page, &ui::SyncPage::listed);
        page.reload();
        return QTest::qWaitFor([&listed] { return !listed.isEmpty(); }, 20000) && listed.last().at(0).toBool();
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
        for (const auto &[name, role] :
             {std::pair {"super", accounts::Role::Supervisor}, std::pair {"clerk", accounts::Role::WindowClerk}}) {
            central::CentralAccounts::NewUser user;
            user.login = login(name);
            user.displayName = QString::fromLatin1(name);
            user.role = role;
            user.officeCode = kOffice;
            user.password = kPassword;
            QVERIFY(accounts.addUser(user));
        }
    }

    void cleanupTestCase() { m_database.drop(); }

    void statusLineShowsWhatWaits()
    {
        test::TestContext context(m_dir.filePath(QStringLiteral("line.sqlite")));
        QVERIFY(context.open());
        services::SyncService service(context.store(), context.context().clock(), std::chrono::milliseconds(0));
        ui::SyncStatusLabel label(service);
        addVisit(context, login("clerk"), QStringLiteral("A001"));
        addVisit(context, login("clerk"), QStringLiteral("A002"));
        label.refresh();
        auto overview = service.overview().result();
        QVERIFY(overview);
        QCOMPARE(overview->pending, 2);
        QVERIFY(!overview->serverConfigured);
        QVERIFY(QTest::qWaitFor(
            [&] { return label.text() == ui::SyncStatusLabel::describe(*overview, context.context().clock().nowUtc()); }, 10000));
        // two pending, no server, never synced: three parts, the count in the second
        QCOMPARE(label.text().count(QStringLiteral(" · ")), 2);
        QVERIFY2(label.text().contains(u'2'), qPrintable(label.text()));
        services::SyncOverview conflicted = *overview;
        conflicted.conflicts = 1;
        QVERIFY(ui::SyncStatusLabel::describe(conflicted, context.context().clock().nowUtc()).count(QStringLiteral(" · ")) == 3);
    }

    void syncNowAndAConflictKeptMine()
    {
        // device 1: the page's file, a supervisor signed in online
        test::TestContext one(m_dir.filePath(QStringLiteral("one.sqlite")));
        QVERIFY(one.open());
        one.context().setSignedIn(test::signedInUser(accounts::Role::Supervisor, QStringLiteral("super"), login("super")));
        services::SyncService service(one.store(), one.context().clock(), std::chrono::milliseconds(0));
        service.setServer(m_database.as(login("super"), kPassword));
        ui::SyncPage page(one.context(), service);
        page.resize(1280, 720);
        page.show();
        const QString visit = addVisit(one, login("super"), QStringLiteral("B001"));
        QVERIFY(runRound(page, service));
        QVERIFY(service.overview().result()->pending == 0);

        // device 2 receives the visit, both change it offline, device 2 syncs first
        test::TestContext two(m_dir.filePath(QStringLiteral("two.sqlite")));
        QVERIFY(two.open());
        auto downloaded = syncAs(two, login("clerk"));
        QVERIFY2(downloaded, qPrintable(downloaded ? QString() : downloaded.error().message));
        setQueueNumber(two, visit, QStringLiteral("B001-two"));
        setQueueNumber(one, visit, QStringLiteral("B001-one"));
        QVERIFY(syncAs(two, login("clerk")));
        QVERIFY(runRound(page, service));

        QVERIFY(reloaded(page));
        QCOMPARE(page.conflicts().size(), 1);
        page.select(0);
        auto *fields = page.findChild<QTableWidget *>(QStringLiteral("syncFields"));
        int marked = -1;
        for (int row = 0; row < fields->rowCount(); ++row) {
            if (fields->item(row, 0)->font().bold())
                marked = row;
        }
        QVERIFY(marked >= 0);
        QCOMPARE(fields->item(marked, 1)->text(), QStringLiteral("B001-one"));
        QCOMPARE(fields->item(marked, 2)->text(), QStringLiteral("B001-two"));
        // the list names the visit by its queue number; listing again (a round every minute does)
        // keeps the conflict in view with its fields and its two choices
        QCOMPARE(page.findChild<QTreeWidget *>(QStringLiteral("syncAttention"))->topLevelItem(0)->text(1), QStringLiteral("B001-one"));
        const int fieldRows = fields->rowCount();
        QVERIFY(reloaded(page));
        QCOMPARE(fields->rowCount(), fieldRows);
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("keepMine"))->isVisible());

        QSignalSpy decided(&page, &ui::SyncPage::decided);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("keepMine")), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&decided] { return !decided.isEmpty(); }, 20000));
        QVERIFY(decided.first().at(0).toBool());
        QVERIFY(runRound(page, service));
        QVERIFY(syncAs(two, login("clerk")));
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QSqlQuery q((*owner)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT payload->>'queue_number' FROM tongban.sync_record WHERE record_id = '%1'").arg(visit))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("B001-one"));
        QVERIFY(reloaded(page));
        QCOMPARE(page.conflicts().size(), 0);
    }

    void limitsAreASupervisorsAndCarryFileIsChecked()
    {
        test::TestContext context(m_dir.filePath(QStringLiteral("limits.sqlite")));
        QVERIFY(context.open());
        context.context().setSignedIn(test::signedInUser(accounts::Role::WindowClerk, QStringLiteral("clerk"), login("clerk")));
        services::SyncService service(context.store(), context.context().clock(), std::chrono::milliseconds(0));
        service.setServer(m_database.as(login("clerk"), kPassword));
        ui::SyncPage page(context.context(), service);
        page.show();
        QVERIFY(reloaded(page));
        QVERIFY(!page.findChild<QSpinBox *>(QStringLiteral("offlineDays"))->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("importCarry"))->isVisible());
        QVERIFY(runRound(page, service)); // enrolled: the device has its carry key

        context.context().setSignedIn(test::signedInUser(accounts::Role::Supervisor, QStringLiteral("super"), login("super")));
        QVERIFY(reloaded(page));
        QVERIFY(page.findChild<QSpinBox *>(QStringLiteral("offlineDays"))->isVisible());
        page.findChild<QSpinBox *>(QStringLiteral("offlineRecords"))->setValue(10);
        QSignalSpy decided(&page, &ui::SyncPage::decided);
        page.saveLimits();
        QVERIFY(QTest::qWaitFor([&decided] { return !decided.isEmpty(); }, 20000));
        QVERIFY(decided.first().at(0).toBool());
        for (int i = 0; i < 10; ++i)
            addVisit(context, login("clerk"), QStringLiteral("C%1").arg(i));
        QVERIFY(reloaded(page));
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("syncStanding"))->isVisible());

        // the hand-carry file: exported here, imported at the hall by a supervisor, twice
        const QString carry = m_dir.filePath(QStringLiteral("carry.json"));
        QSignalSpy carried(&page, &ui::SyncPage::carried);
        page.exportCarryTo(carry);
        QVERIFY(QTest::qWaitFor([&carried] { return !carried.isEmpty(); }, 20000));
        QVERIFY(carried.first().at(0).toBool());
        service.setServer(m_database.as(login("super"), kPassword));
        for (int time = 0; time < 2; ++time) {
            carried.clear();
            page.importCarryFrom(carry);
            QVERIFY(QTest::qWaitFor([&carried] { return !carried.isEmpty(); }, 30000));
            QVERIFY(carried.first().at(0).toBool());
        }
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QSqlQuery q((*owner)->database());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM tongban.sync_record WHERE entity = 'visit_session' AND payload->>'queue_number' LIKE 'C%'"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 10);
        // a changed file is refused, nothing pushed
        QFile file(carry);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("\"body\": \"") + 20;
        bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
        file.seek(0);
        file.write(bytes);
        file.close();
        carried.clear();
        page.importCarryFrom(carry);
        QVERIFY(QTest::qWaitFor([&carried] { return !carried.isEmpty(); }, 30000));
        QVERIFY(!carried.first().at(0).toBool());
    }

    // New policy parameters received by a round are announced in the status bar (the program
    // computes with them from its next start), once per edition, with a restart the clerk confirms.
    void newParametersAreAnnouncedWithARestart()
    {
        QFile shipped(QStringLiteral(":/parameters/regions/110000.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QString beijing = QString::fromUtf8(shipped.readAll());
        beijing.replace(QRegularExpression(QStringLiteral("\"edition\": \"[0-9-]+\"")), QStringLiteral("\"edition\": \"2099-01-01\""));
        {
            auto owner = central::CentralSession::open(m_database.ownerInfo());
            QVERIFY(owner);
            central::SyncServer server(**owner);
            const auto published = services::ParameterPublisher::publish(server, QStringLiteral("regions/110000.json"), beijing.toUtf8());
            QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
        }

        test::TestContext context(m_dir.filePath(QStringLiteral("parameters.sqlite")));
        QVERIFY(context.open());
        context.context().setSignedIn(test::signedInUser(accounts::Role::WindowClerk, QStringLiteral("clerk"), login("clerk")));
        services::SyncService service(context.store(), context.context().clock(), std::chrono::milliseconds(0));
        service.setServer(m_database.as(login("clerk"), kPassword));
        ui::ParameterNotice notice(service);
        QVERIFY(notice.isHidden());
        QSignalSpy restart(&notice, &ui::ParameterNotice::restartRequested);

        const auto round = [&service] {
            QSignalSpy finished(&service, &services::SyncService::roundFinished);
            service.syncNow();
            return QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 60000) && finished.first().at(0).toBool();
        };
        QVERIFY(round());
        QVERIFY(!notice.isHidden());
        QCOMPARE(notice.editions(), QStringList {QStringLiteral("regions/110000.json 2099-01-01")});
        QVERIFY(notice.findChild<QLabel *>(QStringLiteral("parameterNoticeText"))->toolTip().contains(QStringLiteral("2099-01-01")));
        // the next round brings nothing new: the notice stays, the edition named once
        QVERIFY(round());
        QVERIFY(!notice.isHidden());
        QCOMPARE(notice.editions().size(), 1);

        // the link, clicked: asked first; "Later" keeps the program running
        auto *restartLink = notice.findChild<QLabel *>(QStringLiteral("parameterRestart"));
        QVERIFY(restartLink);
        QVERIFY(QTest::qWaitForWindowExposed(&notice));
        const int asked = ui::MessageBox::questionsAsked();
        ui::MessageBox::setNextAnswer(ui::ParameterNotice::LaterAnswer);
        QTest::mouseClick(restartLink, Qt::LeftButton, {}, restartLink->rect().center());
        QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
        QVERIFY(restart.isEmpty());
        ui::MessageBox::setNextAnswer(ui::ParameterNotice::RestartAnswer);
        QTest::mouseClick(restartLink, Qt::LeftButton, {}, restartLink->rect().center());
        QCOMPARE(restart.size(), 1);
    }
};

QTEST_MAIN(TestSyncPage)
#include "testsyncpage.moc"
