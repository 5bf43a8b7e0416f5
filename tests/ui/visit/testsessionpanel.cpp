// The visit panel (本次办理) end to end on a demo database, offscreen: a lookup opens a visit,
// the pension shown is recorded in it, and a stored calculation is reopened and recomputed.
#include "demo/demogenerator.h"
#include "session/snapshotrecomputer.h"
#include "session/snapshotrepository.h"
#include "session/visitsessionrepository.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"
#include "ui/common/messagebox.h"
#include "ui/pension/comparisonview.h"
#include "ui/pension/disclosuredialog.h"
#include "ui/pension/pensionview.h"
#include "ui/shell/mainwindow.h"
#include "ui/visit/recomputedialog.h"
#include "ui/visit/sessionpanel.h"
#include "ui/visit/snapshotdialog.h"

#include "signedinusers.h"
#include "tests/ui/common/windowfixture.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace tongban;

namespace {

/// Generous: the work is fast, but CI machines are slow and this must never flake.
constexpr int timeoutMs = 60000;

} // namespace

class TestSessionPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void lookupRecordsTheCalculationShown();
    void reopenShowsTheStoredBreakdown();
    void recomputeWithSameParametersSaysNoChange();
    void recomputeWithoutOriginUsesTheStoredInputs();
    void everyRecalculationIsRecorded();
    void scenarioComparisonIsRecordedColleagueIsNot();
    void nextPersonOpensNextVisitAndEarlierOnesAreListed();
    void sameLookupAgainKeepsOneCalculation();
    void someoneElseIsAddedToThisVisit();
    void cancelKeepsThePersonOnScreen();
    void cancelFromTheMatchListGoesBackToThePerson();
    void typedQueueNumberIsUsed();
    void endVisitClosesIt();
    void failedRecordingIsShownInTheStatusBar();

private:
    test::OpenWindow openWindow();
    void lookUp(ui::MainWindow &window, const QString &text);
    /// Waits until the visit list of @p window has @p n calculations.
    static void waitForSnapshots(ui::MainWindow &window, int n);
    template<typename T> static T *child(QWidget &window, const QString &name)
    {
        T *widget = window.findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    qint64 scalar(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_databasePath;
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    int m_file = 0;
};

void TestSessionPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_parameters = test::shippedParameters();
}

void TestSessionPanel::init()
{
    // A fresh file per test: queue numbers start at A001 and no visit is left over.
    m_databasePath = m_dir.filePath(QStringLiteral("demo-%1.db").arg(++m_file));
    const auto written = demo::DemoGenerator(m_parameters, 20260101).writeNewFile(m_databasePath, 20);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
}

test::OpenWindow TestSessionPanel::openWindow()
{
    return test::openWindow(m_databasePath);
}

void TestSessionPanel::lookUp(ui::MainWindow &window, const QString &text)
{
    QSignalSpy finished(&window, &ui::MainWindow::lookupFinished);
    window.lookUp(text);
    QVERIFY(finished.wait(timeoutMs));
}

