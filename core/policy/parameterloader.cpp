#include "parameterloader.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

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
        p.noteZh = o.value(u"note_zh").toString();
        p.conflictZh = o.value(u"conflict_zh").toString();
        if (!p.conflict.isEmpty())
            p.note = (p.note.isEmpty() ? QString() : p.note + u' ') + p.conflict;
        // The Chinese note reads the same way: the note, then the conflict (no space in Chinese).
        if (!p.conflictZh.isEmpty())
            p.noteZh += p.conflictZh;
        for (const QString &key : {QStringLiteral("note_zh"), QStringLiteral("conflict_zh")}) {
            const QJsonValue v = o.value(key);
            if (!v.isUndefined() && !v.isString())
                fail(path + u'.' + key, tr("a text is required"));
        }
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
        p.citation = source.value(u"citation").toString();
        p.basis = o.value(u"basis").toString();
        if (!source.value(u"note").toString().isEmpty() && p.note.isEmpty()) {
            p.note = source.value(u"note").toString();
            p.noteZh = source.value(u"note_zh").toString();
        }
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

    /// [{"from", "to" (optional), "value", "source", …}] → figures sorted by their first month.
    QList<EffectiveFigure> effectiveFigures(const QJsonValue &list, const QString &path)
    {
        QList<EffectiveFigure> figures;
        if (!list.isUndefined() && !list.isArray()) {
            fail(path, tr("a list of figures with their months is required"));
            return figures;
        }
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
            EffectiveFigure f;
            f.from = month(o.value(u"from"), itemPath + QStringLiteral(".from"));
            if (o.contains(u"to")) {
                f.to = month(o.value(u"to"), itemPath + QStringLiteral(".to"));
                if (f.to.isValid() && f.from.isValid() && f.to < f.from)
                    fail(itemPath + QStringLiteral(".to"), tr("the last month comes before the first"));
            }
            f.figure = figure(o, itemPath);
            figures.append(f);
        }
        std::sort(figures.begin(), figures.end(), [](const EffectiveFigure &a, const EffectiveFigure &b) { return a.from < b.from; });
        return figures;
    }

    /// [{"statistic_year", "value", "source", …}] → monthly average wages by statistic year.
    QMap<int, SourcedFigure> averageWages(const QJsonValue &list, const QString &path)
    {
        QMap<int, SourcedFigure> wages;
        const QJsonArray array = list.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            const QString itemPath = path + QStringLiteral("[%1]").arg(i);
            const int year = o.value(u"statistic_year").toInt();
            if (year < 1950 || year > 2100)
                fail(itemPath + QStringLiteral(".statistic_year"), tr("a calendar year is required"));
            wages.insert(year, figure(o, itemPath));
        }
        return wages;
    }

private:
    QString m_file;
    QJsonObject m_sources;
    std::optional<Error> m_error;
};

/// Reads @p path as a JSON object and records its version (edition and content digest) under
/// @p name in @p versions.
Result<QJsonObject> readJson(const QByteArray &bytes, const QString &path, const QString &name, QList<ParameterFileVersion> &versions)
{
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

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(path, ParameterLoader::tr("cannot read the parameter file: %1").arg(file.errorString()));
    return file.readAll();
}

