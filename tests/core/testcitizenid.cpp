// Tests of tongban::identity::CitizenId (GB 11643-1999; vectors from policy-facts.md §10).

#include "identity/bankaccountnumber.h"
#include "identity/citizenid.h"

#include <QTest>

using tongban::identity::CitizenId;
using tongban::insured::Sex;

class TestCitizenId : public QObject
{
    Q_OBJECT

private:
    const QDate m_today {2026, 1, 15};

private slots:
    void bankAccountNumbersAreMaskedLikeCardNumbers()
    {
        using tongban::identity::BankAccountNumber;
        QCOMPARE(BankAccountNumber::mask(QStringLiteral("6222021234567890123")), QStringLiteral("622202*********0123"));
        QCOMPARE(BankAccountNumber::mask(QStringLiteral("6222 0212 3456 7890")), QStringLiteral("622202******7890"));
        QCOMPARE(BankAccountNumber::mask(QStringLiteral("12345678901")), QStringLiteral("123456*8901"));
        QCOMPARE(BankAccountNumber::mask(QStringLiteral("1234567890")), QStringLiteral("**********"));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("reason"); // a part of the English reason

        // GB 11643-1999's own example.
        QTest::newRow("standard example X") << QStringLiteral("11010519491231002X") << true << QStringLiteral("11010519491231002X")
                                            << QDate(1949, 12, 31) << QStringLiteral("female") << QString();
        QTest::newRow("lower-case x normalized") << QStringLiteral("11010519491231002x") << true << QStringLiteral("11010519491231002X")
                                                 << QDate(1949, 12, 31) << QStringLiteral("female") << QString();
        QTest::newRow("white space trimmed") << QStringLiteral("  11010519491231002X\n") << true << QStringLiteral("11010519491231002X")
                                             << QDate(1949, 12, 31) << QStringLiteral("female") << QString();
        QTest::newRow("born 1880, check 4") << QStringLiteral("440524188001010014") << true << QStringLiteral("440524188001010014")
                                            << QDate(1880, 1, 1) << QStringLiteral("male") << QString();
        QTest::newRow("sndnvaps vector") << QStringLiteral("34052419800101001X") << true << QStringLiteral("34052419800101001X")
                                         << QDate(1980, 1, 1) << QStringLiteral("male") << QString();
        QTest::newRow("sum 211 -> X (not 3)") << QStringLiteral("31010819840330008X") << true << QStringLiteral("31010819840330008X")
                                              << QDate(1984, 3, 30) << QStringLiteral("female") << QString();
        QTest::newRow("15-digit legacy, check 3") << QStringLiteral("370986890623212") << true << QStringLiteral("370986198906232123")
                                                  << QDate(1989, 6, 23) << QStringLiteral("female") << QString();
        QTest::newRow("15-digit legacy, check X") << QStringLiteral("370725881105149") << true << QStringLiteral("37072519881105149X")
                                                  << QDate(1988, 11, 5) << QStringLiteral("male") << QString();

        QTest::newRow("wrong check character") << QStringLiteral("110105194912310021") << false << QString() << QDate(1949, 12, 31)
                                               << QStringLiteral("female") << QStringLiteral("wrong check character: expected X, got 1");
        QTest::newRow("X where a digit is due")
            << QStringLiteral("31010819840330008X").replace(17, 1, u'3') << false << QString() << QDate(1984, 3, 30)
            << QStringLiteral("female") << QStringLiteral("wrong check character: expected X, got 3");
        QTest::newRow("8 characters") << QStringLiteral("19990230") << false << QString() << QDate() << QString()
                                      << QStringLiteral("18 characters (or 15 digits in the old form); this one has 8");
        QTest::newRow("17 characters") << QStringLiteral("11010519491231002") << false << QString() << QDate() << QString()
                                       << QStringLiteral("this one has 17");
        QTest::newRow("19 characters") << QStringLiteral("11010519491231002X1") << false << QString() << QDate() << QString()
                                       << QStringLiteral("this one has 19");
        QTest::newRow("empty") << QString() << false << QString() << QDate() << QString() << QStringLiteral("this one has 0");
        QTest::newRow("1999-02-30") << QStringLiteral("110105199902300021") << false << QString() << QDate() << QString()
                                    << QStringLiteral("the birth date 1999-02-30 does not exist");
        QTest::newRow("month 13") << QStringLiteral("110105199913010021") << false << QString() << QDate() << QString()
                                  << QStringLiteral("the birth date 1999-13-01 does not exist");
        QTest::newRow("legacy 990230") << QStringLiteral("110105990230002") << false << QString() << QDate() << QString()
                                       << QStringLiteral("the birth date 1999-02-30 does not exist");
        QTest::newRow("born in the future") << CitizenId::make(QStringLiteral("110105"), QDate(2026, 2, 1), 1) << false << QString()
                                            << QDate() << QString() << QStringLiteral("2026-02-01 is in the future");
        QTest::newRow("born before 1880") << QStringLiteral("110105187912310010") << false << QString() << QDate() << QString()
                                          << QStringLiteral("before 1880");
        QTest::newRow("letter at position 7") << QStringLiteral("110105A94912310021") << false << QString() << QDate() << QString()
                                              << QStringLiteral("\"A\" at position 7 is not a digit");
        QTest::newRow("X inside the number") << QStringLiteral("1101051949123100X2") << false << QString() << QDate() << QString()
                                             << QStringLiteral("\"X\" at position 17 is not a digit");
        QTest::newRow("letter at the end") << QStringLiteral("11010519491231002Y") << false << QString() << QDate() << QString()
                                           << QStringLiteral("must be a digit or X, not \"Y\"");
        QTest::newRow("X in a 15-digit number") << QStringLiteral("37072588110514X") << false << QString() << QDate() << QString()
                                                << QStringLiteral("position 15 is not a digit");
        // As people type it (issue 16): full-width digits and X, spaces anywhere, normalised once
        // (identity::TypedCode); lengths count what is left.
        QTest::newRow("full-width digits") << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ") << true
                                           << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31) << QStringLiteral("female")
                                           << QString();
        QTest::newRow("one full-width digit, lower-case full-width x")
            << QStringLiteral("1101051949123100２ｘ") << true << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31)
            << QStringLiteral("female") << QString();
        QTest::newRow("spaces inside") << QStringLiteral("110105 19491231 002X") << true << QStringLiteral("11010519491231002X")
                                       << QDate(1949, 12, 31) << QStringLiteral("female") << QString();
        QTest::newRow("ideographic spaces inside")
            << QStringLiteral("110105\u300019491231\u3000002x") << true << QStringLiteral("11010519491231002X") << QDate(1949, 12, 31)
            << QStringLiteral("female") << QString();
        QTest::newRow("spaces not counted in the length")
            << QStringLiteral("110105 1949 1231 002") << false << QString() << QDate() << QString() << QStringLiteral("this one has 17");
        QTest::newRow("a full-width letter inside") << QStringLiteral("110105１９４９Ａ２３１００２Ｘ") << false << QString() << QDate()
                                                    << QString() << QStringLiteral("\"A\" at position 11 is not a digit");
        QTest::newRow("address code 0") << QStringLiteral("010105194912310021") << false << QString() << QDate() << QString()
                                        << QStringLiteral("address code 010105 cannot start with 0");
    }

    void validate()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QFETCH(QDate, birth);
        QFETCH(QString, sex);
        QFETCH(QString, reason);

        const CitizenId::Validation v = CitizenId::validate(input, m_today);
        QCOMPARE(v.valid, valid);
        QCOMPARE(v.normalized, normalized);
        QCOMPARE(v.birth, birth);
        QCOMPARE(v.sex ? CitizenId::sexKey(*v.sex) : QString(), sex);
        if (valid) {
            QVERIFY(v.reason.isEmpty());
            QCOMPARE(v.region, normalized.left(6));
        } else {
            QVERIFY2(v.reason.contains(reason), qPrintable(v.reason));
        }
    }

    void checkCharacter_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QChar>("check");
        QTest::newRow("X") << QStringLiteral("11010519491231002") << QChar(u'X');
        QTest::newRow("4") << QStringLiteral("44052418800101001") << QChar(u'4');
        QTest::newRow("3") << QStringLiteral("37098619890623212") << QChar(u'3');
        QTest::newRow("too short") << QStringLiteral("1101051949123100") << QChar();
        QTest::newRow("not a digit") << QStringLiteral("1101051949123100A") << QChar();
    }

    void checkCharacter()
    {
        QFETCH(QString, body);
        QFETCH(QChar, check);
        QCOMPARE(CitizenId::checkCharacter(body), check);
    }

    void mask_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("18") << QStringLiteral("11010519491231002X") << QStringLiteral("110105********002X");
        QTest::newRow("15") << QStringLiteral("370725881105149") << QStringLiteral("370725*****5149");
        QTest::newRow("11") << QStringLiteral("12345678901") << QStringLiteral("123456*8901");
        QTest::newRow("10 masked entirely") << QStringLiteral("1234567890") << QStringLiteral("**********");
        QTest::newRow("empty") << QString() << QString();
    }

    void mask()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(CitizenId::mask(input), masked);
    }

    void make_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("standard example") << QStringLiteral("110105") << QDate(1949, 12, 31) << 2 << QStringLiteral("11010519491231002X");
        QTest::newRow("1880") << QStringLiteral("440524") << QDate(1880, 1, 1) << 1 << QStringLiteral("440524188001010014");
        QTest::newRow("sequence 999") << QStringLiteral("320506") << QDate(1990, 2, 28) << 999 << QString();
        QTest::newRow("bad region") << QStringLiteral("010105") << QDate(1990, 1, 1) << 1 << QString();
        QTest::newRow("short region") << QStringLiteral("11010") << QDate(1990, 1, 1) << 1 << QString();
        QTest::newRow("bad sequence") << QStringLiteral("110105") << QDate(1990, 1, 1) << 1000 << QString();
        QTest::newRow("invalid date") << QStringLiteral("110105") << QDate() << 1 << QString();
    }

    void make()
    {
        QFETCH(QString, region);
        QFETCH(QDate, birth);
        QFETCH(int, sequence);
        QFETCH(QString, expected);
        const QString made = CitizenId::make(region, birth, sequence);
        if (!expected.isEmpty())
            QCOMPARE(made, expected);
        if (QByteArray(QTest::currentDataTag()) == "sequence 999") {
            const auto v = CitizenId::validate(made, m_today);
            QVERIFY2(v.valid, qPrintable(v.reason));
            QCOMPARE(v.sex, std::optional<Sex>(Sex::Male));
            QCOMPARE(v.birth, birth);
        } else if (expected.isEmpty()) {
            QVERIFY(made.isEmpty());
        }
    }

    void makeIsAlwaysValid()
    {
        // Every sequence and many dates: make() and validate() agree.
        for (int sequence = 0; sequence < 1000; sequence += 7) {
            const QDate birth = QDate(1955, 1, 1).addDays(sequence * 17);
            const QString id = CitizenId::make(QStringLiteral("320102"), birth, sequence);
            const auto v = CitizenId::validate(id, m_today);
            QVERIFY2(v.valid, qPrintable(id + u' ' + v.reason));
            QCOMPARE(v.sex, std::optional<Sex>(sequence % 2 ? Sex::Male : Sex::Female));
        }
    }
};

QTEST_GUILESS_MAIN(TestCitizenId)
#include "testcitizenid.moc"
