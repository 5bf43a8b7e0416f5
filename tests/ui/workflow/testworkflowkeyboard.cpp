// The back office from the keyboard, in the counter window on a real store: Ctrl+5 reaches the
// queue; the arrows and Enter open a matter with its first allowed change focused; Enter
// pre-reviews it; Shift+Tab reaches the reason, Tab the return, Enter returns it. Ctrl+6 reaches
// the search; the queue number and Enter find the matter, Enter opens it in the back office, where
// Enter resubmits it. Key events only (QTest::keyClick to the focused widget): no slot called.
#include "ui/shell/mainwindow.h"
#include "ui/workflow/backofficepage.h"
#include "ui/workflow/matterdetailview.h"
#include "ui/workflow/searchpage.h"

#include "signedinusers.h"
#include "tests/ui/common/windowfixture.h"
#include "tests/ui/workflow/workflowtestdata.h"
#include "testsupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tongban;
using workflow::MatterStatus;

namespace {

constexpr int timeoutMs = 60000;

QWidget *focused()
{
    if (!QApplication::focusWidget())
        (void)QTest::qWaitFor([]() { return QApplication::focusWidget() != nullptr; }, 10000);
    QWidget *widget = QApplication::focusWidget();
    if (!widget)
        qFatal("no widget has the focus");
    return widget;
}

int keys = 0;

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    ++keys;
    QTest::keyClick(focused(), k, modifiers);
}

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

} // namespace

class TestWorkflowKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void queueMatterActionAndSearchWithKeysOnly();
};

