#include "parameterloader.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tongban::policy {

namespace {

/// Collects the location of a bad entry while reading one file.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(tongban::policy::ParameterLoader)

public:
    Reader(QString file, QJsonObject sources)
        : m_file(std::move(file))
        , m_sources(std::move(sources))
    { }

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    void fail(const QString &path, const QString &why)
    {
        if (!m_error)
            m_error = Error::badInput(m_file + u':' + path, why);
    }

    Provenance provenance(const QJsonObject &o, const QString &path)
    {
        Provenance p;
        p.sourceKey = o.value(u"source").toString();
        p.confidence = o.value(u"confidence").toString();
        p.note = o.value(u"note").toString();
        p.conflict = o.value(u"conflict").toString();
        if (!p.conflict.isEmpty())
            p.note = (p.note.isEmpty() ? QString() : p.note + u' ') + p.conflict;
        p.overridable = o.value(u"overridable").toBool(false);
        if (p.sourceKey.isEmpty()) {
            fail(path + u".source", tr("every figure must name its source"));
            return p;
        }
        const QJsonObject source = m_sources.value(p.sourceKey).toObject();
        if (source.isEmpty()) {
            fail(path + u".source", tr("unknown source key \"%1\"").arg(p.sourceKey));
            return p;
        }
        p.document = source.value(u"document").toString();
        p.url = source.value(u"url").toString();
        if (!source.value(u"note").toString().isEmpty() && p.note.isEmpty())
            p.note = source.value(u"note").toString();
        if (p.confidence != u"HIGH" && p.confidence != u"MEDIUM" && p.confidence != u"LOW")
            fail(path + u".confidence", tr("confidence must be HIGH, MEDIUM or LOW"));
        return p;
    }

    Rational number(const QJsonValue &v, const QString &path)
    {
        if (v.isString()) {
            if (const auto r = Rational::fromDecimalString(v.toString()))
                return *r;
        } else if (v.isDouble()) {
            if (const auto r = Rational::fromJsonDouble(v.toDouble()))
                return *r;
        }
        fail(path, tr("a decimal number is required"));
        return {};
    }

    YearMonth month(const QJsonValue &v, const QString &path)
    {
        const auto ym = YearMonth::parse(v.toString());
        if (!ym) {
            fail(path, tr("a month \"YYYY-MM\" is required"));
            return {};
        }
        return *ym;
    }

    /// {"value": …, "source": …, "confidence": …} → a figure.
    SourcedFigure figure(const QJsonObject &o, const QString &path, const QString &valueKey = QStringLiteral("value"))
    {
        if (!o.contains(valueKey)) {
            fail(path + u'.' + valueKey, tr("missing"));
            return {};
        }
        return {number(o.value(valueKey), path + u'.' + valueKey), provenance(o, path)};
    }