void TestSessionPanel::waitForSnapshots(ui::MainWindow &window, int n)
{
    auto *list = child<QTreeWidget>(window, QStringLiteral("visitSnapshotList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), n, timeoutMs);
}

qint64 TestSessionPanel::scalar(const QString &sql) const
{
    auto store = storage::LocalStore::open(m_databasePath, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    QSqlQuery q((*store)->database());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    const qint64 value = q.value(0).toLongLong();
    return value;
}

void TestSessionPanel::lookupRecordsTheCalculationShown()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);

    QCOMPARE(child<QLabel>(*window, QStringLiteral("queueNumberLabel"))->text(), QStringLiteral("A001"));
    QCOMPARE(child<QLabel>(*window, QStringLiteral("visitPersonLabel"))->text(), demo::DemoGenerator::colleagueWangName());
    QCOMPARE(child<QLabel>(*window, QStringLiteral("visitClerkLabel"))->text(), QStringLiteral("test-clerk"));
    QVERIFY(!child<QLabel>(*window, QStringLiteral("visitOpenedAtLabel"))->text().isEmpty());

    // The total listed is the one the pension view shows.
    auto *item = child<QTreeWidget>(*window, QStringLiteral("visitSnapshotList"))->topLevelItem(0);
    const QString total = item->text(2);
    QVERIFY(!total.isEmpty());
    const QString shown = child<QLabel>(*window, QStringLiteral("totalLabel"))->text();
    QVERIFY2(shown.contains(total), qPrintable(shown + QStringLiteral(" / ") + total));
    QCOMPARE(item->text(1), QStringLiteral("2024-03"));
    QCOMPARE(child<QTreeWidget>(*window, QStringLiteral("earlierSnapshotList"))->topLevelItemCount(), 0);
    QVERIFY(child<QLabel>(*window, QStringLiteral("sessionStatus"))->text().contains(QStringLiteral("recorded")));

    // In the file: one open visit of the clerk, one calculation in it.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session WHERE status = 'open' AND clerk = 'test-clerk'"
                                   " AND queue_number = 'A001'")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'pension.calculation'")), 1);

    // Closing the window ends the visit.
    window.reset();
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session WHERE status = 'open'")), 0);
}

