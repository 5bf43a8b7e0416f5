// The 2022 temporary premium deferral (阶段性缓缴社会保险费, policy-facts §8): the shipped rules
// (resources/parameters/deferral/2022.json) and industry table (GB/T 4754-2017), the payer
// validation (GB 32100-2015 USCC), the evaluator case by case with the reason expected, a
// modified copy of the data changing the answer, and the printed notice's content.

#include "deferral/deferralevaluator.h"
#include "deferral/deferraljson.h"
#include "deferral/deferralnotice.h"
#include "deferral/deferralrules.h"
#include "employer/industrycatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using deferral::DeferralEvaluator;
using deferral::DeferralOutcome;
using deferral::DeferralRules;
using deferral::InsuranceOutcome;
using deferral::Payer;
using employer::IndustryCatalog;

Q_DECLARE_METATYPE(tongban::deferral::Payer)

namespace {

const QString validUscc = QStringLiteral("91350100M000100Y43");

IndustryCatalog shippedCatalog()
{
    auto catalog = IndustryCatalog::loadBuiltIn();
    if (!catalog)
        qFatal("industry table does not load: %s: %s", qPrintable(catalog.error().field), qPrintable(catalog.error().message));
    return *catalog;
}

DeferralRules shippedRules()
{
    auto rules = DeferralRules::loadBuiltIn();
    if (!rules)
        qFatal("deferral rules do not load: %s: %s", qPrintable(rules.error().field), qPrintable(rules.error().message));
    return *rules;
}

Payer payer(const QString &kind, const QString &industry, const QString &size, bool hardHit, bool difficulty,
            const QString &uscc = validUscc)
{
    Payer p;
    p.kind = kind;
    p.uscc = Payer::isOrganisation(kind) ? uscc : QString();
    p.industry = industry;
    p.size = size;
    p.hardHitArea = hardHit;
    p.temporaryDifficulty = difficulty;
    return p;
}

const InsuranceOutcome *find(const DeferralOutcome &outcome, const QString &insurance)
{
    for (const InsuranceOutcome &answer : outcome.insurances)
        if (answer.insurance == insurance)
            return &answer;
    return nullptr;
}

/// "2022-04..2022-12" for an eligible answer, "no" otherwise.
QString window(const InsuranceOutcome &answer)
{
    if (!answer.eligible)
        return QStringLiteral("no");
    return answer.from->toString() + QStringLiteral("..") + answer.to->toString();
}

} // namespace

