// The region files as shipped (resources/parameters/regions/, read from the program's resources),
// one row per file: every province of national.json has one, each loads on its own, every figure
// names a source of its file with a confidence, and no two periods of one series overlap (the
// calculation bases of the province and of each city, the published figures of an add-on, the
// average wages by statistic year). The checks also run on a broken file, so that they are seen
// to find what they look for.

#include "policy/parameterset.h"

#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace tongban;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString regionDir = u":/parameters/regions"_s;

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// What is wrong with the provenance of the figures of @p root: every object that holds a figure
/// or a setting ("value", "statistic_year"), an add-on, the provisional-base rule and the
/// average-wage convention must name a key of the file's "sources" and a confidence; every source
/// has a document, and a citation where it has one is a text.
QStringList provenanceProblems(const QJsonObject &root)
{
    QStringList problems;
    const QJsonObject sources = root[u"sources"].toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        if (s[u"document"].toString().trimmed().isEmpty())
            problems << u"sources.%1: no document"_s.arg(it.key());
        if (s.contains(u"citation") && (!s[u"citation"].isString() || s[u"citation"].toString().trimmed().isEmpty()))
            problems << u"sources.%1.citation: not a text"_s.arg(it.key());
    }
    const auto sourced = [&](const QJsonObject &o, const QString &path) {
        const QString key = o[u"source"].toString();
        if (key.isEmpty())
            problems << path + u": no source"_s;
        else if (!sources.contains(key))
            problems << u"%1: source \"%2\" is not in the file's sources"_s.arg(path, key);
        const QString confidence = o[u"confidence"].toString();
        if (confidence != u"HIGH" && confidence != u"MEDIUM" && confidence != u"LOW")
            problems << path + u": no confidence"_s;
    };
    std::function<void(const QJsonValue &, const QString &, bool)> walk = [&](const QJsonValue &v, const QString &path, bool entry) {
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            const bool entries = path.endsWith(u"supplements"_s);
            for (qsizetype i = 0; i < a.size(); ++i)
                walk(a.at(i), u"%1[%2]"_s.arg(path).arg(i), entries);
            return;
        }
        if (!v.isObject())
            return;
        const QJsonObject o = v.toObject();
        if (entry || o.contains(u"value") || o.contains(u"statistic_year"))
            sourced(o, path);
        for (auto it = o.begin(); it != o.end(); ++it)
            walk(it.value(), path + u'.' + it.key(), false);
    };
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == u"sources")
            continue;
        const bool rule = it.key() == u"calculation_base_provisional" || it.key() == u"average_wage_convention";
        walk(it.value(), it.key(), rule);
    }
    return problems;
}

/// Periods of one series that overlap, run backwards or leave an open end before a later one,
/// and statistic years given twice.
QStringList overlapProblems(const QJsonObject &root)
{
    QStringList problems;
    const auto periods = [&](const QJsonArray &list, const QString &path) {
        struct Span
        {
            QString from;
            QString to; // "9999-12" when open-ended
        };
        QList<Span> spans;
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const QString from = o[u"from"].toString();
            const QString to = o.contains(u"to") ? o[u"to"].toString() : u"9999-12"_s;
            if (!QDate::fromString(from + u"-01"_s, Qt::ISODate).isValid() || !QDate::fromString(to + u"-01"_s, Qt::ISODate).isValid())
                problems << u"%1: %2…%3 is not a span of months"_s.arg(path, from, to);
            if (to < from)
                problems << u"%1: %2…%3 ends before it starts"_s.arg(path, from, to);
            spans.append({from, to});
        }
        std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
        for (qsizetype i = 1; i < spans.size(); ++i) {
            if (spans.at(i).from <= spans.at(i - 1).to)
                problems << u"%1: %2…%3 overlaps %4…%5"_s.arg(path, spans.at(i - 1).from, spans.at(i - 1).to, spans.at(i).from,
                                                              spans.at(i).to);
        }
    };
    const auto years = [&](const QJsonArray &list, const QString &path) {
        QSet<int> seen;
        for (const QJsonValue &v : list) {
            const int year = v.toObject().value(u"statistic_year").toInt();
            if (seen.contains(year))
                problems << u"%1: statistic year %2 twice"_s.arg(path).arg(year);
            seen.insert(year);
        }
    };
    periods(root[u"calculation_base"].toArray(), u"calculation_base"_s);
    years(root[u"average_wage"].toArray(), u"average_wage"_s);
    const QJsonObject cities = root[u"cities"].toObject();
    for (auto it = cities.begin(); it != cities.end(); ++it) {
        periods(it.value().toObject().value(u"calculation_base").toArray(), u"cities.%1.calculation_base"_s.arg(it.key()));
        years(it.value().toObject().value(u"average_wage").toArray(), u"cities.%1.average_wage"_s.arg(it.key()));
    }
    const QJsonArray supplements = root.value(u"pension").toObject().value(u"supplements").toArray();
    for (qsizetype i = 0; i < supplements.size(); ++i)
        periods(supplements.at(i).toObject().value(u"base").toArray(), u"pension.supplements[%1].base"_s.arg(i));
    return problems;
}

} // namespace