void TestSessionPanel::reopenShowsTheStoredBreakdown()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    auto *panel = child<ui::SessionPanel>(*window, QStringLiteral("sessionPanel"));
    const QString total = child<QTreeWidget>(*window, QStringLiteral("visitSnapshotList"))->topLevelItem(0)->text(2);

    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("reopenButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->snapshotDialog() && panel->snapshotDialog()->isVisible(), timeoutMs);
    ui::SnapshotDialog *dialog = panel->snapshotDialog();
    const QString caption = child<QLabel>(*dialog, QStringLiteral("snapshotCaption"))->text();
    QVERIFY2(caption.contains(QStringLiteral("test-clerk")), qPrintable(caption));
    const QString edition = m_parameters->versionsFor(QStringLiteral("110000")).first().edition;
    QVERIFY(!edition.isEmpty());
    QVERIFY2(caption.contains(edition), qPrintable(caption));
    QVERIFY(child<QLabel>(*dialog, QStringLiteral("snapshotTotal"))->text().contains(total));

    // The same steps with the same values as the pension view shows.
    const QAbstractItemModel *stored = child<QTableView>(*dialog, QStringLiteral("snapshotBreakdownTable"))->model();
    const QAbstractItemModel *onScreen = child<QTableView>(*window, QStringLiteral("breakdownTable"))->model();
    QVERIFY(stored->rowCount() > 3);
    QCOMPARE(stored->rowCount(), onScreen->rowCount());
    for (int row = 0; row < stored->rowCount(); ++row) {
        for (int column = 0; column < 3; ++column)
            QCOMPARE(stored->data(stored->index(row, column)).toString(), onScreen->data(onScreen->index(row, column)).toString());
    }
    // Read-only.
    QCOMPARE(child<QTableView>(*dialog, QStringLiteral("snapshotBreakdownTable"))->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void TestSessionPanel::recomputeWithSameParametersSaysNoChange()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    auto *panel = child<ui::SessionPanel>(*window, QStringLiteral("sessionPanel"));

    QTest::mouseClick(child<QPushButton>(*window, QStringLiteral("recomputeButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->recomputeDialog() && panel->recomputeDialog()->isVisible(), timeoutMs);
    ui::RecomputeDialog *dialog = panel->recomputeDialog();
    const QString verdict = child<QLabel>(*dialog, QStringLiteral("recomputeVerdict"))->text();
    QVERIFY2(verdict.contains(QStringLiteral("No change")), qPrintable(verdict));
    auto *components = child<QTableWidget>(*dialog, QStringLiteral("componentTable"));
    QCOMPARE(components->rowCount(), 8);
    for (int row = 0; row < components->rowCount(); ++row) {
        QCOMPARE(components->item(row, 1)->text(), components->item(row, 2)->text());
        QCOMPARE(components->item(row, 3)->text(), QStringLiteral("0"));
    }
    auto *files = child<QTableWidget>(*dialog, QStringLiteral("parameterFileTable"));
    QCOMPARE(files->rowCount(), 2);
    QCOMPARE(files->item(0, 0)->text(), QStringLiteral("national.json"));
    QCOMPARE(files->item(1, 0)->text(), QStringLiteral("regions/110000.json"));
    QVERIFY(child<QTableWidget>(*dialog, QStringLiteral("lineChangeTable"))->isHidden());
    // The window's calculation came from his records: it is built again from them, and the
    // figures derived from them are the same.
    const QString way = child<QLabel>(*dialog, QStringLiteral("recomputeWay"))->text();
    QVERIFY2(way.contains(QStringLiteral("from the contribution records")), qPrintable(way));
    auto *figures = child<QTableWidget>(*dialog, QStringLiteral("caseFigureTable"));
    QVERIFY(!figures->isHidden());
    QCOMPARE(figures->rowCount(), 4);
    for (int row = 0; row < figures->rowCount(); ++row)
        QCOMPARE(figures->item(row, 3)->text(), QStringLiteral("0"));

    // From the reopened view too.
    auto *reopen = child<QPushButton>(*window, QStringLiteral("reopenButton"));
    QVERIFY(reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->snapshotDialog() && panel->snapshotDialog()->isVisible(),
                              qPrintable(child<QLabel>(*window, QStringLiteral("sessionStatus"))->text()), timeoutMs);
    dialog->close();
    QTest::mouseClick(child<QPushButton>(*panel->snapshotDialog(), QStringLiteral("snapshotRecomputeButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), timeoutMs);
}

// A calculation stored before origins were kept (or one not built from records) is computed
// again from its stored inputs, and the dialog says so.
void TestSessionPanel::recomputeWithoutOriginUsesTheStoredInputs()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    auto *recorder = window->findChild<services::VisitRecorder *>();
    QTRY_VERIFY_WITH_TIMEOUT(!recorder->isBusy(), timeoutMs);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE json_extract(payload, '$.origin.today') IS NOT NULL")), 1);
    {
        auto store = storage::LocalStore::open(m_databasePath, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE session_event SET payload = json_remove(payload, '$.origin')")));
    }
    auto *panel = child<ui::SessionPanel>(*window, QStringLiteral("sessionPanel"));
    auto *recompute = child<QPushButton>(*window, QStringLiteral("recomputeButton"));
    QVERIFY(recompute->isEnabled());
    QTest::mouseClick(recompute, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(panel->recomputeDialog() && panel->recomputeDialog()->isVisible(),
                              qPrintable(child<QLabel>(*window, QStringLiteral("sessionStatus"))->text()), timeoutMs);
    ui::RecomputeDialog *dialog = panel->recomputeDialog();
    const QString way = child<QLabel>(*dialog, QStringLiteral("recomputeWay"))->text();
    QVERIFY2(way.contains(QStringLiteral("from the stored inputs")), qPrintable(way));
    QVERIFY(child<QTableWidget>(*dialog, QStringLiteral("caseFigureTable"))->isHidden());
    const QString verdict = child<QLabel>(*dialog, QStringLiteral("recomputeVerdict"))->text();
    QVERIFY2(verdict.contains(QStringLiteral("No change")), qPrintable(verdict));
}

void TestSessionPanel::everyRecalculationIsRecorded()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    auto *view = child<ui::PensionView>(*window, QStringLiteral("pensionView"));
    child<QTabWidget>(*window, QStringLiteral("detailTabs"))->setCurrentWidget(test::tabOf(view));
    auto *month = child<QLineEdit>(*view, QStringLiteral("retirementField"));
    QSignalSpy shown(view, &ui::PensionView::outcomeShown);
    month->selectAll();
    QTest::keyClicks(month, QStringLiteral("2025-03"));
    QTest::keyClick(month, Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    waitForSnapshots(*window, 2);
    auto *list = child<QTreeWidget>(*window, QStringLiteral("visitSnapshotList"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("2025-03"));
    QVERIFY(child<QLabel>(*view, QStringLiteral("totalLabel"))->text().contains(list->topLevelItem(1)->text(2)));

    // An unreadable month shows no new result: nothing is recorded.
    month->selectAll();
    QTest::keyClicks(month, QStringLiteral("2025-13"));
    QTest::keyClick(month, Qt::Key_Return);
    auto *recorder = window->findChild<services::VisitRecorder *>();
    QVERIFY(recorder);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder->isBusy(), timeoutMs);
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 1);
}

// A scenario of the visitor's own pension shown in the comparison tab is a calculation shown
// to the visitor: it is kept. A colleague's pension is someone else's data: it is not.
void TestSessionPanel::scenarioComparisonIsRecordedColleagueIsNot()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    auto *view = child<ui::ComparisonView>(*window, QStringLiteral("comparisonView"));
    child<QTabWidget>(*window, QStringLiteral("detailTabs"))->setCurrentWidget(test::tabOf(view));

    // Comparing with a colleague is an expert's right: signed in as one (the clerk's name kept).
    window.context->context().setSignedIn(test::signedInUser(accounts::Role::AssistingExpert, window.context->context().clerk()));
    QSignalSpy compared(view, &ui::ComparisonView::comparisonShown);
    view->compareWith(demo::DemoGenerator::colleagueLiCitizenId());
    // Someone else's data: shown once the clerk recorded the colleague's consent.
    QTRY_VERIFY_WITH_TIMEOUT(view->disclosureDialog() && view->disclosureDialog()->isVisible(), timeoutMs);
    ui::DisclosureDialog *dialog = view->disclosureDialog();
    child<QRadioButton>(*dialog, QStringLiteral("consentBasis"))->click();
    child<QLineEdit>(*dialog, QStringLiteral("consentByField"))->setText(demo::DemoGenerator::colleagueLiName());
    child<QComboBox>(*dialog, QStringLiteral("consentFormField"))->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(*dialog, QStringLiteral("disclosureRecordButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 1, timeoutMs);
    auto *recorder = window->findChild<services::VisitRecorder *>();
    QTRY_VERIFY_WITH_TIMEOUT(!recorder->isBusy(), timeoutMs);
    QCOMPARE(child<QTreeWidget>(*window, QStringLiteral("visitSnapshotList"))->topLevelItemCount(), 1);
    // The basis is kept with the visit it was shown in.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM data_disclosure d JOIN visit_session s ON s.id = d.session_id"
                                   " WHERE s.status = 'open' AND d.basis = 'consent' AND d.consent_form = 'in-person'")),
             1);

    child<QComboBox>(*view, QStringLiteral("comparisonMode"))->setCurrentIndex(1);
    auto *month = child<QLineEdit>(*view, QStringLiteral("scenarioRetirementField"));
    month->setText(QStringLiteral("2025-03"));
    QTest::keyClick(month, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(compared.size(), 2, timeoutMs);
    waitForSnapshots(*window, 2);
    QCOMPARE(child<QTreeWidget>(*window, QStringLiteral("visitSnapshotList"))->topLevelItem(1)->text(1), QStringLiteral("2025-03"));

    // The scenario is kept with what it was built from, and building it again from his records
    // with the same parameters gives exactly what was shown.
    QTRY_VERIFY_WITH_TIMEOUT(!recorder->isBusy(), timeoutMs);
    auto store = storage::LocalStore::open(m_databasePath, storage::LocalStore::OpenMode::ExistingOnly);
    QVERIFY(store.ok());
    QSqlQuery q((*store)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM session_event WHERE json_extract(payload, '$.origin.retirement') = '2025-03'"
                                  " AND json_extract(payload, '$.origin.assume_unpublished') = 1")));
    QVERIFY(q.next());
    const auto scenario = session::SnapshotRepository((*store)->database(), test::clock()).load(q.value(0).toString());
    QVERIFY2(scenario.ok(), scenario.ok() ? "" : qPrintable(scenario.error().message));
    QVERIFY(scenario->origin && !scenario->origin->keepPayingBase);
    const storage::PersonRepository persons((*store)->database(), test::clock());
    const auto person = persons.loadPerson(scenario->personId);
    const auto records = persons.loadContributionRecords(scenario->personId);
    QVERIFY(person.ok() && records.ok());
    const auto again = session::SnapshotRecomputer(m_parameters).recomputeFromRecords(*scenario, *person, *records);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QVERIFY(again->isUnchanged());
}

void TestSessionPanel::nextPersonOpensNextVisitAndEarlierOnesAreListed()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    const QString wangTotal = child<QTreeWidget>(*window, QStringLiteral("visitSnapshotList"))->topLevelItem(0)->text(2);

    // Someone else: the clerk is asked, and starts a new visit.
    const int asked = ui::MessageBox::questionsAsked();
    ui::MessageBox::setNextAnswer(ui::MainWindow::NewVisitAnswer);
    lookUp(*window, demo::DemoGenerator::colleagueLiCitizenId());
    QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
    QVERIFY2(ui::MessageBox::lastQuestion().contains(demo::DemoGenerator::colleagueLiName())
                 && ui::MessageBox::lastQuestion().contains(demo::DemoGenerator::colleagueWangName()),
             qPrintable(ui::MessageBox::lastQuestion()));
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(*window, QStringLiteral("queueNumberLabel"))->text(), QStringLiteral("A002"), timeoutMs);
    waitForSnapshots(*window, 1);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("visitPersonLabel"))->text(), demo::DemoGenerator::colleagueLiName());
    QCOMPARE(child<QTreeWidget>(*window, QStringLiteral("earlierSnapshotList"))->topLevelItemCount(), 0);

    ui::MessageBox::setNextAnswer(ui::MainWindow::NewVisitAnswer);
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(*window, QStringLiteral("queueNumberLabel"))->text(), QStringLiteral("A003"), timeoutMs);
    waitForSnapshots(*window, 1);
    auto *earlier = child<QTreeWidget>(*window, QStringLiteral("earlierSnapshotList"));
    QCOMPARE(earlier->topLevelItemCount(), 1);
    QCOMPARE(earlier->topLevelItem(0)->text(1), QStringLiteral("A001"));
    QCOMPARE(earlier->topLevelItem(0)->text(3), wangTotal);
    // One visit open at a time for the clerk.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session WHERE status = 'open'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 3);
}

