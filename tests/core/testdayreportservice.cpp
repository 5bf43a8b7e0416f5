// Tests of services::DayReportService on a real SQLite file through the real StoreService: the
// exact figures of one day (2026-12-02) on a small set — per window (clerk) and per department:
// received, done, returned, overdue at the end of the day, waiting time from ticket to call where
// the ticket time is known (average rounded half up), ratings by level — with visits, changes and
// ratings just after midnight left out; and the CSV (BOM, header, one row per window, department
// and the total), its header in Chinese with the program's translation.

#include "casework/dayreportcsv.h"
#include "casework/dayreportquery.h"
#include "i18n/translations.h"
#include "services/dayreportservice.h"
#include "services/ratingservice.h"
#include "storage/storeservice.h"

#include "testcontext.h"
#include "tests/core/caseworktestdata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using casework::DayFigures;
using test::beijing;

namespace {

const QDate kDay(2026, 12, 2);

/// "received done returned overdue waited average longest | r1 r2 r3 r4 r5".
QString figures(const DayFigures &f)
{
    const auto opt = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QStringLiteral("-"); };
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 | %8 %9 %10 %11 %12")
        .arg(f.received)
        .arg(f.done)
        .arg(f.returned)
        .arg(f.overdue)
        .arg(f.waitedVisits)
        .arg(opt(f.averageWaitSeconds), opt(f.longestWaitSeconds))
        .arg(f.ratings[0])
        .arg(f.ratings[1])
        .arg(f.ratings[2])
        .arg(f.ratings[3])
        .arg(f.ratings[4]);
}

} // namespace

class TestDayReportService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QDateTime m_now;
    std::unique_ptr<test::TestContext> m_context;
    std::unique_ptr<services::DayReportService> m_reports;

    /// The matter ids of the stored visit, in order.
    QStringList visit(const QString &clerk, const QDateTime &at, const QDateTime &ticket, const QList<test::VisitMatter> &matters)
    {
        test::Visit v;
        v.clerk = clerk;
        v.at = at;
        v.ticketAt = ticket;
        v.matters = matters;
        QStringList ids;
        for (const auto &m : test::storeVisit(m_context->store(), v).matters)
            ids << m.id;
        if (ids.size() != matters.size())
            qWarning("the visit was not stored");
        return ids;
    }

    void rate(services::RatingService &ratings, const QString &matter, int level, const QDateTime &at)
    {
        m_now = at;
        const auto r = ratings.rate(matter, level, QStringLiteral("keypad")).result();
        if (!r)
            qWarning("%s", qPrintable(r.error().message));
    }

