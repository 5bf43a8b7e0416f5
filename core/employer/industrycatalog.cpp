#include "industrycatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tongban::employer {

namespace {

const QString builtInPath = QStringLiteral(":/parameters/industries/gbt4754-2017.json");

QString allowedCodes()
{
    return IndustryCatalog::tr("a GB/T 4754-2017 code: a 2-digit major group 01–97 (e.g. 62) or a 4-digit class "
                               "(e.g. 7291), optionally after its section letter A–T (C13, C1310)");
}

} // namespace

Result<IndustryCatalog> IndustryCatalog::loadBuiltIn()
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

    const auto add = [&catalog](IndustryEntry::Level level, const QString &code, const QString &section, const QString &name) {
        catalog.m_index.insert(code, static_cast<int>(catalog.m_entries.size()));
        catalog.m_entries.append({level, code, section, name});
    };
    static const QRegularExpression sectionPattern(QStringLiteral("^[A-T]$"));
    static const QRegularExpression groupPattern(QStringLiteral("^[0-9]{2}$"));
    static const QRegularExpression classPattern(QStringLiteral("^[0-9]{4}$"));
    const QJsonArray sections = json.value(u"sections").toArray();
    if (sections.isEmpty())
        return Error::missingFigure(QStringLiteral("sections"), tr("%1: no sections").arg(origin));
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QJsonObject section = sections.at(s).toObject();
        const QString path = QStringLiteral("sections[%1]").arg(s);
        const QString letter = section.value(u"code").toString();
        if (!sectionPattern.match(letter).hasMatch() || section.value(u"name").toString().isEmpty() || catalog.m_index.contains(letter))
            return Error::missingFigure(path, tr("%1: a section needs a new letter A–T and a name").arg(origin));
        add(IndustryEntry::Level::Section, letter, letter, section.value(u"name").toString());
        const QJsonArray groups = section.value(u"major_groups").toArray();
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const QJsonObject group = groups.at(g).toObject();
            const QString groupPath = path + QStringLiteral(".major_groups[%1]").arg(g);
            const QString code = group.value(u"code").toString();
            if (!groupPattern.match(code).hasMatch() || group.value(u"name").toString().isEmpty() || catalog.m_index.contains(code))
                return Error::missingFigure(groupPath, tr("%1: a major group needs a new 2-digit code and a name").arg(origin));
            add(IndustryEntry::Level::MajorGroup, code, letter, group.value(u"name").toString());
            const QJsonArray classes = group.value(u"classes").toArray();
            for (qsizetype c = 0; c < classes.size(); ++c) {
                const QJsonObject cls = classes.at(c).toObject();
                const QString classCode = cls.value(u"code").toString();
                if (!classPattern.match(classCode).hasMatch() || !classCode.startsWith(code) || cls.value(u"name").toString().isEmpty()
                    || catalog.m_index.contains(classCode))
                    return Error::missingFigure(groupPath + QStringLiteral(".classes[%1]").arg(c),
                                                tr("%1: a class needs a new 4-digit code inside its major group and a name").arg(origin));
                add(IndustryEntry::Level::Class, classCode, letter, cls.value(u"name").toString());
            }
        }
    }
    return catalog;
}

Result<IndustryCode> IndustryCatalog::normalize(const QString &text, const QString &field) const
{
    QString compact = text.toUpper();
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    if (compact.isEmpty())
        return Error::badInput(field, tr("the industry is missing: give %1").arg(allowedCodes()));
    // A section letter, then 2 (major group), 3 (intermediate group) or 4 (class) digits.
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]?)([0-9]{2,4})$"));
    const auto match = pattern.match(compact);
    if (!match.hasMatch())
        return Error::badInput(field, tr("%1 is not an industry code: give %2").arg(text.trimmed(), allowedCodes()));
    const QString letter = match.captured(1);
    const QString digits = match.captured(2);
    IndustryCode code;
    code.majorGroup = digits.left(2);
    const auto group = m_index.constFind(code.majorGroup);
    if (group == m_index.constEnd() || m_entries.at(*group).level != IndustryEntry::Level::MajorGroup)
        return Error::badInput(
            field, tr("%1: major group %2 does not exist in GB/T 4754-2017; give %3").arg(text.trimmed(), code.majorGroup, allowedCodes()));
    code.section = m_entries.at(*group).section;
    if (!letter.isEmpty() && letter != code.section)
        return Error::badInput(
            field, tr("%1: major group %2 belongs to section %3, not %4").arg(text.trimmed(), code.majorGroup, code.section, letter));
    if (digits.size() == 4)
        code.classCode = digits;
    return code;
}

QString IndustryCatalog::name(const QString &code) const
{
    const auto found = m_index.constFind(code);
    if (found != m_index.constEnd())
        return m_entries.at(*found).name;
    if (code.size() == 4 || code.size() == 3)
        return name(code.left(2));
    return {};
}

QString IndustryCatalog::label(const IndustryCode &code) const
{
    if (!code.isValid())
        return {};
    return code.code() + u' ' + name(code.code());
}

} // namespace tongban::employer
