// The counter window from the keyboard (issue 16, point 3), offscreen on a demo database: Tab
// moves on from every item view of the window and of its dialogs and goes round the window
// without getting stuck; every date field takes a whole typed date; and a clerk gets from the
// look-up to the pension, its print preview, the print dialog and a saved PDF with keys alone
// (QTest::keyClick/keyClicks to the widget that has the focus: no mouse, no slot called).
#include "demo/demogenerator.h"
#include "ui/common/dateedit.h"
#include "ui/common/printpreviewdialog.h"
#include "ui/intake/intakepage.h"
#include "ui/pension/comparisonview.h"
#include "ui/pension/disclosuredialog.h"
#include "ui/pension/pensionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/visit/recomputedialog.h"
#include "ui/visit/sessionpanel.h"
#include "ui/visit/snapshotdialog.h"
#include "ui/workflow/backofficepage.h"
#include "ui/workflow/searchpage.h"

#include "signedinusers.h"
#include "tests/ui/common/windowfixture.h"
#include "tests/ui/workflow/backofficefixture.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace tongban;

namespace {

constexpr int timeoutMs = 60000;

/// The widget with the keyboard focus (where a key goes). When a dialog has just closed, its
/// window gets the focus back once the window system says it is active again: that is waited for.
QWidget *focused()
{
    if (!QApplication::focusWidget())
        (void)QTest::qWaitFor([]() { return QApplication::focusWidget() != nullptr; }, 10000);
    QWidget *widget = QApplication::focusWidget();
    if (!widget)
        qFatal("no widget has the focus (active window %s, modal %s)",
               QApplication::activeWindow() ? QApplication::activeWindow()->metaObject()->className() : "none",
               QApplication::activeModalWidget() ? QApplication::activeModalWidget()->metaObject()->className() : "none");
    return widget;
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, modifiers);
}

/// When the next modal dialog of type T is up (it runs its own event loop), calls @p handle with
/// it; a dialog still open afterwards is rejected, and so is a modal dialog of another type that
/// opens instead, so that a failed check cannot hang the test. The returned flag says whether it
/// was seen.
template<typename T> std::shared_ptr<bool> whenModal(std::function<void(T *)> handle)
{
    auto seen = std::make_shared<bool>(false);
    auto *timer = new QTimer;
    timer->setInterval(5);
    const QPointer<QWidget> before = QApplication::activeModalWidget();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle, seen, before]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *other = qobject_cast<QDialog *>(modal); other && other != before && !qobject_cast<T *>(other)) {
            qWarning("a %s opened instead of a %s", other->metaObject()->className(), T::staticMetaObject.className());
            timer->stop();
            timer->deleteLater();
            other->reject();
            return;
        }
        auto *dialog = qobject_cast<T *>(modal);
        if (!dialog || !dialog->isVisible() || QApplication::focusWidget() == nullptr || QApplication::focusWidget()->window() != dialog)
            return;
        timer->stop();
        timer->deleteLater();
        *seen = true;
        handle(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
    return seen;
}

/// What a window manager does when a dialog closes: the window under it is active again (the
/// offscreen platform leaves no window active).
void activateAgain(QWidget *window)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qFatal("%s is not active again", window->metaObject()->className());
}

/// Compares the person on screen with a colleague (Li), the basis recorded as a supervisor's
/// approval when the view asks for it; waits until the comparison is shown.
void compareWithColleague(ui::ComparisonView *compare)
{
    QSignalSpy compared(compare, &ui::ComparisonView::comparisonShown);
    compare->compareWith(demo::DemoGenerator::colleagueLiCitizenId());
    QTRY_VERIFY_WITH_TIMEOUT(compare->disclosureDialog() && compare->disclosureDialog()->isVisible(), timeoutMs);
    ui::DisclosureDialog *dialog = compare->disclosureDialog();
    dialog->findChild<QRadioButton *>(QStringLiteral("approvalBasis"))->click();
    dialog->findChild<QLineEdit *>(QStringLiteral("approvedByField"))->setText(QStringLiteral("张主任"));
    dialog->findChild<QLineEdit *>(QStringLiteral("reasonField"))->setText(QStringLiteral("同事委托来访人代为咨询"));
    dialog->findChild<QPushButton *>(QStringLiteral("disclosureRecordButton"))->click();
    QVERIFY(compared.wait(timeoutMs));
    // The window is active again once the dialog is gone, as a window manager makes it.
    compare->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(compare->window()));
}