// The issue: one person looked up twelve times had eleven near-identical rows.
void TestSessionPanel::sameLookupAgainKeepsOneCalculation()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    auto *recorder = window->findChild<services::VisitRecorder *>();
    const int asked = ui::MessageBox::questionsAsked();
    for (const QString &query : {demo::DemoGenerator::colleagueWangName(), demo::DemoGenerator::colleagueWangCitizenId()}) {
        lookUp(*window, query);
        QTRY_VERIFY_WITH_TIMEOUT(!recorder->isBusy(), timeoutMs);
    }
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(*window, QStringLiteral("sessionStatus"))->text().contains(QStringLiteral("already kept")),
                             timeoutMs);
    // Not asked: the visit serves him already.
    QCOMPARE(ui::MessageBox::questionsAsked(), asked);
    QCOMPARE(child<QTreeWidget>(*window, QStringLiteral("visitSnapshotList"))->topLevelItemCount(), 1);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("queueNumberLabel"))->text(), QStringLiteral("A001"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'pension.calculation'")), 1);
}

void TestSessionPanel::someoneElseIsAddedToThisVisit()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    ui::MessageBox::setNextAnswer(ui::MainWindow::AddToVisitAnswer);
    lookUp(*window, demo::DemoGenerator::colleagueLiCitizenId());
    waitForSnapshots(*window, 2);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("nameLabel"))->text(), demo::DemoGenerator::colleagueLiName());
    QCOMPARE(child<QLabel>(*window, QStringLiteral("queueNumberLabel"))->text(), QStringLiteral("A001"));
    const QString persons = child<QLabel>(*window, QStringLiteral("visitPersonLabel"))->text();
    QVERIFY2(persons.contains(demo::DemoGenerator::colleagueWangName()) && persons.contains(demo::DemoGenerator::colleagueLiName()),
             qPrintable(persons));
    // Whose each calculation is, now that the visit serves two.
    auto *list = child<QTreeWidget>(*window, QStringLiteral("visitSnapshotList"));
    QVERIFY2(list->topLevelItem(0)->text(0).contains(demo::DemoGenerator::colleagueWangName()), qPrintable(list->topLevelItem(0)->text(0)));
    QVERIFY2(list->topLevelItem(1)->text(0).contains(demo::DemoGenerator::colleagueLiName()), qPrintable(list->topLevelItem(1)->text(0)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'visit.person_added'")), 1);

    // Back to Wang: he is in the visit, nothing is asked.
    const int asked = ui::MessageBox::questionsAsked();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    auto *recorder = window->findChild<services::VisitRecorder *>();
    QTRY_VERIFY_WITH_TIMEOUT(!recorder->isBusy(), timeoutMs);
    QCOMPARE(ui::MessageBox::questionsAsked(), asked);
    QCOMPARE(list->topLevelItemCount(), 2);
}

void TestSessionPanel::cancelKeepsThePersonOnScreen()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    auto *recorder = window->findChild<services::VisitRecorder *>();
    QTRY_VERIFY_WITH_TIMEOUT(!recorder->isBusy(), timeoutMs);
    const QString total = child<QLabel>(*window, QStringLiteral("totalLabel"))->text();
    const int asked = ui::MessageBox::questionsAsked();
    ui::MessageBox::setNextAnswer(ui::MainWindow::CancelAnswer);
    lookUp(*window, demo::DemoGenerator::colleagueLiCitizenId());
    QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!recorder->isBusy(), timeoutMs);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("nameLabel"))->text(), demo::DemoGenerator::colleagueWangName());
    QCOMPARE(child<QLabel>(*window, QStringLiteral("totalLabel"))->text(), total);
    // Said under the field, which keeps no full number of someone not shown.
    QVERIFY(child<QLabel>(*window, QStringLiteral("lookupMessage"))->text().contains(QStringLiteral("not shown")));
    QVERIFY(child<QLineEdit>(*window, QStringLiteral("lookupField"))->text().isEmpty());
    QCOMPARE(child<QLabel>(*window, QStringLiteral("visitPersonLabel"))->text(), demo::DemoGenerator::colleagueWangName());
    QCOMPARE(child<QLabel>(*window, QStringLiteral("queueNumberLabel"))->text(), QStringLiteral("A001"));
    QCOMPARE(child<QTreeWidget>(*window, QStringLiteral("visitSnapshotList"))->topLevelItemCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session WHERE status = 'open'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event")), 1);
}

