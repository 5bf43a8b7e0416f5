// ParameterSet: the shipped data loads, every figure carries a source, a missing figure is an
// error naming it, and malformed data is refused with its file and JSON path.

#include "policy/parameterset.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

class TestParameterSet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_parameters = test::shippedParameters(); }

    void shipsBeijingAndJiangsuAtLeast()
    {
        QVERIFY(m_parameters->region(QStringLiteral("110000")).ok());
        QVERIFY(m_parameters->region(QStringLiteral("320000")).ok());
        QCOMPARE((*m_parameters->region(QStringLiteral("320829")))->code, QStringLiteral("320000")); // a county resolves to its province
        const auto unknown = m_parameters->region(QStringLiteral("990000"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(u"110000"));
    }

    void payoutTableAndDisputedAge47()
    {
        QCOMPARE(m_parameters->payoutMonthsForAge(60)->value, Rational(139));
        QCOMPARE(m_parameters->payoutMonthsForAge(50)->value, Rational(195));
        QCOMPARE(m_parameters->payoutMonthsForAge(70)->value, Rational(56));
        const auto age47 = m_parameters->payoutMonthsForAge(47);
        QCOMPARE(age47->value, Rational(207));
        QCOMPARE(age47->provenance.confidence, QStringLiteral("MEDIUM"));
        QVERIFY(age47->provenance.overridable);
        QVERIFY(age47->provenance.note.contains(u"208"));
        QVERIFY(!m_parameters->payoutMonthsForAge(71));
    }

    void contributionBaseBounds()
    {
        const auto floor = m_parameters->contributionBaseBound(QStringLiteral("floor"));
        const auto ceiling = m_parameters->contributionBaseBound(QStringLiteral("ceiling"));
        QVERIFY(floor && ceiling);
        QCOMPARE(floor->value, Rational(3, 5));
        QCOMPARE(ceiling->value, Rational(3));
        QVERIFY(floor->provenance.document.contains(u"国办发〔2019〕13号"));
        QVERIFY(!m_parameters->contributionBaseBound(QStringLiteral("middle")));
    }

    void creditingRates()
    {
        QCOMPARE(m_parameters->creditingRate(2024)->value, Rational(262, 10000));
        QCOMPARE(m_parameters->creditingRate(2016)->value, Rational(831, 10000));
        QVERIFY(!m_parameters->creditingRate(2025)); // not published: not shipped
        QCOMPARE(m_parameters->accountCreditRate(YearMonth(2005, 12))->value, Rational(11, 100));
        QCOMPARE(m_parameters->accountCreditRate(YearMonth(2006, 1))->value, Rational(8, 100));
    }

    void calculationBasesAndMissingFigures()
    {
        const auto *beijing = *m_parameters->region(QStringLiteral("110000"));
        QCOMPARE(beijing->calculationBaseFor(YearMonth(2024, 3))->value, Rational(11883));
        QCOMPARE(beijing->calculationBaseFor(YearMonth(2025, 12))->value, Rational(12049));
        QCOMPARE(beijing->calculationBaseFor(YearMonth(2024, 3))->provenance.document, QStringLiteral("京人社发〔2024〕16号"));
        const auto missing = beijing->calculationBaseFor(YearMonth(2030, 1));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::MissingFigure);
        QVERIFY(missing.error().message.contains(u"2030-01"));

        // Contributions of 2025 divide by the 2024 statistic-year wage (上年度).
        QCOMPARE(beijing->averageWageFor(2025)->value, Rational(11937));
        QCOMPARE(beijing->averageWageFor(1992)->value, Rational(240)); // 1991: 2877 a year
        const auto before = beijing->averageWageFor(1991);
        QVERIFY(!before.ok());
        QCOMPARE(before.error().field, QStringLiteral("average_wage.1990"));
    }

    void everyFigureNamesADocument()
    {
        for (const auto *region : m_parameters->regions()) {
            for (const auto &base : region->calculationBases)
                QVERIFY2(!base.figure.provenance.document.isEmpty(), qPrintable(region->code));
            for (const auto &wage : region->averageWages)
                QVERIFY2(!wage.provenance.document.isEmpty(), qPrintable(region->code));
            QVERIFY(!region->pension.transitionalCoefficient.provenance.document.isEmpty());
        }
    }

    void malformedDataIsRefusedWithItsPath_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown source") << "\"source\": \"JRSF-2024-16\""
                                        << "\"source\": \"NO-SUCH\""
                                        << "calculation_base[4].source";
        QTest::newRow("bad confidence") << "\"confidence\": \"HIGH\""
                                        << "\"confidence\": \"SURE\""
                                        << "calculation_base[4].confidence";
        QTest::newRow("bad month") << "\"from\": \"2024-01\""
                                   << "\"from\": \"2024-1\""
                                   << "calculation_base[4].from";
        QTest::newRow("bad edition") << "\"edition\": \"2026-11-29\""
                                     << "\"edition\": \"last week\""
                                     << "edition";
        QTest::newRow("unknown years rule") << "\"value\": \"2dp\""
                                            << "\"value\": \"ceil-3dp\""
                                            << "pension.years_rounding.value";
        QTest::newRow("unknown deemed-part index") << "\"value\": \"1.0\""
                                                   << "\"value\": \"half-plus-index\""
                                                   << "pension.transitional.deemed_part_index.value";
        QTest::newRow("a city of another province") << "\"average_wage_convention\": {"
                                                    << "\"cities\": {\"310100\": {\"name\": \"上海市\"}}, \"average_wage_convention\": {"
                                                    << "cities.310100";
        QTest::newRow("a provisional window of no months")
            << "\"average_wage_convention\": {"
            << "\"calculation_base_provisional\": {\"months\": 0, \"source\": \"GF-2005-38\", \"confidence\": \"LOW\"}, "
               "\"average_wage_convention\": {"
            << "calculation_base_provisional.months";
        QTest::newRow("an add-on of an unknown kind")
            << "\"years_rounding\": {"
            << "\"supplements\": [{\"id\": \"x\", \"label\": \"x\", \"kind\": \"guess\", \"source\": \"GF-2005-38\", "
               "\"confidence\": \"LOW\"}], \"years_rounding\": {"
            << "pension.supplements[0].kind";
        QTest::newRow("an add-on without its rate")
            << "\"years_rounding\": {"
            << "\"supplements\": [{\"id\": \"x\", \"label\": \"x\", \"kind\": \"share-of-components\", \"components\": "
               "[\"basic_pension\"], \"source\": \"GF-2005-38\", \"confidence\": \"LOW\"}], \"years_rounding\": {"
            << "pension.supplements[0].rate";
        QTest::newRow("a Chinese note that is not a text") << "\"note\": \"Z同 = 1"
                                                           << "\"note_zh\": 5, \"note\": \"Z同 = 1"
                                                           << "pension.deemed_index.note_zh";
    }
    void malformedDataIsRefusedWithItsPath()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, path);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("regions")));
        QVERIFY(QFile::copy(QStringLiteral(":/parameters/national.json"), dir.filePath(QStringLiteral("national.json"))));
        QFile source(QStringLiteral(":/parameters/regions/110000.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(source.readAll());
        const qsizetype at = text.indexOf(from);
        QVERIFY(at >= 0);
        text.replace(at, from.size(), to);
        QFile target(dir.filePath(QStringLiteral("regions/110000.json")));
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(text.toUtf8());
        target.close();
        const auto loaded = policy::ParameterSet::loadFromDirectory(dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().field.endsWith(u"110000.json:" + path), qPrintable(loaded.error().field));
    }

    // A snapshot compares versions to know whether figures changed: a one-byte change in a
    // region's file changes that region's digest and nothing else.
    void versionsChangeWithTheBytes()
    {
        const auto shipped = m_parameters->versionsFor(QStringLiteral("110105"));
        QCOMPARE(shipped.size(), 2);
        QCOMPARE(shipped.at(0).file, QStringLiteral("national.json"));
        QCOMPARE(shipped.at(1).file, QStringLiteral("regions/110000.json"));
        QCOMPARE(shipped.at(1).digest.size(), 16);
        QVERIFY(!shipped.at(1).edition.isEmpty());
        QVERIFY(m_parameters->versionsFor(QStringLiteral("990000")).isEmpty());

        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("regions")));
        QVERIFY(QFile::copy(QStringLiteral(":/parameters/national.json"), dir.filePath(QStringLiteral("national.json"))));
        QVERIFY(QFile::copy(QStringLiteral(":/parameters/regions/310000.json"), dir.filePath(QStringLiteral("regions/310000.json"))));
        QFile source(QStringLiteral(":/parameters/regions/110000.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes.replace("\"value\": 11883", "\"value\": 11884");
        QFile target(dir.filePath(QStringLiteral("regions/110000.json")));
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(bytes);
        target.close();
        const auto changed = policy::ParameterSet::loadFromDirectory(dir.path());
        QVERIFY(changed.ok());
        QCOMPARE((*changed)->versionsFor(QStringLiteral("110000")).at(0), shipped.at(0));
        QVERIFY((*changed)->versionsFor(QStringLiteral("110000")).at(1).digest != shipped.at(1).digest);
        QCOMPARE((*changed)->versionsFor(QStringLiteral("310000")), m_parameters->versionsFor(QStringLiteral("310000")));
    }

    // Every province of the scheme ships a rule set; one whose file is missing (Henan left out of a
    // copy) has the national formula alone, under its name; a code that is no such province has
    // nothing.
    void nationalRulesWhereNoRuleSetIsShipped()
    {
        const auto shipped = m_parameters->rulesFor(QStringLiteral("410105"));
        QVERIFY(shipped.ok());
        QVERIFY((*shipped)->hasRuleSet);
        QCOMPARE((*shipped)->code, QStringLiteral("410000"));
        const auto withoutHenan = test::shippedParametersWithout(QStringLiteral("410000"));
        const auto henan = withoutHenan->rulesFor(QStringLiteral("410105"));
        QVERIFY(henan.ok());
        QVERIFY(!(*henan)->hasRuleSet);
        QCOMPARE((*henan)->code, QStringLiteral("410000"));
        QCOMPARE((*henan)->name, QStringLiteral("河南省"));
        QVERIFY((*henan)->calculationBases.isEmpty());
        QCOMPARE((*henan)->pension.yearsRounding.value, QStringLiteral("exact"));
        QCOMPARE((*henan)->pension.yearsRounding.provenance.document.left(11), QStringLiteral("国发〔2005〕38号"));
        QVERIFY(!withoutHenan->region(QStringLiteral("410105")).ok()); // region() stays the shipped rule sets
        QVERIFY((*withoutHenan->rulesFor(QStringLiteral("110105")))->hasRuleSet);
        for (const QString &code : {QStringLiteral("710000"), QStringLiteral("810000"), QStringLiteral("990000"), QStringLiteral("41")})
            QVERIFY2(!m_parameters->rulesFor(code).ok(), qPrintable(code));
    }

    // Chinese texts of a figure (note_zh, conflict_zh) are read beside the English ones; the
    // caveat a line shows follows the language of the screen.
    void chineseTextsOfTheData()
    {
        const auto *jilin = *m_parameters->region(QStringLiteral("220000"));
        const policy::Provenance &payout = jilin->pension.payoutMonthsRule.provenance;
        QVERIFY(!payout.conflict.isEmpty());
        QVERIFY(!payout.conflictZh.isEmpty());
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString zh = payout.caveat();
        QLocale::setDefault(QLocale(QLocale::English));
        const QString en = payout.caveat();
        QLocale::setDefault(QLocale::system());
        QCOMPARE(zh, payout.conflictZh);
        QCOMPARE(en, payout.conflict);
        // Without a Chinese text the English one shows on a Chinese screen too.
        const policy::Provenance &index = jilin->pension.deemedIndex.provenance;
        QVERIFY(index.noteZh.isEmpty());
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(index.localizedNote(), index.note);
        QLocale::setDefault(QLocale::system());
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

QTEST_GUILESS_MAIN(TestParameterSet)
#include "testparameterset.moc"
