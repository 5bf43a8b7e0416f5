// The supervisor's page of the office's accounts against the test PostgreSQL (TONGBAN_TEST_PG):
// the office's accounts listed (not another office's), an account added, a weak password and a
// taken login refused naming the field, an account disabled after a confirmation (and not
// without), a password reset (the new one signs in), the offline grace period set; each change
// audited in the local store (action "account").

#include "signedinusers.h"
#include "testcontext.h"
#include "tests/core/centraltestdatabase.h"
#include "testsupport.h"
#include "ui/accounts/userspage.h"
#include "ui/common/messagebox.h"

#include "central/centralaccounts.h"
#include "central/onlinesignin.h"
#include "central/servermigrations.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using tongban::accounts::Role;
using tongban::test::CentralTestDatabase;

namespace {

const QString officeA = QStringLiteral("110105");
const QString officeB = QStringLiteral("320102");
const QString password = QStringLiteral("Counter2026");

} // namespace

class TestUsersPage : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestContext> m_context;
    std::unique_ptr<ui::UsersPage> m_page;

    /// The "account" records of the local audit log: "object detail", in order.
    QStringList accountAudit()
    {
        auto future = m_context->store().read<QStringList>([](QSqlDatabase db) -> Result<QStringList> {
            QSqlQuery q(db);
            QStringList rows;
            if (!q.exec(QStringLiteral("SELECT object, detail, clerk FROM audit_record WHERE action = 'account' ORDER BY seq")))
                return Error::storage(q.lastError().text());
            while (q.next())
                rows << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
            return rows;
        });
        future.waitForFinished();
        return future.result().value();
    }

    QString login(const char *name) const { return m_database.login(QString::fromLatin1(name)); }

    /// Clicks @p button and waits for the server's answer (after a change: once the list is read again).
    bool clickAndWait(const char *button)
    {
        QSignalSpy answered(m_page.get(), &ui::UsersPage::answered);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QString::fromLatin1(button)), Qt::LeftButton);
        if (!m_page->isBusy())
            return false;
        return QTest::qWaitFor([&answered] { return !answered.isEmpty(); }, 60000) && !m_page->isBusy() && answered.size() == 1;
    }

    bool select(const QString &who)
    {
        auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("usersTable"));
        for (int row = 0; row < m_page->accounts().size(); ++row) {
            if (m_page->accounts().at(row).login == who) {
                table->setCurrentCell(row, 0);
                table->selectRow(row);
                return true;
            }
        }
        return false;
    }

    const central::UserAccount *account(const QString &who) const
    {
        for (const auto &a : m_page->accounts())
            if (a.login == who)
                return &a;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error().message));
        QVERIFY(central::ServerMigrations::migrate(**owner).ok());
        central::CentralAccounts accounts(**owner);
        QVERIFY(accounts.addOffice(officeA, QStringLiteral("朝阳区社保中心")).ok());
        QVERIFY(accounts.addOffice(officeB, QStringLiteral("玄武区社保中心")).ok());
        QVERIFY(accounts.addUser({login("supervisor_a"), QStringLiteral("赵主管"), Role::Supervisor, officeA, password}).ok());
        QVERIFY(accounts.addUser({login("clerk_a"), QStringLiteral("王芳"), Role::WindowClerk, officeA, password}).ok());
        QVERIFY(accounts.addUser({login("clerk_b"), QStringLiteral("孙玄武"), Role::WindowClerk, officeB, password}).ok());

        QVERIFY(m_dir.isValid());
        m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("counter.db")));
        QVERIFY(m_context->open());
        m_context->context().setSignedIn(test::signedInUser(Role::Supervisor, QStringLiteral("赵主管"), login("supervisor_a")));
        const central::CentralCredentials credentials {m_database.as(login("supervisor_a"), password), login("supervisor_a")};
        m_page = std::make_unique<ui::UsersPage>(services::UserAdministration(credentials, officeA), officeA, &m_context->context());
        m_page->setOfficeName(QStringLiteral("朝阳区社保中心"));
        QSignalSpy answered(m_page.get(), &ui::UsersPage::answered);
        m_page->show();
        QVERIFY(answered.wait(60000));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_context.reset();
        m_database.drop();
    }

    void listsTheOfficesAccountsOnly()
    {
        QVERIFY2(m_page->message().isEmpty(), qPrintable(m_page->message()));
        QCOMPARE(m_page->accounts().size(), 2);
        QVERIFY(account(login("clerk_a")));
        QVERIFY(!account(login("clerk_b")));
        auto *table = m_page->findChild<QTableWidget *>(QStringLiteral("usersTable"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("王芳"));
    }

    void addsAnAccountAndNamesTheFieldOfARefusal()
    {
        m_page->findChild<QLineEdit *>(QStringLiteral("newLogin"))->setText(login("expert_a"));
        m_page->findChild<QLineEdit *>(QStringLiteral("newName"))->setText(QStringLiteral("李专家"));
        auto *role = m_page->findChild<QComboBox *>(QStringLiteral("newRole"));
        role->setCurrentIndex(role->findData(QStringLiteral("expert")));
        QVERIFY(role->currentIndex() >= 0);
        m_page->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(QStringLiteral("short"));
        QVERIFY(clickAndWait("addUser"));
        QVERIFY2(m_page->message().startsWith(QStringLiteral("Password:")), qPrintable(m_page->message()));
        QCOMPARE(m_page->accounts().size(), 2);

        m_page->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(password);
        QVERIFY(clickAndWait("addUser")); // the add, then the list read again
        QVERIFY2(m_page->message().contains(QStringLiteral("added")), qPrintable(m_page->message()));
        QVERIFY(account(login("expert_a")));
        QCOMPARE(account(login("expert_a"))->role, Role::AssistingExpert);
        QCOMPARE(account(login("expert_a"))->officeCode, officeA);
        QTRY_COMPARE(accountAudit(), QStringList({login("expert_a") + QStringLiteral(" add expert ") + login("supervisor_a")}));

        // the same login again: the server refuses, naming the login
        m_page->findChild<QLineEdit *>(QStringLiteral("newName"))->setText(QStringLiteral("李专家"));
        m_page->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(password);
        QVERIFY(clickAndWait("addUser"));
        QVERIFY2(m_page->message().startsWith(QStringLiteral("Login:")), qPrintable(m_page->message()));
    }

    void disablesOnlyAfterAConfirmation()
    {
        QVERIFY(select(login("clerk_a")));
        const int asked = ui::MessageBox::questionsAsked();
        ui::MessageBox::setNextAnswer(ui::UsersPage::DisableAnswerNo);
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("disableUser")), Qt::LeftButton);
        QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
        QVERIFY(!m_page->isBusy());
        QVERIFY(account(login("clerk_a"))->enabled);

        ui::MessageBox::setNextAnswer(ui::UsersPage::DisableAnswerYes);
        QVERIFY(clickAndWait("disableUser"));
        QVERIFY(!account(login("clerk_a"))->enabled);
        const auto refused = central::OnlineSignIn::signIn(m_database.superuserInfo(), login("clerk_a"), password, test::clock());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("login"));
    }

    void resetsThePasswordAndSetsTheGracePeriod()
    {
        QVERIFY(select(login("expert_a")));
        m_page->findChild<QLineEdit *>(QStringLiteral("resetPassword"))->setText(QStringLiteral("NewPass2027"));
        QVERIFY(clickAndWait("resetPasswordButton"));
        QVERIFY2(m_page->message().contains(QStringLiteral("New password")), qPrintable(m_page->message()));
        QVERIFY(central::OnlineSignIn::signIn(m_database.superuserInfo(), login("expert_a"), QStringLiteral("NewPass2027"), test::clock())
                    .ok());

        QVERIFY(select(login("expert_a")));
        m_page->findChild<QSpinBox *>(QStringLiteral("graceDays"))->setValue(12);
        QVERIFY(clickAndWait("setGraceDays"));
        QCOMPARE(account(login("expert_a"))->graceDays, 12);
        // the refused changes left no "account" record; the made ones did, no password in any
        QTRY_COMPARE(accountAudit(),
                     QStringList({login("expert_a") + QStringLiteral(" add expert ") + login("supervisor_a"),
                                  login("clerk_a") + QStringLiteral(" disable ") + login("supervisor_a"),
                                  login("expert_a") + QStringLiteral(" reset-password ") + login("supervisor_a"),
                                  login("expert_a") + QStringLiteral(" grace 12 ") + login("supervisor_a")}));
    }

    void nothingSelectedIsSaid()
    {
        m_page->findChild<QTableWidget *>(QStringLiteral("usersTable"))->clearSelection();
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("setGraceDays")), Qt::LeftButton);
        QVERIFY(!m_page->isBusy());
        QVERIFY2(m_page->message().contains(QStringLiteral("Choose an account")), qPrintable(m_page->message()));
    }
};

QTEST_MAIN(TestUsersPage)
#include "testuserspage.moc"