void TestSessionPanel::cancelFromTheMatchListGoesBackToThePerson()
{
    // A part of a name several persons share, none of them Wang.
    QString shared;
    {
        auto store = storage::LocalStore::open(m_databasePath, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT substr(name, 1, 1) AS c FROM insured_person GROUP BY c HAVING count(*) >= 2"
                                      " AND c <> substr('%1', 1, 1) LIMIT 1")
                           .arg(demo::DemoGenerator::colleagueWangName())));
        QVERIFY(q.next());
        shared = q.value(0).toString();
    }

    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    lookUp(*window, shared);
    auto *matches = child<QTableWidget>(*window, QStringLiteral("matchTable"));
    QTRY_VERIFY_WITH_TIMEOUT(matches->isVisible() && matches->rowCount() >= 2, timeoutMs);
    // The list stands in for the person, but the visit is not touched yet.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 1);

    ui::MessageBox::setNextAnswer(ui::MainWindow::CancelAnswer);
    const int asked = ui::MessageBox::questionsAsked();
    matches->setFocus();
    matches->setCurrentCell(1, 0);
    QSignalSpy finished(window.get(), &ui::MainWindow::lookupFinished);
    QTest::keyClick(matches, Qt::Key_Return);
    QVERIFY(finished.wait(timeoutMs));
    QCOMPARE(ui::MessageBox::questionsAsked(), asked + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!matches->isVisible(), timeoutMs);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("nameLabel"))->text(), demo::DemoGenerator::colleagueWangName());
    QCOMPARE(child<QLabel>(*window, QStringLiteral("visitPersonLabel"))->text(), demo::DemoGenerator::colleagueWangName());
    auto *recorder = window->findChild<services::VisitRecorder *>();
    QTRY_VERIFY_WITH_TIMEOUT(!recorder->isBusy(), timeoutMs);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event")), 1);
}

