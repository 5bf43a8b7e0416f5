// Tests of intake::WorkingDayCalendar on the shipped State Council arrangements for 2025 and
// 2026 (resources/calendar): 国庆 and its make-up days, 春节, n = 0, a year without data, and
// broken files (tests/data/calendar) refused with their path.

#include "intake/workingdaycalendar.h"

#include <QTest>

using namespace tongban;
using intake::WorkingDayCalendar;

class TestWorkingDayCalendar : public QObject
{
    Q_OBJECT

private:
    WorkingDayCalendar m_calendar;

private slots:
    void initTestCase()
    {
        auto calendar = WorkingDayCalendar::builtIn();
        QVERIFY2(calendar.ok(), qPrintable(calendar ? QString() : calendar.error().field + u' ' + calendar.error().message));
        m_calendar = std::move(calendar).value();
        QCOMPARE(m_calendar.years(), (QList<int> {2025, 2026}));
        QCOMPARE(m_calendar.year(2026)->sourceDocument, QStringLiteral("国办发明电〔2025〕7号"));
    }

    void isWorkingDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::newRow("an ordinary Wednesday") << QDate(2026, 12, 2) << true;
        QTest::newRow("an ordinary Saturday") << QDate(2026, 12, 5) << false;
        QTest::newRow("an ordinary Sunday") << QDate(2026, 12, 6) << false;
        QTest::newRow("国庆 first day, Thursday") << QDate(2026, 10, 1) << false;
        QTest::newRow("国庆 holiday Monday") << QDate(2026, 10, 5) << false;
        QTest::newRow("国庆 last day, Wednesday") << QDate(2026, 10, 7) << false;
        QTest::newRow("the day after 国庆") << QDate(2026, 10, 8) << true;
        QTest::newRow("国庆 make-up Saturday") << QDate(2026, 10, 10) << true;
        QTest::newRow("春节 make-up Saturday 2026") << QDate(2026, 2, 14) << true;
        QTest::newRow("春节 holiday Monday 2026") << QDate(2026, 2, 23) << false;
        QTest::newRow("春节 make-up Sunday 2025") << QDate(2025, 1, 26) << true;
        QTest::newRow("春节 holiday Tuesday 2025") << QDate(2025, 1, 28) << false;
        QTest::newRow("春节 make-up Saturday 2025") << QDate(2025, 2, 8) << true;
    }

    void isWorkingDay()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        const auto result = m_calendar.isWorkingDay(date);
        QVERIFY(result.ok());
        QCOMPARE(*result, working);
    }

    void addWorkingDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("due");
        QTest::newRow("n = 0 is the day itself") << QDate(2026, 12, 2) << 0 << QDate(2026, 12, 2);
        QTest::newRow("n = 0 on a holiday is the day itself") << QDate(2026, 10, 5) << 0 << QDate(2026, 10, 5);
        QTest::newRow("over a weekend") << QDate(2026, 12, 4) << 1 << QDate(2026, 12, 7);
        QTest::newRow("国庆: the day before + 1") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
        QTest::newRow("国庆: 8, 9 and the make-up Saturday 10") << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
        QTest::newRow("国庆: then Monday 12") << QDate(2026, 9, 30) << 4 << QDate(2026, 10, 12);
        // 2026-02-13 Fri; 14 Sat make-up; 15–23 春节 (23 a Monday); 24 Tue.
        QTest::newRow("春节 2026: the make-up Saturday") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
        QTest::newRow("春节 2026: over the holiday Monday") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
        // 2025-01-24 Fri; 26 Sun make-up; 27 Mon; 28 Jan–4 Feb 春节; 5 Wed.
        QTest::newRow("春节 2025") << QDate(2025, 1, 24) << 3 << QDate(2025, 2, 5);
        // 5, 6, 7 Feb; 8 Sat make-up.
        QTest::newRow("春节 2025: the make-up Saturday after") << QDate(2025, 2, 4) << 4 << QDate(2025, 2, 8);
        // 2025 into 2026: 31 Dec Wed, 1–3 Jan 元旦, 4 Jan Sun make-up.
        QTest::newRow("across the new year") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
    }

    void addWorkingDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, due);
        const auto result = m_calendar.addWorkingDays(from, days);
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(*result, due);
    }

    // A date in a year with no arrangement is an Error naming the year, not a guess.
    void yearWithoutData()
    {
        const auto day = m_calendar.isWorkingDay(QDate(2027, 1, 4));
        QVERIFY(!day.ok());
        QCOMPARE(day.error().kind, Error::Kind::MissingFigure);
        QVERIFY2(day.error().message.contains(QStringLiteral("2027")), qPrintable(day.error().message));
        // Counting from December 2026 into 2027: 2026-12-31 is the last working day known.
        QCOMPARE(*m_calendar.addWorkingDays(QDate(2026, 12, 30), 1), QDate(2026, 12, 31));
        const auto due = m_calendar.addWorkingDays(QDate(2026, 12, 30), 2);
        QVERIFY(!due.ok());
        QVERIFY(due.error().message.contains(QStringLiteral("2027")));
        const auto before = m_calendar.addWorkingDays(QDate(2024, 12, 31), 0);
        QVERIFY(!before.ok());
        QVERIFY(before.error().message.contains(QStringLiteral("2024")));
    }

    void negativeDays()
    {
        const auto due = m_calendar.addWorkingDays(QDate(2026, 12, 2), -1);
        QVERIFY(!due.ok());
        QCOMPARE(due.error().field, QStringLiteral("days"));
    }

    void brokenFile_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<QString>("field");
        QTest::newRow("holiday ending before it starts") << "broken"
                                                         << "2026.json: holidays[0].to";
        QTest::newRow("a Friday as a working weekend") << "weekday"
                                                       << "2026.json: working_weekends[0]";
        QTest::newRow("not JSON") << "notjson"
                                  << "2026.json";
    }

    // A broken calendar file is refused, naming the file and the JSON path.
    void brokenFile()
    {
        QFETCH(QString, dir);
        QFETCH(QString, field);
        const auto calendar = WorkingDayCalendar::load(QStringLiteral(TONGBAN_TEST_DATA_DIR "/calendar/") + dir);
        QVERIFY(!calendar.ok());
        QCOMPARE(calendar.error().kind, Error::Kind::BadInput);
        QCOMPARE(calendar.error().field, field);
        QVERIFY(!calendar.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWorkingDayCalendar)
#include "testworkingdaycalendar.moc"
