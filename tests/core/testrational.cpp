// Rational: exact parsing, arithmetic and the three stated roundings.

#include "common/rational.h"

#include <QTest>

using tongban::Rational;
using tongban::RoundingMode;

Q_DECLARE_METATYPE(tongban::RoundingMode)

class TestRational : public QObject
{
    Q_OBJECT

private slots:
    void parsesPlainDecimals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("integer") << "8917" << true << "8917";
        QTest::newRow("index") << "0.4787" << true << "0.4787";
        QTest::newRow("negative") << "-12.50" << true << "-12.5";
        QTest::newRow("leading point") << ".5" << true << "0.5";
        QTest::newRow("exponent") << "1e3" << false << "";
        QTest::newRow("two points") << "1.2.3" << false << "";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("sign only") << "-" << false << "";
        QTest::newRow("grouping") << "1,000" << false << "";
    }
    void parsesPlainDecimals()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const auto r = Rational::fromDecimalString(text);
        QCOMPARE(r.has_value(), valid);
        if (valid)
            QCOMPARE(r->toShortString(12), normalized);
    }

    void jsonDoublesAreTakenAsWritten()
    {
        // 0.4787 is not representable in binary; the shortest round-trip text is what was written.
        QCOMPARE(*Rational::fromJsonDouble(0.4787), Rational(4787, 10000));
        QCOMPARE(*Rational::fromJsonDouble(87722.18), Rational(8772218, 100));
        QCOMPARE(*Rational::fromJsonDouble(0.1) + *Rational::fromJsonDouble(0.2), *Rational::fromJsonDouble(0.3));
        QVERIFY(!Rational::fromJsonDouble(qQNaN()));
    }

    void arithmeticIsExact()
    {
        const Rational third(1, 3);
        QCOMPARE(third + third + third, Rational(1));
        QCOMPARE(Rational(304, 12), Rational(76, 3));
        QCOMPARE((Rational(8917) * Rational(4787, 10000)).toString(4), QStringLiteral("4268.5679"));
        QVERIFY(Rational(1, 3) < Rational(34, 100));
        QCOMPARE(-Rational(5, 2), Rational(-5, 2));
    }

    void rounding_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<RoundingMode>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("half-up tie") << "2.345" << 2 << RoundingMode::HalfUp << "2.35";
        QTest::newRow("half-up below") << "2.3449" << 2 << RoundingMode::HalfUp << "2.34";
        QTest::newRow("half-up negative tie") << "-2.345" << 2 << RoundingMode::HalfUp << "-2.35";
        QTest::newRow("truncate") << "21.5899" << 2 << RoundingMode::Truncate << "21.58";
        QTest::newRow("ceiling 0.1 year") << "42.4167" << 1 << RoundingMode::Ceiling << "42.5";
        QTest::newRow("ceiling exact") << "42.5" << 1 << RoundingMode::Ceiling << "42.5";
        QTest::newRow("payout 137.25") << "137.25" << 1 << RoundingMode::HalfUp << "137.3";
    }
    void rounding()
    {
        QFETCH(QString, value);
        QFETCH(int, decimals);
        QFETCH(RoundingMode, mode);
        QFETCH(QString, expected);
        QCOMPARE(Rational::fromDecimalString(value)->rounded(decimals, mode), *Rational::fromDecimalString(expected));
    }

    void roundingOfRepeatingFractions()
    {
        QCOMPARE(Rational(259, 12).rounded(2, RoundingMode::HalfUp).toString(2), QStringLiteral("21.58"));
        QCOMPARE(Rational(17, 12).rounded(2, RoundingMode::HalfUp).toString(2), QStringLiteral("1.42"));
        QCOMPARE(Rational(2, 3).toString(4), QStringLiteral("0.6667"));
    }
};

QTEST_GUILESS_MAIN(TestRational)
#include "testrational.moc"