bool inside(const QWidget *widget, const QWidget *container)
{
    return widget && (widget == container || container->isAncestorOf(widget));
}

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tabLeavesEveryItemView();
    void tabGoesRoundTheWindow();
    void everyDateFieldTakesATypedDate();
    void lookupPensionPrintAndPdfWithKeysOnly();

private:
    test::OpenWindow openWindow();
    /// Types @p text into the look-up field, which has the focus, and presses Enter, with keys; waits for the outcome.
    void lookUpByKeys(ui::MainWindow &window, const QString &text);
    /// The same, the focus first put in the look-up field.
    void lookUp(ui::MainWindow &window, const QString &text);
    /// Every item view shown in @p window now: Tab from it lands outside it. Adds them to m_visited.
    void checkTabLeavesViews(QWidget &window);
    /// Tab from @p start comes back to it, every table and date field of @p page on the way.
    static void walkRound(QWidget &window, QWidget *start, QWidget *page);
    template<typename T> static T *child(QWidget &window, const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    QTemporaryDir m_dir;
    QString m_databasePath;
    QSet<const QAbstractItemView *> m_visited;
};

void TestKeyboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_databasePath = m_dir.filePath(QStringLiteral("demo.db"));
    const auto written = demo::DemoGenerator(test::shippedParameters(), 1).writeNewFile(m_databasePath, 30, 60);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
}

test::OpenWindow TestKeyboard::openWindow()
{
    test::OpenWindow open = test::openWindow(m_databasePath);
    // The visitor's copy of a sheet carries the agency.
    open.context->context().setAgency({QStringLiteral("北京市西城区社会保险事业管理中心"), QStringLiteral("（盖章）")});
    open->resize(1280, 720);
    if (!QTest::qWaitForWindowActive(open.get()))
        qFatal("the window is not active");
    return open;
}

void TestKeyboard::lookUpByKeys(ui::MainWindow &window, const QString &text)
{
    auto *field = child<QLineEdit>(window, QStringLiteral("lookupField"));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), field, timeoutMs);
    lookUp(window, text);
}

void TestKeyboard::lookUp(ui::MainWindow &window, const QString &text)
{
    auto *field = child<QLineEdit>(window, QStringLiteral("lookupField"));
    field->setFocus(Qt::ShortcutFocusReason);
    QSignalSpy finished(&window, &ui::MainWindow::lookupFinished);
    key(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), text);
    key(Qt::Key_Return);
    QVERIFY(finished.wait(timeoutMs));
}

void TestKeyboard::checkTabLeavesViews(QWidget &window)
{
    QCoreApplication::processEvents();
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        // A combo box's list is a popup of its own, not a view of this window; a header is part of its view.
        if (!view->isVisible() || view->window() != &window || qobject_cast<QHeaderView *>(view))
            continue;
        const QString name = view->objectName().isEmpty() ? QString::fromLatin1(view->metaObject()->className()) : view->objectName();
        QVERIFY2(!view->tabKeyNavigation(), qPrintable(name + QStringLiteral(" moves from cell to cell on Tab")));
        QVERIFY2(view->isEnabled() && (view->focusPolicy() & Qt::TabFocus), qPrintable(name));
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY2(inside(QApplication::focusWidget(), view), qPrintable(name));
        // From a cell too, not only from the view.
        if (view->model() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
        key(Qt::Key_Tab);
        QVERIFY2(!inside(QApplication::focusWidget(), view), qPrintable(name + QStringLiteral(" keeps the focus on Tab")));
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY2(inside(QApplication::focusWidget(), view), qPrintable(name));
        key(Qt::Key_Backtab);
        QVERIFY2(!inside(QApplication::focusWidget(), view), qPrintable(name + QStringLiteral(" keeps the focus on Shift+Tab")));
        m_visited.insert(view);
    }
}

