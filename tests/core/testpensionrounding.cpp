// PensionRounding: each named rule of the years, the amounts and the total, one row per case
// seen on a sheet (the source is in the row's name).

#include "pension/pensionrounding.h"

#include <QTest>

using namespace tongban;
using namespace Qt::Literals::StringLiterals;

class TestPensionRounding : public QObject
{
    Q_OBJECT

private slots:
    void years_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact, 25 y 4 m (Jiangsu)") << 304 << u"exact"_s << u"25.3333"_s;
        QTest::newRow("2dp, 21 y 7 m (Shanghai)") << 259 << u"2dp"_s << u"21.58"_s;
        QTest::newRow("ceil-0.1, 42 y 5 m (Anhui)") << 509 << u"ceil-0.1"_s << u"42.5"_s;
        // Fujian: 1–6 months over a whole year count as half a year, 7–11 as a whole one.
        QTest::newRow("ceil-0.5, 41 y 4 m (南平 2025)") << 496 << u"ceil-0.5"_s << u"41.5"_s;
        QTest::newRow("ceil-0.5, 12 y 4 m (尤溪 2024)") << 148 << u"ceil-0.5"_s << u"12.5"_s;
        QTest::newRow("ceil-0.5, 41 y 0 m stays") << 492 << u"ceil-0.5"_s << u"41"_s;
        QTest::newRow("ceil-0.5, 11 y 6 m stays half") << 138 << u"ceil-0.5"_s << u"11.5"_s;
        QTest::newRow("ceil-0.5, 11 y 7 m → 12") << 139 << u"ceil-0.5"_s << u"12"_s;
        QTest::newRow("ceil-0.5, 1 month → 0.5") << 1 << u"ceil-0.5"_s << u"0.5"_s;
        // Guangxi: up to 0.01 year (桂林 2026 prints 21.59 for 259 months).
        QTest::newRow("ceil-2dp, 21 y 7 m (桂林 2026)") << 259 << u"ceil-2dp"_s << u"21.59"_s;
        QTest::newRow("ceil-2dp, 29 y 8 m (南宁 2025)") << 356 << u"ceil-2dp"_s << u"29.67"_s;
        QTest::newRow("ceil-2dp, whole quarters stay") << 507 << u"ceil-2dp"_s << u"42.25"_s;
        QTest::newRow("ceil-2dp, 1 month → 0.09") << 1 << u"ceil-2dp"_s << u"0.09"_s;
    }

    void years()
    {
        QFETCH(int, months);
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        QVERIFY(pension::PensionRounding::isYearsRule(rule));
        QCOMPARE(pension::PensionRounding::yearsText(pension::PensionRounding::years(Rational(months, 12), rule)), expected);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("exact");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fen") << u"1770.7132"_s << u"fen"_s << u"1770.71"_s;
        QTest::newRow("jiao (Shanghai)") << u"1770.7132"_s << u"jiao"_s << u"1770.70"_s;
        QTest::newRow("ceil-jiao") << u"498.2062"_s << u"ceil-jiao"_s << u"498.30"_s;
        // Guangxi's 见分进角 acts on the amount cut to the fen: digits below the fen do not count.
        QTest::newRow("trunc-fen-then-ceil-jiao, 南宁 account 97150.21 / 195")
            << u"498.2062"_s << u"trunc-fen-then-ceil-jiao"_s << u"498.20"_s;
        QTest::newRow("trunc-fen-then-ceil-jiao, 柳州 basic") << u"2410.785634"_s << u"trunc-fen-then-ceil-jiao"_s << u"2410.80"_s;
        QTest::newRow("trunc-fen-then-ceil-jiao, 柳州 account") << u"483.327626"_s << u"trunc-fen-then-ceil-jiao"_s << u"483.40"_s;
        QTest::newRow("trunc-fen-then-ceil-jiao, a whole jiao stays") << u"72.9"_s << u"trunc-fen-then-ceil-jiao"_s << u"72.90"_s;
    }

    void amounts()
    {
        QFETCH(QString, exact);
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        QVERIFY(pension::PensionRounding::isAmountRule(rule));
        QCOMPARE(pension::PensionRounding::amount(*Rational::fromDecimalString(exact), rule).toPlainString(), expected);
    }

    void totals_data()
    {
        QTest::addColumn<qint64>("sumFen");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sum") << qint64(275889) << u"sum"_s << u"2758.89"_s;
        QTest::newRow("ceil-jiao (Zhejiang 6242.07)") << qint64(624207) << u"ceil-jiao"_s << u"6242.10"_s;
        QTest::newRow("round-yuan (沈阳 2025: 2758.89 → 2759)") << qint64(275889) << u"round-yuan"_s << u"2759.00"_s;
        QTest::newRow("round-yuan (沈阳 2024: 6984.93 → 6985)") << qint64(698493) << u"round-yuan"_s << u"6985.00"_s;
        QTest::newRow("round-yuan, half a yuan up") << qint64(100050) << u"round-yuan"_s << u"1001.00"_s;
        QTest::newRow("round-yuan, below half down") << qint64(100049) << u"round-yuan"_s << u"1000.00"_s;
    }

    void totals()
    {
        QFETCH(qint64, sumFen);
        QFETCH(QString, rule);
        QFETCH(QString, expected);
        QVERIFY(pension::PensionRounding::isTotalRule(rule));
        QCOMPARE(pension::PensionRounding::total(Money::fromFen(sumFen), rule).toPlainString(), expected);
    }

    void unknownNamesAreNotRules()
    {
        QVERIFY(!pension::PensionRounding::isYearsRule(u"3dp"_s));
        QVERIFY(!pension::PensionRounding::isAmountRule(u"yuan"_s));
        QVERIFY(!pension::PensionRounding::isTotalRule(u"fen"_s));
        // Every rule a message offers is a rule.
        for (const QString &name : pension::PensionRounding::yearsRuleNames().split(u", "_s))
            QVERIFY2(pension::PensionRounding::isYearsRule(name), qPrintable(name));
        for (const QString &name : pension::PensionRounding::amountRuleNames().split(u", "_s))
            QVERIFY2(pension::PensionRounding::isAmountRule(name), qPrintable(name));
        for (const QString &name : pension::PensionRounding::totalRuleNames().split(u", "_s))
            QVERIFY2(pension::PensionRounding::isTotalRule(name), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestPensionRounding)
#include "testpensionrounding.moc"
