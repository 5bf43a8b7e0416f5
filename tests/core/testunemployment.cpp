// Tests of tongban::unemployment::ClaimEvaluator against the shipped rules
// (resources/parameters/unemployment/unemployment.json): 失业保险条例 (1999) Art. 14, 15, 17, 18;
// 社会保险法 Art. 45, 46, 50, 51.

#include "unemployment/claimevaluator.h"
#include "unemployment/claimnotice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using namespace Qt::StringLiterals;
using unemployment::ClaimAssessment;
using unemployment::ClaimEvaluator;
using unemployment::ClaimInput;
using unemployment::UnemploymentRules;

namespace {

std::shared_ptr<const UnemploymentRules> shippedRules()
{
    auto rules = UnemploymentRules::loadBuiltIn();
    if (!rules)
        qFatal("the shipped unemployment rules do not load: %s: %s", qPrintable(rules.error().field), qPrintable(rules.error().message));
    return *rules;
}

/// An involuntary, registered claim in 长沙 urban districts (1530 CNY per month) on 2026-03-10.
ClaimInput claim(int monthsPaid, int carried = 0)
{
    ClaimInput c;
    c.region = QStringLiteral("430102");
    c.claimDate = QDate(2026, 3, 10);
    c.monthsPaid = monthsPaid;
    c.carriedMonths = carried;
    c.jobLossReason = QStringLiteral("contract-expired");
    c.registered = true;
    return c;
}

const unemployment::ConditionCheck *condition(const ClaimAssessment &a, const QString &key)
{
    for (const auto &c : a.conditions) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestUnemployment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_evaluator = std::make_unique<ClaimEvaluator>(shippedRules()); }

    // 条例 Art. 17 / 社会保险法 Art. 46: 1 to under 5 years → 12, 5 to under 10 → 18, 10+ → 24.
    void entitlementFromYearsPaid_data()
    {
        QTest::addColumn<int>("monthsPaid");
        QTest::addColumn<bool>("eligible");
        QTest::addColumn<int>("months");
        QTest::newRow("0.9 years (11 months): below one year") << 11 << false << 0;
        QTest::newRow("1 year (12 months)") << 12 << true << 12;
        QTest::newRow("4.99 years (59 months)") << 59 << true << 12;
        QTest::newRow("5 years (60 months)") << 60 << true << 18;
        QTest::newRow("9.99 years (119 months)") << 119 << true << 18;
        QTest::newRow("10 years (120 months)") << 120 << true << 24;
        QTest::newRow("30 years (360 months)") << 360 << true << 24;
    }
    void entitlementFromYearsPaid()
    {
        QFETCH(int, monthsPaid);
        QFETCH(bool, eligible);
        QFETCH(int, months);
        const auto a = m_evaluator->evaluate(claim(monthsPaid));
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QCOMPARE(a->eligible, eligible);
        QCOMPARE(a->entitlementMonths, months);
        const auto *paid = condition(*a, QStringLiteral("paid-one-year"));
        QVERIFY(paid);
        QCOMPARE(paid->met, eligible);
        QVERIFY2(paid->source.contains(QStringLiteral("失业保险条例")), qPrintable(paid->source));
        if (!eligible) {
            QVERIFY2(paid->reason.contains(QStringLiteral("at least 12 months")), qPrintable(paid->reason));
            QVERIFY(!a->firstMonth.isValid());
            QVERIFY(!a->total);
        } else {
            QCOMPARE(a->firstMonth, YearMonth(2026, 3));
            QCOMPARE(a->lastMonth, YearMonth(2026, 3).addMonths(months - 1));
        }
    }

    // 条例 Art. 17: unused months of an earlier claim are added, at most 24 together.
    void carriedMonthsAreAddedAndCapped_data()
    {
        QTest::addColumn<int>("monthsPaid");
        QTest::addColumn<int>("carried");
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("capped");
        QTest::newRow("carried 10 + new 18 → 24 (cap)") << 60 << 10 << 24 << true;
        QTest::newRow("carried 3 + new 12 → 15") << 12 << 3 << 15 << false;
        QTest::newRow("carried 6 + new 18 → 24 exactly") << 60 << 6 << 24 << false;
    }
    void carriedMonthsAreAddedAndCapped()
    {
        QFETCH(int, monthsPaid);
        QFETCH(int, carried);
        QFETCH(int, months);
        QFETCH(bool, capped);
        const auto a = m_evaluator->evaluate(claim(monthsPaid, carried));
        QVERIFY(a.ok());
        QVERIFY(a->eligible);
        QCOMPARE(a->entitlementMonths, months);
        QCOMPARE(a->capped, capped);
        QVERIFY2(a->durationReason.contains(QString::number(carried)), qPrintable(a->durationReason));
        QVERIFY2(a->durationSource.contains(QStringLiteral("Art. 17")), qPrintable(a->durationSource));
    }

    void resignedIsNotEligible()
    {
        ClaimInput c = claim(60);
        c.jobLossReason = QStringLiteral("resigned");
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QVERIFY(!a->eligible);
        QCOMPARE(a->entitlementMonths, 0);
        const auto *involuntary = condition(*a, QStringLiteral("involuntary-job-loss"));
        QVERIFY(involuntary);
        QVERIFY(!involuntary->met);
        QVERIFY2(involuntary->reason.contains(QStringLiteral("本人辞职")) && involuntary->reason.contains(QStringLiteral("own choice")),
                 qPrintable(involuntary->reason));
        QVERIFY2(involuntary->source.contains(QStringLiteral("Art. 14(2)")), qPrintable(involuntary->source));
        // The other conditions are still checked and met.
        QVERIFY(condition(*a, QStringLiteral("paid-one-year"))->met);
        QVERIFY(condition(*a, QStringLiteral("registered-seeking-work"))->met);
    }

