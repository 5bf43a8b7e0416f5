// The day's work on the screen (issue 11, point 5): on a small stored set (two clerks, three
// departments, a ticket time known for one visit, a matter done and rated, one returned, one
// rated poorly, one overdue from an earlier day) the table shows exactly the service's figures —
// and the figures worked out by hand for the total —, the chart's bars are the same figures, the
// CSV written off the UI thread is the service's file byte for byte, and another date typed in
// the date field shows that day's. Real SQLite file, real StoreService; the clock at 2026-12-02.
#include "ui/casework/dayworkpage.h"
#include "ui/common/dateedit.h"

#include "casework/dayreportcsv.h"
#include "services/dayreportservice.h"
#include "services/ratingservice.h"

#include "testcontext.h"
#include "tests/core/caseworktestdata.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using test::beijing;

namespace {

constexpr int timeoutMs = 60000;
const QDate kDay(2026, 12, 2);

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

QStringList rowText(const QTableWidget *table, int row)
{
    QStringList cells;
    for (int column = 0; column < table->columnCount(); ++column)
        cells << table->item(row, column)->text();
    return cells;
}

} // namespace

class TestDayWorkPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tableChartAndCsvMatchTheService();
    void anotherDateTyped();

private:
    QStringList visit(const QString &clerk, const QDateTime &at, const QDateTime &ticket, const QList<test::VisitMatter> &matters);

    QTemporaryDir m_dir;
    QDateTime m_now;
    std::unique_ptr<test::TestContext> m_context;
};

QStringList TestDayWorkPage::visit(const QString &clerk, const QDateTime &at, const QDateTime &ticket,
                                   const QList<test::VisitMatter> &matters)
{
    test::Visit v;
    v.clerk = clerk;
    v.at = at;
    v.ticketAt = ticket;
    v.matters = matters;
    QStringList ids;
    for (const auto &m : test::storeVisit(m_context->store(), v).matters)
        ids << m.id;
    return ids;
}

void TestDayWorkPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_now = test::fixedNow();
    m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("day.db")), QStringLiteral("王芳"),
                                                    Clock([this] { return m_now; }));
    QVERIFY(m_context->open());
    auto ratings = services::RatingService::builtIn(m_context->context());
    QVERIFY(ratings.ok());
    const QString wang = QStringLiteral("王芳");
    const QString li = QStringLiteral("李强");
    // An earlier day's matter still open past its due date: overdue at the end of the day.
    QCOMPARE(visit(li, beijing(QDate(2026, 11, 20), 9), {}, {{QStringLiteral("back-payment"), QDate(2026, 11, 27), {}, {}}}).size(), 1);
    // The day: 王芳's visit waited 10 minutes from its ticket; 李强's has no ticket time.
    const QStringList a = visit(wang, beijing(kDay, 9), beijing(kDay, 8, 50),
                                {{QStringLiteral("retirement-application"), QDate(2026, 12, 16), {}, {}},
                                 {QStringLiteral("minimum-living-allowance"), QDate(2026, 12, 30), {}, {}}});
    const QStringList b = visit(li, beijing(kDay, 10), {}, {{QStringLiteral("medical-transfer"), QDate(2026, 12, 9), {}, {}}});
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 1);
    QVERIFY(test::changeStatus(m_context->store(), a.at(0), QStringLiteral("pre-reviewed"), wang, beijing(kDay, 10, 30)));
    QVERIFY(test::changeStatus(m_context->store(), a.at(0), QStringLiteral("done"), wang, beijing(kDay, 11)));
    QVERIFY(test::changeStatus(m_context->store(), b.at(0), QStringLiteral("returned"), li, beijing(kDay, 10, 30),
                               QStringLiteral("请补交转出证明")));
    m_now = beijing(kDay, 11, 1);
    QVERIFY((*ratings)->rate(a.at(0), 5, QStringLiteral("keypad")).result().ok());
    m_now = beijing(kDay, 9, 10);
    QVERIFY((*ratings)->rate(a.at(1), 2, QStringLiteral("visitor-screen")).result().ok());
    m_now = test::fixedNow();
}

void TestDayWorkPage::cleanupTestCase()
{
    m_context.reset();
}