/// One modelled supplement of pension.supplements (see policy::ModelledSupplement).
ModelledSupplement readSupplement(Reader &r, const QJsonObject &o, const QString &path)
{
    ModelledSupplement s;
    s.id = o.value(u"id").toString();
    s.label = o.value(u"label").toString();
    s.kind = o.value(u"kind").toString();
    s.condition = o.value(u"condition").toString();
    s.conditionZh = o.value(u"condition_zh").toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(s.id).hasMatch())
        r.fail(path + QStringLiteral(".id"), ParameterLoader::tr("an id of lower-case letters, digits and hyphens is required"));
    if (s.label.isEmpty())
        r.fail(path + QStringLiteral(".label"), ParameterLoader::tr("the add-on's name as printed on sheets is required"));
    s.provenance = r.provenance(o, path);
    const auto fraction = [&](const QString &key) {
        if (!o.contains(key)) {
            r.fail(path + u'.' + key, ParameterLoader::tr("missing"));
            return Rational();
        }
        const Rational v = r.number(o.value(key), path + u'.' + key);
        if (v.isNegative() || v > Rational(1))
            r.fail(path + u'.' + key, ParameterLoader::tr("a fraction from 0 to 1 is required"));
        return v;
    };
    const auto amount = [&](const QString &key) {
        if (!o.contains(key)) {
            r.fail(path + u'.' + key, ParameterLoader::tr("missing"));
            return Rational();
        }
        const Rational v = r.number(o.value(key), path + u'.' + key);
        if (v.isNegative())
            r.fail(path + u'.' + key, ParameterLoader::tr("an amount cannot be negative"));
        return v;
    };
    if (s.kind == u"share-of-components") {
        s.rate = fraction(QStringLiteral("rate"));
        const QStringList allowed {QStringLiteral("basic_pension"), QStringLiteral("individual_account_pension"),
                                   QStringLiteral("transitional_pension")};
        for (const QJsonValue &v : o.value(u"components").toArray()) {
            if (!allowed.contains(v.toString()) || s.components.contains(v.toString()))
                r.fail(path + QStringLiteral(".components"), ParameterLoader::tr("must list some of: %1").arg(allowed.join(u", ")));
            s.components << v.toString();
        }
        if (s.components.isEmpty())
            r.fail(path + QStringLiteral(".components"), ParameterLoader::tr("must list some of: %1").arg(allowed.join(u", ")));
    } else if (s.kind == u"share-of-base") {
        s.rate = fraction(QStringLiteral("rate"));
        s.bases = r.effectiveFigures(o.value(u"base"), path + QStringLiteral(".base"));
        if (s.bases.isEmpty())
            r.fail(path + QStringLiteral(".base"), ParameterLoader::tr("the published figures the share is taken of are required"));
    } else if (s.kind == u"indexed-wage-rate-years") {
        s.rate = fraction(QStringLiteral("rate"));
    } else if (s.kind == u"fixed-plus-index-years") {
        s.amount = amount(QStringLiteral("amount"));
        s.factor = amount(QStringLiteral("factor"));
    } else if (s.kind == u"fixed") {
        s.amount = amount(QStringLiteral("amount"));
    } else if (s.kind == u"indexed-wage-tiers") {
        const QJsonArray tiers = o.value(u"tiers").toArray();
        for (qsizetype i = 0; i < tiers.size(); ++i) {
            const QJsonObject t = tiers.at(i).toObject();
            const QString tierPath = path + QStringLiteral(".tiers[%1]").arg(i);
            SupplementTier tier;
            tier.monthsFrom = t.value(u"months_from").toInt(-1);
            if (tier.monthsFrom < 0 || (!s.tiers.isEmpty() && tier.monthsFrom <= s.tiers.last().monthsFrom))
                r.fail(tierPath + QStringLiteral(".months_from"), ParameterLoader::tr("whole months, ascending, are required"));
            tier.rate = r.number(t.value(u"rate"), tierPath + QStringLiteral(".rate"));
            if (tier.rate.isNegative() || tier.rate > Rational(1))
                r.fail(tierPath + QStringLiteral(".rate"), ParameterLoader::tr("a fraction from 0 to 1 is required"));
            s.tiers << tier;
        }
        if (s.tiers.isEmpty())
            r.fail(path + QStringLiteral(".tiers"), ParameterLoader::tr("at least one tier is required"));
    } else {
        r.fail(path + QStringLiteral(".kind"),
               ParameterLoader::tr("must be one of: share-of-components, share-of-base, indexed-wage-rate-years, "
                                   "fixed-plus-index-years, fixed, indexed-wage-tiers"));
    }
    return s;
}

/// Files name a source by its document ("国发〔2005〕38号 国务院关于…") and breakdown lines quote
/// it either so or by its number (the first word): both lead to the citation a visitor's paper
/// prints. The first file that gives a document a citation wins (national.json, then regions).
void addCitations(const QJsonObject &root, QHash<QString, QString> &citations)
{
    const QJsonObject sources = root.value(u"sources").toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        const QJsonObject source = it.value().toObject();
        const QString citation = source.value(u"citation").toString().trimmed();
        if (citation.isEmpty())
            continue;
        const QString document = source.value(u"document").toString().trimmed();
        for (const QString &key : {document, document.section(u' ', 0, 0), source.value(u"number").toString().trimmed()}) {
            if (!key.isEmpty() && !citations.contains(key))
                citations.insert(key, citation);
        }
    }
}

} // namespace

