// The difficult-case ledger on the screen (issue 11, point 3): a case opened from the visit at
// the counter with the keyboard (the problem, two departments ticked with Space, the expert, a
// promised date typed, Ctrl+Enter), a note added with Enter, a close refused for an answer the
// visitor cannot act on and then closed with one, reopened with why — its history on screen and
// in the file, the earlier answer kept; the open list by promised date with an overdue case said
// in words. On a real SQLite file through the real StoreService; the clock fixed at 2026-12-02.
#include "ui/casework/ledgerpage.h"
#include "ui/common/dateedit.h"
#include "ui/common/fieldmessage.h"

#include "services/caseledgerservice.h"
#include "storage/storeservice.h"

#include "testcontext.h"
#include "tests/core/caseworktestdata.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

/// @p text typed into the focused widget as an input method commits it.
void commit(const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(QApplication::focusWidget(), &event);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, modifiers);
}

QStringList kinds(const QList<casework::DifficultCaseEvent> &events)
{
    QStringList list;
    for (const auto &event : events)
        list << event.kind;
    return list;
}

} // namespace

class TestLedgerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void openNoteCloseReopenWithTheKeyboard();
    void overdueCaseSaidInWords();
    void noVisitNoCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestContext> m_context;
    intake::IntakeReceipt m_visit;
};

void TestLedgerPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("ledger.db")), QStringLiteral("王芳"));
    QVERIFY(m_context->open());
    test::Visit visit;
    visit.at = test::beijing(QDate(2026, 12, 2), 9, 30);
    visit.queueNumber = QStringLiteral("A031");
    visit.matters = {{QStringLiteral("service-years-recognition"), QDate(2026, 12, 23), {}, {}}};
    m_visit = test::storeVisit(m_context->store(), visit);
    QVERIFY(!m_visit.sessionId.isEmpty());
}

