// The common two-matter intake at the integrated window with the keyboard alone (issue 10,
// point 8), in the counter window on a demo database: the applicant scanned by ID number and
// looked up, a retirement application for themself, the eligibility verification (待遇资格认证)
// of their mother as agent, the documents brought ticked, Ctrl+Enter. Key events only
// (QTest::keyClick to the widget that has the focus); the keystrokes are counted and printed, and
// the intake is read back from the database file.
#include "demo/demogenerator.h"
#include "identity/citizenid.h"
#include "ui/common/printpreviewdialog.h"
#include "ui/intake/intakepage.h"
#include "ui/intake/mattersection.h"
#include "ui/shell/mainwindow.h"

#include "tests/ui/common/windowfixture.h"
#include "tests/ui/intake/intakekeys.h"
#include "testsupport.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

/// The applicant's mother: not on file (the eligibility pre-review cannot tell whether she draws a pension).
QString motherId()
{
    return identity::CitizenId::make(QStringLiteral("110105"), QDate(1938, 3, 12), 24);
}

QJsonObject parsed(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace

class TestIntakeKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoMatterIntakeWithKeysOnly();

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
};

void TestIntakeKeyboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("demo.db"));
    const auto written = demo::DemoGenerator(test::shippedParameters(), 1).writeNewFile(m_databasePath, 30, 60);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
}