    void everyJobLossReasonIsClassified()
    {
        for (const auto &reason : m_evaluator->rules().jobLossReasons()) {
            ClaimInput c = claim(60);
            c.jobLossReason = reason.key;
            const auto a = m_evaluator->evaluate(c);
            QVERIFY2(a.ok(), qPrintable(reason.key));
            QCOMPARE(a->eligible, reason.involuntary);
            QVERIFY(!reason.provenance.document.isEmpty());
        }
        QVERIFY(m_evaluator->rules().jobLossReason(QStringLiteral("dismissed"))->involuntary);
        QVERIFY(m_evaluator->rules().jobLossReason(QStringLiteral("employer-closed"))->involuntary);
        QVERIFY(!m_evaluator->rules().jobLossReason(QStringLiteral("resigned"))->involuntary);
    }

    void notRegisteredIsNotEligible()
    {
        ClaimInput c = claim(60);
        c.registered = false;
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QVERIFY(!a->eligible);
        const auto *registered = condition(*a, QStringLiteral("registered-seeking-work"));
        QVERIFY(registered && !registered->met);
        QVERIFY2(registered->reason.contains(QStringLiteral("not registered")), qPrintable(registered->reason));
        QVERIFY2(registered->source.contains(QStringLiteral("Art. 14(3)")), qPrintable(registered->source));
        // The answer names the condition that failed, not just that one did.
        QVERIFY2(a->durationReason.contains(registered->label), qPrintable(a->durationReason));
    }

    // The benefit ends where the basic pension begins: a claim from the statutory retirement
    // month on is refused with that reason; before it the condition is met.
    void statutoryRetirementAgeEndsTheClaim()
    {
        ClaimInput c = claim(60);
        c.statutoryRetirement = YearMonth::fromDate(c.claimDate);
        const auto reached = m_evaluator->evaluate(c);
        QVERIFY(reached.ok());
        QVERIFY(!reached->eligible);
        const auto *age = condition(*reached, QStringLiteral("below-retirement-age"));
        QVERIFY(age && !age->met);
        QVERIFY2(age->source.contains(QStringLiteral("Art. 51(4)")), qPrintable(age->source));
        c.statutoryRetirement = YearMonth::fromDate(c.claimDate).addMonths(1);
        const auto before = m_evaluator->evaluate(c);
        QVERIFY(before.ok());
        QVERIFY(before->eligible);
        QVERIFY(condition(*before, QStringLiteral("below-retirement-age"))->met);
    }