    SourcedSetting setting(const QJsonObject &parent, const QString &key, const QString &path, const QStringList &allowed)
    {
        const QJsonObject o = parent.value(key).toObject();
        const QString p = path + u'.' + key;
        if (o.isEmpty()) {
            fail(p, tr("missing"));
            return {};
        }
        const QString value
            = o.value(u"value").isString() ? o.value(u"value").toString() : number(o.value(u"value"), p + u".value").toShortString(6);
        if (!allowed.isEmpty() && !allowed.contains(value))
            fail(p + u".value", tr("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return {value, provenance(o, p)};
    }

private:
    QString m_file;
    QJsonObject m_sources;
    std::optional<Error> m_error;
};

/// Reads @p path as a JSON object and records its version (edition and content digest) under
/// @p name in @p versions.
Result<QJsonObject> readJson(const QString &path, const QString &name, QList<ParameterFileVersion> &versions)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(path, ParameterLoader::tr("cannot read the parameter file: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(
            path, ParameterLoader::tr("not a JSON object: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonValue edition = doc.object().value(u"edition");
    if (!edition.isUndefined() && (!edition.isString() || !QDate::fromString(edition.toString(), Qt::ISODate).isValid()))
        return Error::badInput(path + QStringLiteral(":edition"), ParameterLoader::tr("the edition must be a date YYYY-MM-DD"));
    versions.append(
        {name, edition.toString(), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16))});
    return doc.object();
}

} // namespace

Result<std::shared_ptr<const ParameterSet>> ParameterLoader::load(const QString &directory)
{
    auto set = std::make_shared<ParameterSet>();
    const QString nationalPath = directory + QStringLiteral("/national.json");
    const auto national = readJson(nationalPath, QStringLiteral("national.json"), set->m_versions);
    if (!national)
        return national.error();
    if (const Status s = loadNational(*national, nationalPath, *set); !s)
        return s.error();

    const QDir regionDir(directory + QStringLiteral("/regions"));
    const QStringList files = regionDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        const QString path = regionDir.filePath(name);
        const auto root = readJson(path, QStringLiteral("regions/") + name, set->m_versions);
        if (!root)
            return root.error();
        auto region = loadRegion(*root, path);
        if (!region)
            return region.error();
        if (region->code + QStringLiteral(".json") != name)
            return Error::badInput(path + QStringLiteral(":region"), tr("the region code must match the file name"));
        set->m_regions.insert(region->code, std::move(region).value());
    }
    if (set->m_regions.isEmpty())
        return Error::badInput(regionDir.path(), tr("no regional parameters found"));
    return std::shared_ptr<const ParameterSet>(std::move(set));
}