void TestKeyboard::tabLeavesEveryItemView()
{
    test::OpenWindow open = openWindow();
    ui::MainWindow &window = *open;
    m_visited.clear();

    lookUpByKeys(window, QStringLiteral("WANG")); // no match: nothing listed
    // A part of a name lists the matches (QTest::keyClicks types Latin-1 only: a name is committed
    // as an input method does).
    {
        auto *field = child<QLineEdit>(window, QStringLiteral("lookupField"));
        QSignalSpy finished(&window, &ui::MainWindow::lookupFinished);
        field->selectAll();
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("王"));
        QApplication::sendEvent(field, &commit);
        key(Qt::Key_Return);
        QVERIFY(finished.wait(timeoutMs));
    }
    checkTabLeavesViews(window);
    if (QTest::currentTestFailed())
        return;
    lookUp(window, demo::DemoGenerator::colleagueWangCitizenId());
    auto *tabs = child<QTabWidget>(window, QStringLiteral("detailTabs"));
    auto *workspaces = child<QTabWidget>(window, QStringLiteral("workspaceTabs"));
    for (int workspace = 0; workspace < workspaces->count(); ++workspace) {
        workspaces->setCurrentIndex(workspace);
        if (workspaces->currentWidget() == test::tabOf(child<QWidget>(window, QStringLiteral("deferralView")))) {
            // The stored employers found are listed.
            auto *search = child<QLineEdit>(window, QStringLiteral("employerSearch"));
            search->setText(QStringLiteral("有限"));
            QTest::keyClick(search, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(child<QAbstractItemView>(window, QStringLiteral("employerList"))->model()->rowCount() > 0, timeoutMs);
        }
        if (auto *intake = test::shownIn<ui::IntakePage>(workspaces->currentWidget())) {
            // The documents are listed once a matter is added.
            QTRY_VERIFY_WITH_TIMEOUT(intake->isDraftChecked(), timeoutMs);
            QVERIFY(intake->addMatter(QStringLiteral("retirement-application")));
        }
        if (auto *backOffice = test::shownIn<ui::BackOfficePage>(workspaces->currentWidget())) {
            // A matter opened and returned: its contents, history and the documents to bring are shown.
            QVERIFY(!test::workflow::openAllowance(open.context->context(), backOffice, QStringLiteral("K001"), true).isEmpty());
        }
        if (auto *search = test::shownIn<ui::SearchPage>(workspaces->currentWidget())) {
            QSignalSpy shown(search, &ui::SearchPage::pageShown);
            search->search();
            QVERIFY(shown.wait(timeoutMs));
            QVERIFY(!search->hits().isEmpty());
        }
        if (workspace == 0) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                if (auto *compare = test::shownIn<ui::ComparisonView>(tabs->currentWidget())) {
                    // The comparison's tables are shown with a comparison: with a colleague, an
                    // expert's right (signed in for it; the window clerk's name kept).
                    open.context->context().setSignedIn(
                        test::signedInUser(accounts::Role::AssistingExpert, open.context->context().clerk()));
                    compareWithColleague(compare);
                    open.context->context().signOut();
                    if (QTest::currentTestFailed())
                        return;
                }
                checkTabLeavesViews(window);
                if (QTest::currentTestFailed())
                    return;
            }
        } else {
            checkTabLeavesViews(window);
            if (QTest::currentTestFailed())
                return;
        }
    }
    // Every item view of the window was shown and checked; the intake's list of matches follows
    // its field (↑/↓ there move in it) and never takes the focus.
    for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        if (view->window() == &window && !qobject_cast<const QHeaderView *>(view) && view->objectName() != u"matterMatches")
            QVERIFY2(m_visited.contains(view), qPrintable(view->objectName() + QStringLiteral(" was not checked")));
    }
    QVERIFY(m_visited.size() >= 18);
    // No draft left for the next test's window to offer: the intake emptied again.
    for (auto *remove : window.findChildren<QPushButton *>(QStringLiteral("removeMatterButton")))
        remove->click();

    // And those of the dialogs: the database's upkeep, a calculation reopened and recomputed.
    workspaces->setCurrentIndex(0);
    auto *upkeep = window.findChild<QAction *>(QStringLiteral("storeDialogAction"));
    QVERIFY(upkeep);
    upkeep->trigger();
    QDialog *storeDialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((storeDialog = window.findChild<QDialog *>()) && storeDialog->isVisible(), timeoutMs);
    QApplication::setActiveWindow(storeDialog);
    checkTabLeavesViews(*storeDialog);
    storeDialog->close();

    auto *panel = child<ui::SessionPanel>(window, QStringLiteral("sessionPanel"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QTreeWidget>(window, QStringLiteral("visitSnapshotList"))->topLevelItemCount() > 0, timeoutMs);
    child<QPushButton>(window, QStringLiteral("reopenButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->snapshotDialog() && panel->snapshotDialog()->isVisible(), timeoutMs);
    QApplication::setActiveWindow(panel->snapshotDialog());
    checkTabLeavesViews(*panel->snapshotDialog());
    panel->snapshotDialog()->close();
    child<QPushButton>(window, QStringLiteral("recomputeButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel->recomputeDialog() && panel->recomputeDialog()->isVisible(), timeoutMs);
    QApplication::setActiveWindow(panel->recomputeDialog());
    checkTabLeavesViews(*panel->recomputeDialog());
    panel->recomputeDialog()->close();
}

namespace {
QString visitedNames(const QList<QWidget *> &visited)
{
    QStringList names;
    for (const QWidget *w : visited)
        names << (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName());
    return names.join(u' ');
}
} // namespace

void TestKeyboard::walkRound(QWidget &window, QWidget *start, QWidget *page)
{
    start->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), start);
    QList<QWidget *> visited;
    for (int i = 0; i < 200 && (visited.isEmpty() || focused() != start); ++i) {
        key(Qt::Key_Tab);
        if (visited.contains(focused()) && focused() != start) {
            QStringList names;
            for (QWidget *w : visited)
                names << w->objectName();
            qWarning("visited: %s", qPrintable(names.join(u' ')));
        }
        QVERIFY2(!visited.contains(focused()) || focused() == start,
                 qPrintable(QStringLiteral("Tab came back to %1 before %2").arg(focused()->objectName(), start->objectName())));
        visited << focused();
    }
    QCOMPARE(focused(), start);
    // Every table and date field of the page was on the way.
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        const bool stop
            = (qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QHeaderView *>(widget)) || qobject_cast<QDateEdit *>(widget);
        if (stop && widget->isVisible() && widget->isEnabled() && widget->window() == &window)
            QVERIFY2(visited.contains(widget),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName()
                                + QStringLiteral(" is not reached with Tab; Tab went through: ") + visitedNames(visited)));
    }
}

