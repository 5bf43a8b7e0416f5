// Tests of tongban::identity::Uscc (GB 32100-2015 unified social credit code).

#include "identity/uscc.h"

#include <QTest>

using tongban::identity::Uscc;

class TestUscc : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("reason"); // empty when valid, else a part of the English reason
        // The example printed in many explanations of GB 32100-2015.
        QTest::newRow("known valid") << QStringLiteral("91350100M000100Y43") << QString();
        QTest::newRow("lower case accepted") << QStringLiteral("91350100m000100y43") << QString();
        // As people type it (issue 16): full-width characters and spaces, normalised once
        // (identity::TypedCode); lengths and positions count what is left.
        QTest::newRow("full-width") << QStringLiteral("９１３５０１００Ｍ０００１００Ｙ４３") << QString();
        QTest::newRow("spaces inside") << QStringLiteral(" 9135 0100 m000 100y 43 ") << QString();
        QTest::newRow("spaces not counted in the length") << QStringLiteral("9135 0100 M000 100Y 4") << QStringLiteral("this one has 17");
        QTest::newRow("wrong check") << QStringLiteral("91350100M000100Y44") << QStringLiteral("expected 3, got 4");
        QTest::newRow("17 characters") << QStringLiteral("91350100M000100Y4") << QStringLiteral("this one has 17");
        QTest::newRow("letter I not allowed") << QStringLiteral("91350100I000100Y43") << QStringLiteral("\"I\" at position 9");
        QTest::newRow("letter O not allowed") << QStringLiteral("91350100M000100O43") << QStringLiteral("\"O\" at position 16");
    }

    void validate()
    {
        QFETCH(QString, code);
        QFETCH(QString, reason);
        const QString result = Uscc::validate(code);
        if (reason.isEmpty()) {
            QVERIFY2(result.isEmpty(), qPrintable(result));
            QCOMPARE(Uscc::normalized(code), QStringLiteral("91350100M000100Y43"));
        } else {
            QVERIFY2(result.contains(reason), qPrintable(result));
            QVERIFY(Uscc::normalized(code).isEmpty());
        }
    }

    void alphabet()
    {
        QCOMPARE(Uscc::alphabet().size(), 31);
        for (const QChar c : {u'I', u'O', u'S', u'V', u'Z'})
            QVERIFY(!Uscc::alphabet().contains(c));
    }

    void makeIsValid()
    {
        for (int serial = 0; serial < 100'000'000; serial += 1'234'567) {
            const QString code = Uscc::make(QStringLiteral("110105"), serial);
            QCOMPARE(code.size(), 18);
            QVERIFY2(Uscc::validate(code).isEmpty(), qPrintable(code));
            QCOMPARE(code.mid(2, 6), QStringLiteral("110105"));
        }
        QVERIFY(Uscc::make(QStringLiteral("11010"), 1).isEmpty());
        QVERIFY(Uscc::make(QStringLiteral("110105"), -1).isEmpty());
    }

    void organisationCodeCheck()
    {
        // GB 11714-1997: 12345678 with weights 3 7 9 10 5 8 4 2 gives 201; 11 − 201 mod 11 = 8.
        QCOMPARE(Uscc::make(QStringLiteral("110105"), 12345678).mid(8, 9), QStringLiteral("123456788"));
    }
};

QTEST_GUILESS_MAIN(TestUscc)
#include "testuscc.moc"
