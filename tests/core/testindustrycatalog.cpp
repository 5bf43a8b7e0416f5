// The industry table (国民经济行业分类, GB/T 4754-2017, resources/parameters/industries/
// gbt4754-2017.json): the full table loads with the counts of the standard, every row sits under
// the right parent, codes of each level are understood and codes the standard does not have are
// refused with the codes next to them, the deferral rules name only codes that exist, and a
// damaged table is refused with the JSON path of the defect.

#include "deferral/deferralrules.h"
#include "employer/industrycatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace tongban;
using employer::IndustryCatalog;
using employer::IndustryEntry;

namespace {

IndustryCatalog shippedCatalog()
{
    auto catalog = IndustryCatalog::loadBuiltIn();
    if (!catalog)
        qFatal("industry table does not load: %s: %s", qPrintable(catalog.error().field), qPrintable(catalog.error().message));
    return *catalog;
}

QJsonObject shippedJson()
{
    QFile file(QStringLiteral(":/parameters/industries/gbt4754-2017.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("industry table missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// A small table of the shipped shape: section H, major group 62, groups 621 and 629.
QJsonObject smallTable()
{
    const auto row = [](const char *code, const char *name) {
        return QJsonObject {{QStringLiteral("code"), QString::fromUtf8(code)}, {QStringLiteral("name"), QString::fromUtf8(name)}};
    };
    QJsonObject g621 = row("621", "正餐服务");
    g621.insert(QStringLiteral("classes"), QJsonArray {row("6210", "正餐服务")});
    QJsonObject g629 = row("629", "其他餐饮业");
    g629.insert(QStringLiteral("classes"), QJsonArray {row("6291", "小吃服务"), row("6299", "其他未列明餐饮业")});
    QJsonObject m62 = row("62", "餐饮业");
    m62.insert(QStringLiteral("groups"), QJsonArray {g621, g629});
    QJsonObject h = row("H", "住宿和餐饮业");
    h.insert(QStringLiteral("major_groups"), QJsonArray {m62});
    return QJsonObject {
        {QStringLiteral("edition"), QStringLiteral("2026-12-03")},
        {QStringLiteral("source"), QStringLiteral("S")},
        {QStringLiteral("sources"),
         QJsonObject {
             {QStringLiteral("S"), QJsonObject {{QStringLiteral("document"), QStringLiteral("GB/T 4754-2017 国民经济行业分类")}}}}},
        {QStringLiteral("levels"), QJsonObject {{QStringLiteral("classes"), QJsonObject {{QStringLiteral("count"), 3}}}}},
        {QStringLiteral("sections"), QJsonArray {h}},
    };
}

/// @p json with the value at @p path ("sections", 0, "major_groups", …) replaced by @p value.
QJsonValue replaced(const QJsonValue &json, QVariantList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = json.toArray();
        array[step.toInt()] = replaced(array.at(step.toInt()), path, value);
        return array;
    }
    QJsonObject object = json.toObject();
    object.insert(step.toString(), replaced(object.value(step.toString()), path, value));
    return object;
}

const QVariantList toGroup629 = {QStringLiteral("sections"), 0, QStringLiteral("major_groups"), 0, QStringLiteral("groups"), 1};

} // namespace

class TestIndustryCatalog : public QObject
{
    Q_OBJECT

private slots:
    void fullTableCounts()
    {
        const IndustryCatalog catalog = shippedCatalog();
        QMap<IndustryEntry::Level, int> counts;
        for (const IndustryEntry &entry : catalog.entries())
            ++counts[entry.level];
        QCOMPARE(counts.value(IndustryEntry::Level::Section), 20);
        QCOMPARE(counts.value(IndustryEntry::Level::MajorGroup), 97);
        QCOMPARE(counts.value(IndustryEntry::Level::Group), 473);
        QCOMPARE(counts.value(IndustryEntry::Level::Class), 1381);
        QCOMPARE(catalog.edition(), QStringLiteral("2026-12-03"));
        QVERIFY(catalog.source().contains(u"GB/T 4754-2017"));
    }

    // Groups and classes per section, as the four copies of the table agree (see the file's
    // "levels").
    void countsPerSection_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("groups");
        QTest::addColumn<int>("classes");
        const struct
        {
            const char *section;
            int groups;
            int classes;
        } rows[] = {{"A", 24, 72}, {"B", 19, 39}, {"C", 179, 609}, {"D", 9, 18},  {"E", 18, 44}, {"F", 18, 128}, {"G", 27, 67},
                    {"H", 10, 16}, {"I", 17, 34}, {"J", 26, 48},   {"K", 5, 5},   {"L", 12, 58}, {"M", 19, 48},  {"N", 18, 33},
                    {"O", 16, 32}, {"P", 6, 17},  {"Q", 6, 30},    {"R", 27, 48}, {"S", 16, 34}, {"T", 1, 1}};
        for (const auto &row : rows)
            QTest::newRow(row.section) << QString::fromLatin1(row.section) << row.groups << row.classes;
    }

    void countsPerSection()
    {
        QFETCH(QString, section);
        QFETCH(int, groups);
        QFETCH(int, classes);
        int g = 0;
        int c = 0;
        const IndustryCatalog catalog = shippedCatalog();
        for (const IndustryEntry &entry : catalog.entries()) {
            if (entry.section != section)
                continue;
            g += entry.level == IndustryEntry::Level::Group ? 1 : 0;
            c += entry.level == IndustryEntry::Level::Class ? 1 : 0;
        }
        QCOMPARE(g, groups);
        QCOMPARE(c, classes);
    }

    void everyRowUnderItsParent()
    {
        // In the standard's order each row follows its parent: a class's first three digits are
        // the group above it, its first two the major group, and all share the section letter.
        const IndustryCatalog catalog = shippedCatalog();
        QString section;
        QString majorGroup;
        QString group;
        for (const IndustryEntry &entry : catalog.entries()) {
            switch (entry.level) {
            case IndustryEntry::Level::Section:
                section = entry.code;
                QCOMPARE(entry.section, entry.code);
                break;
            case IndustryEntry::Level::MajorGroup:
                majorGroup = entry.code;
                QCOMPARE(entry.section, section);
                break;
            case IndustryEntry::Level::Group:
                group = entry.code;
                QCOMPARE(entry.code.left(2), majorGroup);
                QCOMPARE(entry.section, section);
                break;
            case IndustryEntry::Level::Class: {
                QCOMPARE(entry.code.left(3), group);
                QCOMPARE(entry.code.left(2), majorGroup);
                QCOMPARE(entry.section, section);
                // The catalog agrees: the code normalises to the same section and parents.
                const auto code = catalog.normalize(entry.code, QStringLiteral("industry"));
                QVERIFY2(code.ok(), qPrintable(entry.code));
                QCOMPARE(code->section, section);
                QCOMPARE(code->group, group);
                break;
            }
            }
            QVERIFY2(!entry.name.isEmpty(), qPrintable(entry.code));
        }
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // IndustryCode::code(); empty when refused
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("label"); // or, when refused, phrases of the message, "|"-separated
        // Real codes of each level.
        QTest::newRow("major group 62") << QStringLiteral("62") << QStringLiteral("62") << QStringLiteral("H") << QString()
                                        << QStringLiteral("62 餐饮业");
        QTest::newRow("H62") << QStringLiteral("H62") << QStringLiteral("62") << QStringLiteral("H") << QString()
                             << QStringLiteral("62 餐饮业");
        QTest::newRow("group 621") << QStringLiteral("621") << QStringLiteral("621") << QStringLiteral("H") << QStringLiteral("621")
                                   << QStringLiteral("621 正餐服务");
        QTest::newRow("group L729") << QStringLiteral("L729") << QStringLiteral("729") << QStringLiteral("L") << QStringLiteral("729")
                                    << QStringLiteral("729 其他商务服务业");
        QTest::newRow("class 6210 (the only one of 621)") << QStringLiteral("6210") << QStringLiteral("6210") << QStringLiteral("H")
                                                          << QStringLiteral("621") << QStringLiteral("6210 正餐服务");
        QTest::newRow("class 6513") << QStringLiteral("I6513") << QStringLiteral("6513") << QStringLiteral("I") << QStringLiteral("651")
                                    << QStringLiteral("6513 应用软件开发");
        QTest::newRow("class 0190, leading zero") << QStringLiteral("a 0190") << QStringLiteral("0190") << QStringLiteral("A")
                                                  << QStringLiteral("019") << QStringLiteral("0190 其他农业");
        QTest::newRow("class 3741") << QStringLiteral("3741") << QStringLiteral("3741") << QStringLiteral("C") << QStringLiteral("374")
                                    << QStringLiteral("3741 飞机制造");
        QTest::newRow("class 8053 (new in 2017)") << QStringLiteral("8053") << QStringLiteral("8053") << QStringLiteral("O")
                                                  << QStringLiteral("805") << QStringLiteral("8053 养生保健服务");
        QTest::newRow("class 9700") << QStringLiteral("T9700") << QStringLiteral("9700") << QStringLiteral("T") << QStringLiteral("970")
                                    << QStringLiteral("9700 国际组织");
        // The classes the deferral data names (resources/parameters/deferral/2022.json).
        QTest::newRow("7291 旅游") << QStringLiteral("7291") << QStringLiteral("7291") << QStringLiteral("L") << QStringLiteral("729")
                                   << QStringLiteral("7291 旅行社及相关服务");
        QTest::newRow("5611 of 民航 56") << QStringLiteral("G5611") << QStringLiteral("5611") << QStringLiteral("G")
                                         << QStringLiteral("561") << QStringLiteral("5611 航空旅客运输");
        QTest::newRow("5612 of 民航 56") << QStringLiteral("5612") << QStringLiteral("5612") << QStringLiteral("G") << QStringLiteral("561")
                                         << QStringLiteral("5612 航空货物运输");
        // Made-up codes: refused with the code and the ones next to it.
        QTest::newRow("made-up class in an existing group")
            << QStringLiteral("6211") << QString() << QString() << QString()
            << QStringLiteral("6211: 6211 is not a class (小类) of GB/T 4754-2017|the classes of group 621 正餐服务 are 6210 正餐服务");
        QTest::newRow("made-up class of a missing group")
            << QStringLiteral("H6250") << QString() << QString() << QString()
            << QStringLiteral("6250 is not a class (小类) of GB/T 4754-2017|major group 62 餐饮业 has no group 625|"
                              "its groups are 621 正餐服务, 622 快餐服务, 623 饮料及冷饮服务, 624 餐饮配送及外卖送餐服务, 629 其他餐饮业");
        QTest::newRow("made-up group") << QStringLiteral("625") << QString() << QString() << QString()
                                       << QStringLiteral("625 is not a group (中类) of GB/T 4754-2017|the groups of major group 62 餐饮业 "
                                                         "are 621 正餐服务");
        QTest::newRow("class of GB/T 4754-2011 only (1310)")
            << QStringLiteral("1310") << QString() << QString() << QString()
            << QStringLiteral("1310 is not a class|1311 稻谷加工, 1312 小麦加工, 1313 玉米加工, 1314 杂粮加工, 1319 其他谷物磨制");
        QTest::newRow("7271 旅行社服务 of 2011 is 安全服务 in 2017")
            << QStringLiteral("7271") << QStringLiteral("7271") << QStringLiteral("L") << QStringLiteral("727")
            << QStringLiteral("7271 安全服务");
        QTest::newRow("made-up class under 72")
            << QStringLiteral("7290") << QString() << QString() << QString() << QStringLiteral("7290 is not a class|7291 旅行社及相关服务");
        QTest::newRow("no such major group") << QStringLiteral("9800") << QString() << QString() << QString()
                                             << QStringLiteral("major group 98 does not exist|a 3-digit group");
        QTest::newRow("class under the wrong section") << QStringLiteral("C6210") << QString() << QString() << QString()
                                                       << QStringLiteral("major group 62 belongs to section H, not C");
        QTest::newRow("5 digits") << QStringLiteral("62101") << QString() << QString() << QString()
                                  << QStringLiteral("62101 is not an industry code");
    }

    void normalize()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, section);
        QFETCH(QString, group);
        QFETCH(QString, label);
        const IndustryCatalog catalog = shippedCatalog();
        const auto result = catalog.normalize(text, QStringLiteral("payer.industry"));
        if (code.isEmpty()) {
            QVERIFY(!result);
            QCOMPARE(result.error().kind, Error::Kind::BadInput);
            QCOMPARE(result.error().field, QStringLiteral("payer.industry"));
            for (const QString &phrase : label.split(u'|'))
                QVERIFY2(result.error().message.contains(phrase), qPrintable(result.error().message));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->code(), code);
        QCOMPARE(result->section, section);
        QCOMPARE(result->majorGroup, code.left(2));
        QCOMPARE(result->group, group);
        QCOMPARE(result->classCode, code.size() == 4 ? code : QString());
        QCOMPARE(catalog.label(*result), label);
    }

    void namesOnlyWhatExists()
    {
        const IndustryCatalog catalog = shippedCatalog();
        QCOMPARE(catalog.name(QStringLiteral("H")), QStringLiteral("住宿和餐饮业"));
        QCOMPARE(catalog.name(QStringLiteral("131")), QStringLiteral("谷物磨制"));
        QCOMPARE(catalog.name(QStringLiteral("7289")), QStringLiteral("其他会议、会展及相关服务"));
        // A code the standard does not have has no name (not its major group's).
        QCOMPARE(catalog.name(QStringLiteral("6250")), QString());
        QCOMPARE(catalog.name(QStringLiteral("625")), QString());
        QCOMPARE(catalog.name(QStringLiteral("98")), QString());
    }

    void everyCodeOfTheDeferralRulesExists()
    {
        const auto rules = deferral::DeferralRules::loadBuiltIn();
        QVERIFY(rules.ok());
        const IndustryCatalog catalog = shippedCatalog();
        int codes = 0;
        for (const auto &group : rules->groups())
            for (const QString &code : group.codes) {
                const auto normalized = catalog.normalize(code, QStringLiteral("industry"));
                QVERIFY2(normalized.ok(), qPrintable(group.id + u' ' + code));
                QCOMPARE(normalized->code(), code);
                ++codes;
            }
        QCOMPARE(codes, 7 + 17);
    }

    void damagedTableRefused_data()
    {
        QTest::addColumn<QVariantList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("phrase");
        const auto row = [](const char *code, const char *name) {
            return QJsonObject {{QStringLiteral("code"), QString::fromUtf8(code)}, {QStringLiteral("name"), QString::fromUtf8(name)}};
        };
        const QString classes = QStringLiteral("sections[0].major_groups[0].groups[1].classes");
        QTest::newRow("class outside its group")
            << (toGroup629 + QVariantList {QStringLiteral("classes"), 1}) << QJsonValue(row("6311", "x")) << classes + QStringLiteral("[1]")
            << QStringLiteral("4-digit code starting with 629");
        QTest::newRow("class twice") << (toGroup629 + QVariantList {QStringLiteral("classes"), 1}) << QJsonValue(row("6291", "x"))
                                     << classes + QStringLiteral("[1]") << QStringLiteral("a new 4-digit code");
        QTest::newRow("class without a name") << (toGroup629 + QVariantList {QStringLiteral("classes"), 0}) << QJsonValue(row("6291", ""))
                                              << classes + QStringLiteral("[0]") << QStringLiteral("a name");
        QTest::newRow("group outside its major group")
            << QVariantList {QStringLiteral("sections"), 0, QStringLiteral("major_groups"), 0,
                             QStringLiteral("groups"),   1, QStringLiteral("code")}
            << QJsonValue(QStringLiteral("639")) << QStringLiteral("sections[0].major_groups[0].groups[1]")
            << QStringLiteral("3-digit code starting with 62");
        QTest::newRow("group without classes") << (toGroup629 + QVariantList {QStringLiteral("classes")}) << QJsonValue(QJsonArray())
                                               << classes << QStringLiteral("629 has no classes");
        QTest::newRow("major group of 3 digits")
            << QVariantList {QStringLiteral("sections"), 0, QStringLiteral("major_groups"), 0, QStringLiteral("code")}
            << QJsonValue(QStringLiteral("620")) << QStringLiteral("sections[0].major_groups[0]") << QStringLiteral("2-digit code");
        QTest::newRow("section letter U") << QVariantList {QStringLiteral("sections"), 0, QStringLiteral("code")}
                                          << QJsonValue(QStringLiteral("U")) << QStringLiteral("sections[0]") << QStringLiteral("A–T");
        QTest::newRow("fewer classes than declared")
            << QVariantList {QStringLiteral("levels"), QStringLiteral("classes"), QStringLiteral("count")} << QJsonValue(4)
            << QStringLiteral("levels.classes.count") << QStringLiteral("3 rows of classes where the table declares 4");
        QTest::newRow("no source") << QVariantList {QStringLiteral("source")} << QJsonValue(QStringLiteral("missing"))
                                   << QStringLiteral("source") << QStringLiteral("no source document");
    }

    void damagedTableRefused()
    {
        QFETCH(QVariantList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, phrase);
        QVERIFY(IndustryCatalog::fromJson(smallTable(), QStringLiteral("small")).ok());
        const auto catalog = IndustryCatalog::fromJson(replaced(smallTable(), path, value).toObject(), QStringLiteral("small"));
        QVERIFY(!catalog);
        QCOMPARE(catalog.error().kind, Error::Kind::MissingFigure);
        QCOMPARE(catalog.error().field, field);
        QVERIFY2(catalog.error().message.contains(phrase), qPrintable(catalog.error().message));
    }

    void shippedTableDeclaresItsCounts()
    {
        // The shipped file declares every level's count, so that a truncated copy is refused.
        const QJsonObject levels = shippedJson().value(u"levels").toObject();
        QCOMPARE(levels.value(u"sections").toObject().value(u"count").toInt(), 20);
        QCOMPARE(levels.value(u"major_groups").toObject().value(u"count").toInt(), 97);
        QCOMPARE(levels.value(u"groups").toObject().value(u"count").toInt(), 473);
        QCOMPARE(levels.value(u"classes").toObject().value(u"count").toInt(), 1381);
        for (const QString &key : levels.keys()) {
            QVERIFY2(!levels.value(key).toObject().value(u"confidence").toString().isEmpty(), qPrintable(key));
            QVERIFY2(!levels.value(key).toObject().value(u"sources").toArray().isEmpty(), qPrintable(key));
        }
    }
};

QTEST_MAIN(TestIndustryCatalog)
#include "testindustrycatalog.moc"