// From the look-up field (on the employers' pages from their first field), Tab visits every
// control of the page shown and comes back to it: no control keeps the focus (a table's cells, a
// date's sections).
void TestKeyboard::tabGoesRoundTheWindow()
{
    test::OpenWindow open = openWindow();
    ui::MainWindow &window = *open;
    lookUpByKeys(window, demo::DemoGenerator::colleagueWangCitizenId());
    auto *field = child<QLineEdit>(window, QStringLiteral("lookupField"));
    auto *tabs = child<QTabWidget>(window, QStringLiteral("detailTabs"));
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        walkRound(window, field, tabs->currentWidget());
        if (QTest::currentTestFailed())
            return;
    }
    auto *workspaces = child<QTabWidget>(window, QStringLiteral("workspaceTabs"));
    auto *deferral = child<QWidget>(window, QStringLiteral("deferralView"));
    workspaces->setCurrentWidget(test::tabOf(deferral));
    walkRound(window, child<QWidget>(window, QStringLiteral("employerSearch")), deferral);
    if (QTest::currentTestFailed())
        return;
    auto *sweep = child<QWidget>(window, QStringLiteral("sweepView"));
    workspaces->setCurrentWidget(test::tabOf(sweep));
    walkRound(window, sweep->findChild<QDateEdit *>(), sweep);
    if (QTest::currentTestFailed())
        return;

    // Ctrl+2: the intake, its queue field focused; with two matters (one on behalf of someone)
    // Tab goes round it from there.
    key(Qt::Key_2, Qt::ControlModifier);
    auto *intake = child<ui::IntakePage>(window, QStringLiteral("intakePage"));
    QCOMPARE(workspaces->currentWidget(), test::tabOf(intake));
    QCOMPARE(focused()->objectName(), QStringLiteral("queueNumberField"));
    QTRY_VERIFY_WITH_TIMEOUT(intake->isDraftChecked(), timeoutMs);
    QVERIFY(intake->addMatter(QStringLiteral("retirement-application")));
    QVERIFY(intake->addMatter(QStringLiteral("eligibility-verification")));
    child<QCheckBox>(window, QStringLiteral("agentBox"))->setChecked(true);
    walkRound(window, child<QWidget>(window, QStringLiteral("queueNumberField")), intake);
    // No draft left for the next test's window to offer: the intake emptied again.
    for (auto *remove : window.findChildren<QPushButton *>(QStringLiteral("removeMatterButton")))
        remove->click();
    if (QTest::currentTestFailed())
        return;
    // Ctrl+7: the difficult-case ledger, the problem of a new case focused; Tab goes round it.
    key(Qt::Key_7, Qt::ControlModifier);
    auto *ledger = child<QWidget>(window, QStringLiteral("ledgerPage"));
    QCOMPARE(workspaces->currentWidget(), test::tabOf(ledger));
    QCOMPARE(focused()->objectName(), QStringLiteral("caseDescriptionField"));
    walkRound(window, focused(), ledger);
    if (QTest::currentTestFailed())
        return;
    // Ctrl+8: the day's work, its date focused; Tab goes round it.
    key(Qt::Key_8, Qt::ControlModifier);
    auto *dayWork = child<QWidget>(window, QStringLiteral("dayWorkPage"));
    QCOMPARE(workspaces->currentWidget(), test::tabOf(dayWork));
    QCOMPARE(focused()->objectName(), QStringLiteral("dayWorkDateField"));
    walkRound(window, focused(), dayWork);
    if (QTest::currentTestFailed())
        return;
    // Ctrl+1, Ctrl+3, Ctrl+4: every workspace from the keyboard, its first field focused.
    key(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(focused(), static_cast<QWidget *>(field));
    key(Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(workspaces->currentWidget(), test::tabOf(deferral));
    QVERIFY(deferral->isAncestorOf(focused()));
    key(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(workspaces->currentWidget(), test::tabOf(sweep));
    QVERIFY(sweep->isAncestorOf(focused()));

    // Ctrl+5: the back office, its queue focused; with a returned matter opened (its documents
    // to bring listed), Tab goes round it from there.
    key(Qt::Key_5, Qt::ControlModifier);
    auto *backOffice = child<ui::BackOfficePage>(window, QStringLiteral("backOfficePage"));
    QCOMPARE(workspaces->currentWidget(), test::tabOf(backOffice));
    QCOMPARE(focused()->objectName(), QStringLiteral("backOfficeQueue"));
    QVERIFY(!test::workflow::openAllowance(open.context->context(), backOffice, QStringLiteral("K002"), true).isEmpty());
    walkRound(window, child<QWidget>(window, QStringLiteral("backOfficeQueue")), backOffice);
    if (QTest::currentTestFailed())
        return;
    // Ctrl+6: the search, its queue number field focused; with matches, Tab goes round it.
    key(Qt::Key_6, Qt::ControlModifier);
    auto *search = child<ui::SearchPage>(window, QStringLiteral("searchPage"));
    QCOMPARE(workspaces->currentWidget(), test::tabOf(search));
    QCOMPARE(focused()->objectName(), QStringLiteral("searchQueueField"));
    QSignalSpy shown(search, &ui::SearchPage::pageShown);
    key(Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    walkRound(window, child<QWidget>(window, QStringLiteral("searchQueueField")), search);
}

// Every date field of the window is the shared one: select-all then "2022-06-15" gives that date,
// reached with Tab or after Ctrl+A.
void TestKeyboard::everyDateFieldTakesATypedDate()
{
    test::OpenWindow open = openWindow();
    ui::MainWindow &window = *open;
    // A supervisor, who has the audit log too.
    open.context->context().setSignedIn(test::signedInUser(accounts::Role::Supervisor, open.context->context().clerk()));
    window.showRightsOfTheSignedIn();
    lookUpByKeys(window, demo::DemoGenerator::colleagueWangCitizenId());
    auto *tabs = child<QTabWidget>(window, QStringLiteral("detailTabs"));
    tabs->setCurrentWidget(test::tabOf(child<QWidget>(window, QStringLiteral("unemploymentView"))));
    auto *workspaces = child<QTabWidget>(window, QStringLiteral("workspaceTabs"));
    const QList<QDateEdit *> fields = window.findChildren<QDateEdit *>();
    // claim date, stop date, deferral application date, sweep date, the search's received from and
    // to, a difficult case's promised date, the day's work's date, the audit log's from and to
    QCOMPARE(fields.size(), 10);
    for (QDateEdit *field : fields) {
        QVERIFY2(qobject_cast<ui::DateEdit *>(field), qPrintable(field->objectName() + QStringLiteral(" is not the shared date field")));
        for (int workspace = 0; workspace < workspaces->count() && !field->isVisible(); ++workspace)
            workspaces->setCurrentIndex(workspace);
        QVERIFY2(field->isVisible(), qPrintable(field->objectName()));
        field->setDate(QDate(2026, 12, 2));

        // Reached with Tab: the whole date selected.
        workspaces->tabBar()->setFocus(Qt::OtherFocusReason);
        field->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(field));
        QTest::keyClicks(focused(), QStringLiteral("2022-06-15"));
        key(Qt::Key_Tab);
        QCOMPARE(field->date(), QDate(2022, 6, 15));
        QVERIFY(focused() != field);

        // After Ctrl+A, confirmed with Enter.
        field->setFocus(Qt::MouseFocusReason);
        key(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), QStringLiteral("20230131"));
        key(Qt::Key_Return);
        QCOMPARE(field->date(), QDate(2023, 1, 31));
    }
}

// The clerk's way with keys alone: scan the ID number, Enter, Tab to the tabs, → to the pension,
// a new start month typed, Ctrl+P: the preview opens with its print button focused, Enter (and
// Ctrl+P there) opens the print dialog (cancelled: there is no printer here), Escape closes the
// preview; Ctrl+S asks where to save and writes the PDF.
void TestKeyboard::lookupPensionPrintAndPdfWithKeysOnly()
{
    test::OpenWindow open = openWindow();
    ui::MainWindow &window = *open;
    auto *pension = child<ui::PensionView>(window, QStringLiteral("pensionView"));
    lookUpByKeys(window, demo::DemoGenerator::colleagueWangCitizenId());
    auto *heading = child<QLabel>(window, QStringLiteral("pensionHeading"));
    QVERIFY2(heading->text().contains(QStringLiteral("2024-03")), qPrintable(heading->text()));

    // Tab to the tab bar of the person's details, then → to the pension.
    auto *tabs = child<QTabWidget>(window, QStringLiteral("detailTabs"));
    for (int i = 0; i < 40 && focused() != tabs->tabBar(); ++i) {
        key(Qt::Key_Tab);
    }
    QCOMPARE(focused(), tabs->tabBar());
    for (int i = 0; i < tabs->count() && tabs->currentWidget() != test::tabOf(pension); ++i)
        key(Qt::Key_Right);
    QCOMPARE(tabs->currentWidget(), test::tabOf(pension));

    // Tab into the month field, type another month, Enter: computed again.
    key(Qt::Key_Tab);
    QCOMPARE(focused()->objectName(), QStringLiteral("retirementField"));
    QSignalSpy outcome(pension, &ui::PensionView::outcomeShown);
    QTest::keyClicks(focused(), QStringLiteral("2024-06"));
    key(Qt::Key_Return);
    QVERIFY(outcome.wait(timeoutMs));
    QVERIFY2(heading->text().contains(QStringLiteral("2024-06")), qPrintable(heading->text()));

    // Ctrl+P: the preview, its print button focused; Enter: the print dialog; Escape twice.
    bool printDialogShown = false;
    bool previewStillOpen = false;
    const auto previewSeen = whenModal<ui::PrintPreviewDialog>([&](ui::PrintPreviewDialog *preview) {
        QCOMPARE(focused(), static_cast<QWidget *>(preview->printButton()));
        QVERIFY(preview->printButton()->toolTip().contains(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
        const auto printSeen = whenModal<QPrintDialog>([&](QPrintDialog *) {
            printDialogShown = true;
            key(Qt::Key_Escape);
        });
        key(Qt::Key_Return);
        QVERIFY(*printSeen);
        previewStillOpen = preview->isVisible();
        activateAgain(preview);
        // Ctrl+P in the preview: the print dialog again.
        const auto printAgain = whenModal<QPrintDialog>([&](QPrintDialog *) { key(Qt::Key_Escape); });
        key(Qt::Key_P, Qt::ControlModifier);
        QTRY_VERIFY(*printAgain); // a button's shortcut clicks it a moment later (animateClick)
        activateAgain(preview);
        key(Qt::Key_Escape);
        QVERIFY(!preview->isVisible());
    });
    key(Qt::Key_P, Qt::ControlModifier);
    QVERIFY(*previewSeen);
    activateAgain(&window);
    QVERIFY(printDialogShown);
    QVERIFY(previewStillOpen); // cancelling the printer keeps the preview

    // Ctrl+S: the file dialog; the path typed, Enter; the PDF is written.
    const QString path = m_dir.filePath(QStringLiteral("sheet-by-keys.pdf"));
    QSignalSpy pdfDone(pension, &ui::PensionView::pdfFinished);
    const auto fileDialogSeen = whenModal<QFileDialog>([&](QFileDialog *) {
        key(Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), path);
        key(Qt::Key_Return);
    });
    key(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(*fileDialogSeen);
    QVERIFY(pdfDone.wait(timeoutMs) || !pdfDone.isEmpty());
    QCOMPARE(pdfDone.first().first().toBool(), true);
    QVERIFY(QFileInfo(path).size() > 1000);
}

QTEST_MAIN(TestKeyboard)
#include "testkeyboard.moc"