class TestRegionFiles : public QObject
{
    Q_OBJECT

private slots:
    // The 31 provinces of national.json each ship a rule set, and every file is one of them.
    void everyProvinceHasAFile()
    {
        const QJsonObject names = readJson(u":/parameters/national.json"_s).value(u"provinces").toObject().value(u"names").toObject();
        QCOMPARE(names.size(), 31);
        const QStringList files = QDir(regionDir).entryList({u"*.json"_s}, QDir::Files);
        for (auto it = names.begin(); it != names.end(); ++it)
            QVERIFY2(files.contains(it.key() + u".json"_s),
                     qPrintable(it.key() + u' ' + it.value().toObject().value(u"name").toString() + u": no file"_s));
        for (const QString &file : files)
            QVERIFY2(names.contains(file.chopped(5)), qPrintable(file + u": not a province of national.json"_s));
        QCOMPARE(files.size(), 31);
    }

    void file_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : QDir(regionDir).entryList({u"*.json"_s}, QDir::Files))
            QTest::newRow(qPrintable(name)) << name;
    }

    // Each file loads with national.json alone, under its own code, with a dated edition.
    void file()
    {
        QFETCH(QString, name);
        const QJsonObject root = readJson(regionDir + u'/' + name);
        QCOMPARE(root[u"region"].toString() + u".json"_s, name);
        QVERIFY2(QDate::fromString(root[u"edition"].toString(), Qt::ISODate).isValid(), qPrintable(root[u"edition"].toString()));
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"regions"_s));
        QVERIFY(QFile::copy(u":/parameters/national.json"_s, dir.filePath(u"national.json"_s)));
        QVERIFY(QFile::copy(regionDir + u'/' + name, dir.filePath(u"regions/"_s + name)));
        const auto loaded = policy::ParameterSet::loadFromDirectory(dir.path());
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().field + u": "_s + loaded.error().message));
        const auto region = (*loaded)->region(root[u"region"].toString());
        QVERIFY(region.ok());
        QVERIFY((*region)->hasRuleSet);
    }

    void everyFigureHasASource_data() { file_data(); }

    void everyFigureHasASource()
    {
        QFETCH(QString, name);
        const QStringList problems = provenanceProblems(readJson(regionDir + u'/' + name));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void noPeriodsOverlap_data() { file_data(); }

    void noPeriodsOverlap()
    {
        QFETCH(QString, name);
        const QStringList problems = overlapProblems(readJson(regionDir + u'/' + name));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The checks find what they look for: a copy of a shipped file with a figure without a
    // source, a source key that does not exist, a base whose months overlap the next one's, a
    // city's open-ended base before a later one, and a statistic year given twice.
    void theChecksFindBrokenFiles()
    {
        QJsonObject root = readJson(regionDir + u"/210000.json"_s);
        QVERIFY(provenanceProblems(root).isEmpty());
        QVERIFY(overlapProblems(root).isEmpty());

        QJsonArray bases = root[u"calculation_base"].toArray();
        QJsonObject first = bases.at(0).toObject();
        first.insert(u"to"_s, bases.at(1).toObject().value(u"from").toString()); // overlaps the next year's first month
        first.remove(u"source"_s);
        bases.replace(0, first);
        QJsonObject second = bases.at(1).toObject();
        second.insert(u"source"_s, u"NO-SUCH-SOURCE"_s);
        bases.replace(1, second);
        root.insert(u"calculation_base"_s, bases);
        QJsonArray wages = root[u"average_wage"].toArray();
        wages.append(wages.at(0));
        root.insert(u"average_wage"_s, wages);
        QJsonObject cities = root[u"cities"].toObject();
        QJsonObject shenyang = cities[u"210100"].toObject();
        QJsonArray shenyangBases = shenyang[u"calculation_base"].toArray();
        QJsonObject open = shenyangBases.at(0).toObject();
        open.remove(u"to"_s);
        shenyangBases.replace(0, open);
        shenyang.insert(u"calculation_base"_s, shenyangBases);
        cities.insert(u"210100"_s, shenyang);
        root.insert(u"cities"_s, cities);

        const QString provenance = provenanceProblems(root).join(u'\n');
        QVERIFY2(provenance.contains(u"calculation_base[0]: no source"), qPrintable(provenance));
        QVERIFY2(provenance.contains(u"NO-SUCH-SOURCE"), qPrintable(provenance));
        const QString overlaps = overlapProblems(root).join(u'\n');
        QVERIFY2(overlaps.contains(u"calculation_base: 2020-01…2021-01 overlaps 2021-01…2021-12"), qPrintable(overlaps));
        QVERIFY2(overlaps.contains(u"cities.210100.calculation_base: 2020-01…9999-12 overlaps"), qPrintable(overlaps));
        QVERIFY2(overlaps.contains(u"average_wage: statistic year"), qPrintable(overlaps));
    }
};

QTEST_GUILESS_MAIN(TestRegionFiles)
#include "testregionfiles.moc"
