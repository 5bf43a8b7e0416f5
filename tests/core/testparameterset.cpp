// ParameterSet: the shipped data loads, every figure carries a source, a missing figure is an
// error naming it, and malformed data is refused with its file and JSON path.

#include "policy/parameterset.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace tongban;
using namespace Qt::StringLiterals;

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
        QTest::newRow("bad edition") << "\"edition\": \"2026-12-03\""
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
        QTest::newRow("a Chinese note that is not a text") << "\"note_zh\": \"Z同=1"
                                                           << "\"note_zh\": 5, \"unused\": \"Z同=1"
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
        // Without a Chinese text (a file that has none yet) the English one shows on a Chinese
        // screen too.
        policy::Provenance index = jilin->pension.deemedIndex.provenance;
        QVERIFY(!index.noteZh.isEmpty());
        index.noteZh.clear();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(index.localizedNote(), index.note);
        QCOMPARE(jilin->pension.deemedIndex.provenance.localizedNote(), jilin->pension.deemedIndex.provenance.noteZh);
        QLocale::setDefault(QLocale::system());
    }

    // Issue 15 point 4: the corrections of the shipped figures, each with the document it comes
    // from (or, where the document was not read, the conflict the data records).
    void correctedFigures_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("document");
        QTest::newRow("黑龙江 2025, 黑人社函〔2024〕548号") << u"230100"_s << u"2025-03"_s << u"7570"_s << u"黑人社函〔2024〕548号"_s;
        QTest::newRow("黑龙江 2026, 黑人社函〔2025〕611号") << u"230000"_s << u"2026-12"_s << u"7705"_s << u"黑人社函〔2025〕611号"_s;
        QTest::newRow("黑龙江 2024 stays, the 2024-09 sheet") << u"230000"_s << u"2024-09"_s << u"7010"_s << u"黑龙江 基本养老金核定表"_s;
        QTest::newRow("广东 2025, 粤人社发〔2025〕32号") << u"440106"_s << u"2025-05"_s << u"9493"_s << u"粤人社发〔2025〕32号"_s;
        QTest::newRow("深圳 2025, its own base") << u"440304"_s << u"2025-05"_s << u"11293"_s << u"深圳市"_s;
        QTest::newRow("吉林 2025 province, 吉人社联〔2025〕97号")
            << u"220500"_s << u"2025-08"_s << u"7322.08"_s << u"吉人社联〔2025〕97号"_s;
        QTest::newRow("长春 2025, 吉人社联〔2025〕97号") << u"220104"_s << u"2025-08"_s << u"7978.25"_s << u"吉人社联〔2025〕97号"_s;
        QTest::newRow("吉林 2024 province, the 2024-11 sheet") << u"220200"_s << u"2024-11"_s << u"7178.5"_s << u"吉林 基本养老金核定表"_s;
        QTest::newRow("长春 2024") << u"220100"_s << u"2024-06"_s << u"7852.58"_s << u"吉林 基本养老金核定表"_s;
        QTest::newRow("上海 12434 ends 2025-12") << u"310000"_s << u"2025-12"_s << u"12434"_s << u"上海 基本养老金核定表"_s;
        QTest::newRow("上海 2026: the 2025 average 12577") << u"310115"_s << u"2026-01"_s << u"12577"_s << u"37731"_s;
        QTest::newRow("安徽 2025, 皖人社秘〔2025〕153号") << u"340100"_s << u"2025-06"_s << u"7999"_s << u"皖人社秘〔2025〕153号"_s;
    }
    void correctedFigures()
    {
        QFETCH(QString, place);
        QFETCH(QString, month);
        QFETCH(QString, value);
        QFETCH(QString, document);
        const auto *region = *m_parameters->region(place);
        const auto base = region->calculationBaseAt(place, *YearMonth::parse(month));
        QVERIFY2(base.ok(), base.ok() ? "" : qPrintable(base.error().message));
        QVERIFY(!base->provisional);
        QCOMPARE(base->figure.value, *Rational::fromDecimalString(value));
        QVERIFY2(base->figure.provenance.document.contains(document), qPrintable(base->figure.provenance.document));
    }

    // The average wages of the correction: Beijing's official table to 2025, Shanghai's 2024
    // and 2025 (from the published bounds), Jiangsu's index bases of 2018 and 2021; Jiangsu's
    // 2022 figure keeps 8014 and names the figure an independent check read (not confirmed here).
    void correctedAverageWages_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("statisticYear");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("evidence"); // in the document, note or conflict
        QTest::newRow("北京 2025, 145391 a year") << u"110000"_s << 2025 << u"12116"_s << u"145391"_s;
        QTest::newRow("北京 2024 stays 143244 a year") << u"110000"_s << 2024 << u"11937"_s << u"143244"_s;
        QTest::newRow("上海 2024 (bounds 7460 / 37302)") << u"310000"_s << 2024 << u"12434"_s << u"37302"_s;
        QTest::newRow("上海 2025 (bounds 7546 / 37731)") << u"310000"_s << 2025 << u"12577"_s << u"37731"_s;
        QTest::newRow("江苏 2018 index base 86590 a year") << u"320000"_s << 2018 << u"7215.83"_s << u"86590"_s;
        QTest::newRow("江苏 2021, 苏人社函〔2022〕334号") << u"320000"_s << 2021 << u"7490"_s << u"苏人社函〔2022〕334号"_s;
        QTest::newRow("江苏 2022 stays; 苏人社发〔2023〕62号 in the conflict")
            << u"320000"_s << 2022 << u"8014"_s << u"苏人社发〔2023〕62号"_s;
    }
    void correctedAverageWages()
    {
        QFETCH(QString, region);
        QFETCH(int, statisticYear);
        QFETCH(QString, value);
        QFETCH(QString, evidence);
        const auto *r = *m_parameters->region(region);
        const auto wage = r->averageWageFor(statisticYear + r->averageWageLagYears);
        QVERIFY2(wage.ok(), wage.ok() ? "" : qPrintable(wage.error().message));
        QCOMPARE(wage->value, *Rational::fromDecimalString(value));
        const policy::Provenance &p = wage->provenance;
        QVERIFY2(QString(p.document + p.note + p.conflict).contains(evidence), qPrintable(p.document + u" | " + p.note));
    }

    // Where the sources disagree the figure stays overridable and the data says so in both
    // languages: Jiangsu 2024 (8613 vs 8785), 2018, 2021, 2022; 深圳 11293.
    void disagreementsAreRecorded()
    {
        const auto *jiangsu = *m_parameters->region(u"320000"_s);
        const auto base2024 = jiangsu->calculationBaseFor(YearMonth(2024, 6));
        QVERIFY(base2024->provenance.overridable);
        QVERIFY(base2024->provenance.conflict.contains(u"8785"));
        QVERIFY(base2024->provenance.conflictZh.contains(u"8785"));
        for (int year : {2019, 2022, 2023}) {
            const auto w = jiangsu->averageWageFor(year);
            QVERIFY2(w->provenance.overridable && !w->provenance.conflict.isEmpty() && !w->provenance.conflictZh.isEmpty(),
                     qPrintable(QString::number(year)));
        }
        const auto *guangdong = *m_parameters->region(u"440000"_s);
        const auto shenzhen = guangdong->calculationBaseAt(u"440300"_s, YearMonth(2025, 3));
        QVERIFY(shenzhen->figure.provenance.overridable);
        QVERIFY(shenzhen->figure.provenance.conflict.contains(u"粤人社发〔2025〕32号"));
        // Beijing's 12049 note no longer calls it the 2024 average (143244 a year is).
        const auto *beijing = *m_parameters->region(u"110000"_s);
        const QString note = beijing->calculationBaseFor(YearMonth(2025, 6))->provenance.note;
        QVERIFY2(note.contains(u"143244") && !note.contains(u"= 2024 全口径"), qPrintable(note));
        // Anhui's 7999 is the calculation base of its own series, not the 全口径 average (7185).
        const auto *anhui = *m_parameters->region(u"340000"_s);
        QVERIFY(anhui->calculationBaseFor(YearMonth(2025, 6))->provenance.note.contains(u"7185"));
    }

    // Issue 15 point 6: every caveat of the shipped data has its Chinese text — every "note"
    // a "note_zh", every "conflict" a "conflict_zh" (and "condition", "calculation_base_note",
    // "share_note" theirs) — in every file under resources/parameters, whoever ships it; and a
    // source's "citation", where there is one, is a text.
    void everyCaveatHasItsChineseText()
    {
        QStringList missing;
        int files = 0;
        int caveats = 0;
        std::function<void(const QJsonValue &, const QString &, const QString &)> walk
            = [&](const QJsonValue &v, const QString &file, const QString &path) {
                  if (v.isArray()) {
                      const QJsonArray a = v.toArray();
                      for (qsizetype i = 0; i < a.size(); ++i)
                          walk(a.at(i), file, path + QStringLiteral("[%1]").arg(i));
                      return;
                  }
                  if (!v.isObject())
                      return;
                  const QJsonObject o = v.toObject();
                  for (auto it = o.begin(); it != o.end(); ++it) {
                      const QString key = it.key();
                      if (key == u"note" || key == u"conflict" || key == u"condition" || key == u"calculation_base_note"
                          || key == u"share_note") {
                          if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                              continue;
                          ++caveats;
                          const QJsonValue zh = o.value(key + QStringLiteral("_zh"));
                          if (!zh.isString() || zh.toString().trimmed().isEmpty())
                              missing << file + u':' + path + u'.' + key;
                      }
                      if (key == u"citation" && (!it.value().isString() || it.value().toString().trimmed().isEmpty()))
                          missing << file + u':' + path + QStringLiteral(".citation (empty)");
                      walk(it.value(), file, path.isEmpty() ? key : path + u'.' + key);
                  }
              };
        QDirIterator it(QStringLiteral(":/parameters"), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(file));
            walk(doc.object(), file, QString());
            ++files;
        }
        // national, seven regions, deferral, unemployment and the industry table at least.
        QVERIFY2(files >= 11, qPrintable(QString::number(files)));
        QVERIFY(caveats > 250);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    // Sources a visitor can be pointed to carry their citation; internal evidence has none.
    void sourcesCarryTheirCitation()
    {
        const auto *beijing = *m_parameters->region(u"110000"_s);
        QCOMPARE(beijing->pension.transitionalCoefficient.provenance.citation, u"京劳社养发〔2007〕31号"_s);
        QCOMPARE(beijing->calculationBaseFor(YearMonth(2025, 6))->provenance.citation, u"京人社发〔2025〕13号"_s);
        QVERIFY(beijing->pension.yearsRounding.provenance.citation.isEmpty()); // a sample sheet
        QCOMPARE(m_parameters->payoutMonthsForAge(60)->provenance.visitorBasis(),
                 u"《国务院关于完善企业职工基本养老保险制度的决定》（国发〔2005〕38号）附件《个人账户养老金计发月数表》"_s);
        const auto *heilongjiang = *m_parameters->region(u"230000"_s);
        QCOMPARE(heilongjiang->calculationBaseFor(YearMonth(2025, 1))->provenance.citation, u"黑人社函〔2024〕548号"_s);
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

QTEST_GUILESS_MAIN(TestParameterSet)
#include "testparameterset.moc"