Status ParameterLoader::loadNational(const QJsonObject &root, const QString &file, ParameterSet &set)
{
    Reader r(file, root.value(u"sources").toObject());

    const QJsonObject payout = root.value(u"payout_months").toObject();
    const Provenance tableProvenance = r.provenance(payout, QStringLiteral("payout_months"));
    const QJsonObject table = payout.value(u"table").toObject();
    for (auto it = table.begin(); it != table.end(); ++it) {
        bool ok = false;
        const int age = it.key().toInt(&ok);
        const QString path = QStringLiteral("payout_months.table.") + it.key();
        if (!ok) {
            r.fail(path, tr("ages are whole years"));
            break;
        }
        if (it.value().isObject()) {
            QJsonObject o = it.value().toObject();
            if (!o.contains(u"source"))
                o.insert(QStringLiteral("source"), tableProvenance.sourceKey);
            set.m_payoutMonths.insert(age, r.figure(o, path));
        } else {
            set.m_payoutMonths.insert(age, {r.number(it.value(), path), tableProvenance});
        }
    }

    const QJsonArray rates = root.value(u"crediting_rates").toObject().value(u"rates").toArray();
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const QJsonObject o = rates.at(i).toObject();
        const QString path = QStringLiteral("crediting_rates.rates[%1]").arg(i);
        set.m_creditingRates.insert(o.value(u"year").toInt(), r.figure(o, path, QStringLiteral("rate")));
    }

    const QJsonArray credit = root.value(u"account_credit_rates").toObject().value(u"periods").toArray();
    for (qsizetype i = 0; i < credit.size(); ++i) {
        const QJsonObject o = credit.at(i).toObject();
        const QString path = QStringLiteral("account_credit_rates.periods[%1]").arg(i);
        EffectiveFigure f;
        f.from = r.month(o.value(u"from"), path + QStringLiteral(".from"));
        if (o.contains(u"to"))
            f.to = r.month(o.value(u"to"), path + QStringLiteral(".to"));
        f.figure = r.figure(o, path, QStringLiteral("rate"));
        set.m_accountCreditRates.append(f);
    }

    const QJsonObject contribution = root.value(u"contribution_rates").toObject();
    for (auto it = contribution.begin(); it != contribution.end(); ++it)
        set.m_contributionRates.insert(it.key(), r.figure(it.value().toObject(), QStringLiteral("contribution_rates.") + it.key()));

    const QJsonObject bounds = root.value(u"contribution_base_bounds").toObject();
    for (const QString &key : {QStringLiteral("floor"), QStringLiteral("ceiling")}) {
        const QString path = QStringLiteral("contribution_base_bounds.") + key;
        if (!bounds.value(key).isObject()) {
            r.fail(path, tr("the bound is required: a fraction of the average wage with its source"));
            continue;
        }
        set.m_contributionBaseBounds.insert(key, r.figure(bounds.value(key).toObject(), path));
    }
    if (set.m_contributionBaseBounds.size() == 2
        && !(set.m_contributionBaseBounds.value(QStringLiteral("floor")).value
             < set.m_contributionBaseBounds.value(QStringLiteral("ceiling")).value))
        r.fail(QStringLiteral("contribution_base_bounds"), tr("the floor must be below the ceiling"));

    const QJsonObject retirement = root.value(u"retirement").toObject();
    set.m_retirementProvenance = r.provenance(
        QJsonObject {{QStringLiteral("source"), retirement.value(u"source")}, {QStringLiteral("confidence"), QStringLiteral("HIGH")}},
        QStringLiteral("retirement"));
    const QJsonObject groups = retirement.value(u"groups").toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QString path = QStringLiteral("retirement.groups.") + it.key();
        RetirementGroupParameters g;
        g.originalAgeMonths = o.value(u"original_age_months").toInt();
        g.firstCohort = r.month(o.value(u"first_cohort"), path + QStringLiteral(".first_cohort"));
        g.monthsPerStep = o.value(u"months_per_step").toInt();
        g.maxDelayMonths = o.value(u"max_delay_months").toInt();
        if (g.originalAgeMonths <= 0 || g.monthsPerStep <= 0 || g.maxDelayMonths <= 0)
            r.fail(path, tr("ages, step and maximum delay must be positive whole months"));
        set.m_retirementGroups.insert(it.key(), g);
    }
    const QJsonObject minimum = retirement.value(u"minimum_contribution").toObject();
    set.m_minimumContributionProvenance = r.provenance(minimum, QStringLiteral("retirement.minimum_contribution"));
    set.m_minimumUntil2029 = minimum.value(u"until_2029_months").toInt();
    set.m_minimumFromYear = minimum.value(u"from_year").toInt();
    set.m_minimumFirst = minimum.value(u"first_months").toInt();
    set.m_minimumStep = minimum.value(u"step_months_per_year").toInt();
    set.m_minimumMax = minimum.value(u"max_months").toInt();
    if (set.m_minimumUntil2029 <= 0 || set.m_minimumMax < set.m_minimumUntil2029)
        r.fail(QStringLiteral("retirement.minimum_contribution"), tr("minimum contribution months are malformed"));
    const QJsonObject flexible = retirement.value(u"flexible").toObject();
    set.m_flexibleProvenance = r.provenance(flexible, QStringLiteral("retirement.flexible"));
    set.m_maxEarlyMonths = flexible.value(u"max_early_months").toInt();
    set.m_maxLateMonths = flexible.value(u"max_late_months").toInt();

    if (set.m_payoutMonths.isEmpty())
        r.fail(QStringLiteral("payout_months.table"), tr("the payout-month table is empty"));
    if (r.failed())
        return r.error();
    return Done {};
}