class TestDeferral : public QObject
{
    Q_OBJECT

private slots:
    void catalogHasEverySectionAndMajorGroup()
    {
        const IndustryCatalog catalog = shippedCatalog();
        int sections = 0;
        QStringList groups;
        for (const auto &entry : catalog.entries()) {
            if (entry.level == employer::IndustryEntry::Level::Section)
                ++sections;
            else if (entry.level == employer::IndustryEntry::Level::MajorGroup)
                groups << entry.code;
        }
        QCOMPARE(sections, 20);
        QCOMPARE(groups.size(), 97);
        QCOMPARE(groups.first(), QStringLiteral("01"));
        QCOMPARE(groups.last(), QStringLiteral("97"));
        QCOMPARE(catalog.name(QStringLiteral("62")), QStringLiteral("餐饮业"));
        QCOMPARE(catalog.name(QStringLiteral("13")), QStringLiteral("农副食品加工业"));
        QCOMPARE(catalog.name(QStringLiteral("7291")), QStringLiteral("旅行社及相关服务"));
        QCOMPARE(catalog.name(QStringLiteral("H")), QStringLiteral("住宿和餐饮业"));
        QVERIFY(catalog.source().contains(u"GB/T 4754-2017"));
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("majorGroup");
        QTest::addColumn<QString>("classCode");
        QTest::addColumn<QString>("error"); // a phrase of the message, empty when valid
        QTest::newRow("C13") << QStringLiteral("C13") << QStringLiteral("C") << QStringLiteral("13") << QString() << QString();
        QTest::newRow("13") << QStringLiteral("13") << QStringLiteral("C") << QStringLiteral("13") << QString() << QString();
        // 1310 谷物磨制 was a class of GB/T 4754-2011; 2017 split it into 1311…1319.
        QTest::newRow("1311") << QStringLiteral("1311") << QStringLiteral("C") << QStringLiteral("13") << QStringLiteral("1311")
                              << QString();
        QTest::newRow("C1311") << QStringLiteral("C1311") << QStringLiteral("C") << QStringLiteral("13") << QStringLiteral("1311")
                               << QString();
        QTest::newRow("1310, a class of 2011 only") << QStringLiteral("1310") << QString() << QString() << QString()
                                                    << QStringLiteral("1310 is not a class (小类) of GB/T 4754-2017");
        QTest::newRow("lower case, spaces") << QStringLiteral(" h 62 ") << QStringLiteral("H") << QStringLiteral("62") << QString()
                                            << QString();
        QTest::newRow("L7291") << QStringLiteral("L7291") << QStringLiteral("L") << QStringLiteral("72") << QStringLiteral("7291")
                               << QString();
        QTest::newRow("3-digit group") << QStringLiteral("131") << QStringLiteral("C") << QStringLiteral("13") << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString() << QString() << QStringLiteral("missing");
        QTest::newRow("no such major group") << QStringLiteral("98") << QString() << QString() << QString()
                                             << QStringLiteral("major group 98 does not exist");
        QTest::newRow("00") << QStringLiteral("00") << QString() << QString() << QString() << QStringLiteral("does not exist");
        QTest::newRow("wrong section") << QStringLiteral("H13") << QString() << QString() << QString()
                                       << QStringLiteral("belongs to section C, not H");
        QTest::newRow("section only") << QStringLiteral("C") << QString() << QString() << QString() << QStringLiteral("major group 01–97");
        QTest::newRow("5 digits") << QStringLiteral("13101") << QString() << QString() << QString()
                                  << QStringLiteral("not an industry code");
    }

    void normalize()
    {
        QFETCH(QString, text);
        QFETCH(QString, section);
        QFETCH(QString, majorGroup);
        QFETCH(QString, classCode);
        QFETCH(QString, error);
        const auto code = shippedCatalog().normalize(text, QStringLiteral("payer.industry"));
        if (!error.isEmpty()) {
            QVERIFY(!code);
            QCOMPARE(code.error().field, QStringLiteral("payer.industry"));
            QVERIFY2(code.error().message.contains(error), qPrintable(code.error().message));
            return;
        }
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        QCOMPARE(code->section, section);
        QCOMPARE(code->majorGroup, majorGroup);
        QCOMPARE(code->classCode, classCode);
    }

    void rulesLoadAndEveryRuleNamesASource()
    {
        const DeferralRules rules = shippedRules();
        QCOMPARE(rules.insurances(),
                 (QStringList {QStringLiteral("pension"), QStringLiteral("unemployment"), QStringLiteral("work-injury")}));
        QCOMPARE(rules.payBackBy(), QDate(2023, 12, 31));
        QVERIFY(rules.lateFeeWaived());
        QVERIFY(!rules.rules().isEmpty());
        QStringList numbers;
        for (const auto &rule : rules.rules()) {
            QVERIFY2(!rules.source(rule.source).document.isEmpty(), qPrintable(rule.id));
            QVERIFY(!rule.confidence.isEmpty());
            numbers << rules.source(rule.source).number;
            for (const auto &w : rule.windows) {
                QVERIFY2(!rules.source(w.source).document.isEmpty(), qPrintable(rule.id + u'/' + w.insurance));
                QVERIFY(!w.confidence.isEmpty());
            }
        }
        for (const auto &group : rules.groups())
            QVERIFY(!rules.source(group.source).document.isEmpty());
        QVERIFY(numbers.contains(QStringLiteral("人社厅发〔2022〕16号")));
        QVERIFY(numbers.contains(QStringLiteral("人社部发〔2022〕31号")));
        QVERIFY(rules.source(QStringLiteral("RSBF-2022-23")).document.contains(u"人社部发〔2022〕23号"));
        // The five hardship industries as §8 lists them (住宿 61 is not one); the 17 by major group.
        QCOMPARE(rules.group(QStringLiteral("five-hardship"))->codes,
                 (QStringList {QStringLiteral("62"), QStringLiteral("52"), QStringLiteral("7291"), QStringLiteral("56"),
                               QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("55")}));
        QCOMPARE(rules.group(QStringLiteral("seventeen"))->codes.size(), 17);
        // Every code of a group exists in the industry table.
        const IndustryCatalog catalog = shippedCatalog();
        for (const auto &group : rules.groups())
            for (const QString &code : group.codes)
                QVERIFY2(!catalog.name(code).isEmpty(), qPrintable(code));
    }