    // 条例 Art. 18: the region's standard where the data has it; amounts exact.
    void regionWithAStandard_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("monthsPaid");
        QTest::addColumn<qint64>("monthlyFen");
        QTest::addColumn<qint64>("totalFen");
        QTest::newRow("长沙 芙蓉区 (city entry), 18 months") << QStringLiteral("430102") << 60 << qint64(153000) << qint64(153000 * 18);
        QTest::newRow("长沙 city code itself, 12 months") << QStringLiteral("430100") << 12 << qint64(153000) << qint64(1836000);
        QTest::newRow("浏阳, 24 months") << QStringLiteral("430181") << 120 << qint64(138600) << qint64(3326400);
        QTest::newRow("宁乡, 12 months") << QStringLiteral("430182") << 30 << qint64(138600) << qint64(1663200);
    }
    void regionWithAStandard()
    {
        QFETCH(QString, region);
        QFETCH(int, monthsPaid);
        QFETCH(qint64, monthlyFen);
        QFETCH(qint64, totalFen);
        ClaimInput c = claim(monthsPaid);
        c.region = region;
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QVERIFY(a->monthlyAmount);
        QCOMPARE(a->monthlyAmount->fen(), monthlyFen);
        QVERIFY(a->total);
        QCOMPARE(a->total->fen(), totalFen);
        QCOMPARE(a->amountConfidence, QStringLiteral("LOW"));
        QVERIFY(a->amountMissingReason.isEmpty());
        QVERIFY2(!a->notes.isEmpty() && a->notes.first().contains(QStringLiteral("LOW")), "a LOW figure is flagged");
    }

    // Regions whose standard is not known on the claim date (2026-03-10): the amount is missing
    // with the reason, the rest of the answer stands.
    void regionWithoutAStandardNamesTheRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Anhui outside 合肥 and 芜湖: 90 % of the city proper, in words")
            << QStringLiteral("340302") << QStringLiteral("city proper");
        QTest::newRow("Tibet: not found") << QStringLiteral("540102")
                                          << QStringLiteral("no unemployment benefit standard for region 540102");
        QTest::newRow("Hainan: 60 % of the claimant's own wage, in words") << QStringLiteral("460105") << QStringLiteral("60 %");
        QTest::newRow("Shandong 2026: the new round's places are not in the data")
            << QStringLiteral("370102") << QStringLiteral("not in the data for region 370102 on 2026-03-10");
        QTest::newRow("Heilongjiang: each city sets it, in words") << QStringLiteral("230100") << QStringLiteral("region 230100");
        QTest::newRow("Liaoning: 85 % of a minimum wage not in the data (大连 sets its own)")
            << QStringLiteral("210202") << QStringLiteral("85 % of the local minimum wage");
        QTest::newRow("Fujian: 90 %, a place whose wage is not in the data")
            << QStringLiteral("350821") << QStringLiteral("90 % of the local minimum wage");
        QTest::newRow("Fujian: 90 % of 厦门's 2,265 is 2038.5, and the rounding is not in the data")
            << QStringLiteral("350203") << QStringLiteral("rounds it is not in the data");
        QTest::newRow("Chongqing: a rule in words (80 % in 2018)") << QStringLiteral("500103") << QStringLiteral("80 %");
        QTest::newRow("Jiangsu: a share of the claimant's own base, in words")
            << QStringLiteral("320102") << QStringLiteral("only as a rule");
        QTest::newRow("Hebei 2026: the new round's places are not in the data")
            << QStringLiteral("130102") << QStringLiteral("not in the data for region 130102 on 2026-03-10");
        QTest::newRow("深圳: its own regulation, not the province's 90 %")
            << QStringLiteral("440304") << QStringLiteral("深圳经济特区失业保险若干规定");
        QTest::newRow("Henan: a rule in words") << QStringLiteral("410105") << QStringLiteral("1890");
        QTest::newRow("佛山 2026-10: no wage of this round in the data")
            << QStringLiteral("440604") << QStringLiteral("not in the data for region 440604 on 2026-10-08");
    }
    void regionWithoutAStandardNamesTheRegion()
    {
        QFETCH(QString, region);
        QFETCH(QString, expected);
        ClaimInput c = claim(60);
        c.region = region;
        if (region == u"440604")
            c.claimDate = QDate(2026, 10, 8);
        QLocale::setDefault(QLocale(QLocale::English));
        const auto a = m_evaluator->evaluate(c);
        QLocale::setDefault(QLocale::system());
        QVERIFY(a.ok());
        QVERIFY(a->eligible); // the answer stands; only the amount is missing
        QCOMPARE(a->entitlementMonths, 18);
        QVERIFY(!a->monthlyAmount);
        QVERIFY(!a->total);
        QVERIFY2(a->amountMissingReason.contains(expected), qPrintable(a->amountMissingReason));
        QVERIFY2(a->amountMissingReason.contains(region), qPrintable(a->amountMissingReason));
        QVERIFY(a->amountPeriods.isEmpty());
    }

    // Beijing (京人社发〔2025〕9号, from 2025-09-01): the amount by cumulative paid years, 2129
    // for everyone from the 13th month on; Shanghai (沪人社规〔2026〕7号, from 2026-07-01): 2340 for
    // months 1–12, 1872 for 13–24; the earlier Shanghai standards before 2026-07.
    void fixedStandardsByYearsPaidAndBenefitMonth_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDate>("claimDate");
        QTest::addColumn<int>("monthsPaid");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("periods"); // runs "first-last:fen"
        QTest::addColumn<qint64>("totalFen");
        QTest::addColumn<QString>("document");
        QTest::newRow("北京 1–5 years: 12 × 2129")
            << u"110105"_s << QDate(2026, 3, 10) << 48 << 12 << u"1-12:212900"_s << qint64(212900 * 12) << u"京人社发〔2025〕9号"_s;
        QTest::newRow("北京 5–10 years: 2156, then 2129 from month 13")
            << u"110105"_s << QDate(2026, 3, 10) << 60 << 18 << u"1-12:215600 13-18:212900"_s << qint64(215600 * 12 + 212900 * 6)
            << u"京人社发〔2025〕9号"_s;
        QTest::newRow("北京 20+ years: 2286, then 2129 from month 13")
            << u"110101"_s << QDate(2026, 3, 10) << 250 << 24 << u"1-12:228600 13-24:212900"_s << qint64(228600 * 12 + 212900 * 12)
            << u"京人社发〔2025〕9号"_s;
        QTest::newRow("上海 2026-07: 2340 then 1872") << u"310115"_s << QDate(2026, 7, 1) << 120 << 24 << u"1-12:234000 13-24:187200"_s
                                                      << qint64(234000 * 12 + 187200 * 12) << u"沪人社规〔2026〕7号"_s;
        QTest::newRow("上海 2026-06-30: the 2025 standard")
            << u"310000"_s << QDate(2026, 6, 30) << 60 << 18 << u"1-12:230500 13-18:184400"_s << qint64(230500 * 12 + 184400 * 6)
            << u"沪人社规〔2025〕9号"_s;
        QTest::newRow("天津 2024-07 on: 1730 for months 1–12, 1690 for 13–24")
            << u"120101"_s << QDate(2026, 3, 10) << 120 << 24 << u"1-12:173000 13-24:169000"_s << qint64(173000 * 12 + 169000 * 12)
            << u"天津市人力资源和社会保障局"_s;
        QTest::newRow("天津 2024-06-30: the 2023 standard")
            << u"120101"_s << QDate(2024, 6, 30) << 60 << 18 << u"1-12:168000 13-18:164000"_s << qint64(168000 * 12 + 164000 * 6)
            << u"天津市人社局"_s;
        QTest::newRow("上海 2024-07: the 2024 standard, 12 months")
            << u"310000"_s << QDate(2024, 7, 1) << 12 << 12 << u"1-12:225500"_s << qint64(225500 * 12) << u"沪人社规〔2024〕13号"_s;
    }
    void fixedStandardsByYearsPaidAndBenefitMonth()
    {
        QFETCH(QString, region);
        QFETCH(QDate, claimDate);
        QFETCH(int, monthsPaid);
        QFETCH(int, months);
        QFETCH(QString, periods);
        QFETCH(qint64, totalFen);
        QFETCH(QString, document);
        ClaimInput c = claim(monthsPaid);
        c.region = region;
        c.claimDate = claimDate;
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QCOMPARE(a->entitlementMonths, months);
        QStringList runs;
        for (const auto &p : a->amountPeriods)
            runs << QStringLiteral("%1-%2:%3").arg(p.firstBenefitMonth).arg(p.lastBenefitMonth).arg(p.monthly.fen());
        QCOMPARE(runs.join(u' '), periods);
        QCOMPARE(a->monthlyAmount->fen(), a->amountPeriods.first().monthly.fen());
        QCOMPARE(a->total->fen(), totalFen);
        QVERIFY2(a->amountSource.contains(document), qPrintable(a->amountSource));
    }

    // Beijing's standard starts on 2025-09-01: a claim the day before has none, and the answer
    // says which days the data covers.
    void aClaimBeforeTheStandardNamesItsDays()
    {
        ClaimInput c = claim(60);
        c.region = QStringLiteral("110105");
        c.claimDate = QDate(2025, 8, 31);
        QLocale::setDefault(QLocale(QLocale::English));
        const auto a = m_evaluator->evaluate(c);
        QLocale::setDefault(QLocale::system());
        QVERIFY(a.ok());
        QVERIFY(!a->monthlyAmount);
        QVERIFY2(a->amountMissingReason.contains(u"2025-08-31") && a->amountMissingReason.contains(u"2025-09-01"),
                 qPrintable(a->amountMissingReason));
    }

    // Shares of the minimum wage: Guangdong 90 % of the city's wage (广东省失业保险条例, the
    // minimum wages of the round in force on the claim date); Inner Mongolia 95 % then 85 % of
    // the class-I wage whatever the place (2156.5 / 1929.5 as the region printed them).
    void sharesOfTheMinimumWage_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDate>("claimDate");
        QTest::addColumn<int>("monthsPaid");
        QTest::addColumn<QString>("periods");
        QTest::addColumn<QString>("basis");
        QTest::newRow("广州 2026-10: 90 % × 2680 (粤府函〔2026〕188号)")
            << u"440106"_s << QDate(2026, 10, 8) << 30 << u"1-12:241200"_s << u"2,680.00"_s;
        QTest::newRow("珠海 2026-09: 90 % × 2300") << u"440402"_s << QDate(2026, 9, 1) << 30 << u"1-12:207000"_s << u"2,300.00"_s;
        QTest::newRow("珠海 2026-08-31: the earlier round, 90 % × 2080")
            << u"440402"_s << QDate(2026, 8, 31) << 30 << u"1-12:187200"_s << u"2,080.00"_s;
        QTest::newRow("潮州 2025-06: 90 % × 1750") << u"445102"_s << QDate(2025, 6, 2) << 30 << u"1-12:157500"_s << u"1,750.00"_s;
        QTest::newRow("呼和浩特 2026-03: 95 % then 85 % of 2270")
            << u"150102"_s << QDate(2026, 3, 10) << 130 << u"1-12:215650 13-24:192950"_s << u"2,270.00"_s;
        QTest::newRow("阿拉善 (class III) too: the class-I wage")
            << u"152900"_s << QDate(2026, 3, 10) << 60 << u"1-12:215650 13-18:192950"_s << u"2,270.00"_s;
    }
    void sharesOfTheMinimumWage()
    {
        QFETCH(QString, region);
        QFETCH(QDate, claimDate);
        QFETCH(int, monthsPaid);
        QFETCH(QString, periods);
        QFETCH(QString, basis);
        ClaimInput c = claim(monthsPaid);
        c.region = region;
        c.claimDate = claimDate;
        QLocale::setDefault(QLocale(QLocale::English));
        const auto a = m_evaluator->evaluate(c);
        QLocale::setDefault(QLocale::system());
        QVERIFY(a.ok());
        QVERIFY2(a->monthlyAmount, qPrintable(a->amountMissingReason));
        QStringList runs;
        qint64 total = 0;
        for (const auto &p : a->amountPeriods) {
            runs << QStringLiteral("%1-%2:%3").arg(p.firstBenefitMonth).arg(p.lastBenefitMonth).arg(p.monthly.fen());
            total += p.monthly.fen() * (p.lastBenefitMonth - p.firstBenefitMonth + 1);
            QVERIFY2(p.basis.contains(basis), qPrintable(p.basis));
        }
        QCOMPARE(runs.join(u' '), periods);
        QCOMPARE(a->total->fen(), total);
        QVERIFY2(a->amountSource.contains(u"minimum wage"), qPrintable(a->amountSource));
    }

    // The earlier 80 % of 珠海 [U6] is superseded by the 2025 amendment of 广东省失业保险条例 (90 %).
    void zhuhaiFollowsTheProvinceAt90Percent()
    {
        const auto standard = m_evaluator->rules().standardFor(QStringLiteral("440402"), QDate(2026, 3, 10));
        QVERIFY(standard);
        QCOMPARE(standard->code, QStringLiteral("440000"));
        QCOMPARE(*standard->steps.first().share, Rational(9, 10));
        QVERIFY(standard->provenance.citation.contains(u"广东省失业保险条例"));
        const auto before = m_evaluator->rules().standardFor(QStringLiteral("440402"), QDate(2025, 1, 11));
        QVERIFY(before);
        QCOMPARE(*before->steps.first().share, Rational(8, 10));
    }

    // Liaoning (辽人社〔2019〕15号): 85 % for 1 to under 10 years paid, 90 % from 10, half-up to the
    // yuan: 1810 → 1539 / 1629. The province's current wages are not shipped; a copy with a
    // table shows the rule, and the shipped data's missing reason names the claimant's share.
    // Shares of the minimum wage of the places the shipped tables list (issue 15): the amount of
    // each province's share rule on its listed wage, to the fen.
    void shareOfTheListedMinimumWage_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDate>("claimDate");
        QTest::addColumn<int>("monthsPaid");
        QTest::addColumn<qint64>("fen");
        const QDate march2026(2026, 3, 10);
        QTest::newRow("山西: 90 % of the class-I 2,150 anywhere (a class-III county)") << u"141124"_s << march2026 << 60 << qint64(193500);
        QTest::newRow("吉林 长春 南关区: 90 % of 2,230") << u"220102"_s << march2026 << 60 << qint64(200700);
        QTest::newRow("吉林 榆树市: 90 % of 1,870") << u"220182"_s << march2026 << 60 << qint64(168300);
        QTest::newRow("江西 南昌 东湖区: 90 % of 2,240") << u"360102"_s << march2026 << 60 << qint64(201600);
        QTest::newRow("四川 成都 锦江区: 90 % of 2,330") << u"510104"_s << march2026 << 60 << qint64(209700);
        QTest::newRow("四川 金堂县: 90 % of 2,200") << u"510121"_s << march2026 << 60 << qint64(198000);
        QTest::newRow("辽宁 沈阳 和平区, 5 years paid: 85 % of 2,230 = 1,895.5 → 1,896")
            << u"210102"_s << march2026 << 60 << qint64(189600);
        QTest::newRow("辽宁 沈阳 和平区, 10 years paid: 90 % of 2,230") << u"210102"_s << march2026 << 120 << qint64(200700);
        QTest::newRow("河北 石家庄 长安区 2025: 80 % of 2,200") << u"130102"_s << QDate(2025, 6, 10) << 60 << qint64(176000);
        QTest::newRow("福建 福州 鼓楼区: 90 % of 2,195 = 1,975.5, rounding unknown") << u"350102"_s << march2026 << 60 << qint64(-1);
        QTest::newRow("贵州: 90 % of the class-I 2,130 anywhere") << u"520102"_s << march2026 << 60 << qint64(191700);
        QTest::newRow("云南 昆明 五华区 2026: 90 % of 2,170") << u"530102"_s << march2026 << 60 << qint64(195300);
        QTest::newRow("甘肃 兰州 城关区 2026: 90 % of 2,200") << u"620102"_s << march2026 << 60 << qint64(198000);
        QTest::newRow("青海, anywhere: 90 % of 2,080") << u"630102"_s << march2026 << 60 << qint64(187200);
        QTest::newRow("宁夏 石嘴山: 90 % of 2,080") << u"640202"_s << march2026 << 60 << qint64(187200);
        QTest::newRow("湖北 武汉 江岸区: 90 % of 2,400") << u"420102"_s << march2026 << 60 << qint64(216000);
        QTest::newRow("湖南 株洲 天元区: 90 % of 2,200") << u"430211"_s << march2026 << 60 << qint64(198000);
        QTest::newRow("安徽 合肥 肥西县: 90 % of the city-proper 2,320") << u"340123"_s << march2026 << 60 << qint64(208800);
        QTest::newRow("安徽 芜湖 镜湖区: 90 % of the city-proper 2,170") << u"340202"_s << march2026 << 60 << qint64(195300);
        QTest::newRow("广西 南宁, 10 years paid: 90 % of the class-I 2,200") << u"450102"_s << march2026 << 120 << qint64(198000);
        QTest::newRow("广西 百色, 20 years paid: 95 % of the class-I 2,200") << u"451002"_s << march2026 << 240 << qint64(209000);
        QTest::newRow("山东 青岛 市南区 2025: 90 % of 2,200") << u"370202"_s << QDate(2025, 6, 10) << 60 << qint64(198000);
    }
    void shareOfTheListedMinimumWage()
    {
        QFETCH(QString, region);
        QFETCH(QDate, claimDate);
        QFETCH(int, monthsPaid);
        QFETCH(qint64, fen);
        ClaimInput c = claim(monthsPaid);
        c.region = region;
        c.claimDate = claimDate;
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QVERIFY(a->eligible);
        if (fen < 0) {
            QVERIFY2(!a->monthlyAmount, qPrintable(a->monthlyAmount ? a->monthlyAmount->toDisplayString() : QString()));
            return;
        }
        QVERIFY2(a->monthlyAmount, qPrintable(a->amountMissingReason));
        QCOMPARE(a->monthlyAmount->fen(), fen);
        QVERIFY2(!a->amountBasis.isEmpty(), "the amount says which wage and share it comes from");
    }

    void liaoningShareByYearsPaidRoundsToTheYuan()
    {
        QTemporaryDir dir;
        QFile shipped(QStringLiteral(":/parameters/unemployment/unemployment.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(shipped.readAll()).object();
        QJsonArray wages = root[u"minimum_wages"].toArray();
        const QJsonObject place {{u"code"_s, u"210102"_s}, {u"name"_s, u"和平区"_s}};
        const QJsonObject tier {{u"tier"_s, u"沈阳市区"_s}, {u"monthly"_s, 1810}, {u"places"_s, QJsonArray {place}}};
        wages.append(QJsonObject {{u"province"_s, u"210000"_s},
                                  {u"from"_s, u"2019-11-01"_s},
                                  {u"source"_s, u"LN-UI-2019"_s},
                                  {u"confidence"_s, u"MEDIUM"_s},
                                  {u"tiers"_s, QJsonArray {tier}}});
        root.insert(u"minimum_wages"_s, wages);
        const QString path = dir.filePath(QStringLiteral("unemployment.json"));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(root).toJson());
        copy.close();
        const auto rules = UnemploymentRules::load(path);
        QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.error().field + u' ' + rules.error().message));
        const ClaimEvaluator evaluator(*rules);
        ClaimInput c = claim(60);
        c.region = QStringLiteral("210102");
        c.claimDate = QDate(2025, 6, 10); // before the shipped round of 2025-12-01
        auto a = evaluator.evaluate(c);
        QVERIFY(a.ok());
        QCOMPARE(a->monthlyAmount->fen(), qint64(153900)); // 1810 × 85 % = 1538.5 → 1539
        c.monthsPaid = 120;
        a = evaluator.evaluate(c);
        QCOMPARE(a->monthlyAmount->fen(), qint64(162900)); // 1810 × 90 % = 1629
        // The shipped data: no wage; the reason names the share for 10 years paid.
        c.region = QStringLiteral("210202");
        QLocale::setDefault(QLocale(QLocale::English));
        a = m_evaluator->evaluate(c);
        QLocale::setDefault(QLocale::system());
        QVERIFY2(a->amountMissingReason.contains(u"90 % of the local minimum wage"), qPrintable(a->amountMissingReason));
    }

    // Without a rounding in the data only a share that comes to whole yuan is an amount: Guangdong
    // with a test wage of 2265 (× 90 % = 2038.5) is refused with the reason.
    void aShareWithoutItsRoundingIsNotGuessed()
    {
        QTemporaryDir dir;
        QFile shipped(QStringLiteral(":/parameters/unemployment/unemployment.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray bytes = shipped.readAll();
        QVERIFY(bytes.contains("\"monthly\": 2040,"));
        bytes.replace("\"monthly\": 2040,", "\"monthly\": 2265,");
        const QString path = dir.filePath(QStringLiteral("unemployment.json"));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(bytes);
        copy.close();
        const auto rules = UnemploymentRules::load(path);
        QVERIFY(rules.ok());
        ClaimInput c = claim(60);
        c.region = QStringLiteral("440507"); // 汕头
        c.claimDate = QDate(2026, 10, 8);
        QLocale::setDefault(QLocale(QLocale::English));
        const auto a = ClaimEvaluator(*rules).evaluate(c);
        QLocale::setDefault(QLocale::system());
        QVERIFY(a.ok());
        QVERIFY(!a->monthlyAmount);
        QVERIFY2(a->amountMissingReason.contains(u"2038.5") && a->amountMissingReason.contains(u"rounds"),
                 qPrintable(a->amountMissingReason));
    }

    // Every rule of a claim carries the article a visitor's paper prints (basis), verified against
    // the law's text: 条例 Art. 14/15/17/20, 社会保险法 Art. 45/46/49/50/51.
    void rulesNameTheirArticles()
    {
        const UnemploymentRules &rules = m_evaluator->rules();
        QVERIFY(rules.minimumPaidProvenance().basis.contains(u"《失业保险条例》第十四条第（一）项"));
        QVERIFY(rules.minimumPaidProvenance().basis.contains(u"第四十五条第（一）项"));
        QVERIFY(rules.bandsProvenance().basis.contains(u"第四十六条") && rules.bandsProvenance().basis.contains(u"第十七条"));
        QVERIFY(rules.benefitStart().provenance.basis.contains(u"第五十条"));
        QVERIFY(rules.stopGround(u"death"_s)->provenance.basis.contains(u"社会保险法》第四十九条"));
        QVERIFY(rules.stopGround(u"refused-work-or-training"_s)->provenance.basis.contains(u"第五十一条第（五）项"));
        QVERIFY(rules.stopGround(u"imprisonment"_s)->provenance.basis.contains(u"第十五条第（五）项"));
        QCOMPARE(rules.minimumPaidProvenance().visitorBasis(), rules.minimumPaidProvenance().basis);
        // A reason without an article of its own prints its document's citation.
        const auto dismissed = rules.jobLossReason(u"dismissed"_s);
        QVERIFY(dismissed->provenance.basis.isEmpty());
        QVERIFY(dismissed->provenance.visitorBasis().contains(u"人力资源和社会保障部令第13号"));
        // A secondary source is no document for a visitor.
        QVERIFY(rules.stopPayment().provenance.citation.isEmpty());
    }

    // Chinese screens show the Chinese note of a rule (note_zh), English ones the English note.
    void notesFollowTheLanguageOfTheScreen()
    {
        ClaimInput c = claim(60);
        c.jobLossReason = QStringLiteral("resigned");
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const auto zh = m_evaluator->evaluate(c);
        QLocale::setDefault(QLocale(QLocale::English));
        const auto en = m_evaluator->evaluate(c);
        QLocale::setDefault(QLocale::system());
        const auto *zhCheck = condition(*zh, QStringLiteral("involuntary-job-loss"));
        const auto *enCheck = condition(*en, QStringLiteral("involuntary-job-loss"));
        QVERIFY2(zhCheck->source.contains(u"本人意愿中断就业的不符合条件"), qPrintable(zhCheck->source));
        QVERIFY2(enCheck->source.contains(u"does not qualify"), qPrintable(enCheck->source));
    }

    // Malformed standards and minimum wages are refused with their JSON path.
    void malformedStandardsAreRefused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("path");
        QTest::newRow("a step with neither amount nor share")
            << u"{\"paid_months_from\": 12, \"monthly\": 2129}"_s << u"{\"paid_months_from\": 12}"_s << u"standards.regions[0].steps[0]"_s;
        QTest::newRow("a share of 1") << u"\"share\": 0.9, \"source\": \"GD-UI-TIAOLI\""_s
                                      << u"\"share\": 1, \"source\": \"GD-UI-TIAOLI\""_s << u"standards.regions[5].share"_s;
        QTest::newRow("an unknown rounding") << u"\"rounding\": \"yuan\""_s << u"\"rounding\": \"jiao\""_s
                                             << u"standards.regions[7].rounding"_s;
        QTest::newRow("overlapping days of one code") << u"\"from\": \"2025-07-01\", \"to\": \"2026-06-30\""_s
                                                      << u"\"from\": \"2025-06-01\", \"to\": \"2026-06-30\""_s << u"standards.regions[2]"_s;
        QTest::newRow("a bad date") << u"\"from\": \"2025-09-01\""_s << u"\"from\": \"2025-9-1\""_s << u"standards.regions[0].from"_s;
        QTest::newRow("a place of another province")
            << u"{\"code\": \"440100\", \"name\": \"广州市\"}]}"_s << u"{\"code\": \"450100\", \"name\": \"广州市\"}]}"_s
            << u"minimum_wages[0].tiers[0].places[0].code"_s;
        QTest::newRow("a Chinese note that is not a text")
            << u"\"note_zh\": \"条例第十四条第（一）项"_s << u"\"note_zh\": 5, \"x\": \"条例第十四条第（一）项"_s
            << u"minimum_paid_months.note_zh"_s;
        QTest::newRow("a rule in words without words")
            << u"\"rule_only\": true, \"source\": \"HN-UI-2025\", \"confidence\": \"MEDIUM\", \"note\""_s
            << u"\"rule_only\": true, \"source\": \"HN-UI-2025\", \"confidence\": \"MEDIUM\", \"x\""_s << u"standards.regions[12].note"_s;
    }
    void malformedStandardsAreRefused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, path);
        QTemporaryDir dir;
        QFile shipped(QStringLiteral(":/parameters/unemployment/unemployment.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(shipped.readAll());
        const qsizetype at = text.indexOf(from);
        QVERIFY2(at >= 0, qPrintable(from));
        text.replace(at, from.size(), to);
        const QString file = dir.filePath(QStringLiteral("unemployment.json"));
        QFile copy(file);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text.toUtf8());
        copy.close();
        const auto rules = UnemploymentRules::load(file);
        QVERIFY(!rules.ok());
        QVERIFY2(rules.error().field.endsWith(u':' + path), qPrintable(rules.error().field + u' ' + rules.error().message));
    }

    void enteredStandardNeedsANote()
    {
        ClaimInput c = claim(60);
        c.region = QStringLiteral("320505");
        c.enteredStandard = Money::fromFen(223850);
        const auto noNote = m_evaluator->evaluate(c);
        QVERIFY(!noNote.ok());
        QCOMPARE(noNote.error().field, QStringLiteral("standard_note"));
        c.enteredStandardNote = QStringLiteral("京人社就发 notice read at the counter");
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QCOMPARE(a->monthlyAmount->fen(), qint64(223850));
        QCOMPARE(a->total->fen(), qint64(223850) * 18);
        QCOMPARE(a->amountConfidence, QStringLiteral("ENTERED"));
        QVERIFY(a->amountSource.contains(c.enteredStandardNote));
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("region") << QStringLiteral("region");
        QTest::newRow("claim_date") << QStringLiteral("claim_date");
        QTest::newRow("months_paid") << QStringLiteral("months_paid");
        QTest::newRow("carried_months") << QStringLiteral("carried_months");
        QTest::newRow("job_loss_reason") << QStringLiteral("job_loss_reason");
    }
    void badInputNamesTheField()
    {
        QFETCH(QString, field);
        ClaimInput c = claim(60);
        if (field == u"region")
            c.region = QStringLiteral("4301");
        else if (field == u"claim_date")
            c.claimDate = QDate();
        else if (field == u"months_paid")
            c.monthsPaid = -1;
        else if (field == u"carried_months")
            c.carriedMonths = 25;
        else
            c.jobLossReason = QStringLiteral("quit");
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().field, field);
        QCOMPARE(a.error().kind, Error::Kind::BadInput);
        if (field == u"job_loss_reason")
            QVERIFY2(a.error().message.contains(QStringLiteral("contract-expired")), "lists the allowed keys");
    }

    // Stop on re-employment after 5 of 18 months: 13 left, kept, and added to a later claim.
    void stopOnReEmploymentKeepsTheMonthsLeft()
    {
        const auto a = m_evaluator->evaluate(claim(60));
        QVERIFY(a.ok());
        QCOMPARE(a->entitlementMonths, 18);
        // Paid 2026-03 … 2026-07 (5 months); new job on 2026-07-20: stops from 2026-08.
        const auto stop = m_evaluator->stop({a->input.claimDate, a->firstMonth, a->entitlementMonths}, QDate(2026, 7, 20),
                                            QStringLiteral("re-employment"));
        QVERIFY2(stop.ok(), stop.ok() ? "" : qPrintable(stop.error().message));
        QCOMPARE(stop->firstUnpaidMonth, YearMonth(2026, 8));
        QCOMPARE(stop->monthsReceived, 5);
        QCOMPARE(stop->monthsLeft, 13);
        QVERIFY(stop->monthsLeftCarried);
        QVERIFY2(stop->reasons.join(u'\n').contains(QStringLiteral("following month")), qPrintable(stop->reasons.join(u'\n')));
        QVERIFY2(stop->sources.join(u'\n').contains(QStringLiteral("Art. 15(1)")), qPrintable(stop->sources.join(u'\n')));

        // A later claim: 2 years paid (12 months) + 13 carried = 24, not 25.
        const int carried = m_evaluator->carriedFromStop(stop->monthsLeft, stop->monthsLeftCarried);
        QCOMPARE(carried, 13);
        ClaimInput later = claim(24, carried);
        later.claimDate = QDate(2028, 9, 1);
        const auto next = m_evaluator->evaluate(later);
        QVERIFY(next.ok());
        QCOMPARE(next->entitlementMonths, 24);
        QVERIFY(next->capped);
        // With 12 months paid the sum stays below the cap.
        ClaimInput shorter = claim(12, 5);
        const auto small = m_evaluator->evaluate(shorter);
        QCOMPARE(small->entitlementMonths, 17);
    }

    void stopMonthEdges()
    {
        const unemployment::ClaimPeriod period {QDate(2026, 3, 10), YearMonth(2026, 3), 12};
        // A ground arising in the claim month: one month received (that month is paid).
        auto s = m_evaluator->stop(period, QDate(2026, 3, 25), QStringLiteral("re-employment"));
        QVERIFY(s.ok());
        QCOMPARE(s->monthsReceived, 1);
        QCOMPARE(s->monthsLeft, 11);
        // After the last month: nothing left.
        s = m_evaluator->stop(period, QDate(2027, 6, 1), QStringLiteral("re-employment"));
        QVERIFY(s.ok());
        QCOMPARE(s->monthsReceived, 12);
        QCOMPARE(s->monthsLeft, 0);
        QVERIFY(!s->monthsLeftCarried);
        // Before the claim: refused.
        s = m_evaluator->stop(period, QDate(2026, 3, 9), QStringLiteral("re-employment"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("date"));
    }

    void everyStopGroundIsRecognised_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<QString>("article");
        QTest::newRow("re-employment") << QStringLiteral("re-employment") << true << QStringLiteral("Art. 15(1)");
        QTest::newRow("military service") << QStringLiteral("military-service") << false << QStringLiteral("Art. 15(2)");
        QTest::newRow("emigration") << QStringLiteral("emigration") << false << QStringLiteral("Art. 15(3)");
        QTest::newRow("basic pension") << QStringLiteral("basic-pension") << false << QStringLiteral("Art. 15(4)");
        QTest::newRow("imprisonment") << QStringLiteral("imprisonment") << false << QStringLiteral("Art. 15(5)");
        QTest::newRow("refused work or training") << QStringLiteral("refused-work-or-training") << false << QStringLiteral("Art. 51(5)");
        QTest::newRow("death") << QStringLiteral("death") << false << QStringLiteral("Art. 20");
        QTest::newRow("other legal ground") << QStringLiteral("other-legal-ground") << false << QStringLiteral("Art. 15(7)");
    }
    void everyStopGroundIsRecognised()
    {
        QFETCH(QString, ground);
        QFETCH(bool, kept);
        QFETCH(QString, article);
        const unemployment::ClaimPeriod period {QDate(2026, 3, 10), YearMonth(2026, 3), 18};
        const auto s = m_evaluator->stop(period, QDate(2026, 7, 20), ground);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->ground, ground);
        QVERIFY(!s->groundLabel.isEmpty());
        QCOMPARE(s->monthsLeft, 13);
        QCOMPARE(s->monthsLeftCarried, kept);
        QCOMPARE(m_evaluator->carriedFromStop(s->monthsLeft, s->monthsLeftCarried), kept ? 13 : 0);
        QVERIFY2(s->sources.join(u'\n').contains(article), qPrintable(s->sources.join(u'\n')));
    }

    void unknownStopGroundIsRefused()
    {
        const unemployment::ClaimPeriod period {QDate(2026, 3, 10), YearMonth(2026, 3), 18};
        const auto s = m_evaluator->stop(period, QDate(2026, 7, 20), QStringLiteral("holiday"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("ground"));
        QVERIFY2(s.error().message.contains(QStringLiteral("re-employment")), "lists the allowed grounds");
    }

    void stopMonthIsADataSetting()
    {
        // The shipped setting: the month after the ground arises, with its source.
        QCOMPARE(m_evaluator->rules().stopPayment().value, QStringLiteral("next-month"));
        QVERIFY(!m_evaluator->rules().stopPayment().provenance.url.isEmpty());
        // A copy of the data with "same-month" stops in the month of the ground.
        QTemporaryDir dir;
        QFile shipped(QStringLiteral(":/parameters/unemployment/unemployment.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray bytes = shipped.readAll();
        QVERIFY(bytes.contains("\"value\": \"next-month\""));
        bytes.replace("\"value\": \"next-month\"", "\"value\": \"same-month\"");
        const QString path = dir.filePath(QStringLiteral("unemployment.json"));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(bytes);
        copy.close();
        const auto rules = UnemploymentRules::load(path);
        QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.error().message));
        const ClaimEvaluator sameMonth(*rules);
        const auto s = sameMonth.stop({QDate(2026, 3, 10), YearMonth(2026, 3), 18}, QDate(2026, 7, 20), QStringLiteral("re-employment"));
        QVERIFY(s.ok());
        QCOMPARE(s->firstUnpaidMonth, YearMonth(2026, 7));
        QCOMPARE(s->monthsReceived, 4);
        QCOMPARE(s->monthsLeft, 14);
    }

    void malformedDataIsRefusedWithItsPath()
    {
        QTemporaryDir dir;
        QFile shipped(QStringLiteral(":/parameters/unemployment/unemployment.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray bytes = shipped.readAll();
        bytes.replace("\"source\": \"BJ-UI-2025\"", "\"source\": \"NOPE\"");
        const QString path = dir.filePath(QStringLiteral("unemployment.json"));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(bytes);
        copy.close();
        const auto rules = UnemploymentRules::load(path);
        QVERIFY(!rules.ok());
        QVERIFY2(rules.error().field.endsWith(QStringLiteral("standards.regions[0].source")), qPrintable(rules.error().field));
    }

    void awardNoticeCarriesTheAnswer()
    {
        const auto a = m_evaluator->evaluate(claim(60));
        insured::InsuredPerson person;
        person.name = QStringLiteral("李志强");
        person.citizenId = QStringLiteral("110105196403150311");
        const notice::Notice n
            = unemployment::ClaimNotice::award(m_evaluator->rules(), person, *a, 7, QDate(2026, 3, 10), QStringLiteral("张敏"));
        QVERIFY(!n.title.isEmpty());
        QString all;
        for (const auto &section : n.sections) {
            for (const auto &row : section.rows)
                all += row.first + u'=' + row.second + u'\n';
            all += section.paragraphs.join(u'\n');
        }
        QVERIFY2(all.contains(QStringLiteral("1,530.00")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("27,540.00")), qPrintable(all)); // 1530 × 18
        QVERIFY2(all.contains(QStringLiteral("2026-03")) && all.contains(QStringLiteral("2027-08")), qPrintable(all));
        QVERIFY2(!all.contains(person.citizenId), "the ID number is masked");
        // The staff copy's notes name the data's documents and the rules' edition; the visitor's
        // bases are the articles (the data's "basis"/"citation"), never a file name.
        QVERIFY2(n.staffNotes.join(u'\n').contains(QStringLiteral("失业保险条例")), qPrintable(n.staffNotes.join(u'\n')));
        QVERIFY2(n.staffNotes.join(u'\n').contains(m_evaluator->rules().version().digest), qPrintable(n.staffNotes.join(u'\n')));
        QVERIFY2(!n.bases.isEmpty(), "the conditions name their articles");
        for (const QString &basis : n.bases)
            QVERIFY2(!basis.contains(QStringLiteral(".json")) && !basis.contains(QStringLiteral("[")), qPrintable(basis));
    }

private:
    std::unique_ptr<ClaimEvaluator> m_evaluator;
};

QTEST_GUILESS_MAIN(TestUnemployment)
#include "testunemployment.moc"