private slots:
    void initTestCase()
    {
        m_now = test::fixedNow();
        m_context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("day.sqlite")), QStringLiteral("王芳"),
                                                        Clock([this] { return m_now; }));
        QVERIFY(m_context->open());
        auto reports = services::DayReportService::builtIn(m_context->context());
        QVERIFY(reports.ok());
        m_reports = std::move(reports).value();
        auto ratings = services::RatingService::builtIn(m_context->context());
        QVERIFY(ratings.ok());
        const QString wang = QStringLiteral("王芳");
        const QString li = QStringLiteral("李强");

        // Earlier days: what is still open at the end of the day counts as overdue.
        const QDate earlier(2026, 11, 20);
        const QString backPayment
            = visit(li, beijing(earlier, 9), {}, {{QStringLiteral("back-payment"), QDate(2026, 11, 27), {}, {}}}).first();
        const QString survivor
            = visit(wang, beijing(earlier, 10), {}, {{QStringLiteral("survivor-grant"), QDate(2026, 11, 30), {}, {}}}).first();
        const QString permit
            = visit(wang, beijing(earlier, 11), {}, {{QStringLiteral("residence-permit"), QDate(2026, 11, 25), {}, {}}}).first();
        const QString registration
            = visit(wang, beijing(QDate(2026, 11, 23), 9), {}, {{QStringLiteral("employment-registration"), QDate(2026, 12, 1), {}, {}}})
                  .first();
        QVERIFY(test::changeStatus(m_context->store(), survivor, QStringLiteral("done"), wang, beijing(QDate(2026, 12, 1), 16)));
        QVERIFY(test::changeStatus(m_context->store(), permit, QStringLiteral("returned"), li, beijing(kDay, 10, 30),
                                   QStringLiteral("请补交居住证明原件")));
        QVERIFY(test::changeStatus(m_context->store(), registration, QStringLiteral("done"), wang, beijing(kDay.addDays(1), 0, 5)));
        Q_UNUSED(backPayment);

        // The day: four visits, three with the hall's ticket time.
        const QStringList v1 = visit(wang, beijing(kDay, 9), beijing(kDay, 8, 40),
                                     {{QStringLiteral("retirement-application"), QDate(2026, 12, 16), {}, {}},
                                      {QStringLiteral("minimum-living-allowance"), QDate(2026, 12, 30), {}, {}}});
        const QStringList v2 = visit(wang, beijing(kDay, 9, 30), beijing(kDay, 9, 20, 1),
                                     {{QStringLiteral("medical-transfer"), QDate(2026, 12, 9), {}, {}}});
        const QStringList v3 = visit(li, beijing(kDay, 10), {}, {{QStringLiteral("eligibility-verification"), QDate(2026, 12, 2), {}, {}}});
        const QStringList v4
            = visit(li, beijing(kDay, 14), beijing(kDay, 13), {{QStringLiteral("pension-transfer"), QDate(2026, 12, 30), {}, {}}});
        QVERIFY(test::changeStatus(m_context->store(), v1.at(0), QStringLiteral("pre-reviewed"), wang, beijing(kDay, 10, 30)));
        QVERIFY(test::changeStatus(m_context->store(), v1.at(0), QStringLiteral("done"), wang, beijing(kDay, 11)));
        rate(**ratings, v1.at(0), 5, beijing(kDay, 11, 1));
        rate(**ratings, v1.at(1), 2, beijing(kDay, 9, 10));
        rate(**ratings, v2.at(0), 4, beijing(kDay, 9, 40));
        rate(**ratings, v4.at(0), 5, beijing(kDay, 14, 20));
        // Just after midnight: the next day.
        visit(wang, beijing(kDay.addDays(1), 0, 30), beijing(kDay.addDays(1), 0, 10),
              {{QStringLiteral("job-retention-refund"), {}, {}, {}}});
        rate(**ratings, v3.at(0), 1, beijing(kDay.addDays(1), 0, 1));
        m_now = test::fixedNow();
    }

    void cleanupTestCase()
    {
        m_reports.reset();
        m_context.reset();
    }

    void figuresOfTheDay()
    {
        const auto report = m_reports->report(kDay, QStringLiteral("3")).result();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->date, kDay);
        QStringList windows;
        for (const DayFigures &f : report->byWindow)
            windows << f.key + u' ' + figures(f);
        // 王芳: waits 1200 s and 599 s → 899.5 → 900 (half up); 李强: one ticket of two.
        QCOMPARE(
            windows,
            QStringList({QStringLiteral("李强 2 0 1 1 1 3600 3600 | 0 0 0 0 1"), QStringLiteral("王芳 3 1 0 1 2 900 1200 | 0 1 0 1 1")}));
        QCOMPARE(report->byWindow.at(1).label,
                 casework::DayReportQuery::tr("%1 (window %2)").arg(QStringLiteral("王芳"), QStringLiteral("3")));
        QCOMPARE(report->byWindow.at(0).label, QStringLiteral("李强"));
        QStringList departments;
        for (const DayFigures &f : report->byDepartment)
            departments << f.key + u' ' + figures(f);
        QCOMPARE(departments,
                 QStringList({QStringLiteral("social-insurance 3 1 0 1 2 2400 3600 | 0 0 0 0 2"),
                              QStringLiteral("employment 0 0 0 1 0 - - | 0 0 0 0 0"),
                              QStringLiteral("medical-insurance 1 0 0 0 1 599 599 | 0 0 0 1 0"),
                              QStringLiteral("civil-affairs 1 0 0 0 1 1200 1200 | 0 1 0 0 0"),
                              QStringLiteral("public-security 0 0 1 0 0 - - | 0 0 0 0 0")}));
        QCOMPARE(report->byDepartment.first().label, QStringLiteral("社会保险"));
        // (1200 + 599 + 3600) / 3 = 1799.67 → 1800.
        QCOMPARE(figures(report->total), QStringLiteral("5 1 1 2 3 1800 3600 | 0 1 0 1 2"));

        // The day before and the day after see their own.
        const auto before = m_reports->report(kDay.addDays(-1)).result();
        QCOMPARE(figures(before->total), QStringLiteral("0 1 0 2 0 - - | 0 0 0 0 0"));
        const auto after = m_reports->report(kDay.addDays(1)).result();
        QCOMPARE(figures(after->total), QStringLiteral("1 1 0 2 1 1200 1200 | 1 0 0 0 0"));
        QCOMPARE(m_reports->report(QDate()).result().error().field, QStringLiteral("date"));
    }

    void csv()
    {
        const auto report = m_reports->report(kDay).result();
        QVERIFY(report.ok());
        const QString path = m_dir.filePath(QStringLiteral("day.csv"));
        QVERIFY(services::DayReportService::writeCsv(*report, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 1 + 2 + 5 + 1 + 1); // header, windows, departments, total, the empty end
        QCOMPARE(lines.at(0), casework::DayReportCsv::header().join(u','));
        QCOMPARE(lines.at(2), QStringLiteral("2026-12-02,%1,王芳,3,1,0,1,2,900,1200,1,1,0,1,0").arg(casework::DayReportCsv::tr("Window")));
        QCOMPARE(lines.at(4), QStringLiteral("2026-12-02,%1,就业服务,0,0,0,1,0,,,0,0,0,0,0").arg(casework::DayReportCsv::tr("Department")));
        QCOMPARE(lines.at(8), QStringLiteral("2026-12-02,%1,%1,5,1,1,2,3,1800,3600,2,1,0,1,0").arg(casework::DayReportCsv::tr("Total")));
        QVERIFY(lines.at(9).isEmpty());
        QVERIFY(!services::DayReportService::writeCsv(*report, m_dir.filePath(QStringLiteral("no/such/dir/day.csv"))).ok());

        // With the program's translation (Chinese on the counter) the header is Chinese.
        QVERIFY(i18n::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        const QStringList header = casework::DayReportCsv::header();
        QCOMPARE(header.first(), QStringLiteral("日期"));
        QCOMPARE(header.at(3), QStringLiteral("受理"));
        QCOMPARE(header.last(), QStringLiteral("非常不满意"));
        QVERIFY(services::DayReportService::csv(*report).contains(QStringLiteral("2026-12-02,窗口,王芳,3,").toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestDayReportService)
#include "testdayreportservice.moc"