void TestWorkflowKeyboard::queueMatterActionAndSearchWithKeysOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("keys.sqlite"));
    QString matterId;
    {
        test::TestContext context(path);
        QVERIFY(context.open());
        QCOMPARE(test::storeVisit(context.store(), test::workflow::queueVisit()).matters.size(), 4);
        const intake::IntakeReceipt taken
            = test::workflow::take(context.context(), test::workflow::caseOf({test::workflow::allowance()}, QStringLiteral("A012")));
        QCOMPARE(taken.matters.size(), 1);
        matterId = taken.matters.first().id;
    }
    test::OpenWindow open = test::openWindow(path, QStringLiteral("李审核"));
    // The back office's decisions are a supervisor's (issue 12 §3).
    open.context->context().setSignedIn(test::signedInUser(accounts::Role::Supervisor, QStringLiteral("李审核")));
    ui::MainWindow &window = *open;
    auto *workspaces = child<QTabWidget>(window, QStringLiteral("workspaceTabs"));
    auto *page = child<ui::BackOfficePage>(window, QStringLiteral("backOfficePage"));
    auto *queue = child<QTreeWidget>(window, QStringLiteral("backOfficeQueue"));
    ui::MatterDetailView *detail = page->detailView();

    // Ctrl+5: the back office, its queue focused, read from the store as the page comes up.
    keys = 0;
    QSignalSpy queueLoaded(page, &ui::BackOfficePage::queueLoaded);
    key(Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(workspaces->currentWidget(), test::tabOf(page));
    QCOMPARE(focused(), static_cast<QWidget *>(queue));
    QTRY_VERIFY_WITH_TIMEOUT(!queueLoaded.isEmpty(), timeoutMs);
    QCOMPARE(queue->topLevelItemCount(), 5);
    int row = -1;
    for (int i = 0; i < page->entries().size(); ++i) {
        if (page->entries().at(i).matter.id == matterId)
            row = i;
    }
    QVERIFY(row >= 0);
    key(Qt::Key_Home);
    for (int i = 0; i < row; ++i)
        key(Qt::Key_Down);
    {
        QSignalSpy loaded(detail, &ui::MatterDetailView::matterLoaded);
        key(Qt::Key_Return);
        QVERIFY(loaded.wait(timeoutMs));
    }
    QCOMPARE(detail->detail()->matter.id, matterId);
    // The first change allowed is focused: Enter pre-reviews.
    QCOMPARE(focused(), static_cast<QWidget *>(detail->actionButton(MatterStatus::PreReviewed)));
    {
        QSignalSpy changed(detail, &ui::MatterDetailView::statusChanged);
        key(Qt::Key_Return);
        QVERIFY(changed.wait(timeoutMs));
        QVERIFY(changed.first().first().toBool());
    }
    QCOMPARE(detail->detail()->matter.status, MatterStatus::PreReviewed);
    QCOMPARE(focused(), static_cast<QWidget *>(detail->actionButton(MatterStatus::Forwarded)));
    // Shift+Tab: the reason; typed; Tab, Tab: the return; Enter.
    key(Qt::Key_Backtab);
    QCOMPARE(focused()->objectName(), QStringLiteral("reasonField"));
    const QString reason = QStringLiteral("bring the household register");
    keys += int(reason.size());
    QTest::keyClicks(focused(), reason);
    key(Qt::Key_Tab);
    QCOMPARE(focused(), static_cast<QWidget *>(detail->actionButton(MatterStatus::Forwarded)));
    key(Qt::Key_Tab);
    QCOMPARE(focused(), static_cast<QWidget *>(detail->actionButton(MatterStatus::Returned)));
    {
        QSignalSpy changed(detail, &ui::MatterDetailView::statusChanged);
        key(Qt::Key_Return);
        QVERIFY(changed.wait(timeoutMs));
        QVERIFY(changed.first().first().toBool());
    }
    QCOMPARE(detail->detail()->matter.status, MatterStatus::Returned);
    QCOMPARE(detail->detail()->matter.returnedReason, reason);
    QCOMPARE(detail->detail()->history.size(), 2);
    // Returned, it leaves the queue.
    QTRY_COMPARE_WITH_TIMEOUT(queue->topLevelItemCount(), 4, timeoutMs);

    // Ctrl+6: the search, its queue number field focused; the number, Enter: the matches, focused.
    key(Qt::Key_6, Qt::ControlModifier);
    auto *search = child<ui::SearchPage>(window, QStringLiteral("searchPage"));
    QCOMPARE(workspaces->currentWidget(), test::tabOf(search));
    QCOMPARE(focused()->objectName(), QStringLiteral("searchQueueField"));
    keys += 4;
    QTest::keyClicks(focused(), QStringLiteral("A012"));
    {
        QSignalSpy shown(search, &ui::SearchPage::pageShown);
        key(Qt::Key_Return);
        QVERIFY(shown.wait(timeoutMs));
        QVERIFY(shown.first().first().toBool());
    }
    QCOMPARE(search->hits().size(), 1);
    QCOMPARE(focused()->objectName(), QStringLiteral("searchResults"));
    // Enter: the matter in the back office, its resubmission focused; Enter resubmits.
    {
        QSignalSpy loaded(detail, &ui::MatterDetailView::matterLoaded);
        QSignalSpy chosen(search, &ui::SearchPage::matterChosen);
        key(Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QVERIFY(loaded.wait(timeoutMs));
    }
    QCOMPARE(workspaces->currentWidget(), test::tabOf(page));
    QCOMPARE(detail->detail()->matter.id, matterId);
    QCOMPARE(focused(), static_cast<QWidget *>(detail->actionButton(MatterStatus::Received)));
    {
        QSignalSpy changed(detail, &ui::MatterDetailView::statusChanged);
        key(Qt::Key_Return);
        QVERIFY(changed.wait(timeoutMs));
        QVERIFY(changed.first().first().toBool());
    }
    QCOMPARE(detail->detail()->matter.status, MatterStatus::Received);
    QTRY_COMPARE_WITH_TIMEOUT(queue->topLevelItemCount(), 5, timeoutMs);
    qInfo("queue → matter → pre-review → return → search → resubmit: %d keys", keys);
}

QTEST_MAIN(TestWorkflowKeyboard)
#include "testworkflowkeyboard.moc"