void TestSessionPanel::typedQueueNumberIsUsed()
{
    auto window = openWindow();
    auto *field = child<QLineEdit>(*window, QStringLiteral("nextQueueNumberField"));
    QTest::keyClicks(field, QStringLiteral("C042"));
    lookUp(*window, demo::DemoGenerator::colleagueLiCitizenId());
    waitForSnapshots(*window, 1);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("queueNumberLabel"))->text(), QStringLiteral("C042"));
    QVERIFY(field->text().isEmpty());
}

void TestSessionPanel::endVisitClosesIt()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueLiCitizenId());
    waitForSnapshots(*window, 1);
    auto *end = child<QPushButton>(*window, QStringLiteral("endVisitButton"));
    QVERIFY(end->isEnabled());
    QTest::mouseClick(end, Qt::LeftButton);
    waitForSnapshots(*window, 0);
    QCOMPARE(child<QLabel>(*window, QStringLiteral("queueNumberLabel"))->text(), QStringLiteral("No visit open"));
    QVERIFY(!end->isEnabled());
    QCOMPARE(child<QTreeWidget>(*window, QStringLiteral("earlierSnapshotList"))->topLevelItemCount(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session WHERE status = 'open'")), 0);
}

void TestSessionPanel::failedRecordingIsShownInTheStatusBar()
{
    auto window = openWindow();
    lookUp(*window, demo::DemoGenerator::colleagueWangCitizenId());
    waitForSnapshots(*window, 1);
    // Someone else closes the visit behind the window's back: the next recording is refused.
    {
        auto store = storage::LocalStore::open(m_databasePath, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        session::VisitSessionRepository visits((*store)->database(), test::clock());
        const auto open = visits.findOpen(QStringLiteral("test-clerk"));
        QVERIFY(open.ok() && open->has_value());
        QVERIFY(visits.close((*open)->id).ok());
    }
    auto *view = child<ui::PensionView>(*window, QStringLiteral("pensionView"));
    child<QTabWidget>(*window, QStringLiteral("detailTabs"))->setCurrentWidget(test::tabOf(view));
    auto *month = child<QLineEdit>(*view, QStringLiteral("retirementField"));
    month->selectAll();
    QTest::keyClicks(month, QStringLiteral("2025-03"));
    QTest::keyClick(month, Qt::Key_Return);
    auto *status = child<QLabel>(*window, QStringLiteral("sessionStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("could not be recorded")), timeoutMs);
    QVERIFY2(status->text().contains(QStringLiteral("closed")), qPrintable(status->text()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event")), 1);
}

QTEST_MAIN(TestSessionPanel)
#include "testsessionpanel.moc"