Result<ParameterFiles> ParameterLoader::readDirectory(const QString &directory)
{
    ParameterFiles files;
    const QString nationalPath = directory + QStringLiteral("/national.json");
    const auto national = readFile(nationalPath);
    if (!national)
        return national.error();
    files.insert(QStringLiteral("national.json"), {*national, nationalPath});
    const QDir regionDir(directory + QStringLiteral("/regions"));
    for (const QString &name : regionDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const auto bytes = readFile(regionDir.filePath(name));
        if (!bytes)
            return bytes.error();
        files.insert(QStringLiteral("regions/") + name, {*bytes, regionDir.filePath(name)});
    }
    return files;
}

Result<std::shared_ptr<const ParameterSet>> ParameterLoader::load(const QString &directory)
{
    const auto files = readDirectory(directory);
    if (!files)
        return files.error();
    return load(*files);
}

Result<std::shared_ptr<const ParameterSet>> ParameterLoader::load(const ParameterFiles &files)
{
    auto set = std::make_shared<ParameterSet>();
    const auto nationalFile = files.constFind(QStringLiteral("national.json"));
    if (nationalFile == files.cend())
        return Error::badInput(QStringLiteral("national.json"), tr("cannot read the parameter file: %1").arg(tr("it is missing")));
    const QString nationalPath = nationalFile->origin;
    const auto national = readJson(nationalFile->bytes, nationalPath, QStringLiteral("national.json"), set->m_versions);
    if (!national)
        return national.error();
    if (const Status s = loadNational(*national, nationalPath, *set); !s)
        return s.error();
    addCitations(*national, set->m_citations);

    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!it.key().startsWith(QLatin1String("regions/")))
            continue;
        const QString name = it.key().mid(8);
        const QString &path = it->origin;
        const auto root = readJson(it->bytes, path, it.key(), set->m_versions);
        if (!root)
            return root.error();
        auto region = loadRegion(*root, path);
        if (!region)
            return region.error();
        addCitations(*root, set->m_citations);
        if (region->code + QStringLiteral(".json") != name)
            return Error::badInput(path + QStringLiteral(":region"), tr("the region code must match the file name"));
        set->m_regions.insert(region->code, std::move(region).value());
    }
    if (set->m_regions.isEmpty())
        return Error::badInput(QStringLiteral("regions"), tr("no regional parameters found"));
    // A province with a shipped rule set is computed with it, not with the national formula alone.
    for (auto it = set->m_regions.cbegin(); it != set->m_regions.cend(); ++it)
        set->m_nationalOnly.remove(it.key());
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

    // The provinces of the scheme by GB/T 2260 code: a province whose rule set is not shipped
    // is computed with the national formula alone under its name (ParameterSet::rulesFor).
    if (root.contains(u"provinces")) {
        const QJsonObject provinces = root.value(u"provinces").toObject();
        const QString path = QStringLiteral("provinces");
        r.provenance(provinces, path);
        // The national formula's conventions stand in for the region's, flagged LOW: they are
        // what 国发〔2005〕38号 defines (N = months ÷ 12, amounts in fen), not the region's
        // own practice, which the data does not have.
        QJsonObject formula {
            {QStringLiteral("source"), QStringLiteral("GF-2005-38")},
            {QStringLiteral("confidence"), QStringLiteral("LOW")},
            {QStringLiteral("note"), QStringLiteral("the national formula: the region's own convention is not in the data")},
            {QStringLiteral("note_zh"), QStringLiteral("按全国统一公式计算：本地做法未收录")}};
        const Provenance national = r.provenance(formula, path);
        Provenance annex = national;
        if (const auto first = set.m_payoutMonths.constBegin(); first != set.m_payoutMonths.constEnd())
            annex = first->provenance;
        const QJsonObject names = provinces.value(u"names").toObject();
        for (auto it = names.begin(); it != names.end(); ++it) {
            const QString namePath = path + QStringLiteral(".names.") + it.key();
            static const QRegularExpression provinceCode(QStringLiteral("^[1-9][0-9]0000$"));
            if (!provinceCode.match(it.key()).hasMatch()) {
                r.fail(namePath, tr("a province-level GB/T 2260 code (six digits ending in 0000) is required"));
                break;
            }
            const QJsonObject o = it.value().toObject();
            RegionParameters region;
            region.code = it.key();
            region.name = o.value(u"name").toString();
            region.nameEn = o.value(u"name_en").toString();
            if (region.name.isEmpty())
                r.fail(namePath + QStringLiteral(".name"), tr("the Chinese name is required"));
            region.hasRuleSet = false;
            region.averageWageConvention = national;
            PensionRules &rules = region.pension;
            rules.yearsRounding = {QStringLiteral("exact"), national};
            rules.amountRounding = {QStringLiteral("fen"), national};
            rules.totalRounding = {QStringLiteral("sum"), national};
            rules.indexedWageRounding = {QStringLiteral("fen"), national};
            rules.payoutMonthsRule = {QStringLiteral("whole-age"), annex};
            rules.payoutInterpolationFrom = YearMonth(1, 1);
            rules.deemedIndexEntered = true;
            rules.deemedIndex.provenance = national;
            rules.transitionalCoefficient.provenance = national;
            rules.transitionalDeemedIndex = {QStringLiteral("entered"), national};
            set.m_nationalOnly.insert(region.code, region);
        }
    }

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

    region.calculationBases = r.effectiveFigures(root.value(u"calculation_base"), QStringLiteral("calculation_base"));
    region.calculationBaseNote = root.value(u"calculation_base_note").toString();
    region.calculationBaseNoteZh = root.value(u"calculation_base_note_zh").toString();
    if (root.contains(u"calculation_base_provisional")) {
        // 预发: a month after the latest published base is paid on it until the new one comes out.
        const QJsonObject o = root.value(u"calculation_base_provisional").toObject();
        const QString path = QStringLiteral("calculation_base_provisional");
        ProvisionalBaseRule rule;
        rule.months = o.value(u"months").toInt(-1);
        if (rule.months < 1 || rule.months > 24)
            r.fail(path + QStringLiteral(".months"), tr("a whole number of months from 1 to 24 is required"));
        rule.provenance = r.provenance(o, path);
        region.provisionalBase = rule;
    }
    region.averageWages = r.averageWages(root.value(u"average_wage"), QStringLiteral("average_wage"));

    // Cities that publish their own figures (沈阳, 大连, 武汉, 深圳 …).
    const QJsonValue cities = root.value(u"cities");
    if (!cities.isUndefined() && !cities.isObject())
        r.fail(QStringLiteral("cities"), tr("an object of cities by GB/T 2260 code is required"));
    const QJsonObject cityObject = cities.toObject();
    for (auto it = cityObject.begin(); it != cityObject.end(); ++it) {
        const QString path = QStringLiteral("cities.") + it.key();
        static const QRegularExpression sixDigits(QStringLiteral("^[1-9][0-9]{5}$"));
        if (!sixDigits.match(it.key()).hasMatch() || it.key().left(2) != region.code.left(2) || it.key() == region.code) {
            r.fail(path, tr("a GB/T 2260 code of a city of this province is required"));
            break;
        }
        const QJsonObject o = it.value().toObject();
        CityFigures city;
        city.code = it.key();
        city.name = o.value(u"name").toString();
        city.nameEn = o.value(u"name_en").toString();
        if (city.name.isEmpty())
            r.fail(path + QStringLiteral(".name"), tr("the city's Chinese name is required"));
        city.calculationBases = r.effectiveFigures(o.value(u"calculation_base"), path + QStringLiteral(".calculation_base"));
        city.calculationBaseNote = o.value(u"calculation_base_note").toString();
        city.calculationBaseNoteZh = o.value(u"calculation_base_note_zh").toString();
        city.averageWages = r.averageWages(o.value(u"average_wage"), path + QStringLiteral(".average_wage"));
        region.cities.insert(city.code, city);
    }

    const QJsonObject convention = root.value(u"average_wage_convention").toObject();
    region.averageWageLagYears = convention.value(u"lag_years").toInt(-1);
    if (region.averageWageLagYears < 0 || region.averageWageLagYears > 2)
        r.fail(QStringLiteral("average_wage_convention.lag_years"), tr("0, 1 or 2 years is required"));
    region.averageWageConvention = r.provenance(convention, QStringLiteral("average_wage_convention"));

    const QJsonObject pension = root.value(u"pension").toObject();
    const QString p = QStringLiteral("pension");
    PensionRules &rules = region.pension;
    rules.yearsRounding = r.setting(pension, QStringLiteral("years_rounding"), p,
                                    {QStringLiteral("exact"), QStringLiteral("2dp"), QStringLiteral("4dp"), QStringLiteral("trunc-2dp"),
                                     QStringLiteral("ceil-0.1"), QStringLiteral("ceil-0.5"), QStringLiteral("ceil-2dp")});
    rules.amountRounding = r.setting(
        pension, QStringLiteral("amount_rounding"), p,
        {QStringLiteral("fen"), QStringLiteral("jiao"), QStringLiteral("ceil-jiao"), QStringLiteral("trunc-fen-then-ceil-jiao")});
    rules.totalRounding = r.setting(pension, QStringLiteral("total_rounding"), p,
                                    {QStringLiteral("sum"), QStringLiteral("ceil-jiao"), QStringLiteral("round-yuan")});
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
    if (pension.contains(u"average_index_basis"))
        rules.averageIndexBasis = r.setting(pension, QStringLiteral("average_index_basis"), p,
                                            {QStringLiteral("actual-and-deemed"), QStringLiteral("actual-only")});
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
        && rules.transitionalDeemedIndex.value != u"half-one-plus-average"
        && !Rational::fromDecimalString(rules.transitionalDeemedIndex.value))
        r.fail(t + QStringLiteral(".deemed_part_index.value"),
               tr("a decimal index, \"average\", \"half-one-plus-average\" or \"entered\" is required"));
    if (transitional.contains(u"index_floor")) {
        rules.transitionalIndexFloor = r.figure(transitional.value(u"index_floor").toObject(), t + QStringLiteral(".index_floor"));
        if (rules.transitionalIndexFloor->value.isNegative() || rules.transitionalIndexFloor->value > Rational(3))
            r.fail(t + QStringLiteral(".index_floor.value"), tr("an index from 0 to 3 is required"));
    }
    if (transitional.contains(u"pre_account_actual")) {
        // 建账前累计缴费年限: months paid before the account started count with the deemed ones.
        const QJsonObject o = transitional.value(u"pre_account_actual").toObject();
        const QString path = t + QStringLiteral(".pre_account_actual");
        if (o.value(u"value") != QJsonValue(QStringLiteral("included")))
            r.fail(path + QStringLiteral(".value"), tr("\"included\" is required"));
        PreAccountRule rule;
        if (o.contains(u"until"))
            rule.until = r.month(o.value(u"until"), path + QStringLiteral(".until"));
        else if (rules.deemedUntil)
            rule.until = *rules.deemedUntil;
        else
            r.fail(path + QStringLiteral(".until"),
                   tr("the last month before the account started is required (here or as pension.deemed_until)"));
        rule.provenance = r.provenance(o, path);
        rules.preAccountActual = rule;
    }
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

    const QJsonValue supplements = pension.value(u"supplements");
    if (!supplements.isUndefined() && !supplements.isArray())
        r.fail(p + QStringLiteral(".supplements"), tr("a list of add-ons with their formula is required"));
    const QJsonArray supplementList = supplements.toArray();
    for (qsizetype i = 0; i < supplementList.size(); ++i) {
        auto supplement = readSupplement(r, supplementList.at(i).toObject(), p + QStringLiteral(".supplements[%1]").arg(i));
        if (rules.supplement(supplement.id))
            r.fail(p + QStringLiteral(".supplements[%1].id").arg(i), tr("the id \"%1\" is used twice").arg(supplement.id));
        rules.supplements.append(std::move(supplement));
    }

    if (r.failed())
        return r.error();
    return region;
}

} // namespace tongban::policy
