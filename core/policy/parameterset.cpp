#include "parameterset.h"
#include "parameterloader.h"

#include "common/loadedonce.h"

#include <QRegularExpression>

namespace tongban::policy {

Result<std::shared_ptr<const ParameterSet>> ParameterSet::loadBuiltIn()
{
    // Parsed once per program (about 25 ms): the set is immutable and shared.
    static LoadedOnce<std::shared_ptr<const ParameterSet>> loaded;
    return loaded.get(QStringLiteral(":/parameters"), [] { return ParameterLoader::load(QStringLiteral(":/parameters")); });
}

Result<std::shared_ptr<const ParameterSet>> ParameterSet::loadFromDirectory(const QString &directory)
{
    return ParameterLoader::load(directory);
}

Result<const RegionParameters *> ParameterSet::region(const QString &code, const QString &field) const
{
    static const QRegularExpression sixDigits(QStringLiteral("^[1-9][0-9]{5}$"));
    if (!sixDigits.match(code).hasMatch())
        return Error::badInput(field, tr("\"%1\" is not a region code: six digits (GB/T 2260), e.g. 110000 for Beijing").arg(code));
    const QString province = code.left(2) + QStringLiteral("0000");
    const auto it = m_regions.constFind(province);
    if (it == m_regions.constEnd()) {
        QStringList shipped;
        for (const RegionParameters &r : m_regions)
            shipped << QStringLiteral("%1 %2").arg(r.code, r.displayName());
        return Error::badInput(
            field, tr("no pension rules are shipped for region %1; available: %2").arg(code, shipped.join(QStringLiteral(", "))));
    }
    return &it.value();
}

Result<const RegionParameters *> ParameterSet::rulesFor(const QString &code, const QString &field) const
{
    const auto shipped = region(code, field);
    static const QRegularExpression sixDigits(QStringLiteral("^[1-9][0-9]{5}$"));
    if (shipped || !sixDigits.match(code).hasMatch())
        return shipped;
    const auto it = m_nationalOnly.constFind(code.left(2) + QStringLiteral("0000"));
    if (it == m_nationalOnly.constEnd())
        return shipped.error();
    return &it.value();
}

QString ParameterSet::placeName(const QString &code) const
{
    const auto rules = rulesFor(code);
    if (!rules)
        return code;
    if (const CityFigures *city = (*rules)->cityFor(code))
        return city->displayName();
    return (*rules)->displayName();
}

QList<const RegionParameters *> ParameterSet::regions() const
{
    QList<const RegionParameters *> list;
    for (const RegionParameters &r : m_regions)
        list << &r;
    return list;
}

QMap<QString, QString> ParameterSet::provinceNames() const
{
    QMap<QString, QString> names;
    for (const QMap<QString, RegionParameters> *map : {&m_nationalOnly, &m_regions}) {
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            names.insert(it.key(), it->name);
    }
    return names;
}

QString ParameterSet::citationFor(const QString &source) const
{
    const QString key = source.trimmed();
    if (const auto it = m_citations.constFind(key); it != m_citations.cend())
        return it.value();
    // A document quoted with more words than its number ("国发〔2005〕38号 附件 …"): its number.
    return m_citations.value(key.section(u' ', 0, 0));
}

QList<ParameterFileVersion> ParameterSet::versionsFor(const QString &regionCode) const
{
    const QString regionFile = QStringLiteral("regions/%1.json").arg(regionCode.left(2) + QStringLiteral("0000"));
    QList<ParameterFileVersion> list;
    bool regionFound = false;
    for (const ParameterFileVersion &v : m_versions) {
        if (v.file == u"national.json")
            list << v;
        else if (v.file == regionFile) {
            list << v;
            regionFound = true;
        }
    }
    if (regionFound)
        return list;
    // A province without a rule set is computed with the national file alone.
    const bool nationalOnly = rulesFor(regionCode).ok();
    return nationalOnly ? list : QList<ParameterFileVersion> {};
}

std::optional<SourcedFigure> ParameterSet::payoutMonthsForAge(int years) const
{
    const auto it = m_payoutMonths.constFind(years);
    if (it == m_payoutMonths.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<SourcedFigure> ParameterSet::creditingRate(int year) const
{
    const auto it = m_creditingRates.constFind(year);
    if (it == m_creditingRates.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<SourcedFigure> ParameterSet::accountCreditRate(YearMonth month) const
{
    for (const EffectiveFigure &f : m_accountCreditRates) {
        if (month >= f.from && (!f.to.isValid() || month <= f.to))
            return f.figure;
    }
    return std::nullopt;
}

std::optional<SourcedFigure> ParameterSet::contributionRate(const QString &key) const
{
    const auto it = m_contributionRates.constFind(key);
    if (it == m_contributionRates.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<SourcedFigure> ParameterSet::contributionBaseBound(const QString &key) const
{
    const auto it = m_contributionBaseBounds.constFind(key);
    if (it == m_contributionBaseBounds.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<RetirementGroupParameters> ParameterSet::retirementGroup(const QString &group) const
{
    const auto it = m_retirementGroups.constFind(group);
    if (it == m_retirementGroups.constEnd())
        return std::nullopt;
    return *it;
}

Provenance ParameterSet::retirementProvenance() const
{
    return m_retirementProvenance;
}

int ParameterSet::minimumContributionMonths(int year) const
{
    if (year < m_minimumFromYear)
        return m_minimumUntil2029;
    return std::min(m_minimumMax, m_minimumFirst + (year - m_minimumFromYear) * m_minimumStep);
}

Provenance ParameterSet::minimumContributionProvenance() const
{
    return m_minimumContributionProvenance;
}

} // namespace tongban::policy
