// The visitor's screen: 王建国's breakdown from a real demo database, stepped through with the
// keys and from the expert's breakdown tab, which follows. TONGBAN_SCREENSHOT_DIR, when set,
// receives a picture of the visitor's screen (visitor-view.png).

#include "i18n/translations.h"
#include "testcontext.h"
#include "tests/ui/pension/sheetfixture.h"
#include "ui/pension/pensionview.h"
#include "ui/pension/sheetactions.h"
#include "ui/pension/visitorview.h"

#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tongban;
using sheet::CalculationSheet;

class TestVisitorView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keysStepAndTheExpertFollows();
    void expertStepsAndTheVisitorFollows();
    void escClosesAndANewLookupEmptiesIt();
    void oneScreenGivesANormalWindow();

private:
    /// The breakdown tab showing 王建国's result, with the visitor's screen open on it.
    std::unique_ptr<ui::PensionView> openView();
    QString text(const QString &objectName) const;
    /// The step shown is line @p step of the sheet: name, formula and value.
    void verifyStep(int step);

    QTemporaryDir m_dir;
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    std::unique_ptr<test::TestContext> m_context;
    sheetfixture::WangJianguo m_wang;
    CalculationSheet m_sheet;
    ui::PensionView *m_view = nullptr;
};

void TestVisitorView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    i18n::installTranslators(*qApp, i18n::defaultLocale());
    m_parameters = test::shippedParameters();
    m_wang = sheetfixture::load(m_parameters, m_dir.filePath(QStringLiteral("demo.db")));
    m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("view.db")), QStringLiteral("张敏"));
    QVERIFY2(m_wang.error.isEmpty(), qPrintable(m_wang.error));
}

std::unique_ptr<ui::PensionView> TestVisitorView::openView()
{
    auto view = std::make_unique<ui::PensionView>(m_context->context());
    view->resize(1200, 700);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        qFatal("the breakdown tab was not shown");
    view->showPerson(m_wang.person, m_wang.records, m_wang.outcome.result->retirement, m_wang.outcome);
    view->findChild<QPushButton *>(QStringLiteral("visitorScreenButton"))->click();
    ui::VisitorView *visitor = view->visitorView();
    if (!visitor || !QTest::qWaitForWindowExposed(visitor))
        qFatal("the visitor's screen did not open");
    const auto sheet = view->calculationSheet(QDateTime::currentDateTime());
    if (!sheet.ok())
        qFatal("no sheet: %s", qPrintable(sheet.error().message));
    m_sheet = *sheet;
    m_view = view.get();
    return view;
}

QString TestVisitorView::text(const QString &objectName) const
{
    auto *label = m_view->visitorView()->findChild<QLabel *>(objectName);
    if (!label)
        qFatal("no label %s", qPrintable(objectName));
    return label->text();
}

void TestVisitorView::verifyStep(int step)
{
    ui::VisitorView *visitor = m_view->visitorView();
    QCOMPARE(visitor->step(), step);
    const CalculationSheet::Line &line = m_sheet.lines.at(step);
    QCOMPARE(text(QStringLiteral("visitorStepLabel")), line.label);
    QCOMPARE(text(QStringLiteral("visitorFormula")), line.formula);
    // Issue 16: every step in plain words too, on both screens (the terms of the notice, "G实",
    // 计发基数, are not the visitor's).
    QVERIFY2(!line.explanation.isEmpty(), qPrintable(line.key));
    QCOMPARE(text(QStringLiteral("visitorExplanation")), line.explanation);
    QVERIFY2(m_view->findChild<QLabel *>(QStringLiteral("stepExplanation"))->text().contains(line.explanation),
             qPrintable(m_view->findChild<QLabel *>(QStringLiteral("stepExplanation"))->text()));
    QCOMPARE(text(QStringLiteral("visitorValue")), CalculationSheet::displayValue(line));
    // The visitor's words under it, as on the visitor's paper: the documents by their titles,
    // never the staff's notes on the sources or the evidence behind a figure.
    const QString note = text(QStringLiteral("visitorNote"));
    for (const int reference : line.references)
        QVERIFY2(note.contains(m_sheet.citations.at(reference - 1)), qPrintable(note));
    for (const QString &evidence : line.source.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const bool cited = std::any_of(m_sheet.citations.cbegin(), m_sheet.citations.cend(),
                                       [&evidence](const QString &citation) { return citation.contains(evidence); });
        if (!cited) // a sample sheet, a table: evidence for the staff, not a document for the visitor
            QVERIFY2(!note.contains(evidence), qPrintable(note));
    }
    if (!line.note.isEmpty() && line.note != line.visitorNote)
        QVERIFY2(!note.contains(line.note), qPrintable(note));
    QCOMPARE(text(QStringLiteral("visitorCounter")), ui::VisitorView::tr("Step %1 of %2").arg(step + 1).arg(m_sheet.lines.size()));
    // The total stays in view whatever the step.
    auto *total = visitor->findChild<QLabel *>(QStringLiteral("visitorTotal"));
    QVERIFY(total->isVisible());
    QVERIFY(total->text().contains(m_sheet.total.toDisplayString()));
    // The expert sees the same step, and the same line is selected in the breakdown table.
    auto *expertStep = m_view->findChild<QLabel *>(QStringLiteral("visitorStepStatus"));
    QCOMPARE(expertStep->text(), ui::SheetActions::tr("Step %1/%2").arg(step + 1).arg(m_sheet.lines.size()));
    QCOMPARE(expertStep->toolTip(), ui::SheetActions::tr("Visitor sees step %1 of %2").arg(step + 1).arg(m_sheet.lines.size()));
    auto *table = m_view->findChild<QTableView *>(QStringLiteral("breakdownTable"));
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), step);
}

