// Money: integer fen, strict parsing, display, conversion from exact yuan.

#include "common/money.h"

#include <QTest>

using tongban::Money;
using tongban::Rational;
using tongban::RoundingMode;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole") << "1234" << true << qint64(123400);
        QTest::newRow("one decimal") << "1234.5" << true << qint64(123450);
        QTest::newRow("two decimals") << "1234.56" << true << qint64(123456);
        QTest::newRow("grouped with sign") << "¥12,345.60" << true << qint64(1234560);
        QTest::newRow("negative") << "-0.01" << true << qint64(-1);
        QTest::newRow("three decimals refused") << "1.005" << false << qint64(0);
        QTest::newRow("letters") << "12a" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, fen);
        const auto m = Money::parse(text);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->fen(), fen);
    }

    void fromJsonDoubleIsExactOrRefused()
    {
        QCOMPARE(Money::fromJsonDouble(87722.18)->fen(), qint64(8772218));
        QCOMPARE(Money::fromJsonDouble(0.29)->fen(), qint64(29)); // 0.29 * 100 is 28.999… in binary
        QVERIFY(!Money::fromJsonDouble(1000.005));
    }

    void fromYuanNamesItsRounding()
    {
        const Rational exact = Rational(8772218, 100) / Rational(1373, 10); // 638.9088…
        QCOMPARE(Money::fromYuan(exact, RoundingMode::HalfUp).toPlainString(), QStringLiteral("638.91"));
        QCOMPARE(Money::fromYuan(exact, RoundingMode::Truncate).toPlainString(), QStringLiteral("638.90"));
        QCOMPARE(Money::fromYuan(Rational(1, 200), RoundingMode::HalfUp).fen(), qint64(1)); // half a fen rounds up
    }

    void display()
    {
        QCOMPARE(Money::fromFen(123456789).toDisplayString(), QStringLiteral("1,234,567.89"));
        QCOMPARE(Money::fromFen(-5).toDisplayString(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromFen(100).toPlainString(), QStringLiteral("1.00"));
        QCOMPARE(Money::fromFen(285687).toJsonDouble(), 2856.87);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "testmoney.moc"
