// The sign-in of the window (issue 12) against the test PostgreSQL (TONGBAN_TEST_PG) and a real
// store: without a server or an offline sign-in the window runs as before with a window clerk's
// rights and says so; with a server it waits for a sign-in; each refusal is a message in the
// dialog (wrong password, disabled account, grace period over, server down → offline until …);
// the status bar names the clerk, their role and online/offline; sign-out asks for the next
// clerk; the supervisor's accounts page is offered to a supervisor only.

#include "tests/core/centraltestdatabase.h"
#include "tests/ui/common/windowfixture.h"
#include "ui/accounts/signindialog.h"
#include "ui/accounts/userspage.h"

#include "central/centralaccounts.h"
#include "central/servermigrations.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using tongban::accounts::Role;
using tongban::test::CentralTestDatabase;

namespace {

const QString officeA = QStringLiteral("110105");
const QString password = QStringLiteral("Counter2026");

/// A window on @p path (not shown yet) with @p clock.
struct Window
{
    std::unique_ptr<test::TestContext> context;
    std::unique_ptr<ui::MainWindow> window;

    Window(const QString &path, Clock clock = test::clock())
        : context(std::make_unique<test::TestContext>(path, QStringLiteral("test-clerk"), clock))
        , window(std::make_unique<ui::MainWindow>(context->context()))
    { }
    ~Window()
    {
        window.reset();
        context.reset();
    }

    /// Shows the window and waits until it knows whether accounts are in use.
    bool show(bool expectAccounts)
    {
        QSignalSpy checked(window.get(), &ui::MainWindow::accountsChecked);
        window->show();
        if (!checked.wait(60000) || checked.first().first().toBool() != expectAccounts)
            return false;
        return expectAccounts == (window->signInDialog() != nullptr);
    }