void TestVisitorView::keysStepAndTheExpertFollows()
{
    const auto view = openView();
    ui::VisitorView *visitor = view->visitorView();
    QCOMPARE(visitor->stepCount(), m_sheet.lines.size());
    QVERIFY(m_sheet.lines.size() >= 5);
    verifyStep(0);

    // Large type: the step, its formula and its value at 28 pt or more, the total too.
    for (const char *name : {"visitorStepLabel", "visitorFormula", "visitorValue", "visitorTotal"}) {
        const QFont font = visitor->findChild<QLabel *>(QString::fromLatin1(name))->font();
        QVERIFY2(font.pointSizeF() >= 28, name);
    }

    QTest::keyClick(visitor, Qt::Key_Right);
    verifyStep(1);
    QTest::keyClick(visitor, Qt::Key_Space);
    verifyStep(2);
    QTest::keyClick(visitor, Qt::Key_PageDown);
    verifyStep(3);
    QTest::keyClick(visitor, Qt::Key_Left);
    verifyStep(2);
    QTest::keyClick(visitor, Qt::Key_PageUp);
    verifyStep(1);
    const int last = int(m_sheet.lines.size()) - 1;
    QTest::keyClick(visitor, Qt::Key_End);
    verifyStep(last);
    QCOMPARE(m_sheet.lines.at(last).key, QStringLiteral("total"));
    QTest::keyClick(visitor, Qt::Key_Right); // nothing after the last step
    verifyStep(last);
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("nextStepButton"))->isEnabled());
    QTest::keyClick(visitor, Qt::Key_Home);
    verifyStep(0);
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("previousStepButton"))->isEnabled());
    QTest::keyClick(visitor, Qt::Key_Left); // nothing before the first
    verifyStep(0);

    if (const QString dir = qEnvironmentVariable("TONGBAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        visitor->resize(1280, 800);
        visitor->setStep(4);
        QApplication::processEvents();
        QVERIFY(visitor->grab().save(QDir(dir).filePath(QStringLiteral("visitor-view.png"))));
        view->grab().save(QDir(dir).filePath(QStringLiteral("visitor-expert.png")));
    }
}

void TestVisitorView::expertStepsAndTheVisitorFollows()
{
    const auto view = openView();
    auto *next = view->findChild<QPushButton *>(QStringLiteral("nextStepButton"));
    auto *previous = view->findChild<QPushButton *>(QStringLiteral("previousStepButton"));
    QVERIFY(next->isEnabled());
    QVERIFY(!previous->isEnabled());
    next->click();
    verifyStep(1);
    next->click();
    verifyStep(2);
    previous->click();
    verifyStep(1);
}

void TestVisitorView::escClosesAndANewLookupEmptiesIt()
{
    const auto view = openView();
    ui::VisitorView *visitor = view->visitorView();
    QTest::keyClick(visitor, Qt::Key_Right);
    QTest::keyClick(visitor, Qt::Key_Escape);
    QVERIFY(!visitor->isVisible());
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("nextStepButton"))->isEnabled());
    QVERIFY(!view->findChild<QPushButton *>(QStringLiteral("previousStepButton"))->isEnabled());
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("visitorStepStatus"))->text().isEmpty());

    // Opened again: from the first step, the expert's buttons back.
    view->openVisitorView();
    QVERIFY(QTest::qWaitForWindowExposed(visitor));
    QCOMPARE(view->visitorView(), visitor);
    verifyStep(0);

    // The next visitor: nothing of this one stays on the screen.
    view->clear();
    QVERIFY(!visitor->isVisible());
    QCOMPARE(visitor->step(), -1);
    QVERIFY(text(QStringLiteral("visitorStepLabel")).isEmpty());
    QVERIFY(text(QStringLiteral("visitorValue")).isEmpty());
    QVERIFY(text(QStringLiteral("visitorTotal")).isEmpty());
    QVERIFY(!text(QStringLiteral("visitorHeader")).contains(m_wang.person.name));
}

void TestVisitorView::oneScreenGivesANormalWindow()
{
    const auto view = openView();
    QCOMPARE(QGuiApplication::screens().size(), 1); // the offscreen platform has one
    QCOMPARE(ui::VisitorView::visitorScreen(QGuiApplication::screens(), view->screen()), nullptr);
    QVERIFY(!view->visitorView()->isFullScreen());
    QVERIFY(view->visitorView()->width() >= 800);
}

QTEST_MAIN(TestVisitorView)
#include "testvisitorview.moc"