    void evaluate_data()
    {
        QTest::addColumn<Payer>("who");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("pension"); // "from..to" or "no"
        QTest::addColumn<QString>("unemployment");
        QTest::addColumn<QString>("workInjury");
        QTest::addColumn<QString>("share"); // of the eligible insurances
        QTest::addColumn<QString>("reasonOf"); // the insurance whose reasons hold the phrase
        QTest::addColumn<QString>("phrase");

        const QString e = QStringLiteral("enterprise");
        const QString no = QStringLiteral("no");
        const QString five = QStringLiteral("is one of the five hardship industries (人社厅发〔2022〕16号)");
        const QDate june(2022, 6, 15);
        const QDate november(2022, 11, 30);
        const QString p = QStringLiteral("pension");
        const QString u = QStringLiteral("unemployment");
        const auto w = [](const char *from, const char *to) -> QString {
            return QString::fromLatin1(from) + QStringLiteral("..") + QString::fromLatin1(to);
        };

        // 人社厅发〔2022〕16号, extended by 31号: the five hardship industries, any size, fixed windows.
        QTest::newRow("16号 餐饮 62, large, June") << payer(e, QStringLiteral("62"), QStringLiteral("large"), false, false) << june
                                                   << w("2022-04", "2022-12") << w("2022-04", "2023-03") << w("2022-04", "2023-03")
                                                   << QStringLiteral("employer") << p << QStringLiteral("industry 62 餐饮业 ") + five;
        QTest::newRow("16号 零售 F52, November") << payer(e, QStringLiteral("F52"), QStringLiteral("medium"), false, false) << november
                                                 << w("2022-04", "2022-12") << w("2022-04", "2023-03") << w("2022-04", "2023-03")
                                                 << QStringLiteral("employer") << u << QStringLiteral("industry 52 零售业 ") + five;
        QTest::newRow("16号 旅游 7291") << payer(e, QStringLiteral("L7291"), QStringLiteral("small"), false, false) << june
                                        << w("2022-04", "2022-12") << w("2022-04", "2023-03") << w("2022-04", "2023-03")
                                        << QStringLiteral("employer") << p << QStringLiteral("industry 7291 旅行社及相关服务 ") + five;
        QTest::newRow("16号 民航 56") << payer(e, QStringLiteral("56"), QStringLiteral("large"), false, false) << june
                                      << w("2022-04", "2022-12") << w("2022-04", "2023-03") << w("2022-04", "2023-03")
                                      << QStringLiteral("employer") << p << QStringLiteral("industry 56 航空运输业 ") + five;
        QTest::newRow("16号 铁路 53") << payer(e, QStringLiteral("53"), QStringLiteral("large"), false, false) << june
                                      << w("2022-04", "2022-12") << w("2022-04", "2023-03") << w("2022-04", "2023-03")
                                      << QStringLiteral("employer") << p << QStringLiteral("industry 53 铁路运输业 ") + five;
        QTest::newRow("16号 道路 G54, unit-insured individual business")
            << payer(QStringLiteral("individual-business-unit"), QStringLiteral("G54"), QStringLiteral("micro"), false, false) << november
            << w("2022-04", "2022-12") << w("2022-04", "2023-03") << w("2022-04", "2023-03") << QStringLiteral("employer") << p
            << QStringLiteral("industry 54 道路运输业 ") + five;
        QTest::newRow("16号 水上 55, employee share still paid")
            << payer(e, QStringLiteral("55"), QStringLiteral("large"), false, false) << june << w("2022-04", "2022-12")
            << w("2022-04", "2023-03") << w("2022-04", "2023-03") << QStringLiteral("employer") << p
            << QStringLiteral("the employee share is still withheld and paid");
        QTest::newRow("16号 餐饮, pay back and late fee") << payer(e, QStringLiteral("62"), QStringLiteral("large"), false, false) << june
                                                          << w("2022-04", "2022-12") << w("2022-04", "2023-03") << w("2022-04", "2023-03")
                                                          << QStringLiteral("employer") << p << QStringLiteral("paid back by 2023-12-31");
        QTest::newRow("16号 public institution in 62")
            << payer(QStringLiteral("public-institution"), QStringLiteral("62"), QString(), false, false) << june << w("2022-04", "2022-12")
            << w("2022-04", "2023-03") << w("2022-04", "2023-03") << QStringLiteral("employer") << p << five;
        QTest::newRow("16号 before: 2022-03-01")
            << payer(e, QStringLiteral("62"), QStringLiteral("large"), false, false) << QDate(2022, 3, 1) << no << no << no << QString()
            << p << QStringLiteral("not begun on 2022-03-01: the policy was not yet in force; applications from 2022-04-25");
        QTest::newRow("16号 after: 2024-01-02")
            << payer(e, QStringLiteral("62"), QStringLiteral("large"), false, false) << QDate(2024, 1, 2) << no << no << no << QString()
            << u
            << QStringLiteral("The application period ended on 2022-12-31: no premium may be deferred any more; premiums deferred "
                              "earlier are to be paid back by 2023-12-31");
        QTest::newRow("住宿 61 is not one of the five")
            << payer(e, QStringLiteral("61"), QStringLiteral("large"), false, false) << june << no << no << no << QString() << p
            << QStringLiteral("industry 61 住宿业 is not one of the five hardship industries");
        QTest::newRow("72 without the class 7291") << payer(e, QStringLiteral("72"), QStringLiteral("large"), false, false) << june << no
                                                   << no << no << QString() << p << QStringLiteral("only 7291 旅行社及相关服务 is");

        // 人社部发〔2022〕31号: the 17 industries, units in difficulty, from the application month.
        QTest::newRow("31号 农副食品 13, June")
            << payer(e, QStringLiteral("C13"), QStringLiteral("large"), false, true) << june << w("2022-06", "2022-12")
            << w("2022-06", "2023-05") << w("2022-06", "2023-05") << QStringLiteral("employer") << p
            << QStringLiteral("industry 13 农副食品加工业 is one of the 17 industries of 人社部发〔2022〕31号");
        QTest::newRow("31号 汽车 36, November")
            << payer(e, QStringLiteral("36"), QStringLiteral("medium"), false, true) << november << w("2022-11", "2022-12")
            << w("2022-11", "2023-10") << w("2022-11", "2023-10") << QStringLiteral("employer") << u
            << QStringLiteral("from the application month 2022-11 to 2023-10");
        QTest::newRow("31号 纺织 17") << payer(e, QStringLiteral("17"), QStringLiteral("small"), false, true) << june
                                      << w("2022-06", "2022-12") << w("2022-06", "2023-05") << w("2022-06", "2023-05")
                                      << QStringLiteral("employer") << p << QStringLiteral("temporary operating difficulty attested");
        QTest::newRow("31号 社会工作 85, social organisation")
            << payer(QStringLiteral("social-organisation"), QStringLiteral("85"), QString(), false, true) << june << w("2022-06", "2022-12")
            << w("2022-06", "2023-05") << w("2022-06", "2023-05") << QStringLiteral("employer") << p
            << QStringLiteral("industry 85 社会工作 is one of the 17 industries");
        QTest::newRow("31号 文化艺术 88, no difficulty")
            << payer(e, QStringLiteral("88"), QStringLiteral("large"), false, false) << june << no << no << no << QString() << p
            << QStringLiteral("no temporary operating difficulty attested");
        QTest::newRow("31号 before its date: 2022-05-15")
            << payer(e, QStringLiteral("90"), QStringLiteral("large"), false, true) << QDate(2022, 5, 15) << no << no << no << QString()
            << p << QStringLiteral("applications from 2022-05-31 (人社部发〔2022〕31号)");
        QTest::newRow("31号 after: 2024-01-02")
            << payer(e, QStringLiteral("40"), QStringLiteral("large"), false, true) << QDate(2024, 1, 2) << no << no << no << QString() << p
            << QStringLiteral("The application period ended on 2022-12-31");

        // 31号: micro, small and medium enterprises and unit-insured individual businesses in hard-hit areas.
        QTest::newRow("31号 SME hard-hit, 70") << payer(e, QStringLiteral("70"), QStringLiteral("small"), true, true) << june
                                               << w("2022-06", "2022-12") << w("2022-06", "2022-12") << w("2022-06", "2022-12")
                                               << QStringLiteral("employer") << p << QStringLiteral("size small is micro/small/medium");
        QTest::newRow("31号 unit-insured individual business, hard-hit, November")
            << payer(QStringLiteral("individual-business-unit"), QStringLiteral("80"), QStringLiteral("micro"), true, true) << november
            << w("2022-11", "2022-12") << w("2022-11", "2022-12") << w("2022-11", "2022-12") << QStringLiteral("employer") << p
            << QStringLiteral("in a hard-hit area");
        // Named beside the SMEs, without a size condition: a large unit-insured individual
        // business in a hard-hit area qualifies, and without a size at all as well.
        QTest::newRow("31号 unit-insured individual business, large, hard-hit")
            << payer(QStringLiteral("individual-business-unit"), QStringLiteral("80"), QStringLiteral("large"), true, true) << november
            << w("2022-11", "2022-12") << w("2022-11", "2022-12") << w("2022-11", "2022-12") << QStringLiteral("employer") << p
            << QStringLiteral("in a hard-hit area");
        QTest::newRow("31号 unit-insured individual business, no size, hard-hit")
            << payer(QStringLiteral("individual-business-unit"), QStringLiteral("80"), QString(), true, true) << november
            << w("2022-11", "2022-12") << w("2022-11", "2022-12") << w("2022-11", "2022-12") << QStringLiteral("employer") << p
            << QStringLiteral("in a hard-hit area");
        QTest::newRow("SME not in a hard-hit area") << payer(e, QStringLiteral("70"), QStringLiteral("small"), false, true) << june << no
                                                    << no << no << QString() << p << QStringLiteral("not in a hard-hit area");
        QTest::newRow("large enterprise outside the lists")
            << payer(e, QStringLiteral("70"), QStringLiteral("large"), true, true) << june << no << no << no << QString() << p
            << QStringLiteral("size large is not micro/small/medium");
        QTest::newRow("SME hard-hit without difficulty")
            << payer(e, QStringLiteral("65"), QStringLiteral("medium"), true, false) << june << no << no << no << QString() << u
            << QStringLiteral("no temporary operating difficulty attested");
        QTest::newRow("five-hardship SME in hard-hit area: widest window wins")
            << payer(e, QStringLiteral("62"), QStringLiteral("small"), true, true) << june << w("2022-04", "2022-12")
            << w("2022-04", "2023-03") << w("2022-04", "2023-03") << QStringLiteral("employer") << p << five;

        // Public institutions and social organisations (31号, 人社部 explainer).
        QTest::newRow("public institution, hard-hit, 83")
            << payer(QStringLiteral("public-institution"), QStringLiteral("83"), QString(), true, true) << june << w("2022-06", "2022-12")
            << w("2022-06", "2022-12") << w("2022-06", "2022-12") << QStringLiteral("employer") << p
            << QStringLiteral("public institutions");
        QTest::newRow("social organisation, not hard-hit")
            << payer(QStringLiteral("social-organisation"), QStringLiteral("95"), QString(), false, true) << june << no << no << no
            << QString() << p << QStringLiteral("not in a hard-hit area");

        // 16号: flexibly employed persons and personally insured individual businesses skip 2022 months.
        QTest::newRow("flexibly employed, June")
            << payer(QStringLiteral("flexible-employee"), QString(), QString(), false, false) << june << w("2022-01", "2022-12") << no << no
            << QStringLiteral("all") << p << QStringLiteral("2022 months may be left unpaid and made up by the end of 2023");
        QTest::newRow("flexibly employed: nothing to defer for unemployment")
            << payer(QStringLiteral("flexible-employee"), QString(), QString(), false, false) << november << w("2022-01", "2022-12") << no
            << no << QStringLiteral("all") << u << QStringLiteral("covers unemployment insurance premiums of a flexibly employed person");
        QTest::newRow("personally insured individual business")
            << payer(QStringLiteral("individual-business-personal"), QStringLiteral("62"), QString(), false, false) << november
            << w("2022-01", "2022-12") << no << no << QStringLiteral("all") << p << QStringLiteral("paid back by 2023-12-31");
        QTest::newRow("flexibly employed, after")
            << payer(QStringLiteral("flexible-employee"), QString(), QString(), false, false) << QDate(2024, 1, 2) << no << no << no
            << QString() << p << QStringLiteral("The application period ended on 2022-12-31");
    }