void TestLedgerPage::openNoteCloseReopenWithTheKeyboard()
{
    ui::LedgerPage page(m_context->context());
    QSignalSpy refreshed(&page, &ui::LedgerPage::listsRefreshed);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    // The lists may be read while the window is being activated.
    QVERIFY(!refreshed.isEmpty() || refreshed.wait(timeoutMs));
    page.setVisit(m_visit.sessionId, m_visit.queueNumber, m_visit.applicantName);
    QVERIFY(child<QLabel>(&page, QStringLiteral("ledgerVisit"))->text().contains(QStringLiteral("A031")));

    // The form from the keyboard: the problem, Tab, two departments with Space, Tab, the expert,
    // Tab, the promised date typed over the one shown, Ctrl+Enter at once.
    auto *description = child<QPlainTextEdit>(&page, QStringLiteral("caseDescriptionField"));
    description->setFocus(Qt::TabFocusReason);
    const QString problem = QStringLiteral("1992年至1995年在外省国营厂的工龄无档案可查，需跨省协查");
    commit(problem);
    key(Qt::Key_Tab);
    auto *departments = child<QListWidget>(&page, QStringLiteral("caseDepartmentsList"));
    QCOMPARE(QApplication::focusWidget(), departments);
    departments->setCurrentRow(0);
    key(Qt::Key_Space);
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    key(Qt::Key_Space);
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&page, QStringLiteral("caseExpertField")));
    commit(QStringLiteral("张明（专家工作室）"));
    key(Qt::Key_Tab);
    auto *promised = child<ui::DateEdit>(&page, QStringLiteral("casePromisedField"));
    QCOMPARE(QApplication::focusWidget(), promised);
    QTest::keyClicks(promised, QStringLiteral("2026-12-09"));
    QSignalSpy shown(&page, &ui::LedgerPage::caseShown);
    QSignalSpy changed(&page, &ui::LedgerPage::changeFinished);
    key(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(changed.wait(timeoutMs));
    QVERIFY2(changed.first().first().toBool(), qPrintable(child<ui::FieldMessage>(&page, QStringLiteral("openCaseMessage"))->text()));
    QTRY_VERIFY_WITH_TIMEOUT(page.shownCase().has_value(), timeoutMs);
    const casework::DifficultCase opened = *page.shownCase();
    QCOMPARE(opened.description, problem);
    QCOMPARE(opened.departments, QStringList({QStringLiteral("social-insurance"), QStringLiteral("civil-affairs")}));
    QCOMPARE(opened.expert, QStringLiteral("张明（专家工作室）"));
    QCOMPARE(opened.promisedOn, QDate(2026, 12, 9));
    QCOMPARE(opened.sessionId, m_visit.sessionId);
    QVERIFY(description->toPlainText().isEmpty()); // ready for the next case

    // In the open list by promised date, the deadline in words.
    auto *list = child<QTreeWidget>(&page, QStringLiteral("openCasesList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, timeoutMs);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("2026-12-09"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("due in 7 day(s)"));
    QCOMPARE(list->topLevelItem(0)->text(2), QStringLiteral("A031"));

    // A note: typed, Enter.
    auto *note = child<QLineEdit>(&page, QStringLiteral("caseNoteField"));
    note->setFocus(Qt::TabFocusReason);
    commit(QStringLiteral("已发函原单位所在地社保局协查"));
    shown.clear();
    changed.clear();
    key(Qt::Key_Return);
    QVERIFY(changed.wait(timeoutMs));
    QVERIFY(changed.first().first().toBool());
    // Opened, the date promised (written with the opening), the note.
    QTRY_COMPARE_WITH_TIMEOUT(page.shownHistory().size(), 3, timeoutMs);
    QVERIFY(note->text().isEmpty());

    // Closed with an answer the visitor cannot act on: refused, said under the case, still open.
    auto *answer = child<QLineEdit>(&page, QStringLiteral("caseAnswerField"));
    answer->setFocus(Qt::TabFocusReason);
    commit(QStringLiteral("好"));
    changed.clear();
    key(Qt::Key_Return);
    QVERIFY(changed.wait(timeoutMs));
    QVERIFY(!changed.first().first().toBool());
    auto *message = child<ui::FieldMessage>(&page, QStringLiteral("caseMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QVERIFY(page.shownCase()->isOpen());

    // Closed with the answer given to the visitor.
    const QString given = QStringLiteral("协查确认工龄3年2个月，已补录，请12月15日后查询");
    answer->selectAll();
    commit(given);
    changed.clear();
    key(Qt::Key_Return);
    QVERIFY(changed.wait(timeoutMs));
    QVERIFY(changed.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!page.shownCase()->isOpen(), timeoutMs);
    QCOMPARE(page.shownCase()->answer, given);
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 0, timeoutMs);
    QVERIFY(!message->isVisible());
    QVERIFY(!answer->isEnabled());

    // Reopened, saying why: open again, the earlier answer kept in its history.
    auto *reason = child<QLineEdit>(&page, QStringLiteral("caseReopenField"));
    QVERIFY(reason->isEnabled());
    reason->setFocus(Qt::TabFocusReason);
    commit(QStringLiteral("来访人反映补录后查询仍缺1993年"));
    changed.clear();
    child<QPushButton>(&page, QStringLiteral("reopenCaseButton"))->click();
    QVERIFY(changed.wait(timeoutMs));
    QVERIFY(changed.first().first().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(page.shownCase()->isOpen() && page.shownHistory().size() == 5, timeoutMs);
    QCOMPARE(kinds(page.shownHistory()),
             QStringList({QStringLiteral("opened"), QStringLiteral("promised"), QStringLiteral("note"), QStringLiteral("closed"),
                          QStringLiteral("reopened")}));
    QCOMPARE(page.shownHistory().at(3).text, given);
    QCOMPARE(page.shownHistory().at(4).clerk, QStringLiteral("王芳"));
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, timeoutMs);

    // The history on screen, row by row, as stored in the file.
    auto *history = child<QTreeWidget>(&page, QStringLiteral("caseHistory"));
    QCOMPARE(history->topLevelItemCount(), 5);
    QCOMPARE(history->topLevelItem(3)->text(3), given);
    const auto stored = services::CaseLedgerService::builtIn(m_context->context()).value()->history(opened.id).result();
    QVERIFY(stored);
    QCOMPARE(kinds(*stored), kinds(page.shownHistory()));
}

void TestLedgerPage::overdueCaseSaidInWords()
{
    // A case promised for 2026-11-30 (written as an earlier day's case would be), still open on 2026-12-02.
    ui::LedgerPage page(m_context->context());
    const auto opened = services::CaseLedgerService::builtIn(m_context->context())
                            .value()
                            ->open({m_visit.sessionId, QStringLiteral("养老金重复领取待核查"), {}, QString(), QDate(2026, 12, 5)})
                            .result();
    QVERIFY(opened);
    const auto moved = m_context->store()
                           .write<Done>([id = opened->id](QSqlDatabase db) -> Result<Done> {
                               QSqlQuery q(db);
                               q.prepare(QStringLiteral("UPDATE difficult_case SET promised_on = '2026-11-30' WHERE id = ?"));
                               q.addBindValue(id);
                               if (!q.exec())
                                   return Error::storage(QStringLiteral("update"));
                               return Done {};
                           })
                           .result();
    QVERIFY(moved);
    QSignalSpy refreshed(&page, &ui::LedgerPage::listsRefreshed);
    page.show();
    QVERIFY(refreshed.wait(timeoutMs));
    auto *list = child<QTreeWidget>(&page, QStringLiteral("openCasesList"));
    QVERIFY(list->topLevelItemCount() >= 1);
    // First by promised date, overdue in words, in the caption too.
    QCOMPARE(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), opened->id);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("overdue by 2 day(s)"));
    QVERIFY(list->topLevelItem(0)->font(1).bold());
    QVERIFY(child<QLabel>(&page, QStringLiteral("openCasesCaption"))->text().contains(QStringLiteral("1 overdue")));
    QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("not assigned"));
}

void TestLedgerPage::noVisitNoCase()
{
    ui::LedgerPage page(m_context->context());
    page.show();
    child<QPlainTextEdit>(&page, QStringLiteral("caseDescriptionField"))->setPlainText(QStringLiteral("问题"));
    QVERIFY(!child<QPushButton>(&page, QStringLiteral("openCaseButton"))->isEnabled());
    page.setVisit(m_visit.sessionId, m_visit.queueNumber, m_visit.applicantName);
    QVERIFY(child<QPushButton>(&page, QStringLiteral("openCaseButton"))->isEnabled());
    page.setVisit(QString(), QString(), QString());
    QVERIFY(!child<QPushButton>(&page, QStringLiteral("openCaseButton"))->isEnabled());
}

QTEST_MAIN(TestLedgerPage)
#include "testledgerpage.moc"