void TestIntakeKeyboard::twoMatterIntakeWithKeysOnly()
{
    test::OpenWindow open = test::openWindow(m_databasePath, QStringLiteral("李娜"));
    ui::MainWindow &window = *open;
    // The visitor's copy of the receipt carries the agency.
    open.context->context().setAgency({QStringLiteral("北京市西城区社会保险事业管理中心"), QStringLiteral("（盖章）")});
    window.resize(1280, 720);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *page = window.findChild<ui::IntakePage *>(QStringLiteral("intakePage"));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isDraftChecked(), timeoutMs);
    test::IntakeKeys keys;
    using Keys = test::IntakeKeys;

    // Ctrl+2: the intake, the queue field ready for the ticket.
    keys.key(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("queueNumberField"));
    keys.type(QStringLiteral("A023"));
    keys.key(Qt::Key_Return);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("applicantIdField"));

    // The card reader types the number and Enter: the person is looked up, name and phone filled in.
    QSignalSpy lookedUp(page, &ui::IntakePage::applicantLookedUp);
    keys.type(demo::DemoGenerator::colleagueWangCitizenId());
    keys.key(Qt::Key_Return);
    QVERIFY(lookedUp.wait(timeoutMs));
    QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("applicantNameField"))->text(), demo::DemoGenerator::colleagueWangName());
    auto *phone = window.findChild<QLineEdit *>(QStringLiteral("applicantPhoneField"));
    if (Keys::focused() == phone) {
        // Not on file: typed once, for every matter.
        keys.type(QStringLiteral("13800138000"));
        keys.key(Qt::Key_Tab);
    }
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("matterSearchField"));

    // txsq + Enter: the retirement application, the focus in its first field.
    keys.type(QStringLiteral("txsq"));
    keys.key(Qt::Key_Return);
    QCOMPARE(page->sections().size(), 1);
    QCOMPARE(page->sections().first()->matter().id, QStringLiteral("retirement-application"));
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("retirement_month"));
    keys.type(QStringLiteral("2027-01"));
    keys.key(Qt::Key_Tab);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("retirement_kind"));
    keys.key(Qt::Key_Down); // statutory
    keys.key(Qt::Key_Tab);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("bank_account"));
    keys.type(QStringLiteral("6222021234567890123"));
    keys.key(Qt::Key_Tab);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("contact_phone"));
    QVERIFY(!qobject_cast<QLineEdit *>(Keys::focused())->text().isEmpty()); // the applicant's

    // Alt+A: back to the matter field; the eligibility verification, for the mother.
    keys.key(Qt::Key_A, Qt::AltModifier);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("matterSearchField"));
    keys.type(QStringLiteral("dyzgrz"));
    keys.key(Qt::Key_Return);
    QCOMPARE(page->sections().size(), 2);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("verification_method"));
    keys.key(Qt::Key_Down); // at the counter
    keys.key(Qt::Key_Backtab);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("agentBox"));
    keys.key(Qt::Key_Space);
    keys.key(Qt::Key_Tab);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("agentIdField"));
    keys.type(motherId());
    keys.key(Qt::Key_Tab);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("agentNameField"));
    keys.type(QStringLiteral("王秀兰"));
    keys.key(Qt::Key_Tab);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("agentRelationField"));
    keys.key(Qt::Key_Down);
    keys.key(Qt::Key_Down); // parent
    QCOMPARE(qobject_cast<QComboBox *>(Keys::focused())->currentData().toString(), QStringLiteral("parent"));
    keys.key(Qt::Key_Tab);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("verification_method"));
    keys.key(Qt::Key_Tab);
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("pension_kind"));
    keys.key(Qt::Key_Down); // the employees' pension

    // Alt+D: the documents of both matters, each once; the ID card, the agent's ID card and the
    // power of attorney ticked with Space.
    keys.key(Qt::Key_D, Qt::AltModifier);
    auto *checklist = window.findChild<QTreeWidget *>(QStringLiteral("documentChecklist"));
    QCOMPARE(Keys::focused(), static_cast<QWidget *>(checklist));
    QStringList listed;
    for (int row = 0; row < checklist->topLevelItemCount(); ++row)
        listed << checklist->topLevelItem(row)->data(0, Qt::UserRole).toString();
    QCOMPARE(listed.count(QStringLiteral("id-card")), 1);
    QVERIFY2(listed.contains(QStringLiteral("power-of-attorney")), qPrintable(listed.join(u' ')));
    // Each item marked: ticking one must not build the list again under the view's hands (it
    // once did, deleting the item whose check box Space was toggling: a crash now and then).
    constexpr int markRole = Qt::UserRole + 42;
    for (int row = 0; row < checklist->topLevelItemCount(); ++row)
        checklist->topLevelItem(row)->setData(0, markRole, row);
    for (int row = 0; row < checklist->topLevelItemCount(); ++row) {
        const QString document = listed.at(row);
        if (document == u"id-card" || document == u"agent-id-card" || document == u"power-of-attorney")
            keys.key(Qt::Key_Space);
        QCOMPARE(checklist->topLevelItem(row)->data(0, markRole), QVariant(row));
        if (row + 1 < checklist->topLevelItemCount())
            keys.key(Qt::Key_Down);
    }

    // Ctrl+Enter: taken in, off the UI thread.
    QSignalSpy taken(page, &ui::IntakePage::intakeTaken);
    keys.key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(taken.wait(timeoutMs));
    QVERIFY2(taken.first().first().toBool(),
             qPrintable(window.findChild<QWidget *>(QStringLiteral("intakeStatus"))->property("text").toString()));
    qInfo("two-matter intake with the keyboard alone: %d keystrokes", keys.count());
    QCOMPARE(Keys::focused()->objectName(), QStringLiteral("receiptPrintButton"));
    QVERIFY(page->isEmpty()); // ready for the next visitor

    // Enter: the receipt's print preview, its print button focused (Enter there prints); Escape closes it.
    bool previewSeen = false;
    bool printFocused = false;
    QTimer poll;
    poll.setInterval(5);
    connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *preview = qobject_cast<ui::PrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview || !preview->isVisible() || !QApplication::focusWidget() || QApplication::focusWidget()->window() != preview)
            return;
        poll.stop();
        previewSeen = true;
        printFocused = QApplication::focusWidget() == preview->printButton();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        if (preview->isVisible())
            preview->reject();
    });
    poll.start();
    keys.key(Qt::Key_Return);
    QVERIFY(previewSeen);
    QVERIFY(printFocused);

    // What the database file holds.
    const QString sessionId = page->lastReceipt()->sessionId;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery visit(db);
        visit.prepare(QStringLiteral("SELECT s.queue_number, v.applicant_id_number, v.applicant_name FROM intake_visit v "
                                     "JOIN visit_session s ON s.id = v.session_id WHERE v.session_id = ?"));
        visit.addBindValue(sessionId);
        QVERIFY(visit.exec() && visit.next());
        QCOMPARE(visit.value(0).toString(), QStringLiteral("A023"));
        QCOMPARE(visit.value(1).toString(), demo::DemoGenerator::colleagueWangCitizenId());
        QCOMPARE(visit.value(2).toString(), demo::DemoGenerator::colleagueWangName());
        QSqlQuery matters(db);
        matters.prepare(QStringLiteral("SELECT matter_id, subject_id_number, subject_name, agent_relation, fields_json, documents_json, "
                                       "missing_json, clerk, pre_review_json FROM intake_matter WHERE session_id = ? ORDER BY position"));
        matters.addBindValue(sessionId);
        QVERIFY(matters.exec());
        QVERIFY(matters.next());
        QCOMPARE(matters.value(0).toString(), QStringLiteral("retirement-application"));
        QCOMPARE(matters.value(1).toString(), demo::DemoGenerator::colleagueWangCitizenId());
        QVERIFY(matters.value(3).toString().isEmpty());
        const QJsonObject retirementFields = parsed(matters.value(4).toString());
        QCOMPARE(retirementFields.value(QStringLiteral("retirement_month")).toString(), QStringLiteral("2027-01"));
        QCOMPARE(retirementFields.value(QStringLiteral("retirement_kind")).toString(), QStringLiteral("statutory"));
        QCOMPARE(retirementFields.value(QStringLiteral("bank_account")).toString(), QStringLiteral("6222021234567890123"));
        QVERIFY(matters.value(5).toString().contains(QStringLiteral("\"id-card\"")));
        QVERIFY2(matters.value(6).toString().contains(QStringLiteral("retirement-form")), qPrintable(matters.value(6).toString()));
        QCOMPARE(matters.value(7).toString(), QStringLiteral("李娜"));
        QVERIFY(!matters.value(8).toString().isEmpty());
        QVERIFY(matters.next());
        QCOMPARE(matters.value(0).toString(), QStringLiteral("eligibility-verification"));
        QCOMPARE(matters.value(1).toString(), motherId());
        QCOMPARE(matters.value(2).toString(), QStringLiteral("王秀兰"));
        QCOMPARE(matters.value(3).toString(), QStringLiteral("parent"));
        const QJsonObject verificationFields = parsed(matters.value(4).toString());
        QCOMPARE(verificationFields.value(QStringLiteral("verification_method")).toString(), QStringLiteral("counter"));
        QCOMPARE(verificationFields.value(QStringLiteral("pension_kind")).toString(), QStringLiteral("employee-pension"));
        QVERIFY(matters.value(5).toString().contains(QStringLiteral("power-of-attorney")));
        QCOMPARE(parsed(QStringLiteral("{\"m\":%1}").arg(matters.value(6).toString())).value(QStringLiteral("m")).toArray().size(), 0);
        QVERIFY(!matters.next());
        QSqlQuery drafts(db);
        QVERIFY(drafts.exec(QStringLiteral("SELECT count(*) FROM intake_draft")) && drafts.next());
        QCOMPARE(drafts.value(0).toInt(), 0); // the draft went with the intake
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

QTEST_MAIN(TestIntakeKeyboard)
#include "testintakekeyboard.moc"