Result<RegionParameters> ParameterLoader::loadRegion(const QJsonObject &root, const QString &file)
{
    Reader r(file, root.value(u"sources").toObject());
    RegionParameters region;
    region.code = root.value(u"region").toString();
    region.name = root.value(u"name").toString();
    region.nameEn = root.value(u"name_en").toString();
    if (region.code.size() != 6 || !region.code.endsWith(QStringLiteral("0000")))
        r.fail(QStringLiteral("region"), tr("a province-level GB/T 2260 code (six digits ending in 0000) is required"));

    const QJsonArray bases = root.value(u"calculation_base").toArray();
    for (qsizetype i = 0; i < bases.size(); ++i) {
        const QJsonObject o = bases.at(i).toObject();
        const QString path = QStringLiteral("calculation_base[%1]").arg(i);
        EffectiveFigure f;
        f.from = r.month(o.value(u"from"), path + QStringLiteral(".from"));
        if (o.contains(u"to"))
            f.to = r.month(o.value(u"to"), path + QStringLiteral(".to"));
        f.figure = r.figure(o, path);
        region.calculationBases.append(f);
    }
    region.calculationBaseNote = root.value(u"calculation_base_note").toString();
    std::sort(region.calculationBases.begin(), region.calculationBases.end(),
              [](const EffectiveFigure &a, const EffectiveFigure &b) { return a.from < b.from; });

    const QJsonArray wages = root.value(u"average_wage").toArray();
    for (qsizetype i = 0; i < wages.size(); ++i) {
        const QJsonObject o = wages.at(i).toObject();
        const QString path = QStringLiteral("average_wage[%1]").arg(i);
        const int year = o.value(u"statistic_year").toInt();
        if (year < 1950 || year > 2100)
            r.fail(path + QStringLiteral(".statistic_year"), tr("a calendar year is required"));
        region.averageWages.insert(year, r.figure(o, path));
    }

    const QJsonObject convention = root.value(u"average_wage_convention").toObject();
    region.averageWageLagYears = convention.value(u"lag_years").toInt(-1);
    if (region.averageWageLagYears < 0 || region.averageWageLagYears > 2)
        r.fail(QStringLiteral("average_wage_convention.lag_years"), tr("0, 1 or 2 years is required"));
    region.averageWageConvention = r.provenance(convention, QStringLiteral("average_wage_convention"));

    const QJsonObject pension = root.value(u"pension").toObject();
    const QString p = QStringLiteral("pension");
    PensionRules &rules = region.pension;
    rules.yearsRounding = r.setting(
        pension, QStringLiteral("years_rounding"), p,
        {QStringLiteral("exact"), QStringLiteral("2dp"), QStringLiteral("4dp"), QStringLiteral("trunc-2dp"), QStringLiteral("ceil-0.1")});
    rules.amountRounding = r.setting(pension, QStringLiteral("amount_rounding"), p,
                                     {QStringLiteral("fen"), QStringLiteral("jiao"), QStringLiteral("ceil-jiao")});
    rules.totalRounding = r.setting(pension, QStringLiteral("total_rounding"), p, {QStringLiteral("sum"), QStringLiteral("ceil-jiao")});
    rules.indexedWageRounding
        = r.setting(pension, QStringLiteral("indexed_wage_rounding"), p, {QStringLiteral("fen"), QStringLiteral("none")});
    rules.payoutMonthsRule
        = r.setting(pension, QStringLiteral("payout_months"), p, {QStringLiteral("interpolate-0.1"), QStringLiteral("whole-age")});
    const QJsonObject payout = pension.value(u"payout_months").toObject();
    rules.payoutInterpolationFrom
        = payout.contains(u"from") ? r.month(payout.value(u"from"), p + QStringLiteral(".payout_months.from")) : YearMonth(1, 1);
    if (pension.contains(u"indexed_wage_base"))
        rules.indexedWageBaseRule
            = r.setting(pension, QStringLiteral("indexed_wage_base"), p, {QStringLiteral("calculation-base"), QStringLiteral("entered")});
    const QJsonObject deemedIndex = pension.value(u"deemed_index").toObject();
    if (deemedIndex.value(u"value") == QJsonValue(QStringLiteral("entered"))) {
        // A table the data does not hold (Guangdong's 视同缴费指数): each case gives its figure.
        rules.deemedIndexEntered = true;
        rules.deemedIndex.provenance = r.provenance(deemedIndex, p + QStringLiteral(".deemed_index"));
    } else {
        rules.deemedIndex = r.figure(deemedIndex, p + QStringLiteral(".deemed_index"));
    }
    if (pension.contains(u"deemed_until")) {
        const QJsonObject until = pension.value(u"deemed_until").toObject();
        rules.deemedUntil = r.month(until.value(u"value"), p + QStringLiteral(".deemed_until.value"));
        rules.deemedUntilProvenance = r.provenance(until, p + QStringLiteral(".deemed_until"));
    }
    const QJsonArray unmodelled = pension.value(u"unmodelled_supplements").toArray();
    for (qsizetype i = 0; i < unmodelled.size(); ++i) {
        const QJsonObject o = unmodelled.at(i).toObject();
        const QString path = p + QStringLiteral(".unmodelled_supplements[%1]").arg(i);
        UnmodelledSupplement s;
        s.label = o.value(u"label").toString();
        if (s.label.isEmpty())
            r.fail(path + QStringLiteral(".label"), tr("the add-on's name as printed on sheets is required"));
        s.provenance = r.provenance(o, path);
        rules.unmodelledSupplements.append(s);
    }

    const QJsonObject transitional = pension.value(u"transitional").toObject();
    const QString t = p + QStringLiteral(".transitional");
    rules.transitionalCoefficient = r.figure(transitional.value(u"coefficient").toObject(), t + QStringLiteral(".coefficient"));
    if (transitional.contains(u"coefficient_above")) {
        const QJsonObject above = transitional.value(u"coefficient_above").toObject();
        const QString path = t + QStringLiteral(".coefficient_above");
        CoefficientThreshold threshold;
        threshold.actualMonthsAbove = above.value(u"actual_months_above").toInt(-1);
        if (threshold.actualMonthsAbove < 0)
            r.fail(path + QStringLiteral(".actual_months_above"), tr("a whole number of months is required"));
        threshold.figure = r.figure(above, path);
        rules.transitionalCoefficientAbove = threshold;
    }
    rules.transitionalDeemedIndex = r.setting(transitional, QStringLiteral("deemed_part_index"), t, {});
    if (rules.transitionalDeemedIndex.value != u"average" && rules.transitionalDeemedIndex.value != u"entered"
        && !Rational::fromDecimalString(rules.transitionalDeemedIndex.value))
        r.fail(t + QStringLiteral(".deemed_part_index.value"), tr("a decimal index, \"average\" or \"entered\" is required"));
    if (transitional.contains(u"variant")) {
        rules.transitionalVariant
            = r.setting(transitional, QStringLiteral("variant"), t, {QStringLiteral("parts"), QStringLiteral("weighted-pre-account")});
        const QJsonObject variant = transitional.value(u"variant").toObject();
        if (variant.contains(u"from"))
            rules.transitionalFrom = r.month(variant.value(u"from"), t + QStringLiteral(".variant.from"));
    }
    if (transitional.contains(u"base"))
        rules.transitionalBase
            = r.setting(transitional, QStringLiteral("base"), t, {QStringLiteral("calculation-base"), QStringLiteral("indexed-wage-base")});
    if (rules.transitionalBase && rules.transitionalBase->value == u"indexed-wage-base"
        && (!rules.indexedWageBaseRule || rules.indexedWageBaseRule->value != u"entered"))
        r.fail(t + QStringLiteral(".base.value"), tr("\"indexed-wage-base\" needs pension.indexed_wage_base \"entered\""));
    if (transitional.contains(u"notional_divisor"))
        rules.notionalDivisor = r.figure(transitional.value(u"notional_divisor").toObject(), t + QStringLiteral(".notional_divisor"));
    const QJsonArray periods = transitional.value(u"period_parts").toArray();
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QJsonObject o = periods.at(i).toObject();
        const QString path = t + QStringLiteral(".period_parts[%1]").arg(i);
        TransitionalPeriodPart part;
        part.from = r.month(o.value(u"from"), path + QStringLiteral(".from"));
        part.to = r.month(o.value(u"to"), path + QStringLiteral(".to"));
        part.label = o.value(u"label").toString();
        part.provenance = r.provenance(o, path);
        rules.transitionalPeriodParts.append(part);
    }

    if (r.failed())
        return r.error();
    return region;
}

} // namespace tongban::policy
