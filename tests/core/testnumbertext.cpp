// NumberText: the one formatter of the figures in core's formula texts (issue 16) groups the
// whole part by thousands, as Money::toDisplayString does, and leaves what is no number alone.

#include "common/numbertext.h"

#include <QTest>

using namespace tongban;

class TestNumberText : public QObject
{
    Q_OBJECT

private slots:
    void grouped_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("grouped");
        QTest::newRow("below a thousand") << QStringLiteral("999.99") << QStringLiteral("999.99");
        QTest::newRow("a thousand") << QStringLiteral("1000.00") << QStringLiteral("1,000.00");
        QTest::newRow("calculation base") << QStringLiteral("12426.35") << QStringLiteral("12,426.35");
        QTest::newRow("millions, six decimals") << QStringLiteral("1234567.123456") << QStringLiteral("1,234,567.123456");
        QTest::newRow("negative") << QStringLiteral("-1234.5") << QStringLiteral("-1,234.5");
        QTest::newRow("whole number") << QStringLiteral("123456") << QStringLiteral("123,456");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0");
        QTest::newRow("a date is not a number") << QStringLiteral("2024-03") << QStringLiteral("2024-03");
        QTest::newRow("a percentage is not a plain number") << QStringLiteral("1000%") << QStringLiteral("1000%");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("a sign alone") << QStringLiteral("-") << QStringLiteral("-");
    }

    void grouped()
    {
        QFETCH(QString, plain);
        QFETCH(QString, grouped);
        QCOMPARE(NumberText::grouped(plain), grouped);
    }

    void amountsAndNumbers()
    {
        QCOMPARE(NumberText::amount(Money::fromFen(1242635)), QStringLiteral("12,426.35"));
        QCOMPARE(NumberText::amount(Money::fromFen(-5)), QStringLiteral("-0.05"));
        QCOMPARE(NumberText::amount(Money()), QStringLiteral("0.00"));
        QCOMPARE(NumberText::number(Rational(1242635, 100), 6), QStringLiteral("12,426.35"));
        QCOMPARE(NumberText::number(*Rational::fromDecimalString(QStringLiteral("1.234567")), 4), QStringLiteral("1.2346"));
        // The screen's amounts and the formulas' are the same text.
        for (const qint64 fen : {0LL, 99LL, 100000LL, 123456789LL, -123456789LL})
            QCOMPARE(Money::fromFen(fen).toDisplayString(), NumberText::amount(Money::fromFen(fen)));
        QCOMPARE(Money::fromFen(123456789).toDisplayString(), QStringLiteral("1,234,567.89"));
    }

    // A stored formula written before the grouping reads as the same formula (snapshots).
    void withoutGrouping()
    {
        QCOMPARE(NumberText::withoutGrouping(QStringLiteral("(12,049.00 + 1,234,567.89) ÷ 2 × 39.75 years × 1% = 4,723.49")),
                 QStringLiteral("(12049.00 + 1234567.89) ÷ 2 × 39.75 years × 1% = 4723.49"));
        QCOMPARE(NumberText::withoutGrouping(QStringLiteral("2022-04…2022-12, 12 months; 1,2345")),
                 QStringLiteral("2022-04…2022-12, 12 months; 1,2345"));
    }
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "testnumbertext.moc"
