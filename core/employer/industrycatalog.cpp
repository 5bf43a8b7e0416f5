#include "industrycatalog.h"

#include "common/loadedonce.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

#include <iterator>
#include <optional>

namespace tongban::employer {

namespace {

const QString builtInPath = QStringLiteral(":/parameters/industries/gbt4754-2017.json");

QString allowedCodes()
{
    return IndustryCatalog::tr("a GB/T 4754-2017 code: a 2-digit major group 01–97 (e.g. 62), a 3-digit group (e.g. 729) or a 4-digit "
                               "class (e.g. 7291), optionally after its section letter A–T (C13, C1311)");
}

/// One level of the table's nesting: the kind of its rows, their JSON key and code length.
struct LevelSpec
{
    IndustryEntry::Level level;
    const char16_t *key; ///< the key of the rows of this level in the row above
    int digits; ///< the length of a code of this level; 1 for the section letter
};
constexpr LevelSpec levels[] = {
    {IndustryEntry::Level::Section, u"sections", 1},
    {IndustryEntry::Level::MajorGroup, u"major_groups", 2},
    {IndustryEntry::Level::Group, u"groups", 3},
    {IndustryEntry::Level::Class, u"classes", 4},
};

} // namespace

Result<IndustryCatalog> IndustryCatalog::loadBuiltIn()
{
    static LoadedOnce<IndustryCatalog> loaded;
    return loaded.get(QString(), [] { return readBuiltIn(); });
}

Result<IndustryCatalog> IndustryCatalog::readBuiltIn()
{
    QFile file(builtInPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::missingFigure(builtInPath, tr("the industry classification table is missing: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::missingFigure(builtInPath,
                                    tr("the industry classification table is not valid JSON: %1").arg(parseError.errorString()));
    return fromJson(doc.object(), builtInPath);
}

Result<IndustryCatalog> IndustryCatalog::fromJson(const QJsonObject &json, const QString &origin)
{
    IndustryCatalog catalog;
    catalog.m_edition = json.value(u"edition").toString();
    const QString sourceKey = json.value(u"source").toString();
    catalog.m_source = json.value(u"sources").toObject().value(sourceKey).toObject().value(u"document").toString();
    if (catalog.m_source.isEmpty())
        return Error::missingFigure(QStringLiteral("source"), tr("%1: the table names no source document").arg(origin));

    static const QRegularExpression sectionPattern(QStringLiteral("^[A-T]$"));
    static const QRegularExpression digitsPattern(QStringLiteral("^[0-9]+$"));
    int counts[std::size(levels)] = {};
    // Reads the rows of level @p depth under @p parent (its code, empty for the table) at
    // @p path; a row of every level but the last needs rows of the next one. A group's code
    // starts with its major group's, a class's with its group's; a major group's section is the
    // one it is listed under.
    const auto read = [&](const auto &self, const QJsonObject &parent, const QString &parentCode, const QString &section, int depth,
                          const QString &path) -> std::optional<Error> {
        const LevelSpec &level = levels[depth];
        const QString key = QString::fromUtf16(level.key);
        const QJsonArray rows = parent.value(key).toArray();
        if (rows.isEmpty())
            return Error::missingFigure(path.isEmpty() ? key : path + u'.' + key,
                                        tr("%1: %2 has no %3").arg(origin, parentCode.isEmpty() ? tr("the table") : parentCode, key));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QString rowPath = (path.isEmpty() ? key : path + u'.' + key) + QStringLiteral("[%1]").arg(i);
            const QString code = row.value(u"code").toString();
            const QString name = row.value(u"name").toString();
            const bool wellFormed = depth == 0
                ? sectionPattern.match(code).hasMatch()
                : code.size() == level.digits && digitsPattern.match(code).hasMatch() && (depth == 1 || code.startsWith(parentCode));
            if (!wellFormed || name.isEmpty() || catalog.m_index.contains(code)) {
                QString what;
                if (depth == 0)
                    what = tr("a section needs a new letter A–T and a name");
                else if (depth == 1)
                    what = tr("a row of %1 needs a new %2-digit code and a name").arg(key).arg(level.digits);
                else
                    what = tr("a row of %1 needs a new %2-digit code starting with %3 and a name")
                               .arg(key)
                               .arg(level.digits)
                               .arg(parentCode);
                return Error::missingFigure(rowPath, tr("%1: %2 (found \"%3\")").arg(origin, what, code));
            }
            const QString letter = depth == 0 ? code : section;
            catalog.m_index.insert(code, static_cast<int>(catalog.m_entries.size()));
            catalog.m_entries.append({level.level, code, letter, name});
            ++counts[depth];
            if (depth + 1 < static_cast<int>(std::size(levels)))
                if (auto error = self(self, row, code, letter, depth + 1, rowPath))
                    return error;
        }
        return std::nullopt;
    };
    if (auto error = read(read, json, QString(), QString(), 0, QString()))
        return *error;
    // A truncated table would refuse real codes: each level has the number of rows it declares.
    const QJsonObject declared = json.value(u"levels").toObject();
    for (std::size_t depth = 0; depth < std::size(levels); ++depth) {
        const QString key = QString::fromUtf16(levels[depth].key);
        const QJsonValue count = declared.value(key).toObject().value(u"count");
        if (!count.isUndefined() && count.toInt(-1) != counts[depth])
            return Error::missingFigure(
                QStringLiteral("levels.%1.count").arg(key),
                tr("%1: %2 rows of %3 where the table declares %4").arg(origin).arg(counts[depth]).arg(key).arg(count.toInt(-1)));
    }
    return catalog;
}

Result<IndustryCode> IndustryCatalog::normalize(const QString &text, const QString &field) const
{
    QString compact = text.toUpper();
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    if (compact.isEmpty())
        return Error::badInput(field, tr("the industry is missing: give %1").arg(allowedCodes()));
    // A section letter, then 2 (major group), 3 (group) or 4 (class) digits.
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]?)([0-9]{2,4})$"));
    const auto match = pattern.match(compact);
    if (!match.hasMatch())
        return Error::badInput(field, tr("%1 is not an industry code: give %2").arg(text.trimmed(), allowedCodes()));
    const QString letter = match.captured(1);
    const QString digits = match.captured(2);
    IndustryCode code;
    code.majorGroup = digits.left(2);
    const auto majorGroup = m_index.constFind(code.majorGroup);
    if (majorGroup == m_index.constEnd() || m_entries.at(*majorGroup).level != IndustryEntry::Level::MajorGroup)
        return Error::badInput(
            field, tr("%1: major group %2 does not exist in GB/T 4754-2017; give %3").arg(text.trimmed(), code.majorGroup, allowedCodes()));
    code.section = m_entries.at(*majorGroup).section;
    if (!letter.isEmpty() && letter != code.section)
        return Error::badInput(
            field, tr("%1: major group %2 belongs to section %3, not %4").arg(text.trimmed(), code.majorGroup, code.section, letter));
    if (digits.size() == 2)
        return code;
    // A group or class must be one the standard has: name the ones next to it.
    const QString group = digits.left(3);
    const QString majorLabel = code.majorGroup + u' ' + m_entries.at(*majorGroup).name;
    if (!m_index.contains(group)) {
        if (digits.size() == 3)
            return Error::badInput(field,
                                   tr("%1: %2 is not a group (中类) of GB/T 4754-2017; the groups of major group %3 are %4")
                                       .arg(text.trimmed(), group, majorLabel, childList(code.majorGroup)));
        return Error::badInput(field,
                               tr("%1: %2 is not a class (小类) of GB/T 4754-2017: major group %3 has no group %4; its groups are %5")
                                   .arg(text.trimmed(), digits, majorLabel, group, childList(code.majorGroup)));
    }
    code.group = group;
    if (digits.size() == 3)
        return code;
    if (!m_index.contains(digits))
        return Error::badInput(field,
                               tr("%1: %2 is not a class (小类) of GB/T 4754-2017; the classes of group %3 are %4")
                                   .arg(text.trimmed(), digits, group + u' ' + name(group), childList(group)));
    code.classCode = digits;
    return code;
}

QString IndustryCatalog::name(const QString &code) const
{
    const auto found = m_index.constFind(code);
    return found == m_index.constEnd() ? QString() : m_entries.at(*found).name;
}

QString IndustryCatalog::label(const IndustryCode &code) const
{
    if (!code.isValid())
        return {};
    return code.code() + u' ' + name(code.code());
}

QList<IndustryEntry> IndustryCatalog::children(const QString &code) const
{
    QList<IndustryEntry> rows;
    const auto found = m_index.constFind(code);
    if (found == m_index.constEnd())
        return rows;
    // The table is in the standard's order: the rows below a code follow it, their codes
    // starting with it; the next level is one digit longer.
    for (qsizetype i = *found + 1; i < m_entries.size() && m_entries.at(i).code.startsWith(code); ++i)
        if (m_entries.at(i).code.size() == code.size() + 1)
            rows.append(m_entries.at(i));
    return rows;
}

QString IndustryCatalog::childList(const QString &code) const
{
    QStringList items;
    for (const IndustryEntry &row : children(code))
        items << row.code + u' ' + row.name;
    return items.join(QStringLiteral(", "));
}

} // namespace tongban::employer
