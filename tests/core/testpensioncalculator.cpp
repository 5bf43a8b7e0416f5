// PensionCalculator against the worked examples of real calculation sheets and teaching pages
// (tests/data/worked-examples.json, copied unchanged from the policy research), and its refusals.

#include "pension/pensioncalculator.h"
#include "pension/pensioncasejson.h"
#include "policy/parameterset.h"

#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace tongban;

namespace {

QJsonDocument readJson(const QString &name)
{
    QFile file(QStringLiteral(TONGBAN_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll());
}

Money resultField(const pension::PensionResult &r, const QString &field)
{
    if (field == u"basic_pension")
        return r.basicPension;
    if (field == u"individual_account_pension")
        return r.individualAccountPension;
    if (field == u"transitional_pension")
        return r.transitionalPension;
    if (field == u"total")
        return r.total;
    qFatal("unknown result field %s", qPrintable(field));
}

} // namespace

class TestPensionCalculator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_parameters = test::shippedParameters(); }

    void workedExamples_data()
    {
        QTest::addColumn<QJsonObject>("caseObject");
        QTest::addColumn<QJsonObject>("expect");
        QTest::addColumn<QJsonObject>("expected");

        QMap<QString, QJsonObject> expectedById;
        for (const QJsonValue &v : readJson(QStringLiteral("worked-examples.json")).array())
            expectedById.insert(v[u"id"].toString(), v[u"expected"].toObject());
        const QJsonArray cases = readJson(QStringLiteral("worked-example-cases.json"))[u"cases"].toArray();
        QVERIFY(cases.size() >= 20);
        for (const QJsonValue &c : cases) {
            const QString id = c[u"id"].toString();
            QVERIFY2(expectedById.contains(id), qPrintable(id));
            const QString name = c[u"variant"].isString() ? id + u' ' + c[u"variant"].toString() : id;
            QTest::newRow(qPrintable(name)) << c[u"case"].toObject() << c[u"expect"].toObject() << expectedById.value(id);
        }
    }

    void workedExamples()
    {
        QFETCH(QJsonObject, caseObject);
        QFETCH(QJsonObject, expect);
        QFETCH(QJsonObject, expected);

        const auto pensionCase = pension::PensionCaseJson::parse(caseObject);
        QVERIFY2(pensionCase.ok(),
                 qPrintable(pensionCase.ok() ? QString() : pensionCase.error().field + u": " + pensionCase.error().message));
        const auto result = pension::PensionCalculator(m_parameters).calculate(*pensionCase);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().field + u": " + result.error().message));

        QVERIFY(!expect.isEmpty());
        for (auto it = expect.begin(); it != expect.end(); ++it) {
            const QJsonValue want = expected.value(it.value().toString());
            QVERIFY2(want.isDouble(), qPrintable(it.value().toString()));
            if (it.key() == u"payout_months") {
                QCOMPARE(result->payoutMonths, *Rational::fromJsonDouble(want.toDouble()));
                continue;
            }
            const Money got = resultField(*result, it.key());
            QCOMPARE(got.toPlainString(), Money::fromJsonDouble(want.toDouble())->toPlainString());
        }
        // Every result explains itself: the components and the total each have a line.
        QStringList keys;
        for (const auto &line : result->lines)
            keys << line.key;
        for (const char *key :
             {"contribution_years", "payout_months", "calculation_base", "basic_pension", "individual_account_pension", "total"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
        // Issue 16: a formula's figures are grouped by thousands as the value beside it is
        // ("12,049.00", never "12049.00"), and every step says in plain words what it is.
        static const QRegularExpression ungrouped(QStringLiteral("(?<![0-9,])[0-9]{4,}\\.[0-9]"));
        for (const auto &line : result->lines) {
            QVERIFY2(!ungrouped.match(line.formula).hasMatch(), qPrintable(line.key + u": " + line.formula));
            QVERIFY2(!line.explanation.isEmpty(), qPrintable(line.key));
        }
        const auto basic
            = std::find_if(result->lines.cbegin(), result->lines.cend(), [](const auto &l) { return l.key == u"basic_pension"; });
        QVERIFY2(QRegularExpression(QStringLiteral("^\\([0-9]{1,3}(,[0-9]{3})+\\.[0-9]{2} \\+ ")).match(basic->formula).hasMatch(),
                 qPrintable(basic->formula));

        // A stored case reads back as the same case: the written JSON parses, writes the same
        // again, and computes the same result.
        const QJsonObject written = pension::PensionCaseJson::caseToJson(*pensionCase);
        const auto reread = pension::PensionCaseJson::parse(written);
        QVERIFY2(reread.ok(), qPrintable(reread.ok() ? QString() : reread.error().field + u": " + reread.error().message));
        QCOMPARE(pension::PensionCaseJson::caseToJson(*reread), written);
        const auto again = pension::PensionCalculator(m_parameters).calculate(*reread);
        QVERIFY(again.ok());
        QCOMPARE(pension::PensionCaseJson::toJson(*again), pension::PensionCaseJson::toJson(*result));
    }

    void componentsAddUpToTheTotal()
    {
        const auto c = pension::PensionCaseJson::parse(QJsonObject {{QStringLiteral("region"), QStringLiteral("110000")},
                                                                    {QStringLiteral("retirement"), QStringLiteral("2025-03")},
                                                                    {QStringLiteral("average_index"), 1.1234},
                                                                    {QStringLiteral("actual_months"), 301},
                                                                    {QStringLiteral("deemed_months"), 77},
                                                                    {QStringLiteral("account_balance"), 123456.78},
                                                                    {QStringLiteral("payout_months"), 139}});
        QVERIFY(c.ok());
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(r.ok());
        QCOMPARE(r->calculationBase, Money::fromFen(1204900)); // 12049, 京人社发〔2025〕13号
        QCOMPARE(r->total, r->basicPension + r->individualAccountPension + r->transitionalPension);
        QVERIFY(!r->transitionalPension.isZero()); // Beijing G同 from the deemed months
    }

    void shanghaiRoundsComponentsToTheJiao()
    {
        const auto c = pension::PensionCaseJson::parse(QJsonObject {{QStringLiteral("region"), QStringLiteral("310000")},
                                                                    {QStringLiteral("retirement"), QStringLiteral("2025-11")},
                                                                    {QStringLiteral("average_index"), 0.6754},
                                                                    {QStringLiteral("actual_months"), 187},
                                                                    {QStringLiteral("account_balance"), 92372},
                                                                    {QStringLiteral("payout_months"), 195}});
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(r.ok());
        QCOMPARE(r->basicPension.toPlainString(), QStringLiteral("1622.80")); // 1622.81 to the fen
        QCOMPARE(r->individualAccountPension.toPlainString(), QStringLiteral("473.70"));
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("field");
        const auto o = [](const char *k, QJsonValue v) { return QJsonObject {{QLatin1String(k), v}}; };
        QTest::newRow("unknown region") << o("region", QStringLiteral("990000")) << QStringLiteral("region");
        QTest::newRow("malformed region") << o("region", QStringLiteral("11")) << QStringLiteral("region");
        QTest::newRow("index above 3") << o("average_index", 3.5) << QStringLiteral("average_index");
        QTest::newRow("negative index") << o("average_index", -0.1) << QStringLiteral("average_index");
        QTest::newRow("third decimal in an amount") << o("account_balance", 1000.005) << QStringLiteral("account_balance");
        QTest::newRow("months not whole") << o("actual_months", 12.5) << QStringLiteral("actual_months");
        QTest::newRow("misspelt field") << o("deemed_month", 12) << QStringLiteral("deemed_month");
        QTest::newRow("bad month") << o("retirement", QStringLiteral("2025-13")) << QStringLiteral("retirement");
        QTest::newRow("bad group") << o("group", QStringLiteral("female")) << QStringLiteral("group");
        QTest::newRow("no published base") << o("retirement", QStringLiteral("2031-01")) << QStringLiteral("calculation_base");
        QTest::newRow("payout months zero") << o("payout_months", 0) << QStringLiteral("payout_months");
        QTest::newRow("bad rounding") << QJsonObject {{QStringLiteral("rounding"),
                                                       QJsonObject {{QStringLiteral("years"), QStringLiteral("3dp")}}}}
                                      << QStringLiteral("rounding.years");
        QTest::newRow("bad part")
            << QJsonObject {{QStringLiteral("transitional"),
                             QJsonObject {{QStringLiteral("parts"),
                                           QJsonArray {QJsonObject {{QStringLiteral("months"), -3}, {QStringLiteral("index"), 1}}}}}}}
            << QStringLiteral("transitional.parts[0].months");
        QTest::newRow("notional account outside Shanghai")
            << QJsonObject {{QStringLiteral("transitional"), QJsonObject {{QStringLiteral("notional_account"), 100}}}}
            << QStringLiteral("transitional.notional_account");
        QTest::newRow("approved amount and its inputs both")
            << QJsonObject {{QStringLiteral("transitional"),
                             QJsonObject {{QStringLiteral("amount"), 817.43}, {QStringLiteral("coefficient"), 0.012}}}}
            << QStringLiteral("transitional.amount");
        QTest::newRow("spreadsheet decimals") << o("average_index", 0.6666666666666666) << QStringLiteral("average_index");
        QTest::newRow("supplements not a list")
            << QJsonObject {{QStringLiteral("supplements"),
                             QJsonObject {{QStringLiteral("label"), QStringLiteral("x")}, {QStringLiteral("amount"), 5}}}}
            << QStringLiteral("supplements");
        QTest::newRow("negative supplement") << QJsonObject {{QStringLiteral("supplements"),
                                                              QJsonArray {QJsonObject {{QStringLiteral("label"), QStringLiteral("x")},
                                                                                       {QStringLiteral("amount"), -50}}}}}
                                             << QStringLiteral("supplements[0].amount");
        QTest::newRow("transitional not an object") << o("transitional", 5) << QStringLiteral("transitional");
        QTest::newRow("rounding not an object") << o("rounding", QStringLiteral("fen")) << QStringLiteral("rounding");
        QTest::newRow("huge amount") << o("account_balance", 90071992547409.91) << QStringLiteral("account_balance");
        QTest::newRow("payout months below one") << o("payout_months", 0.5) << QStringLiteral("payout_months");
        QTest::newRow("negative approved amount")
            << QJsonObject {{QStringLiteral("transitional"), QJsonObject {{QStringLiteral("amount"), -1}}}}
            << QStringLiteral("transitional.amount");
    }

    void badInputNamesTheField()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, field);
        QJsonObject c {{QStringLiteral("region"), QStringLiteral("110000")},
                       {QStringLiteral("retirement"), QStringLiteral("2024-06")},
                       {QStringLiteral("average_index"), 1.0},
                       {QStringLiteral("actual_months"), 240},
                       {QStringLiteral("account_balance"), 50000},
                       {QStringLiteral("payout_months"), 139}};
        for (auto it = patch.begin(); it != patch.end(); ++it)
            c.insert(it.key(), it.value());
        const auto parsed = pension::PensionCaseJson::parse(c);
        Error error;
        if (!parsed.ok()) {
            error = parsed.error();
        } else {
            const auto r = pension::PensionCalculator(m_parameters).calculate(*parsed);
            QVERIFY2(!r.ok(), "a bad case was accepted");
            error = r.error();
        }
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
    }

    void belowTheMinimumPeriodWarns()
    {
        const auto c = pension::PensionCaseJson::parse(QJsonObject {{QStringLiteral("region"), QStringLiteral("110000")},
                                                                    {QStringLiteral("retirement"), QStringLiteral("2024-06")},
                                                                    {QStringLiteral("average_index"), 1.0},
                                                                    {QStringLiteral("actual_months"), 179},
                                                                    {QStringLiteral("account_balance"), 1000},
                                                                    {QStringLiteral("payout_months"), 139}});
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 1);
    }

    // Computed, but said: a start outside the flexible window, and a Beijing case without the
    // G实 part its region pays (it needs the contribution history).
    void warningsSayWhatTheCaseLeavesOut()
    {
        const auto c = pension::PensionCaseJson::parse(QJsonObject {{QStringLiteral("region"), QStringLiteral("110000")},
                                                                    {QStringLiteral("group"), QStringLiteral("male")},
                                                                    {QStringLiteral("birth"), QStringLiteral("1964-03")},
                                                                    {QStringLiteral("retirement"), QStringLiteral("2021-03")},
                                                                    {QStringLiteral("calculation_base"), 10534},
                                                                    {QStringLiteral("average_index"), 1.0},
                                                                    {QStringLiteral("actual_months"), 300},
                                                                    {QStringLiteral("deemed_months"), 60},
                                                                    {QStringLiteral("account_balance"), 100000}});
        QVERIFY(c.ok());
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(r.ok());
        const QString warnings = r->warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"2024-03") && warnings.contains(u"2027-03"), qPrintable(warnings)); // earliest, latest
        QVERIFY2(warnings.contains(u"G实") && warnings.contains(u"1992-10"), qPrintable(warnings));
    }

    // Issue 15 point 2: a case that carries every figure computes with the national formula in
    // a province whose rule set is missing (河北 130000 left out of a copy of the shipped data; the
    // 唐山 sheet HB-01 of the research: base 6849, indexed wage 5299.07, 42 months paid before
    // 1996-01 at 1.3 %), and the result says which regional defaults it did not have.
    void completeCaseComputesAnywhere()
    {
        const auto withoutHebei = test::shippedParametersWithout(QStringLiteral("130000"));
        const QJsonObject complete {
            {QStringLiteral("region"), QStringLiteral("130203")},
            {QStringLiteral("retirement"), QStringLiteral("2023-02")},
            {QStringLiteral("calculation_base"), 6849},
            {QStringLiteral("average_index"), 0.7737},
            {QStringLiteral("indexed_wage"), 5299.07},
            {QStringLiteral("actual_months"), 368},
            {QStringLiteral("account_balance"), 89850.24},
            {QStringLiteral("payout_months"), 195},
            {QStringLiteral("transitional"),
             QJsonObject {
                 {QStringLiteral("parts"), QJsonArray {QJsonObject {{QStringLiteral("months"), 42}, {QStringLiteral("index"), 0.7737}}}},
                 {QStringLiteral("coefficient"), 0.013}}},
            {QStringLiteral("rounding"), QJsonObject {{QStringLiteral("years"), QStringLiteral("2dp")}}}};
        const auto c = pension::PensionCaseJson::parse(complete);
        QVERIFY(c.ok());
        const auto r = pension::PensionCalculator(withoutHebei).calculate(*c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().field + u": " + r.error().message));
        // (6849 + 5299.07)/2 × 30.67 % = 1862.91; 89850.24 / 195 = 460.77; 6849 × 0.7737 × 3.5 × 1.3 % = 241.11
        QCOMPARE(r->basicPension.toPlainString(), QStringLiteral("1862.91"));
        QCOMPARE(r->individualAccountPension.toPlainString(), QStringLiteral("460.77"));
        QCOMPARE(r->transitionalPension.toPlainString(), QStringLiteral("241.11"));
        QCOMPARE(r->total.toPlainString(), QStringLiteral("2564.79"));
        QVERIFY(!r->regionalRules);
        QCOMPARE(pension::PensionCaseJson::toJson(*r)[u"regional_rules"].toBool(true), false);
        QCOMPARE(r->regionName, QStringLiteral("Hebei"));
        const QString warnings = r->warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"国发〔2005〕38号"), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"rounding.amounts") && warnings.contains(u"rounding.total"), qPrintable(warnings));
        QVERIFY2(!warnings.contains(u"rounding.years"), qPrintable(warnings)); // the case gave it
        QVERIFY2(warnings.contains(u"supplements"), qPrintable(warnings));
        // A calculation there depends on the national file alone.
        QCOMPARE(withoutHebei->versionsFor(QStringLiteral("130203")).size(), 1);
        QCOMPARE(withoutHebei->versionsFor(QStringLiteral("130203")).first().file, QStringLiteral("national.json"));
        // With the shipped rule set the same case is computed by Hebei's own rules.
        const auto shipped = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(shipped.ok());
        QVERIFY(shipped->regionalRules);
        QCOMPARE(shipped->total.toPlainString(), QStringLiteral("2564.79"));
    }

    // Without a rule set (Henan left out of a copy of the shipped data), a figure the case leaves
    // out is an error that names it: nothing is taken from a neighbour.
    void incompleteCaseWithoutARuleSetNamesTheFigure_data()
    {
        QTest::addColumn<QStringList>("remove");
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("field");
        QTest::newRow("no calculation base") << QStringList {QStringLiteral("calculation_base")} << QJsonObject()
                                             << QStringLiteral("calculation_base");
        QTest::newRow("deemed months without transitional inputs")
            << QStringList {QStringLiteral("transitional")} << QJsonObject {{QStringLiteral("deemed_months"), 60}}
            << QStringLiteral("transitional");
        QTest::newRow("parts without a coefficient")
            << QStringList()
            << QJsonObject {{QStringLiteral("transitional"),
                             QJsonObject {{QStringLiteral("parts"),
                                           QJsonArray {QJsonObject {{QStringLiteral("months"), 42}, {QStringLiteral("index"), 1.0}}}}}}}
            << QStringLiteral("transitional.coefficient");
        QTest::newRow("deemed months without their index")
            << QStringList()
            << QJsonObject {{QStringLiteral("deemed_months"), 60},
                            {QStringLiteral("transitional"), QJsonObject {{QStringLiteral("coefficient"), 0.013}}}}
            << QStringLiteral("transitional.deemed_index");
        QTest::newRow("an age with months without payout months")
            << QStringList {QStringLiteral("payout_months")}
            << QJsonObject {{QStringLiteral("group"), QStringLiteral("male")}, {QStringLiteral("birth"), QStringLiteral("1964-11")}}
            << QStringLiteral("payout_months");
        QTest::newRow("not a province of the scheme")
            << QStringList() << QJsonObject {{QStringLiteral("region"), QStringLiteral("810000")}} << QStringLiteral("region");
    }

    void incompleteCaseWithoutARuleSetNamesTheFigure()
    {
        QFETCH(QStringList, remove);
        QFETCH(QJsonObject, patch);
        QFETCH(QString, field);
        QJsonObject c {{QStringLiteral("region"), QStringLiteral("410000")},
                       {QStringLiteral("retirement"), QStringLiteral("2025-02")},
                       {QStringLiteral("calculation_base"), 7000},
                       {QStringLiteral("average_index"), 1.0},
                       {QStringLiteral("actual_months"), 360},
                       {QStringLiteral("account_balance"), 100000},
                       {QStringLiteral("payout_months"), 139},
                       {QStringLiteral("transitional"), QJsonObject {{QStringLiteral("parts"), QJsonArray()}}}};
        for (const QString &key : remove)
            c.remove(key);
        for (auto it = patch.begin(); it != patch.end(); ++it)
            c.insert(it.key(), it.value());
        const auto parsed = pension::PensionCaseJson::parse(c);
        QVERIFY(parsed.ok());
        const auto r = pension::PensionCalculator(test::shippedParametersWithout(QStringLiteral("410000"))).calculate(*parsed);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

QTEST_GUILESS_MAIN(TestPensionCalculator)
#include "testpensioncalculator.moc"
