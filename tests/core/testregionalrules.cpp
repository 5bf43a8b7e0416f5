// Regional pension rule sets (issue 3, point 2): each shipped region computes a
// case whose expected values were derived independently (Python decimal,
// ROUND_HALF_UP to the fen unless a region's rule says otherwise; the
// arithmetic is beside each value), the variants of the transitional pension,
// overrides with notes, and the errors for figures the data lacks.

#include "pension/historycasebuilder.h"
#include "pension/pensioncalculator.h"
#include "pension/pensioncasejson.h"
#include "policy/parameterset.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using namespace Qt::Literals::StringLiterals;

namespace {

QString fieldAndMessage(const Error &e)
{
    return e.field + u": " + e.message;
}

const pension::BreakdownLine *findLine(const pension::PensionResult &r, const QString &key)
{
    for (const auto &line : r.lines) {
        if (line.key == key)
            return &line;
    }
    return nullptr;
}

} // namespace

class TestRegionalRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_parameters = test::shippedParameters(); }

    // One case per region; the expected values are independent of the code under
    // test.
    void regionCases_data()
    {
        QTest::addColumn<QJsonObject>("caseObject");
        QTest::addColumn<QString>("basic");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("transitional");
        QTest::addColumn<QString>("years");

        // Beijing 2025-03: base 12049 (京人社发〔2025〕13号); years half-up to 2
        // dp: 378/12 = 31.5. indexed 12049 × 1.1234 = 13535.8466 → 13535.85; (12049
        // + 13535.85)/2 × 31.5 % = 4029.61 account 123456.78 / 139 = 888.178… →
        // 888.18 G同 12049 × 1.0 × 6.42 (77/12 = 6.4167 → 6.42) × 1 % = 773.5458 →
        // 773.55
        QTest::newRow("Beijing 110000") << QJsonObject {{u"region"_s, u"110000"_s},   {u"retirement"_s, u"2025-03"_s},
                                                        {u"average_index"_s, 1.1234}, {u"actual_months"_s, 301},
                                                        {u"deemed_months"_s, 77},     {u"account_balance"_s, 123456.78},
                                                        {u"payout_months"_s, 139}}
                                        << u"4029.61"_s << u"888.18"_s << u"773.55"_s << u"31.5"_s;
        // Shanghai 2025-11: base 12434; components to 0.1 CNY; 204/12 = 17.00.
        // indexed 12434 × 0.6754 = 8397.9236 → 8397.92; (12434 + 8397.92)/2 × 17 %
        // = 1770.7132 → 1770.7 account 92372 / 195 = 473.7026 → 473.7 deemed 12434
        // × 1.42 (17/12 → 1.42) × 1.2 % = 211.875 → 211.9; notional 60157.46 / 120
        // = 501.312 → 501.3 transitional 211.9 + 501.3 = 713.2
        QTest::newRow("Shanghai 310000")
            << QJsonObject {{u"region"_s, u"310000"_s},   {u"retirement"_s, u"2025-11"_s},
                            {u"average_index"_s, 0.6754}, {u"actual_months"_s, 187},
                            {u"deemed_months"_s, 17},     {u"account_balance"_s, 92372},
                            {u"payout_months"_s, 195},    {u"transitional"_s, QJsonObject {{u"notional_account"_s, 60157.46}}}}
            << u"1770.70"_s << u"473.70"_s << u"713.20"_s << u"17"_s;
        // Jiangsu 2025-12: base 8917; years exact 360/12 = 30.
        // indexed 8917 × 0.8608 = 7675.7536 → 7675.75; (8917 + 7675.75)/2 × 30 % =
        // 2488.9125 → 2488.91 account 57722.76 / 195 = 296.014… → 296.01 deemed
        // 8917 × 1.0 × 229/12 × 1.2 % = 2041.993 → 2041.99
        QTest::newRow("Jiangsu 320000") << QJsonObject {{u"region"_s, u"320000"_s},   {u"retirement"_s, u"2025-12"_s},
                                                        {u"average_index"_s, 0.8608}, {u"actual_months"_s, 131},
                                                        {u"deemed_months"_s, 229},    {u"account_balance"_s, 57722.76},
                                                        {u"payout_months"_s, 195}}
                                        << u"2488.91"_s << u"296.01"_s << u"2041.99"_s << u"30"_s;
        // Heilongjiang 2024-09: base 7010; exact years 400/12 = 33.3333.
        // indexed 7010 × 1.5 = 10515; (7010 + 10515)/2 × 33.3333 % = 2920.8333 →
        // 2920.83 account 139000 / 139 = 1000 transitional 7010 × 1.5 (whole-career
        // index) × 100/12 × 1.2 % = 1051.5
        QTest::newRow("Heilongjiang 230000") << QJsonObject {{u"region"_s, u"230000"_s}, {u"retirement"_s, u"2024-09"_s},
                                                             {u"average_index"_s, 1.5},  {u"actual_months"_s, 300},
                                                             {u"deemed_months"_s, 100},  {u"account_balance"_s, 139000},
                                                             {u"payout_months"_s, 139}}
                                             << u"2920.83"_s << u"1000.00"_s << u"1051.50"_s << u"33.3333"_s;
        // Anhui 2025-06 at 60 y 3 m: base 7999 (data bundle); years rounded UP to
        // 0.1: 436 + 73 = 509 months = 42 y 5 m = 42.4167 → 42.5. indexed 7999 ×
        // 0.8 = 6399.2; (7999 + 6399.2)/2 × 42.5 % = 3059.6175 → 3059.62 payout 139
        // − (139 − 132) × 3/12 = 137.25 → 137.3; account 100000 / 137.3 = 728.3321
        // → 728.33 deemed 73/12 = 6.0833 → 6.1; 7999 × 1.0 × 6.1 × 1.3 % = 634.3207
        // → 634.32
        QTest::newRow("Anhui 340000") << QJsonObject {{u"region"_s, u"340100"_s}, {u"group"_s, u"male"_s},
                                                      {u"birth"_s, u"1965-03"_s}, {u"retirement"_s, u"2025-06"_s},
                                                      {u"average_index"_s, 0.8},  {u"actual_months"_s, 436},
                                                      {u"deemed_months"_s, 73},   {u"account_balance"_s, 100000}}
                                      << u"3059.62"_s << u"728.33"_s << u"634.32"_s << u"42.5"_s;
        // Jilin 2025-04, two bases: city 7500 (calculation_base), province 7000
        // (indexed_wage_base). years 2 dp: (240 + 100)/12 = 28.3333 → 28.33 indexed
        // 7000 × 0.8 = 5600; (7500 + 5600)/2 × 28.33 % = 1855.615 → 1855.62 account
        // 84719.28 / 139 = 609.4912 → 609.49 actual 240 months is not more than 20
        // years → 1.2 %: 7000 × 8.33 (100/12) × 0.8 × 1.2 % = 559.776 → 559.78
        QTest::newRow("Jilin 220000, 240 actual months")
            << QJsonObject {{u"region"_s, u"220100"_s},
                            {u"retirement"_s, u"2025-04"_s},
                            {u"calculation_base"_s, 7500},
                            {u"indexed_wage_base"_s, 7000},
                            {u"average_index"_s, 0.8},
                            {u"actual_months"_s, 240},
                            {u"deemed_months"_s, 100},
                            {u"account_balance"_s, 84719.28},
                            {u"payout_months"_s, 139},
                            {u"notes"_s, QJsonObject {{u"payout_months"_s, u"the approval notice divides by 139"_s}}}}
            << u"1855.62"_s << u"609.49"_s << u"559.78"_s << u"28.33"_s;
        // Jilin with 241 actual months: more than 20 years → 1.4 %.
        // years (241 + 100)/12 = 28.4167 → 28.42; (7500 + 5600)/2 × 28.42 % =
        // 1861.51 7000 × 8.33 × 0.8 × 1.4 % = 653.072 → 653.07
        QTest::newRow("Jilin 220000, 241 actual months")
            << QJsonObject {{u"region"_s, u"220000"_s},
                            {u"retirement"_s, u"2025-04"_s},
                            {u"calculation_base"_s, 7500},
                            {u"indexed_wage_base"_s, 7000},
                            {u"average_index"_s, 0.8},
                            {u"actual_months"_s, 241},
                            {u"deemed_months"_s, 100},
                            {u"account_balance"_s, 84719.28},
                            {u"payout_months"_s, 139},
                            {u"notes"_s, QJsonObject {{u"payout_months"_s, u"the approval notice divides by 139"_s}}}}
            << u"1861.51"_s << u"609.49"_s << u"653.07"_s << u"28.42"_s;
        // Guangdong 2025-03, base entered 9000, exact years 300/12 = 25.
        // indexed 9000 × 1.0 = 9000; (9000 + 9000)/2 × 25 % = 2250
        // account 139000 / 139 = 1000
        // weighted index (60 × 0.85 + 54 × 1.1) / 114 = 110.4 / 114 = 0.968421…;
        // years 114/12 = 9.5 9000 × 0.968421… × 9.5 × 1.2 % = 993.6
        QTest::newRow("Guangdong 440000, weighted pre-account index")
            << QJsonObject {{u"region"_s, u"440300"_s},
                            {u"retirement"_s, u"2025-03"_s},
                            {u"calculation_base"_s, 9000},
                            {u"average_index"_s, 1.0},
                            {u"actual_months"_s, 240},
                            {u"deemed_months"_s, 60},
                            {u"account_balance"_s, 139000},
                            {u"payout_months"_s, 139},
                            {u"transitional"_s,
                             QJsonObject {{u"parts"_s,
                                           QJsonArray {QJsonObject {{u"months"_s, 60}, {u"index"_s, 0.85}},
                                                       QJsonObject {{u"months"_s, 54}, {u"index"_s, 1.1}}}}}}}
            << u"2250.00"_s << u"1000.00"_s << u"993.60"_s << u"25"_s;
        // Guangdong default part from the deemed months at the entered 视同缴费指数
        // 0.85: 9000 × 0.85 × 60/12 × 1.2 % = 459
        QTest::newRow("Guangdong 440000, entered deemed index")
            << QJsonObject {{u"region"_s, u"440000"_s},
                            {u"retirement"_s, u"2025-03"_s},
                            {u"calculation_base"_s, 9000},
                            {u"average_index"_s, 1.0},
                            {u"actual_months"_s, 240},
                            {u"deemed_months"_s, 60},
                            {u"account_balance"_s, 139000},
                            {u"payout_months"_s, 139},
                            {u"transitional"_s, QJsonObject {{u"deemed_index"_s, 0.85}}},
                            {u"notes"_s, QJsonObject {{u"transitional.deemed_index"_s, u"省视同缴费指数表, 1983 年"_s}}}}
            << u"2250.00"_s << u"1000.00"_s << u"459.00"_s << u"25"_s;
    }

    void regionCases()
    {
        QFETCH(QJsonObject, caseObject);
        QFETCH(QString, basic);
        QFETCH(QString, account);
        QFETCH(QString, transitional);
        QFETCH(QString, years);
        const auto c = pension::PensionCaseJson::parse(caseObject);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : fieldAndMessage(c.error())));
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        QCOMPARE(r->contributionYears.toShortString(4), years);
        QCOMPARE(r->basicPension.toPlainString(), basic);
        QCOMPARE(r->individualAccountPension.toPlainString(), account);
        QCOMPARE(r->transitionalPension.toPlainString(), transitional);
        QCOMPARE(r->total, r->basicPension + r->individualAccountPension + r->transitionalPension + r->supplements);
        // Money lines carry their amount for digit grouping.
        for (const auto &line : r->lines) {
            if (line.key == u"basic_pension" || line.key == u"total" || line.key == u"transitional_pension")
                QVERIFY2(line.amount && line.amount->toPlainString() == line.value, qPrintable(line.key));
            if (line.key == u"contribution_years" || line.key == u"payout_months")
                QVERIFY(!line.amount);
        }
        // The case reads back unchanged (notes and deemed_index included).
        const QJsonObject written = pension::PensionCaseJson::caseToJson(*c);
        const auto reread = pension::PensionCaseJson::parse(written);
        QVERIFY(reread.ok());
        QCOMPARE(pension::PensionCaseJson::caseToJson(*reread), written);
        QCOMPARE(reread->notes, c->notes);
    }

    void jilinThresholdIsShownOnItsOwnLine()
    {
        for (const auto &[months, rate] : {std::pair {240, u"1.2%"_s}, std::pair {241, u"1.4%"_s}}) {
            pension::PensionCase c;
            c.region = QStringLiteral("220000");
            c.retirement = YearMonth(2025, 4);
            c.calculationBase = Money::fromFen(750000);
            c.indexedWageBase = Money::fromFen(700000);
            c.averageIndex = Rational(8, 10);
            c.actualMonths = months;
            c.deemedMonths = 100;
            c.payoutMonths = Rational(139);
            const auto r = pension::PensionCalculator(m_parameters).calculate(c);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
            const auto *line = findLine(*r, QStringLiteral("transitional_pension.coefficient"));
            QVERIFY(line);
            QCOMPARE(line->value, rate);
            QCOMPARE(line->source, QStringLiteral("吉政发〔1998〕28号"));
            // The province base, not the city base, carries the transitional pension.
            QVERIFY(findLine(*r, QStringLiteral("transitional_pension.part1"))->formula.startsWith(u"7,000.00 × "));
            // 长缴增发 is paid but its formula is not in the data: the result says
            // so.
            QVERIFY(std::any_of(r->warnings.cbegin(), r->warnings.cend(), [](const QString &w) { return w.contains(u"长缴增发"); }));
        }
    }

    // Jilin's data has the province base of 2024 and 2025 (and 长春's own); a month without one
    // needs the case's. A second base for the indexed half is optional (issue 15: the contract's
    // default indexed_wage_base = calculation_base holds everywhere; a 2025 通化 approval sheet
    // prints one base, 7322.08 — the shipped 2025 province base of 吉人社联〔2025〕97号 — for both
    // halves).
    void jilinNeedsTheCityBaseOnly()
    {
        pension::PensionCase c;
        c.region = QStringLiteral("220000");
        c.retirement = YearMonth(2026, 4);
        c.averageIndex = Rational(6, 10);
        c.actualMonths = 357;
        c.payoutMonths = Rational(139);
        auto r = pension::PensionCalculator(m_parameters).calculate(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::MissingFigure);
        QCOMPARE(r.error().field, QStringLiteral("calculation_base"));
        c.region = QStringLiteral("220500"); // 通化
        c.retirement = YearMonth(2025, 4);
        c.deemedMonths = 100;
        r = pension::PensionCalculator(m_parameters).calculate(c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        // 7322.08 × 0.6 = 4393.248 → 4393.25; (7322.08 + 4393.25)/2 × 38.08 % (457/12) = 2230.60
        QCOMPARE(r->indexedWage.toPlainString(), QStringLiteral("4393.25"));
        QCOMPARE(r->basicPension.toPlainString(), QStringLiteral("2230.60"));
        // The transitional pension is on the same base: 7322.08 × 8.33 × 0.6 × 1.4 % = 512.34
        QCOMPARE(r->transitionalPension.toPlainString(), QStringLiteral("512.34"));
        QVERIFY(std::any_of(r->warnings.cbegin(), r->warnings.cend(), [](const QString &w) { return w.contains(u"indexed_wage_base"); }));
    }

    // WE-23, a 2025 Changchun pre-approval sheet: 84719.28 ÷ 139 = 609.4912 →
    // 609.49 as the sheet divides; with Jilin's default at 60 y 1 m, 139 − (139 −
    // 132) × 1/12 = 138.4167 → 138.4 and 84719.28 ÷ 138.4 = 612.1335 → 612.13.
    void we23PayoutMonthsOverrideAndDefault()
    {
        QJsonObject base {{u"region"_s, u"220100"_s},      {u"group"_s, u"male"_s},       {u"birth"_s, u"1965-03"_s},
                          {u"retirement"_s, u"2025-04"_s}, {u"calculation_base"_s, 7000}, {u"indexed_wage_base"_s, 7000},
                          {u"average_index"_s, 0.6},       {u"actual_months"_s, 357},     {u"deemed_months"_s, 151},
                          {u"account_balance"_s, 84719.28}};

        // The region's default: the conflict of the sources shows on the payout
        // line.
        auto c = pension::PensionCaseJson::parse(base);
        QVERIFY(c.ok());
        auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        QCOMPARE(r->payoutMonths, Rational(1384, 10));
        QCOMPARE(r->individualAccountPension.toPlainString(), QStringLiteral("612.13"));
        const auto *payout = findLine(*r, QStringLiteral("payout_months"));
        QVERIFY(payout);
        QVERIFY2(payout->note.contains(u"139") && payout->note.contains(u"137.3"), qPrintable(payout->note));
        QCOMPARE(payout->confidence, QStringLiteral("LOW"));
        QCOMPARE(pension::PensionCaseJson::toJson(*r)[u"lines"].toArray().at(2)[u"key"].toString(), QStringLiteral("payout_months"));
        QVERIFY(pension::PensionCaseJson::toJson(*r)[u"lines"].toArray().at(2)[u"note"].toString().contains(u"137.3"));

        // Overridden with the sheet's 139 and a note: the line says so, no warning
        // about it.
        QJsonObject overridden = base;
        overridden.insert(QStringLiteral("payout_months"), 139);
        overridden.insert(QStringLiteral("notes"), QJsonObject {{u"payout_months"_s, u"预核定表按139计发"_s}});
        c = pension::PensionCaseJson::parse(overridden);
        QVERIFY(c.ok());
        r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(r.ok());
        QCOMPARE(r->individualAccountPension.toPlainString(), QStringLiteral("609.49"));
        payout = findLine(*r, QStringLiteral("payout_months"));
        QVERIFY(payout->note.contains(u"预核定表按139计发"));
        QCOMPARE(payout->source, pension::PensionCalculator::tr("entered for this case"));
        QVERIFY(
            std::none_of(r->warnings.cbegin(), r->warnings.cend(), [](const QString &w) { return w.contains(u"notes.payout_months"); }));

        // Overridden without a note: a warning asks for one.
        overridden.remove(QStringLiteral("notes"));
        c = pension::PensionCaseJson::parse(overridden);
        r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY(r.ok());
        QVERIFY(std::any_of(r->warnings.cbegin(), r->warnings.cend(), [](const QString &w) { return w.contains(u"notes.payout_months"); }));
    }

    void guangdongWithoutDeemedIndexNamesTheField()
    {
        pension::PensionCase c;
        c.region = QStringLiteral("440000");
        c.retirement = YearMonth(2025, 3);
        c.calculationBase = Money::fromFen(900000);
        c.averageIndex = Rational(1);
        c.actualMonths = 240;
        c.deemedMonths = 60;
        c.payoutMonths = Rational(139);
        const auto r = pension::PensionCalculator(m_parameters).calculate(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::MissingFigure);
        QCOMPARE(r.error().field, QStringLiteral("transitional.deemed_index"));
        QVERIFY(r.error().message.contains(u"视同缴费指数"));
        // Without deemed months there is nothing to weight: no error, no
        // transitional pension.
        c.deemedMonths = 0;
        const auto none = pension::PensionCalculator(m_parameters).calculate(c);
        QVERIFY(none.ok());
        QVERIFY(none->transitionalPension.isZero());
    }

    void regionWithoutCalculationBase_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("name");
        QTest::newRow("Guangdong") << u"440000"_s << u"Guangdong"_s;
        QTest::newRow("Jilin") << u"220000"_s << u"Jilin"_s;
        QTest::newRow("Anhui, a month without a figure") << u"340000"_s << u"Anhui"_s;
    }

    void regionWithoutCalculationBase()
    {
        QFETCH(QString, region);
        QFETCH(QString, name);
        QLocale::setDefault(QLocale(QLocale::English));
        pension::PensionCase c;
        c.region = region;
        c.retirement = YearMonth(2026, 7);
        c.averageIndex = Rational(1);
        c.actualMonths = 240;
        c.payoutMonths = Rational(139);
        const auto r = pension::PensionCalculator(m_parameters).calculate(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::MissingFigure);
        QCOMPARE(r.error().field, QStringLiteral("calculation_base"));
        QVERIFY2(r.error().message.contains(name) && r.error().message.contains(u"2026-07"), qPrintable(r.error().message));
        QLocale::setDefault(QLocale::system());
    }

    // A code that is no province of the scheme is refused, naming the shipped rule sets. A
    // province without a rule set (Xinjiang) computes a complete case with the national formula
    // (issue 15 point 2, see TestPensionCalculator::completeCaseComputesAnywhere).
    void unknownRegionIsRefused()
    {
        pension::PensionCase c;
        c.region = QStringLiteral("710000"); // Taiwan: not a pooling region of the scheme
        c.retirement = YearMonth(2025, 3);
        c.averageIndex = Rational(1);
        c.actualMonths = 240;
        c.payoutMonths = Rational(139);
        c.calculationBase = Money::fromFen(800000);
        auto r = pension::PensionCalculator(m_parameters).calculate(c);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("region"));
        QVERIFY(r.error().message.contains(u"440000") && r.error().message.contains(u"220000"));
        c.region = QStringLiteral("650000"); // Xinjiang, its rule set left out of a copy of the shipped data
        r = pension::PensionCalculator(test::shippedParametersWithout(QStringLiteral("650000"))).calculate(c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        QVERIFY(!r->regionalRules);
        // (8000 + 8000) / 2 × 20 years × 1 % = 1600; no add-on, no transitional pension
        QCOMPARE(r->basicPension.toPlainString(), QStringLiteral("1600.00"));
    }

    void everyFigureIsSourced()
    {
        const QStringList expected {QStringLiteral("110000"), QStringLiteral("220000"), QStringLiteral("230000"), QStringLiteral("310000"),
                                    QStringLiteral("320000"), QStringLiteral("340000"), QStringLiteral("440000")};
        QStringList codes;
        const auto sourced = [](const policy::Provenance &p, const QString &what) {
            QVERIFY2(!p.document.isEmpty(), qPrintable(what + u" has no document"));
            QVERIFY2(p.confidence == u"HIGH" || p.confidence == u"MEDIUM" || p.confidence == u"LOW", qPrintable(what));
        };
        for (const auto *region : m_parameters->regions()) {
            codes << region->code;
            const QString r = region->code + u' ';
            for (const auto &base : region->calculationBases)
                sourced(base.figure.provenance, r + QStringLiteral("calculation_base"));
            for (const auto &wage : region->averageWages)
                sourced(wage.provenance, r + QStringLiteral("average_wage"));
            sourced(region->averageWageConvention, r + QStringLiteral("average_wage_convention"));
            const policy::PensionRules &p = region->pension;
            for (const auto *s : {&p.yearsRounding, &p.amountRounding, &p.totalRounding, &p.indexedWageRounding, &p.payoutMonthsRule,
                                  &p.transitionalDeemedIndex})
                sourced(s->provenance, r + s->value);
            for (const auto &s : {p.indexedWageBaseRule, p.transitionalVariant, p.transitionalBase}) {
                if (s)
                    sourced(s->provenance, r + s->value);
            }
            sourced(p.deemedIndex.provenance, r + QStringLiteral("deemed_index"));
            if (p.deemedUntil)
                sourced(p.deemedUntilProvenance, r + QStringLiteral("deemed_until"));
            sourced(p.transitionalCoefficient.provenance, r + QStringLiteral("coefficient"));
            if (p.transitionalCoefficientAbove)
                sourced(p.transitionalCoefficientAbove->figure.provenance, r + QStringLiteral("coefficient_above"));
            if (p.notionalDivisor)
                sourced(p.notionalDivisor->provenance, r + QStringLiteral("notional_divisor"));
            for (const auto &part : p.transitionalPeriodParts)
                sourced(part.provenance, r + part.label);
            for (const auto &u : p.unmodelledSupplements)
                sourced(u.provenance, r + u.label);
        }
        for (const QString &code : expected)
            QVERIFY2(codes.contains(code), qPrintable(code));
        // Where sources conflict the data says so, and the figure may be
        // overridden.
        const auto *jilin = *m_parameters->region(QStringLiteral("220000"));
        QVERIFY(!jilin->pension.payoutMonthsRule.provenance.conflict.isEmpty());
        QVERIFY(jilin->pension.payoutMonthsRule.provenance.overridable);
        QCOMPARE(jilin->pension.transitionalCoefficientAbove->actualMonthsAbove, 240);
        const auto *anhui = *m_parameters->region(QStringLiteral("340000"));
        QCOMPARE(anhui->pension.transitionalCoefficient.value, Rational(13, 1000));
        QCOMPARE(anhui->calculationBaseFor(YearMonth(2025, 6))->value, Rational(7999));
        QCOMPARE(anhui->pension.deemedUntil->toString(), QStringLiteral("1995-12"));
        QCOMPARE(jilin->pension.deemedUntil->toString(), QStringLiteral("1995-06"));
        QVERIFY((*m_parameters->region(QStringLiteral("440000")))->pension.deemedIndexEntered);
    }

    // Guangdong from a stored history: 60 deemed months at the entered index
    // 0.85, 54 months 1994-01…1998-06 at index 1.1 (base 1100 over a test wage of
    // 1000), later 1.0 from 1999. Weighted (60 × 0.85 + 54 × 1.1) / 114 =
    // 0.968421…; 9000 × that × 9.5 × 1.2 % = 993.60.
    void guangdongCaseFromHistory()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("regions")));
        for (const QString &name : QDir(QStringLiteral(":/parameters/regions")).entryList())
            QVERIFY(QFile::copy(QStringLiteral(":/parameters/regions/") + name, dir.filePath(QStringLiteral("regions/") + name)));
        QVERIFY(QFile::copy(QStringLiteral(":/parameters/national.json"), dir.filePath(QStringLiteral("national.json"))));
        // Test-only average wages (1000 a month for every statistic year) so that
        // indices exist.
        QFile file(dir.filePath(QStringLiteral("regions/440000.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject sources = root[u"sources"].toObject();
        sources.insert(QStringLiteral("TEST-WAGES"), QJsonObject {{u"document"_s, u"test fixture"_s}, {u"url"_s, u""_s}});
        root.insert(QStringLiteral("sources"), sources);
        QJsonArray wages;
        for (int year = 1993; year <= 2024; ++year)
            wages.append(
                QJsonObject {{u"statistic_year"_s, year}, {u"value"_s, 1000}, {u"source"_s, u"TEST-WAGES"_s}, {u"confidence"_s, u"LOW"_s}});
        root.insert(QStringLiteral("average_wage"), wages);
        QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        const auto loaded = policy::ParameterSet::loadFromDirectory(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : fieldAndMessage(loaded.error())));

        insured::InsuredPerson person;
        person.id = QStringLiteral("gd1");
        person.region = QStringLiteral("440106");
        person.birthDate = QDate(1965, 1, 10);
        person.retirementGroup = insured::RetirementGroup::Male;
        person.deemedMonths = 60;
        QList<insured::ContributionRecord> records;
        for (YearMonth m(1994, 1); m <= YearMonth(2010, 6); m = m.addMonths(1)) {
            // Indices are yearly: the whole of 1998 at 1.1, so that 1998-01…06 are
            // at 1.1.
            const Money base = m <= YearMonth(1998, 12) ? Money::fromFen(110000) : Money::fromFen(100000);
            records << insured::ContributionRecord {m,         base,         Money(), Money(), insured::ContributionKind::Employee,
                                                    QString(), person.region};
        }
        QCOMPARE(records.size(), 198);

        pension::EnteredFigures entered;
        entered.calculationBase = Money::fromFen(900000);
        const auto missing
            = pension::HistoryCaseBuilder::build(person, records, **loaded, YearMonth(2025, 3), YearMonth(2026, 11), entered);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, QStringLiteral("deemed_index"));

        entered.deemedIndex = Rational(85, 100);
        const auto built = pension::HistoryCaseBuilder::build(person, records, **loaded, YearMonth(2025, 3), YearMonth(2026, 11), entered);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : fieldAndMessage(built.error())));
        const pension::PensionCase &c = built->pensionCase;
        QCOMPARE(c.actualMonths, 198);
        // (60 × 0.85 + 60 × 1.1 (1994–1998) + 138 × 1.0) / 258 = 255 / 258 =
        // 0.988372 → 0.9884
        QCOMPARE(c.averageIndex, Rational(9884, 10000));
        QVERIFY(c.transitional);
        QCOMPARE(c.transitional->parts.size(), 2);
        QCOMPARE(c.transitional->parts.at(1).months, 54);
        QCOMPARE(c.transitional->parts.at(1).index, Rational(11, 10));
        const auto r = pension::PensionCalculator(*loaded).calculate(c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        QCOMPARE(r->transitionalPension.toPlainString(), QStringLiteral("993.60"));
        QVERIFY(findLine(*r, QStringLiteral("transitional_pension.index")));
    }

    // Anhui and Jilin from a stored history: the deemed-until month is stated as
    // an assumption.
    void deemedUntilIsStated()
    {
        insured::InsuredPerson person;
        person.id = QStringLiteral("ah1");
        person.region = QStringLiteral("340100");
        person.birthDate = QDate(1965, 3, 1);
        person.retirementGroup = insured::RetirementGroup::Male;
        person.deemedMonths = 73;
        pension::EnteredFigures entered;
        entered.calculationBase = Money::fromFen(799900);
        const auto built = pension::HistoryCaseBuilder::build(person, {}, *m_parameters, YearMonth(2025, 6), YearMonth(2026, 11), entered);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : fieldAndMessage(built.error())));
        QVERIFY(
            std::any_of(built->assumptions.cbegin(), built->assumptions.cend(), [](const QString &a) { return a.contains(u"1995-12"); }));
        // 73 deemed months at 1.0 → 7999 × 6.1 × 1.3 % = 634.32 (as the Anhui row
        // above).
        const auto r = pension::PensionCalculator(m_parameters).calculate(built->pensionCase);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        QCOMPARE(r->transitionalPension.toPlainString(), QStringLiteral("634.32"));
    }

    void unknownNoteFieldIsRefused()
    {
        const auto c = pension::PensionCaseJson::parse(QJsonObject {{u"region"_s, u"220000"_s},
                                                                    {u"average_index"_s, 1.0},
                                                                    {u"actual_months"_s, 240},
                                                                    {u"account_balance"_s, 0},
                                                                    {u"notes"_s, QJsonObject {{u"payout_month"_s, u"typo"_s}}}});
        QVERIFY(!c.ok());
        QCOMPARE(c.error().field, QStringLiteral("notes.payout_month"));
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

QTEST_GUILESS_MAIN(TestRegionalRules)
#include "testregionalrules.moc"
