// Nothing typed is lost (issue 10, point 7): a clerk's process is killed mid-form (SIGKILL, after
// its draft was saved: tests/ui/intake/intakedrafthelper), and the intake page opened next on
// the same database file offers the draft and restores it exactly — every value, the agent, the
// documents ticked, a half-typed bank account and the input that had the focus. Discarded, it is
// gone and not offered again.
#include "demo/demogenerator.h"
#include "ui/common/messagebox.h"
#include "ui/intake/intakepage.h"
#include "ui/intake/mattersection.h"

#include "services/registryprereviewrunner.h"

#include "testcontext.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

/// The page on the store of @p context, shown and active, the draft question answered by @p answer.
std::unique_ptr<ui::IntakePage> openPage(test::TestContext &context, ui::IntakePage::DraftAnswer answer)
{
    auto page = std::make_unique<ui::IntakePage>(context.context(), services::RegistryPreReviewRunner::builtIn());
    page->resize(1280, 900);
    page->show();
    QApplication::setActiveWindow(page.get());
    if (!QTest::qWaitForWindowActive(page.get()))
        qFatal("the page is not active");
    ui::MessageBox::setNextAnswer(answer);
    page->start();
    if (!QTest::qWaitFor([&page] { return page->isDraftChecked(); }, timeoutMs))
        qFatal("the draft was not checked");
    ui::MessageBox::setNextAnswer(std::nullopt);
    return page;
}

} // namespace

class TestIntakeDraft : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMidFormRestoredExactly();
    void discardedDraftIsGone();

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
};

void TestIntakeDraft::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("demo.db"));
    const auto written = demo::DemoGenerator(test::shippedParameters(), 1).writeNewFile(m_databasePath, 30, 60);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
}

void TestIntakeDraft::killedMidFormRestoredExactly()
{
    // The clerk's process, typing; killed once it said the draft is saved.
    QProcess clerk;
    clerk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    clerk.start(QStringLiteral(TONGBAN_INTAKE_DRAFT_HELPER), {m_databasePath});
    QVERIFY2(clerk.waitForStarted(timeoutMs), qPrintable(clerk.errorString()));
    QByteArray line;
    while (!line.startsWith("DRAFT ")) {
        if (!clerk.canReadLine())
            QVERIFY2(clerk.waitForReadyRead(2 * timeoutMs), "the helper said nothing");
        else
            line = clerk.readLine().trimmed();
    }
    clerk.kill();
    QVERIFY(clerk.waitForFinished(timeoutMs));
    QCOMPARE(clerk.exitStatus(), QProcess::CrashExit);
    const QJsonObject typed = QJsonDocument::fromJson(line.mid(6)).object();
    QVERIFY(!typed.isEmpty());

    // The next start on the same file: the draft offered, and back exactly as it was typed.
    test::TestContext context(m_databasePath, QStringLiteral("李娜"));
    QVERIFY(context.open());
    const int asked = ui::MessageBox::questionsAsked();
    auto page = openPage(context, ui::IntakePage::ContinueDraftAnswer);
    QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
    QVERIFY2(ui::MessageBox::lastQuestion().contains(QStringLiteral("A031"))
                 || ui::MessageBox::lastQuestion().contains(QStringLiteral("王建国")),
             qPrintable(ui::MessageBox::lastQuestion()));
    const QJsonObject restored = page->draftJson();
    QVERIFY2(restored == typed,
             qPrintable(QStringLiteral("typed:\n%1\nrestored:\n%2")
                            .arg(QString::fromUtf8(QJsonDocument(typed).toJson()), QString::fromUtf8(QJsonDocument(restored).toJson()))));

    // What that means on screen, field by field.
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("queueNumberField"))->text(), QStringLiteral("A031"));
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("applicantIdField"))->text(), demo::DemoGenerator::colleagueWangCitizenId());
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("applicantNameField"))->text(), demo::DemoGenerator::colleagueWangName());
    QCOMPARE(page->sections().size(), 2);
    ui::MatterSection *retirement = page->sections().at(0);
    ui::MatterSection *verification = page->sections().at(1);
    QCOMPARE(retirement->findChild<QLineEdit *>(QStringLiteral("retirement_month"))->text(), QStringLiteral("2027-02"));
    QCOMPARE(retirement->findChild<QComboBox *>(QStringLiteral("retirement_kind"))->currentData().toString(),
             QStringLiteral("flexible-early"));
    QCOMPARE(retirement->findChild<QLineEdit *>(QStringLiteral("bank_account"))->text(), QStringLiteral("62220"));
    const intake::IntakeMatter entry = verification->entry();
    QVERIFY(entry.agentFor.has_value());
    QCOMPARE(entry.agentFor->name, QStringLiteral("王秀兰"));
    QCOMPARE(entry.agentFor->relation, QStringLiteral("parent"));
    QCOMPARE(entry.fields.value(QStringLiteral("verification_method")).toString(), QStringLiteral("home"));
    QCOMPARE(entry.fields.value(QStringLiteral("contact_address")).toString(), QStringLiteral("西城区二龙路2号"));
    QVERIFY(page->currentCase().matters.at(1).documents.contains(QStringLiteral("id-card")));
    // The focus where the clerk was typing: the address of the second matter.
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(verification->findChild<QLineEdit *>(QStringLiteral("contact_address"))));
}

void TestIntakeDraft::discardedDraftIsGone()
{
    test::TestContext context(m_databasePath, QStringLiteral("李娜"));
    QVERIFY(context.open());
    {
        auto page = openPage(context, ui::IntakePage::DiscardDraftAnswer);
        QVERIFY(page->isEmpty());
    }
    // Nothing offered any more: no question.
    const int asked = ui::MessageBox::questionsAsked();
    auto page = openPage(context, ui::IntakePage::ContinueDraftAnswer);
    QCOMPARE(ui::MessageBox::questionsAsked(), asked);
    QVERIFY(page->isEmpty());
}

QTEST_MAIN(TestIntakeDraft)
#include "testintakedraft.moc"
