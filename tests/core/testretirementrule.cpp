// RetirementRule: every anchor row of the reform table (policy-facts §4) and the boundaries of
// flexible retirement and of the minimum contribution period.

#include "policy/parameterset.h"
#include "retirement/retirementrule.h"

#include "testsupport.h"

#include <QTest>

using namespace tongban;
using insured::RetirementGroup;

Q_DECLARE_METATYPE(tongban::insured::RetirementGroup)

class TestRetirementRule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_parameters = test::shippedParameters(); }

    void anchors_data()
    {
        QTest::addColumn<RetirementGroup>("group");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<int>("delay");
        QTest::addColumn<int>("ageYears");
        QTest::addColumn<int>("ageMonths");
        QTest::addColumn<QString>("retires");
        const auto M = RetirementGroup::Male;
        const auto F55 = RetirementGroup::Female55;
        const auto F50 = RetirementGroup::Female50;
        QTest::newRow("men 1964-12") << M << "1964-12" << 0 << 60 << 0 << "2024-12";
        QTest::newRow("men 1965-01") << M << "1965-01" << 1 << 60 << 1 << "2025-02";
        QTest::newRow("men 1965-04") << M << "1965-04" << 1 << 60 << 1 << "2025-05";
        QTest::newRow("men 1965-05") << M << "1965-05" << 2 << 60 << 2 << "2025-07";
        QTest::newRow("men 1965-09") << M << "1965-09" << 3 << 60 << 3 << "2025-12";
        QTest::newRow("men 1970-01") << M << "1970-01" << 16 << 61 << 4 << "2031-05";
        QTest::newRow("men 1976-08") << M << "1976-08" << 35 << 62 << 11 << "2039-07";
        QTest::newRow("men 1976-09") << M << "1976-09" << 36 << 63 << 0 << "2039-09";
        QTest::newRow("men 1986-01 capped") << M << "1986-01" << 36 << 63 << 0 << "2049-01";
        QTest::newRow("women-55 1970-01") << F55 << "1970-01" << 1 << 55 << 1 << "2025-02";
        QTest::newRow("women-55 1975-01") << F55 << "1975-01" << 16 << 56 << 4 << "2031-05";
        QTest::newRow("women-55 1981-09") << F55 << "1981-09" << 36 << 58 << 0 << "2039-09";
        QTest::newRow("women-55 1969-12") << F55 << "1969-12" << 0 << 55 << 0 << "2024-12";
        QTest::newRow("women-50 1975-01") << F50 << "1975-01" << 1 << 50 << 1 << "2025-02";
        QTest::newRow("women-50 1975-03") << F50 << "1975-03" << 2 << 50 << 2 << "2025-05";
        QTest::newRow("women-50 1975-12") << F50 << "1975-12" << 6 << 50 << 6 << "2026-06";
        QTest::newRow("women-50 1984-10") << F50 << "1984-10" << 59 << 54 << 11 << "2039-09";
        QTest::newRow("women-50 1984-11") << F50 << "1984-11" << 60 << 55 << 0 << "2039-11";
        QTest::newRow("women-50 1974-12") << F50 << "1974-12" << 0 << 50 << 0 << "2024-12";
    }
    void anchors()
    {
        QFETCH(RetirementGroup, group);
        QFETCH(QString, birth);
        QFETCH(int, delay);
        QFETCH(int, ageYears);
        QFETCH(int, ageMonths);
        QFETCH(QString, retires);
        const auto s = retirement::RetirementRule::statutory(*YearMonth::parse(birth), group, *m_parameters);
        QVERIFY(s.ok());
        QCOMPARE(s->delayMonths, delay);
        QCOMPARE(s->statutoryAge.years, ageYears);
        QCOMPARE(s->statutoryAge.months, ageMonths);
        QCOMPARE(s->statutoryRetirement.toString(), retires);
    }

    void noManReachesStatutoryAgeInJune2025()
    {
        for (int m = 1; m <= 12; ++m) {
            const auto s = retirement::RetirementRule::statutory(YearMonth(1965, m), RetirementGroup::Male, *m_parameters);
            QVERIFY(s->statutoryRetirement != YearMonth(2025, 6));
        }
    }

    void minimumContribution_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("months");
        QTest::newRow("2029") << 2029 << 180;
        QTest::newRow("2030") << 2030 << 186;
        QTest::newRow("2034") << 2034 << 210;
        QTest::newRow("2038") << 2038 << 234;
        QTest::newRow("2039") << 2039 << 240;
        QTest::newRow("2050") << 2050 << 240;
    }
    void minimumContribution()
    {
        QFETCH(int, year);
        QFETCH(int, months);
        QCOMPARE(m_parameters->minimumContributionMonths(year), months);
    }

    void flexibleRetirement()
    {
        // Man born 1970-01: statutory 2031-05 at 61y4m; never below 60 (2030-01), at most 36 late.
        const auto s = retirement::RetirementRule::statutory(YearMonth(1970, 1), RetirementGroup::Male, *m_parameters);
        QCOMPARE(s->earliestFlexibleRetirement.toString(), QStringLiteral("2030-01"));
        QCOMPARE(s->latestFlexibleRetirement.toString(), QStringLiteral("2034-05"));
        const auto early = retirement::RetirementRule::chosen(*s, 16, 0, 300, *m_parameters);
        QVERIFY(early.ok());
        QCOMPARE(early->toString(), QStringLiteral("2030-01"));
        const auto tooEarly = retirement::RetirementRule::chosen(*s, 17, 0, 300, *m_parameters);
        QVERIFY(!tooEarly.ok());
        QCOMPARE(tooEarly.error().field, QStringLiteral("--early-months"));
        // The minimum is that of the year the statutory age is reached (2031: 192 months), even
        // for a start in 2030, whose own minimum would be 186.
        const auto short_ = retirement::RetirementRule::chosen(*s, 10, 0, 191, *m_parameters);
        QVERIFY(!short_.ok());
        QVERIFY2(short_.error().message.contains(u"192"), qPrintable(short_.error().message));
        QVERIFY(retirement::RetirementRule::chosen(*s, 10, 0, 192, *m_parameters).ok());
        QVERIFY(retirement::RetirementRule::chosen(*s, 0, 36, std::nullopt, *m_parameters).ok());
        QCOMPARE(retirement::RetirementRule::chosen(*s, 0, 37, std::nullopt, *m_parameters).error().field, QStringLiteral("--late-months"));
        // Fully delayed man: early retirement up to 36 months, back to 60.
        const auto full = retirement::RetirementRule::statutory(YearMonth(1980, 1), RetirementGroup::Male, *m_parameters);
        QCOMPARE(retirement::RetirementRule::chosen(*full, 36, 0, 240, *m_parameters)->toString(), QStringLiteral("2040-01"));
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

QTEST_GUILESS_MAIN(TestRetirementRule)
#include "testretirementrule.moc"