    QString status() const { return window->findChild<QLabel *>(QStringLiteral("clerkStatus"))->text(); }
    QString sessionStatus() const { return window->findChild<QLabel *>(QStringLiteral("sessionStatus"))->text(); }
    QAction *action(const char *name) const { return window->findChild<QAction *>(QString::fromLatin1(name)); }
};

/// Types @p login and @p pw into @p dialog and clicks "Sign in"; returns once it answered.
bool typeAndSignIn(ui::SignInDialog *dialog, const QString &login, const QString &pw)
{
    dialog->findChild<QLineEdit *>(QStringLiteral("signInLogin"))->setText(login);
    dialog->findChild<QLineEdit *>(QStringLiteral("signInPassword"))->setText(pw);
    QSignalSpy answered(dialog, &ui::SignInDialog::answered);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    if (!dialog->isBusy())
        return false;
    // (a dialog that signed someone in closes and is deleted: only the spy is asked after this)
    return answered.wait(60000) && answered.size() == 1;
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    QTemporaryDir m_dir;

    QString login(const char *name) const { return m_database.login(QString::fromLatin1(name)); }
    QString store() const { return m_dir.filePath(QStringLiteral("counter.db")); }
    QString server() const { return CentralTestDatabase::conninfo(m_database.superuserInfo()); }
    static QString downServer() { return QStringLiteral("host=127.0.0.1 port=1 dbname=tongban connect_timeout=5"); }

private slots:
    void initTestCase()
    {
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error().message));
        QVERIFY(central::ServerMigrations::migrate(**owner).ok());
        central::CentralAccounts accounts(**owner);
        QVERIFY(accounts.addOffice(officeA, QStringLiteral("朝阳区社保中心")).ok());
        QVERIFY(accounts.addUser({login("supervisor_a"), QStringLiteral("赵主管"), Role::Supervisor, officeA, password}).ok());
        QVERIFY(accounts.addUser({login("clerk_a"), QStringLiteral("王芳"), Role::WindowClerk, officeA, password}).ok());
        QVERIFY(accounts.addUser({login("clerk_off"), QStringLiteral("李停用"), Role::WindowClerk, officeA, password}).ok());
        QVERIFY(accounts.disableUser(login("clerk_off")).ok());
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_database.drop(); }

    void withoutAccountsTheWindowRunsAsBefore()
    {
        Window w(m_dir.filePath(QStringLiteral("no-accounts.db")));
        QVERIFY(w.show(false));
        QVERIFY(w.window->centralWidget()->isEnabled());
        QVERIFY2(w.status().contains(QStringLiteral("No accounts: window clerk's rights")), qPrintable(w.status()));
        QVERIFY2(w.status().contains(QStringLiteral("test-clerk")), qPrintable(w.status()));
        QVERIFY(!w.action("usersAction")->isVisible());
        QVERIFY(!w.action("signOutAction")->isEnabled());
    }

    void aServerMakesTheWindowWaitAndEachRefusalIsShown()
    {
        Window w(store());
        w.window->setCentralServer(server());
        QVERIFY(w.show(true));
        QVERIFY(!w.window->centralWidget()->isEnabled());
        ui::SignInDialog *dialog = w.window->signInDialog();

        QVERIFY(typeAndSignIn(dialog, login("clerk_a"), QStringLiteral("Wrong2026x")));
        QVERIFY2(dialog->message().startsWith(QStringLiteral("Password:")), qPrintable(dialog->message()));
        QVERIFY(dialog->isVisible());
        QVERIFY(!w.context->context().signedIn());

        QVERIFY(typeAndSignIn(dialog, login("clerk_off"), password));
        QVERIFY2(dialog->message().startsWith(QStringLiteral("Login:")), qPrintable(dialog->message()));
        QVERIFY2(dialog->message().contains(QStringLiteral("disabled")), qPrintable(dialog->message()));

        QSignalSpy signedIn(w.window.get(), &ui::MainWindow::signedIn);
        QVERIFY(typeAndSignIn(dialog, login("clerk_a"), password));
        QCOMPARE(signedIn.size(), 1);
        QTRY_VERIFY(!w.window->signInDialog());
        QVERIFY(w.window->centralWidget()->isEnabled());
        QCOMPARE(w.context->context().clerk(), QStringLiteral("王芳"));
        QVERIFY2(w.status().contains(QStringLiteral("王芳")), qPrintable(w.status()));
        QVERIFY2(w.status().contains(QStringLiteral("window clerk")), qPrintable(w.status()));
        QVERIFY2(w.status().contains(QStringLiteral("online")), qPrintable(w.status()));
        QVERIFY(w.window->centralCredentials().has_value());
        // a window clerk is not offered the accounts page
        QVERIFY(!w.action("usersAction")->isVisible());

        // sign out: the next clerk signs in, a supervisor this time
        QVERIFY(w.action("signOutAction")->isEnabled());
        w.action("signOutAction")->trigger();
        QVERIFY(w.window->signInDialog());
        QVERIFY(!w.context->context().signedIn());
        QVERIFY(!w.window->centralCredentials().has_value());
        QVERIFY(!w.window->centralWidget()->isEnabled());
        QVERIFY(typeAndSignIn(w.window->signInDialog(), login("supervisor_a"), password));
        QTRY_VERIFY(!w.window->signInDialog());
        QVERIFY2(w.status().contains(QStringLiteral("supervisor")), qPrintable(w.status()));
        QVERIFY(w.action("usersAction")->isVisible());
        w.action("usersAction")->trigger();
        auto *page = w.window->findChild<ui::UsersPage *>();
        QVERIFY(page);
        QSignalSpy answered(page, &ui::UsersPage::answered);
        QVERIFY(answered.wait(60000));
        QCOMPARE(page->accounts().size(), 3);
    }

    void aServerDownSignsInOfflineAndSaysUntilWhen()
    {
        // this store keeps clerk_a's offline sign-in from the test before
        Window w(store());
        w.window->setCentralServer(downServer());
        QVERIFY(w.show(true));
        ui::SignInDialog *dialog = w.window->signInDialog();
        QVERIFY(typeAndSignIn(dialog, login("clerk_a"), QStringLiteral("Wrong2026x")));
        QVERIFY2(dialog->message().contains(QStringLiteral("cannot be reached")), qPrintable(dialog->message()));
        QVERIFY2(dialog->message().contains(QStringLiteral("attempts left")), qPrintable(dialog->message()));
        QVERIFY(typeAndSignIn(dialog, login("clerk_a"), password));
        QTRY_VERIFY(!w.window->signInDialog());
        QVERIFY2(w.status().contains(QStringLiteral("offline, valid until 2026-12-09 10:00")), qPrintable(w.status()));
        QVERIFY2(w.sessionStatus().contains(QStringLiteral("Signed in offline, valid until 2026-12-09 10:00")),
                 qPrintable(w.sessionStatus()));
        QVERIFY(!w.window->centralCredentials().has_value());
    }

    void withoutAServerTheOfflineSignInIsAskedForAndExpires()
    {
        // no server, but the store keeps an offline sign-in: a sign-in is asked for all the same
        Window w(store(), Clock::fixed(test::fixedNow().addDays(8)));
        QVERIFY(w.show(true));
        ui::SignInDialog *dialog = w.window->signInDialog();
        QVERIFY(typeAndSignIn(dialog, login("clerk_a"), password));
        QVERIFY2(dialog->message().startsWith(QStringLiteral("Offline sign-in expired:")), qPrintable(dialog->message()));
        QVERIFY(!w.context->context().signedIn());
    }

    void quitEndsTheWindow()
    {
        Window w(store());
        QVERIFY(w.show(true));
        QTest::mouseClick(w.window->signInDialog()->findChild<QPushButton *>(QStringLiteral("signInQuit")), Qt::LeftButton);
        QTRY_VERIFY(!w.window->isVisible());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "testsignindialog.moc"