    void evaluate()
    {
        QFETCH(Payer, who);
        QFETCH(QDate, asOf);
        QFETCH(QString, pension);
        QFETCH(QString, unemployment);
        QFETCH(QString, workInjury);
        QFETCH(QString, share);
        QFETCH(QString, reasonOf);
        QFETCH(QString, phrase);

        const DeferralEvaluator evaluator(shippedRules(), shippedCatalog());
        const auto outcome = evaluator.evaluate(who, asOf);
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().field + u": " + outcome.error().message));
        QCOMPARE(outcome->insurances.size(), 3);
        QCOMPARE(window(*find(*outcome, QStringLiteral("pension"))), pension);
        QCOMPARE(window(*find(*outcome, QStringLiteral("unemployment"))), unemployment);
        QCOMPARE(window(*find(*outcome, QStringLiteral("work-injury"))), workInjury);
        QCOMPARE(outcome->eligible, pension != u"no" || unemployment != u"no" || workInjury != u"no");
        // Issue 16: the decisive reason leads, and no sentence is said twice — not per insurance,
        // not per rule.
        QVERIFY(!outcome->headline.isEmpty());
        QStringList said {outcome->headline};
        said << outcome->reasons;
        for (const InsuranceOutcome &answer : outcome->insurances)
            said << answer.reasons;
        for (const QString &sentence : std::as_const(said))
            QVERIFY2(said.count(sentence) == 1, qPrintable(sentence + u"\n--\n" + said.join(u'\n')));
        for (const InsuranceOutcome &answer : outcome->insurances) {
            if (answer.eligible) // its premium months are said, under it or for all when they are the same
                QVERIFY2(outcome->reasonsFor(answer).join(u'\n').contains(answer.from->toString()),
                         qPrintable(outcome->reasonsFor(answer).join(u'\n')));
            QCOMPARE(answer.payBackBy, QDate(2023, 12, 31));
            if (answer.eligible) {
                QCOMPARE(answer.share, share);
                QVERIFY(answer.lateFeeWaived);
                QVERIFY(!answer.sources.isEmpty());
            } else {
                QVERIFY(answer.share.isEmpty());
                QVERIFY(!answer.lateFeeWaived);
            }
        }
        const QString reasons = outcome->reasonsFor(*find(*outcome, reasonOf)).join(u'\n');
        QVERIFY2(reasons.contains(phrase), qPrintable(reasons));
    }

    // Issue 16: the headline is the decisive reason — the closed (or not yet open) application
    // period before any condition, the granting rule of an eligible payer.
    void decisiveReasonLeads_data()
    {
        QTest::addColumn<Payer>("who");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("headline"); // its beginning
        const QString e = QStringLiteral("enterprise");
        QTest::newRow("restaurant after the period")
            << payer(e, QStringLiteral("62"), QStringLiteral("large"), false, false) << QDate(2024, 1, 2)
            << QStringLiteral("The application period ended on 2022-12-31: no premium may be deferred any more");
        QTest::newRow("outside every list, after the period: the period decides")
            << payer(e, QStringLiteral("70"), QStringLiteral("large"), false, false) << QDate(2024, 1, 2)
            << QStringLiteral("The application period ended on 2022-12-31");
        QTest::newRow("flexibly employed, after") << payer(QStringLiteral("flexible-employee"), QString(), QString(), false, false)
                                                  << QDate(2024, 1, 2) << QStringLiteral("The application period ended on 2022-12-31");
        QTest::newRow("before every rule") << payer(e, QStringLiteral("62"), QStringLiteral("large"), false, false) << QDate(2022, 3, 1)
                                           << QStringLiteral("The application period had not begun on 2022-03-01");
        QTest::newRow("restaurant in June") << payer(e, QStringLiteral("62"), QStringLiteral("large"), false, false) << QDate(2022, 6, 15)
                                            << QStringLiteral("Premiums may be deferred under units in the five hardship industries "
                                                              "(人社厅发〔2022〕16号)");
        QTest::newRow("large estate agent in June") << payer(e, QStringLiteral("70"), QStringLiteral("large"), true, true)
                                                    << QDate(2022, 6, 15) << QStringLiteral("No premium may be deferred: no rule of the ");
    }

    void decisiveReasonLeads()
    {
        QFETCH(Payer, who);
        QFETCH(QDate, asOf);
        QFETCH(QString, headline);
        const auto outcome = DeferralEvaluator(shippedRules(), shippedCatalog()).evaluate(who, asOf);
        QVERIFY(outcome.ok());
        QVERIFY2(outcome->headline.startsWith(headline), qPrintable(outcome->headline));
        // The period that decides is not repeated under the rules or the insurances.
        if (headline.startsWith(u"The application period")) {
            QStringList rest = outcome->reasons;
            for (const InsuranceOutcome &answer : outcome->insurances)
                rest << answer.reasons;
            const QString text = rest.join(u'\n');
            QVERIFY2(!text.contains(u"applications closed") && !text.contains(u"not yet in force"), qPrintable(text));
        }
    }

    void modifiedDataChangesTheAnswer()
    {
        // Copy the shipped file, shorten the five industries' pension window to 16号's original
        // 2022-04…2022-06 and move the pay-back deadline: the same code answers differently.
        QFile shipped(QStringLiteral(":/parameters/deferral/2022.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(shipped.readAll()).object();
        QJsonArray rules = json.value(u"rules").toArray();
        bool changed = false;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QJsonObject rule = rules.at(i).toObject();
            if (rule.value(u"id").toString() != u"five-hardship-units")
                continue;
            QJsonArray windows = rule.value(u"windows").toArray();
            QJsonObject pension = windows.at(0).toObject();
            QCOMPARE(pension.value(u"insurance").toString(), QStringLiteral("pension"));
            pension.insert(QStringLiteral("to"), QStringLiteral("2022-06"));
            windows.replace(0, pension);
            rule.insert(QStringLiteral("windows"), windows);
            rules.replace(i, rule);
            changed = true;
        }
        QVERIFY(changed);
        json.insert(QStringLiteral("rules"), rules);
        QJsonObject payBack = json.value(u"pay_back_by").toObject();
        payBack.insert(QStringLiteral("date"), QStringLiteral("2023-06-30"));
        json.insert(QStringLiteral("pay_back_by"), payBack);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile copy(dir.filePath(QStringLiteral("2022-local.json")));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(QJsonDocument(json).toJson());
        copy.close();
        const auto local = DeferralRules::loadFile(copy.fileName());
        QVERIFY2(local.ok(), qPrintable(local.ok() ? QString() : local.error().message));

        const Payer restaurant = payer(QStringLiteral("enterprise"), QStringLiteral("62"), QStringLiteral("large"), false, false);
        const auto before = DeferralEvaluator(shippedRules(), shippedCatalog()).evaluate(restaurant, QDate(2022, 6, 15));
        const auto after = DeferralEvaluator(*local, shippedCatalog()).evaluate(restaurant, QDate(2022, 6, 15));
        QVERIFY(before.ok() && after.ok());
        QCOMPARE(window(*find(*before, QStringLiteral("pension"))), QStringLiteral("2022-04..2022-12"));
        QCOMPARE(window(*find(*after, QStringLiteral("pension"))), QStringLiteral("2022-04..2022-06"));
        QCOMPARE(find(*after, QStringLiteral("pension"))->payBackBy, QDate(2023, 6, 30));
        QVERIFY(after->reasonsFor(*find(*after, QStringLiteral("pension"))).join(u'\n').contains(u"paid back by 2023-06-30"));
    }

    void dataWithoutSourceIsRefused()
    {
        QFile shipped(QStringLiteral(":/parameters/deferral/2022.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(shipped.readAll()).object();
        QJsonArray rules = json.value(u"rules").toArray();
        QJsonObject rule = rules.at(1).toObject();
        rule.remove(QStringLiteral("source"));
        rules.replace(1, rule);
        json.insert(QStringLiteral("rules"), rules);
        const auto parsed = DeferralRules::fromJson(json, QStringLiteral("test"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().field, QStringLiteral("rules[1].source"));
    }

    void payerValidation_data()
    {
        QTest::addColumn<Payer>("who");
        QTest::addColumn<QString>("field"); // empty when valid
        QTest::addColumn<QString>("phrase"); // of the message, or the normalised USCC when valid
        const auto org = [](const QString &uscc) {
            return payer(QStringLiteral("enterprise"), QStringLiteral("62"), QStringLiteral("small"), false, false, uscc);
        };
        QTest::newRow("USCC valid") << org(validUscc) << QString() << validUscc;
        QTest::newRow("USCC lower case accepted") << org(QStringLiteral("91350100m000100y43")) << QString() << validUscc;
        QTest::newRow("USCC wrong check character") << org(QStringLiteral("91350100M000100Y44")) << QStringLiteral("uscc")
                                                    << QStringLiteral("wrong check character: expected 3, got 4");
        QTest::newRow("USCC 17 characters") << org(QStringLiteral("91350100M000100Y4")) << QStringLiteral("uscc")
                                            << QStringLiteral("18 characters");
        QTest::newRow("USCC 19 characters") << org(QStringLiteral("91350100M000100Y433")) << QStringLiteral("uscc")
                                            << QStringLiteral("18 characters");
        for (const char letter : {'I', 'O', 'S', 'V', 'Z'}) {
            QString code = validUscc;
            code[8] = QChar::fromLatin1(letter);
            QTest::addRow("USCC letter %c", letter) << org(code) << QStringLiteral("uscc")
                                                    << QStringLiteral("\"%1\" at position 9 is not allowed").arg(QChar::fromLatin1(letter));
        }
        QTest::newRow("USCC missing for an enterprise") << org(QString()) << QStringLiteral("uscc") << QStringLiteral("required");
        QTest::newRow("USCC missing for a public institution")
            << payer(QStringLiteral("public-institution"), QStringLiteral("83"), QString(), true, true, QString()) << QStringLiteral("uscc")
            << QStringLiteral("required");
        QTest::newRow("kind missing") << payer(QString(), QStringLiteral("62"), QStringLiteral("small"), false, false)
                                      << QStringLiteral("kind") << QStringLiteral("flexible-employee");
        QTest::newRow("kind unknown") << payer(QStringLiteral("company"), QStringLiteral("62"), QStringLiteral("small"), false, false)
                                      << QStringLiteral("kind") << QStringLiteral("company is not a payer kind");
        Payer badIndustry = org(validUscc);
        badIndustry.industry = QStringLiteral("98");
        QTest::newRow("industry unknown") << badIndustry << QStringLiteral("industry") << QStringLiteral("major group 98 does not exist");
        Payer noIndustry = org(validUscc);
        noIndustry.industry.clear();
        QTest::newRow("industry missing for an enterprise") << noIndustry << QStringLiteral("industry") << QStringLiteral("missing");
        Payer noSize = org(validUscc);
        noSize.size.clear();
        QTest::newRow("size missing for an enterprise")
            << noSize << QStringLiteral("size") << QStringLiteral("micro, small, medium, large");
        Payer badSize = org(validUscc);
        badSize.size = QStringLiteral("huge");
        QTest::newRow("size unknown") << badSize << QStringLiteral("size") << QStringLiteral("huge is not a size class");
        QTest::newRow("flexibly employed: no USCC, no industry")
            << payer(QStringLiteral("flexible-employee"), QString(), QString(), false, false) << QString() << QString();
    }

    void payerValidation()
    {
        QFETCH(Payer, who);
        QFETCH(QString, field);
        QFETCH(QString, phrase);
        const auto valid = deferral::PayerValidation::check(who, shippedCatalog());
        if (field.isEmpty()) {
            QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
            QCOMPARE(valid->payer.uscc, phrase);
            return;
        }
        QVERIFY(!valid);
        QCOMPARE(valid.error().field, field);
        QVERIFY2(valid.error().message.contains(phrase), qPrintable(valid.error().message));
    }
};

QTEST_GUILESS_MAIN(TestDeferral)
#include "testdeferral.moc"