void TestDayWorkPage::tableChartAndCsvMatchTheService()
{
    ui::DayWorkPage page(m_context->context());
    QSignalSpy shown(&page, &ui::DayWorkPage::reportShown);
    page.resize(1200, 700);
    page.show();
    QVERIFY(!shown.isEmpty() || shown.wait(timeoutMs));
    QVERIFY(shown.last().first().toBool());
    // Today by default.
    QCOMPARE(child<ui::DateEdit>(&page, QStringLiteral("dayWorkDateField"))->date(), kDay);

    const auto report = services::DayReportService::builtIn(m_context->context()).value()->report(kDay).result();
    QVERIFY(report.ok());
    auto *table = child<QTableWidget>(&page, QStringLiteral("dayWorkTable"));
    QCOMPARE(table->rowCount(), int(report->byWindow.size() + report->byDepartment.size() + 1));
    // Row by row the service's figures, as the CSV has them (waiting times as minutes:seconds).
    QList<casework::DayFigures> rows = report->byWindow + report->byDepartment;
    rows << report->total;
    for (int row = 0; row < rows.size(); ++row) {
        QStringList expected = casework::DayReportCsv::row(QString(), QString(), rows.at(row)).mid(2);
        QStringList cells = rowText(table, row).mid(1);
        // No ticket time known: the long dash on screen, an empty field in the CSV.
        expected[6] = expected[7] = QStringLiteral("—");
        if (rows.at(row).averageWaitSeconds)
            expected[6] = QStringLiteral("%1:%2")
                              .arg(*rows.at(row).averageWaitSeconds / 60)
                              .arg(*rows.at(row).averageWaitSeconds % 60, 2, 10, QLatin1Char('0'));
        if (rows.at(row).longestWaitSeconds)
            expected[7] = QStringLiteral("%1:%2")
                              .arg(*rows.at(row).longestWaitSeconds / 60)
                              .arg(*rows.at(row).longestWaitSeconds % 60, 2, 10, QLatin1Char('0'));
        QCOMPARE(cells, expected);
    }
    // The total as worked out by hand: 3 received (the two of 王芳, the one of 李强), 1 done, 1
    // returned, 1 overdue (the back-payment due 2026-11-27), one visit with a ticket, 10 minutes;
    // ratings 非常满意 1, 不满意 1.
    QCOMPARE(rowText(table, table->rowCount() - 1).mid(2),
             QStringList({QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                          QStringLiteral("10:00"), QStringLiteral("10:00"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0"),
                          QStringLiteral("1"), QStringLiteral("0")}));
    QCOMPARE(rowText(table, 0).mid(0, 3), QStringList({QStringLiteral("Window"), QStringLiteral("李强"), QStringLiteral("1")}));

    // The chart: a bar per department and figure; then the ratings by level.
    QChart *chart = page.chartView()->chart();
    QCOMPARE(chart->series().size(), 1);
    auto *series = qobject_cast<QBarSeries *>(chart->series().first());
    QVERIFY(series);
    QCOMPARE(series->barSets().size(), 4);
    for (int d = 0; d < report->byDepartment.size(); ++d) {
        const casework::DayFigures &f = report->byDepartment.at(d);
        QCOMPARE(series->barSets().at(0)->at(d), double(f.received));
        QCOMPARE(series->barSets().at(1)->at(d), double(f.done));
        QCOMPARE(series->barSets().at(2)->at(d), double(f.returned));
        QCOMPARE(series->barSets().at(3)->at(d), double(f.overdue));
    }
    QCOMPARE(series->barSets().at(0)->count(), int(report->byDepartment.size()));
    page.setChartRows(ui::DayWorkPage::RatingsByLevel);
    series = qobject_cast<QBarSeries *>(chart->series().first());
    QCOMPARE(series->barSets().size(), 1);
    QCOMPARE(series->barSets().first()->count(), 5);
    QCOMPARE(series->barSets().first()->at(0), 1.0); // 非常满意
    QCOMPARE(series->barSets().first()->at(3), 1.0); // 不满意
    QCOMPARE(series->barSets().first()->sum(), 2.0);

    // The CSV: written off the UI thread, the service's file byte for byte.
    const QString path = m_dir.filePath(QStringLiteral("day.csv"));
    QSignalSpy written(&page, &ui::DayWorkPage::csvWritten);
    page.exportCsvTo(path);
    QVERIFY(written.wait(timeoutMs));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, services::DayReportService::csv(*report));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(QStringLiteral("2026-12-02,Total,Total,3,1,1,1,1,600,600,1,0,0,1,0\r\n").toUtf8()));
    // Issue 12: the export is in the audit log, by the clerk who made it.
    const auto exported = m_context->store()
                              .read<int>([](QSqlDatabase db) -> Result<int> {
                                  QSqlQuery q(db);
                                  if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_record WHERE action = 'export' "
                                                             "AND object = 'day-work-csv' AND outcome = 'ok' AND clerk = '王芳'"))
                                      || !q.next())
                                      return Error::storage(q.lastError().text());
                                  return q.value(0).toInt();
                              })
                              .result();
    QVERIFY(exported.ok());
    QCOMPARE(*exported, 1);
    // A folder that is not there: said, nothing written.
    QSignalSpy failed(&page, &ui::DayWorkPage::csvFailed);
    page.exportCsvTo(m_dir.filePath(QStringLiteral("no/such/folder/day.csv")));
    QVERIFY(failed.wait(timeoutMs));
    QVERIFY(child<QLabel>(&page, QStringLiteral("dayWorkStatus"))->text().contains(QStringLiteral("no/such/folder")));
}

void TestDayWorkPage::anotherDateTyped()
{
    ui::DayWorkPage page(m_context->context());
    QSignalSpy shown(&page, &ui::DayWorkPage::reportShown);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    // The first report may come while the window is being activated.
    QVERIFY(!shown.isEmpty() || shown.wait(timeoutMs));
    // The date typed over the one shown (after Ctrl+A), Enter.
    auto *date = child<ui::DateEdit>(&page, QStringLiteral("dayWorkDateField"));
    date->setFocus(Qt::TabFocusReason);
    shown.clear();
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date, QStringLiteral("2026-11-20"));
    QTest::keyClick(date, Qt::Key_Return);
    QVERIFY(shown.wait(timeoutMs));
    QVERIFY(page.report().has_value());
    QCOMPARE(page.report()->date, QDate(2026, 11, 20));
    auto *table = child<QTableWidget>(&page, QStringLiteral("dayWorkTable"));
    // 李强's back-payment, received that day.
    QCOMPARE(rowText(table, table->rowCount() - 1).at(2), QStringLiteral("1"));
    QCOMPARE(rowText(table, 0).at(1), QStringLiteral("李强"));
    // A date after today is refused: the field keeps the one shown.
    shown.clear();
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date, QStringLiteral("2026-12-05"));
    QTest::keyClick(date, Qt::Key_Return);
    QCOMPARE(date->date(), QDate(2026, 11, 20));
}

QTEST_MAIN(TestDayWorkPage)
#include "testdayworkpage.moc"
