// Regional rules every province needs (issue 15): the approval sheets of the province research
// that reproduce to the fen, each one a row (tests/data/province-rule-cases.json, at least one
// per province, its sheet named) computed against the shipped region files: transitional
// pensions of the form C × (1 + I) / 2, months paid before the individual account, the roundings
// "ceil-0.5", "ceil-2dp", "trunc-fen-then-ceil-jiao" and "round-yuan", a floor on the
// transitional index, an average index over actual years only, city figures, provisional bases
// and modelled add-ons. Then the same rules from a stored history, and what the rules refuse.
// Figures that are not published ones (test-only cities of Jilin and Guangdong, average wages of
// 1000 a month) are added to a temporary copy, never to the shipped files.

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
#include <QSet>
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

QJsonObject readJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeJsonFile(const QString &path, const QJsonObject &root)
{
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(root).toJson());
}

/// A copy of the shipped parameters (national.json and every region file) in @p dir, for a test
/// that adds figures of its own.
void copyShippedParameters(const QTemporaryDir &dir)
{
    QDir(dir.path()).mkpath(QStringLiteral("regions"));
    for (const QString &name : QDir(QStringLiteral(":/parameters/regions")).entryList())
        QFile::copy(QStringLiteral(":/parameters/regions/") + name, dir.filePath(QStringLiteral("regions/") + name));
    QFile::copy(QStringLiteral(":/parameters/national.json"), dir.filePath(QStringLiteral("national.json")));
}

std::shared_ptr<const policy::ParameterSet> load(const QTemporaryDir &dir)
{
    const auto loaded = policy::ParameterSet::loadFromDirectory(dir.path());
    if (!loaded)
        qFatal("the parameters with the test's figures do not load: %s", qPrintable(fieldAndMessage(loaded.error())));
    return *loaded;
}

/// A figure the test adds to a copy of a shipped region file: not a published one.
QJsonObject testFigure(const char *from, const char *to, double value)
{
    return QJsonObject {{u"from"_s, QString::fromLatin1(from)},
                        {u"to"_s, QString::fromLatin1(to)},
                        {u"value"_s, value},
                        {u"source"_s, u"TEST-FIXTURE"_s},
                        {u"confidence"_s, u"LOW"_s}};
}

/// Adds a "cities" block of @p cities and the TEST-FIXTURE source to the copy of @p code in @p dir.
void addCities(const QTemporaryDir &dir, const QString &code, const QJsonObject &cities)
{
    const QString path = dir.filePath(QStringLiteral("regions/%1.json").arg(code));
    QJsonObject root = readJsonFile(path);
    QJsonObject sources = root[u"sources"].toObject();
    sources.insert(u"TEST-FIXTURE"_s, QJsonObject {{u"document"_s, u"test fixture, not a published figure"_s}, {u"url"_s, u""_s}});
    root.insert(u"sources"_s, sources);
    root.insert(u"cities"_s, cities);
    writeJsonFile(path, root);
}

pension::PensionCase parsed(const QJsonObject &object)
{
    const auto c = pension::PensionCaseJson::parse(object);
    if (!c)
        qFatal("the case does not parse: %s", qPrintable(fieldAndMessage(c.error())));
    return *c;
}

Money yuan(const QJsonValue &v)
{
    return *Money::fromJsonDouble(v.toDouble());
}

} // namespace

class TestProvinceRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_parameters = test::shippedParameters(); }

    // One row per approval sheet; the arithmetic is in the data file beside each case.
    void sheetsReproduce_data()
    {
        QTest::addColumn<QJsonObject>("caseObject");
        QTest::addColumn<QJsonObject>("expect");
        QFile file(QStringLiteral(TONGBAN_TEST_DATA_DIR "/province-rule-cases.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object()[u"cases"].toArray();
        QSet<QString> provinces;
        for (const QJsonValue &v : cases) {
            const QJsonObject row = v.toObject();
            QVERIFY2(!row[u"source"].toString().isEmpty(), qPrintable(row[u"id"].toString() + u": the row names no sheet"));
            provinces.insert(row[u"case"][u"region"].toString().left(2) + u"0000");
            QTest::newRow(qPrintable(row[u"id"].toString())) << row[u"case"].toObject() << row[u"expect"].toObject();
        }
        // One sheet at least for every province whose rule set issue 15 added.
        for (const char *code :
             {"120000", "130000", "140000", "150000", "210000", "330000", "350000", "360000", "370000", "410000", "420000", "430000",
              "450000", "460000", "500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000"})
            QVERIFY2(provinces.contains(QString::fromLatin1(code)), code);
    }

    void sheetsReproduce()
    {
        QFETCH(QJsonObject, caseObject);
        QFETCH(QJsonObject, expect);
        const auto c = pension::PensionCaseJson::parse(caseObject);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : fieldAndMessage(c.error())));
        const auto r = pension::PensionCalculator(m_parameters).calculate(*c);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        const QJsonObject json = pension::PensionCaseJson::toJson(*r);
        for (const QString &key : {u"basic_pension"_s, u"individual_account_pension"_s, u"transitional_pension"_s, u"supplements"_s,
                                   u"total"_s, u"calculation_base"_s}) {
            if (!expect.contains(key))
                continue;
            QVERIFY2(yuan(json[key]) == yuan(expect[key]),
                     qPrintable(u"%1: %2, the sheet %3"_s.arg(key, yuan(json[key]).toPlainString(), yuan(expect[key]).toPlainString())));
        }
        QCOMPARE(r->provisional, expect[u"provisional"].toBool());
        QCOMPARE(json[u"provisional"].toBool(), r->provisional);
        QVERIFY(r->regionalRules);
        // A provisional base marks the lines computed on it, and only those.
        QCOMPARE(findLine(*r, u"calculation_base"_s)->provisional, r->provisional);
        QCOMPARE(findLine(*r, u"total"_s)->provisional, r->provisional);
        QVERIFY(!findLine(*r, u"individual_account_pension"_s)->provisional);
        const bool warned = std::any_of(r->warnings.cbegin(), r->warnings.cend(), [](const QString &w) { return w.contains(u"预发"); });
        QCOMPARE(warned, r->provisional);
    }

    // Liaoning's transitional pension C × (1 + I) / 2 × years before the account × 1.4 % shows
    // how its index is made, and the total is rounded to the whole yuan as the sheets print it
    // (the 沈阳 sheet of 2025-03, approved on the city's 2024 base before its 2025 one was out).
    void halfOnePlusAverageShowsItsIndex()
    {
        const auto r
            = pension::PensionCalculator(m_parameters)
                  .calculate(parsed(QJsonObject {{u"region"_s, u"210100"_s},
                                                 {u"retirement"_s, u"2025-03"_s},
                                                 {u"calculation_base"_s, 8266},
                                                 {u"average_index"_s, 0.5841},
                                                 {u"actual_months"_s, 379},
                                                 {u"account_balance"_s, 92868.01},
                                                 {u"payout_months"_s, 194.6},
                                                 {u"transitional"_s, QJsonObject {{u"pre_account_months"_s, 28}}},
                                                 {u"notes"_s, QJsonObject {{u"calculation_base"_s, u"预发，按沈阳2024年基数"_s}}}}));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        const auto *index = findLine(*r, u"transitional_pension.index"_s);
        QVERIFY(index);
        QCOMPARE(index->value, u"0.79205"_s); // (1 + 0.5841) / 2, exact
        QVERIFY2(index->formula.contains(u"0.5841"), qPrintable(index->formula));
        const auto *part = findLine(*r, u"transitional_pension.part1"_s);
        QVERIFY2(part->label.contains(u"28"), qPrintable(part->label)); // deemed 0 + paid 28 months
        QVERIFY2(findLine(*r, u"total"_s)->formula.contains(u"2,758.89"), qPrintable(findLine(*r, u"total"_s)->formula));
        QCOMPARE(r->total, Money::fromFen(275900));
        // Without the sheet's base the city's own 2025 base is used, never the province's.
        const auto own = pension::PensionCalculator(m_parameters)
                             .calculate(parsed(QJsonObject {{u"region"_s, u"210100"_s},
                                                            {u"retirement"_s, u"2025-03"_s},
                                                            {u"average_index"_s, 0.5841},
                                                            {u"actual_months"_s, 379},
                                                            {u"account_balance"_s, 92868.01},
                                                            {u"payout_months"_s, 194.6},
                                                            {u"transitional"_s, QJsonObject {{u"pre_account_months"_s, 28}}}}));
        QVERIFY(own.ok());
        QCOMPARE(own->calculationBase.toPlainString(), u"8390.00"_s);
        QVERIFY(!own->provisional);
    }

    // Inner Mongolia's floor: an index below 1.0 counts as 1.0 in the transitional part, an
    // index above it as it is; an index the case enters is not floored.
    void indexFloor()
    {
        QJsonObject c {{u"region"_s, u"150000"_s}, {u"retirement"_s, u"2025-09"_s}, {u"average_index"_s, 0.6111}, {u"actual_months"_s, 357},
                       {u"deemed_months"_s, 136},  {u"account_balance"_s, 93577.2}, {u"payout_months"_s, 139}};
        auto r = pension::PensionCalculator(m_parameters).calculate(parsed(c));
        QVERIFY(r.ok());
        QCOMPARE(findLine(*r, u"transitional_pension.index"_s)->value, u"1"_s);
        QVERIFY(findLine(*r, u"transitional_pension.index"_s)->formula.contains(u"floor"));
        c.insert(u"transitional"_s, QJsonObject {{u"deemed_index"_s, 0.6111}});
        c.insert(u"notes"_s, QJsonObject {{u"transitional.deemed_index"_s, u"按核定表"_s}});
        r = pension::PensionCalculator(m_parameters).calculate(parsed(c));
        QVERIFY(r.ok());
        QVERIFY(!findLine(*r, u"transitional_pension.index"_s));
        // 8179 × 0.6111 × 11.3333 × 1.2 % = 679.75
        QCOMPARE(r->transitionalPension.toPlainString(), u"679.75"_s);
    }

    // City figures: a city that publishes its own base uses it alone, a city that does not
    // uses the province's, and a city's missing month is never filled from the province or a
    // neighbour.
    void cityFiguresNeverANeighbours_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("retirement");
        QTest::addColumn<QString>("base"); // empty: an error naming calculation_base
        QTest::addColumn<bool>("provisional");
        QTest::newRow("大连 2025: its own 8956") << u"210200"_s << u"2025-06"_s << u"8956"_s << false;
        QTest::newRow("大连 district 210202") << u"210202"_s << u"2025-06"_s << u"8956"_s << false;
        QTest::newRow("鞍山 2025: the province's 7346") << u"210300"_s << u"2025-06"_s << u"7346"_s << false;
        QTest::newRow("province code 2025: 7346") << u"210000"_s << u"2025-06"_s << u"7346"_s << false;
        QTest::newRow("沈阳 2025: its own 8390") << u"210100"_s << u"2025-06"_s << u"8390"_s << false;
        QTest::newRow("沈阳 2026: its own 2025 base, provisional") << u"210104"_s << u"2026-02"_s << u"8390"_s << true;
        QTest::newRow("鞍山 2026: the province's 2025, provisional") << u"210300"_s << u"2026-02"_s << u"7346"_s << true;
        QTest::newRow("沈阳 2027: past the window, neither") << u"210104"_s << u"2027-02"_s << QString() << false;
        QTest::newRow("武汉 2024") << u"420100"_s << u"2024-03"_s << u"9022"_s << false;
        QTest::newRow("黄石 2025: its own, not 武汉's") << u"420281"_s << u"2025-05"_s << u"7347"_s << false;
        QTest::newRow("黄石 2026: its own 2025, provisional") << u"420281"_s << u"2026-05"_s << u"7347"_s << true;
        QTest::newRow("宜昌 2023: no figure of its own, none of the province") << u"420500"_s << u"2023-05"_s << QString() << false;
        QTest::newRow("仙桃 (province-administered) 2025") << u"429004"_s << u"2025-05"_s << u"7301"_s << false;
    }

    void cityFiguresNeverANeighbours()
    {
        QFETCH(QString, place);
        QFETCH(QString, retirement);
        QFETCH(QString, base);
        QFETCH(bool, provisional);
        QLocale::setDefault(QLocale(QLocale::English));
        const auto r = pension::PensionCalculator(m_parameters)
                           .calculate(parsed(QJsonObject {{u"region"_s, place},
                                                          {u"retirement"_s, retirement},
                                                          {u"average_index"_s, 1.0},
                                                          {u"actual_months"_s, 300},
                                                          {u"account_balance"_s, 100000},
                                                          {u"payout_months"_s, 139},
                                                          {u"transitional"_s, QJsonObject {{u"parts"_s, QJsonArray()}}}}));
        QLocale::setDefault(QLocale::system());
        if (base.isEmpty()) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, u"calculation_base"_s);
            QCOMPARE(r.error().kind, Error::Kind::MissingFigure);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        QCOMPARE(r->calculationBase.toPlainString(), base + u".00"_s);
        QCOMPARE(r->provisional, provisional);
    }

    // The error for a city's missing month names the city, and that its province's figure is
    // not used there.
    void cityErrorNamesTheCity()
    {
        QLocale::setDefault(QLocale(QLocale::English));
        const auto *liaoning = *m_parameters->region(u"210000"_s);
        const auto base = liaoning->calculationBaseAt(u"210100"_s, YearMonth(2027, 3));
        QLocale::setDefault(QLocale::system());
        QVERIFY(!base.ok());
        QVERIFY2(base.error().message.contains(u"Shenyang") && base.error().message.contains(u"Liaoning"),
                 qPrintable(base.error().message));
        QVERIFY2(base.error().message.contains(u"no 2026 Shenyang base"), qPrintable(base.error().message)); // the city's note
    }

    // 长春 (Jilin) and 深圳 (Guangdong): a city block replacing the shipped one in a copy gives
    // its city that base, and only its city; the other places keep the province's 2025 base
    // (吉人社联〔2025〕97号 7322.08, 粤人社发〔2025〕32号 9493), never the city's.
    void citiesOfShippedRegions_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("base");
        QTest::newRow("长春 220100") << u"220100"_s << u"7100.00"_s;
        QTest::newRow("长春 朝阳区 220104") << u"220104"_s << u"7100.00"_s;
        QTest::newRow("吉林市 220200: the province's") << u"220200"_s << u"7322.08"_s;
        QTest::newRow("深圳 440300") << u"440300"_s << u"9900.00"_s;
        QTest::newRow("广州 440100: the province's") << u"440100"_s << u"9493.00"_s;
    }

    void citiesOfShippedRegions()
    {
        QFETCH(QString, place);
        QFETCH(QString, base);
        QTemporaryDir dir;
        copyShippedParameters(dir);
        addCities(dir, u"220000"_s,
                  QJsonObject {{u"220100"_s,
                                QJsonObject {{u"name"_s, u"长春市"_s},
                                             {u"name_en"_s, u"Changchun"_s},
                                             {u"calculation_base"_s, QJsonArray {testFigure("2025-01", "2025-12", 7100)}}}}});
        addCities(dir, u"440000"_s,
                  QJsonObject {{u"440300"_s,
                                QJsonObject {{u"name"_s, u"深圳市"_s},
                                             {u"name_en"_s, u"Shenzhen"_s},
                                             {u"calculation_base"_s, QJsonArray {testFigure("2025-01", "2025-12", 9900)}}}}});
        const auto parameters = load(dir);
        const auto r = pension::PensionCalculator(parameters)
                           .calculate(parsed(QJsonObject {{u"region"_s, place},
                                                          {u"retirement"_s, u"2025-07"_s},
                                                          {u"average_index"_s, 1.0},
                                                          {u"actual_months"_s, 300},
                                                          {u"account_balance"_s, 100000},
                                                          {u"payout_months"_s, 139}}));
        if (base.isEmpty()) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, u"calculation_base"_s);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        QCOMPARE(r->calculationBase.toPlainString(), base);
    }

    // Past the region's window after the latest base, nothing is provisional: the month needs
    // its figure. A region that pays no 预发 (Shanxi: no sheet shows one) needs it at once.
    void provisionalOnlyWithinTheWindow()
    {
        auto r = pension::PensionCalculator(m_parameters)
                     .calculate(parsed(QJsonObject {{u"region"_s, u"140000"_s},
                                                    {u"retirement"_s, u"2026-01"_s},
                                                    {u"average_index"_s, 1.0},
                                                    {u"actual_months"_s, 300},
                                                    {u"account_balance"_s, 100000},
                                                    {u"payout_months"_s, 139},
                                                    {u"transitional"_s, QJsonObject {{u"parts"_s, QJsonArray()}}}}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, u"calculation_base"_s);
        r = pension::PensionCalculator(m_parameters)
                .calculate(parsed(QJsonObject {{u"region"_s, u"450000"_s},
                                               {u"retirement"_s, u"2027-01"_s},
                                               {u"average_index"_s, 1.0},
                                               {u"actual_months"_s, 300},
                                               {u"account_balance"_s, 100000},
                                               {u"payout_months"_s, 139},
                                               {u"transitional"_s, QJsonObject {{u"pre_account_months"_s, 0}}}}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, u"calculation_base"_s);
    }

    // Where the data leaves the index of the transitional pension to the approval notice, the
    // error names the field and says which index the notice prints: Tianjin's 全部平均工资指数,
    // Henan's index over the actual years, Shanxi's 过渡平均缴费指数.
    void enteredTransitionalIndexSaysWhichOne_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("retirement");
        QTest::addColumn<QString>("which");
        QTest::newRow("天津") << u"120000"_s << u"2023-11"_s << u"全部平均工资指数"_s;
        QTest::newRow("河南") << u"410100"_s << u"2025-10"_s << u"过渡性养老金平均缴费指数"_s;
        QTest::newRow("山西") << u"140100"_s << u"2025-10"_s << u"过渡平均缴费指数"_s;
    }

    void enteredTransitionalIndexSaysWhichOne()
    {
        QFETCH(QString, region);
        QFETCH(QString, retirement);
        QFETCH(QString, which);
        QLocale::setDefault(QLocale(QLocale::English));
        const auto r = pension::PensionCalculator(m_parameters)
                           .calculate(parsed(QJsonObject {{u"region"_s, region},
                                                          {u"retirement"_s, retirement},
                                                          {u"average_index"_s, 0.8},
                                                          {u"actual_months"_s, 300},
                                                          {u"deemed_months"_s, 60},
                                                          {u"account_balance"_s, 100000},
                                                          {u"payout_months"_s, 139}}));
        QLocale::setDefault(QLocale::system());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::MissingFigure);
        QCOMPARE(r.error().field, u"transitional.deemed_index"_s);
        QVERIFY2(r.error().message.contains(which) && r.error().message.contains(u"60"), qPrintable(r.error().message));
    }

    // What a claim of a modelled add-on must give, and what it may not.
    void supplementClaimsAreChecked_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QJsonObject>("supplement");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown rule") << u"520000"_s << QJsonObject {{u"rule"_s, u"plateau"_s}} << u"supplements[0].rule"_s;
        QTest::newRow("a fixed rate replaced") << u"520000"_s << QJsonObject {{u"rule"_s, u"one-child"_s}, {u"rate"_s, 0.1}}
                                               << u"supplements[0].rate"_s;
        QTest::newRow("tiers without months") << u"540000"_s << QJsonObject {{u"rule"_s, u"plateau"_s}} << u"supplements[0].months"_s;
        QTest::newRow("months where none count")
            << u"540000"_s << QJsonObject {{u"rule"_s, u"transport"_s}, {u"months"_s, 12}} << u"supplements[0].months"_s;
        QTest::newRow("a rule and an amount") << u"520000"_s << QJsonObject {{u"rule"_s, u"one-child"_s}, {u"amount"_s, 200}}
                                              << u"supplements[0].amount"_s;
        QTest::newRow("an amount and a rate") << u"520000"_s << QJsonObject {{u"label"_s, u"x"_s}, {u"amount"_s, 200}, {u"rate"_s, 0.1}}
                                              << u"supplements[0].rate"_s;
        QTest::newRow("a rate above 1") << u"510000"_s << QJsonObject {{u"rule"_s, u"increase"_s}, {u"rate"_s, 1.5}}
                                        << u"supplements[0].rate"_s;
        QTest::newRow("a region without modelled add-ons")
            << u"110000"_s << QJsonObject {{u"rule"_s, u"one-child"_s}} << u"supplements[0].rule"_s;
    }

    void supplementClaimsAreChecked()
    {
        QFETCH(QString, region);
        QFETCH(QJsonObject, supplement);
        QFETCH(QString, field);
        const QJsonObject c {{u"region"_s, region},         {u"retirement"_s, u"2025-10"_s},
                             {u"calculation_base"_s, 8000}, {u"average_index"_s, 1.0},
                             {u"actual_months"_s, 300},     {u"account_balance"_s, 100000},
                             {u"payout_months"_s, 139},     {u"supplements"_s, QJsonArray {supplement}}};
        const auto parsedCase = pension::PensionCaseJson::parse(c);
        if (!parsedCase) {
            QCOMPARE(parsedCase.error().field, field);
            return;
        }
        const auto r = pension::PensionCalculator(m_parameters).calculate(*parsedCase);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, field);
    }

    // A rate the data lets a case replace, without a note: computed, and a warning asks why.
    void replacedRateWithoutANoteWarns()
    {
        const auto r
            = pension::PensionCalculator(m_parameters)
                  .calculate(
                      parsed(QJsonObject {{u"region"_s, u"510000"_s},
                                          {u"retirement"_s, u"2024-03"_s},
                                          {u"average_index"_s, 0.726},
                                          {u"actual_months"_s, 445},
                                          {u"account_balance"_s, 88960.59},
                                          {u"payout_months"_s, 170},
                                          {u"transitional"_s, QJsonObject {{u"pre_account_months"_s, 0}}},
                                          {u"supplements"_s, QJsonArray {QJsonObject {{u"rule"_s, u"increase"_s}, {u"rate"_s, 0.004}}}}}));
        QVERIFY(r.ok());
        QVERIFY(std::any_of(r->warnings.cbegin(), r->warnings.cend(), [](const QString &w) { return w.contains(u"增发养老金"); }));
        // 8321 × 0.726 = 6041.046 (unrounded); × 0.4 % × 37.08 = 896.01
        QCOMPARE(findLine(*r, u"supplement.1"_s)->amount->toPlainString(), u"896.01"_s);
    }

    // Where the region counts the months paid before the account, a case that does not say how
    // many is computed without them and warned; a region that counts deemed service only
    // refuses them.
    void preAccountMonths()
    {
        QJsonObject c {{u"region"_s, u"130000"_s}, {u"retirement"_s, u"2023-02"_s},  {u"average_index"_s, 0.7737},
                       {u"actual_months"_s, 368},  {u"account_balance"_s, 89850.24}, {u"payout_months"_s, 195}};
        auto r = pension::PensionCalculator(m_parameters).calculate(parsed(c));
        QVERIFY(r.ok());
        QVERIFY(r->transitionalPension.isZero());
        QVERIFY(std::any_of(r->warnings.cbegin(), r->warnings.cend(), [](const QString &w) { return w.contains(u"pre_account_months"); }));

        c.insert(u"region"_s, u"110000"_s);
        c.insert(u"retirement"_s, u"2025-02"_s);
        c.insert(u"transitional"_s, QJsonObject {{u"pre_account_months"_s, 42}});
        r = pension::PensionCalculator(m_parameters).calculate(parsed(c));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, u"transitional.pre_account_months"_s);

        c.insert(u"transitional"_s,
                 QJsonObject {{u"pre_account_months"_s, 42}, {u"parts"_s, QJsonArray {QJsonObject {{u"months"_s, 42}, {u"index"_s, 1}}}}});
        r = pension::PensionCalculator(m_parameters).calculate(parsed(c));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, u"transitional.pre_account_months"_s);
    }

    // From a stored history: the months paid before 1996-01 are counted from the records (Hebei,
    // 42 months 1992-07…1995-12), and Tibet's average index leaves the deemed months out.
    void rulesFromAStoredHistory()
    {
        QTemporaryDir dir;
        copyShippedParameters(dir);
        for (const QString &code : {u"130000"_s, u"540000"_s}) {
            // Test-only average wages (1000 a month) so that indices exist.
            const QString path = dir.filePath(u"regions/%1.json"_s.arg(code));
            QJsonObject root = readJsonFile(path);
            QJsonObject sources = root[u"sources"].toObject();
            sources.insert(u"TEST-WAGES"_s, QJsonObject {{u"document"_s, u"test fixture"_s}, {u"url"_s, u""_s}});
            root.insert(u"sources"_s, sources);
            QJsonArray wages;
            for (int year = 1990; year <= 2024; ++year)
                wages.append(QJsonObject {
                    {u"statistic_year"_s, year}, {u"value"_s, 1000}, {u"source"_s, u"TEST-WAGES"_s}, {u"confidence"_s, u"LOW"_s}});
            root.insert(u"average_wage"_s, wages);
            writeJsonFile(path, root);
        }
        const auto parameters = load(dir);

        insured::InsuredPerson hebei;
        hebei.id = u"hb1"_s;
        hebei.region = u"130203"_s;
        hebei.birthDate = QDate(1973, 2, 10);
        hebei.retirementGroup = insured::RetirementGroup::Female50;
        QList<insured::ContributionRecord> records;
        for (YearMonth m(1992, 7); m <= YearMonth(2023, 1); m = m.addMonths(1))
            records << insured::ContributionRecord {
                m, Money::fromFen(100000), Money(), Money(), insured::ContributionKind::Employee, QString(), hebei.region};
        const auto built = pension::HistoryCaseBuilder::build(hebei, records, *parameters, YearMonth(2023, 2), YearMonth(2026, 11),
                                                              std::optional<Money>());
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : fieldAndMessage(built.error())));
        QVERIFY(built->pensionCase.transitional);
        QCOMPARE(built->pensionCase.transitional->preAccountMonths.value_or(-1), 42);
        QVERIFY(!built->pensionCase.transitional->partsGiven);
        QVERIFY(
            std::any_of(built->assumptions.cbegin(), built->assumptions.cend(), [](const QString &a) { return a.contains(u"1995-12"); }));
        const auto r = pension::PensionCalculator(parameters).calculate(built->pensionCase);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : fieldAndMessage(r.error())));
        // 7122 (2023) × 1.0 × 3.5 × 1.3 % = 324.05
        QCOMPARE(r->transitionalPension.toPlainString(), u"324.05"_s);
        QVERIFY(!r->provisional);
        // A person who started after the account began has none, and the case says so.
        QList<insured::ContributionRecord> later;
        for (const insured::ContributionRecord &record : records) {
            if (record.month >= YearMonth(1996, 3))
                later << record;
        }
        const auto none = pension::HistoryCaseBuilder::build(hebei, later, *parameters, YearMonth(2023, 2), YearMonth(2026, 11),
                                                             std::optional<Money>());
        QVERIFY(none.ok());
        QCOMPARE(none->pensionCase.transitional->preAccountMonths.value_or(-1), 0);
        const auto noneResult = pension::PensionCalculator(parameters).calculate(none->pensionCase);
        QVERIFY(noneResult.ok());
        QVERIFY(noneResult->transitionalPension.isZero());
        QVERIFY(std::none_of(noneResult->warnings.cbegin(), noneResult->warnings.cend(),
                             [](const QString &w) { return w.contains(u"pre_account_months"); }));
        // The case stores what it was built from, and reads back the same.
        QCOMPARE(pension::PensionCaseJson::caseToJson(
                     *pension::PensionCaseJson::parse(pension::PensionCaseJson::caseToJson(built->pensionCase))),
                 pension::PensionCaseJson::caseToJson(built->pensionCase));

        insured::InsuredPerson tibet;
        tibet.id = u"xz1"_s;
        tibet.region = u"540102"_s;
        tibet.birthDate = QDate(1970, 11, 19);
        tibet.retirementGroup = insured::RetirementGroup::Male;
        tibet.deemedMonths = 190;
        records.clear();
        for (YearMonth m(2015, 1); m <= YearMonth(2025, 10); m = m.addMonths(1))
            records << insured::ContributionRecord {m,         Money::fromFen(60000), Money(), Money(), insured::ContributionKind::Employee,
                                                    QString(), tibet.region};
        const auto tibetCase = pension::HistoryCaseBuilder::build(tibet, records, *parameters, YearMonth(2025, 11), YearMonth(2026, 11),
                                                                  std::optional<Money>());
        QVERIFY2(tibetCase.ok(), qPrintable(tibetCase.ok() ? QString() : fieldAndMessage(tibetCase.error())));
        // Every actual year at 0.6; the 190 deemed months (index 1.0) are left out.
        QCOMPARE(tibetCase->pensionCase.averageIndex, Rational(6, 10));
        QCOMPARE(tibetCase->pensionCase.deemedMonths, 190);
    }

    // Chinese texts of the data (note_zh, conflict_zh, condition_zh) on a Chinese screen, the
    // English ones on an English screen.
    void chineseNotesOnChineseScreens()
    {
        const QJsonObject c {{u"region"_s, u"510000"_s},
                             {u"retirement"_s, u"2025-01"_s},
                             {u"average_index"_s, 0.964},
                             {u"actual_months"_s, 446},
                             {u"account_balance"_s, 149649.55},
                             {u"payout_months"_s, 170},
                             {u"transitional"_s, QJsonObject {{u"pre_account_months"_s, 0}}},
                             {u"supplements"_s, QJsonArray {QJsonObject {{u"rule"_s, u"increase"_s}}}}};
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const auto zh = pension::PensionCalculator(m_parameters).calculate(parsed(c));
        QLocale::setDefault(QLocale(QLocale::English));
        const auto en = pension::PensionCalculator(m_parameters).calculate(parsed(c));
        QLocale::setDefault(QLocale::system());
        QVERIFY(zh.ok() && en.ok());
        QVERIFY2(findLine(*zh, u"supplement.1"_s)->note.contains(u"比例因人而异"), qPrintable(findLine(*zh, u"supplement.1"_s)->note));
        QVERIFY2(findLine(*zh, u"supplement.1"_s)->note.contains(u"独生子女父母"), qPrintable(findLine(*zh, u"supplement.1"_s)->note));
        QVERIFY2(findLine(*en, u"supplement.1"_s)->note.contains(u"the rate depends on the person"),
                 qPrintable(findLine(*en, u"supplement.1"_s)->note));
        QVERIFY(!findLine(*en, u"supplement.1"_s)->note.contains(u"比例因人而异"));
    }

    // Issue 16: a place is named, never shown as a bare code: its city's name where the data has
    // the city, else its province's (a shipped rule set, or national.json "provinces").
    void placeNames_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::newRow("district of a city with figures") << u"210102"_s << u"沈阳市"_s << u"Shenyang"_s;
        QTest::newRow("the city itself") << u"210200"_s << u"大连市"_s << u"Dalian"_s;
        QTest::newRow("city without figures") << u"210300"_s << u"辽宁省"_s << u"Liaoning"_s;
        QTest::newRow("shipped province, a district") << u"110105"_s << u"北京市"_s << u"Beijing"_s;
        QTest::newRow("province without a rule set") << u"410105"_s << u"河南省"_s << u"Henan"_s;
        QTest::newRow("no province of the scheme") << u"710000"_s << u"710000"_s << u"710000"_s;
        QTest::newRow("not a code") << u"41"_s << u"41"_s << u"41"_s;
    }

    void placeNames()
    {
        QFETCH(QString, code);
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        const QString chinese = m_parameters->placeName(code);
        QLocale::setDefault(QLocale(QLocale::English));
        const QString english = m_parameters->placeName(code);
        QLocale::setDefault(QLocale::system());
        QCOMPARE(chinese, zh);
        QCOMPARE(english, en);
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

QTEST_GUILESS_MAIN(TestProvinceRules)
#include "testprovincerules.moc"
