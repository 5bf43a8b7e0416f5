#include "unemploymentrules.h"

#include "common/loadedonce.h"
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tongban::unemployment {

/// Reads the JSON file into UnemploymentRules, stopping at the first malformed entry with its
/// JSON path (the same conventions as policy::ParameterLoader).
using policy::Provenance;
using policy::SourcedSetting;

class UnemploymentRulesReader
{
    Q_DECLARE_TR_FUNCTIONS(tongban::unemployment::UnemploymentRules)

public:
    explicit UnemploymentRulesReader(QString file)
        : m_file(std::move(file))
    { }

    Status read(const QJsonObject &root, UnemploymentRules &rules)
    {
        m_sources = root.value(u"sources").toObject();
        if (m_sources.isEmpty()) {
            fail(QStringLiteral("sources"), tr("missing: an object of source keys"));
            return *m_error;
        }
        for (auto it = m_sources.constBegin(); it != m_sources.constEnd(); ++it)
            rules.m_sourceDocuments.insert(it.key(), it.value().toObject().value(u"document").toString());

        const QJsonObject minimum = root.value(u"minimum_paid_months").toObject();
        rules.m_minimumPaidMonths = positive(minimum.value(u"value"), QStringLiteral("minimum_paid_months.value"));
        rules.m_minimumPaidProvenance = provenance(minimum, QStringLiteral("minimum_paid_months"));

        rules.m_involuntaryProvenance = provenance(root.value(u"involuntary_job_loss").toObject(), QStringLiteral("involuntary_job_loss"));
        rules.m_registrationProvenance = provenance(root.value(u"registration").toObject(), QStringLiteral("registration"));

        const QJsonObject bands = root.value(u"duration_bands").toObject();
        rules.m_bandsProvenance = provenance(bands, QStringLiteral("duration_bands"));
        const QJsonArray bandList = bands.value(u"bands").toArray();
        if (bandList.isEmpty())
            fail(QStringLiteral("duration_bands.bands"), tr("missing: a list of {from_months, to_months, months}"));
        for (int i = 0; i < bandList.size(); ++i) {
            const QString p = QStringLiteral("duration_bands.bands[%1]").arg(i);
            const QJsonObject b = bandList.at(i).toObject();
            DurationBand band;
            band.fromMonths = positive(b.value(u"from_months"), p + u".from_months");
            band.toMonths = b.contains(u"to_months") ? positive(b.value(u"to_months"), p + u".to_months") : 0;
            band.months = positive(b.value(u"months"), p + u".months");
            const int expectedFrom = rules.m_bands.isEmpty() ? band.fromMonths : rules.m_bands.last().toMonths;
            if (band.fromMonths != expectedFrom || (band.toMonths != 0 && band.toMonths <= band.fromMonths))
                fail(p, tr("bands must follow each other without gap or overlap, each to_months above its from_months"));
            if (band.toMonths == 0 && i != bandList.size() - 1)
                fail(p, tr("only the last band may have no to_months"));
            rules.m_bands.append(band);
        }
        if (!m_error && rules.m_bands.first().fromMonths != rules.m_minimumPaidMonths)
            fail(QStringLiteral("duration_bands.bands[0].from_months"), tr("the first band must start at minimum_paid_months"));

        const QJsonObject maximum = root.value(u"maximum_months").toObject();
        rules.m_maximumMonths = positive(maximum.value(u"value"), QStringLiteral("maximum_months.value"));
        rules.m_maximumProvenance = provenance(maximum, QStringLiteral("maximum_months"));

        rules.m_benefitStart
            = setting(root.value(u"benefit_start").toObject(), QStringLiteral("benefit_start"), {QStringLiteral("claim-month")});
        rules.m_stopPayment = setting(root.value(u"stop_payment").toObject(), QStringLiteral("stop_payment"),
                                      {QStringLiteral("next-month"), QStringLiteral("same-month")});

        const QJsonArray reasons = root.value(u"job_loss_reasons").toArray();
        if (reasons.isEmpty())
            fail(QStringLiteral("job_loss_reasons"), tr("missing: a list of {key, involuntary, label, source}"));
        for (int i = 0; i < reasons.size(); ++i) {
            const QString p = QStringLiteral("job_loss_reasons[%1]").arg(i);
            const QJsonObject o = reasons.at(i).toObject();
            if (!o.value(u"involuntary").isBool())
                fail(p + u".involuntary", tr("must be true or false"));
            rules.m_jobLossReasons.append({key(o, p), text(o, u"label", p), o.value(u"involuntary").toBool(), provenance(o, p)});
        }

        const QJsonArray grounds = root.value(u"stop_grounds").toArray();
        if (grounds.isEmpty())
            fail(QStringLiteral("stop_grounds"), tr("missing: a list of {key, label, months_left_carried, source}"));
        for (int i = 0; i < grounds.size(); ++i) {
            const QString p = QStringLiteral("stop_grounds[%1]").arg(i);
            const QJsonObject o = grounds.at(i).toObject();
            if (!o.value(u"months_left_carried").isBool())
                fail(p + u".months_left_carried", tr("must be true or false"));
            rules.m_stopGrounds.append({key(o, p), text(o, u"label", p), o.value(u"months_left_carried").toBool(), provenance(o, p)});
        }

        const QJsonArray standards = root.value(u"standards").toObject().value(u"regions").toArray();
        for (int i = 0; i < standards.size(); ++i)
            rules.m_standards.append(standard(standards.at(i).toObject(), QStringLiteral("standards.regions[%1]").arg(i)));
        checkPeriods(rules.m_standards);

        const QJsonValue wages = root.value(u"minimum_wages");
        if (!wages.isUndefined() && !wages.isArray())
            fail(QStringLiteral("minimum_wages"), tr("must be a list of {province, from, tiers, source}"));
        const QJsonArray wageList = wages.toArray();
        for (int i = 0; i < wageList.size(); ++i)
            rules.m_minimumWages.append(minimumWageTable(wageList.at(i).toObject(), QStringLiteral("minimum_wages[%1]").arg(i)));
        if (m_error)
            return *m_error;
        return Done {};
    }

    void fail(const QString &path, const QString &message)
    {
        if (!m_error)
            m_error = Error::badInput(m_file + u':' + path, message);
    }

private:
    int positive(const QJsonValue &v, const QString &path)
    {
        const int n = v.toInt(-1);
        if (!v.isDouble() || n <= 0 || v.toDouble() != n) {
            fail(path, tr("must be a whole number above 0"));
            return 0;
        }
        return n;
    }

    QString text(const QJsonObject &o, QStringView name, const QString &path)
    {
        const QString t = o.value(name).toString();
        if (t.trimmed().isEmpty())
            fail(path + u'.' + name, tr("missing: a text"));
        return t;
    }

    QString key(const QJsonObject &o, const QString &path)
    {
        const QString k = text(o, u"key", path);
        for (QChar c : k) {
            if (!(c.isLower() || c.isDigit() || c == u'-'))
                fail(path + QStringLiteral(".key"), tr("must be lower-case letters, digits and '-'"));
        }
        return k;
    }

    static bool isRegionCode(const QString &code)
    {
        return code.size() == 6 && code.front() != u'0'
            && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    }

    QDate date(const QJsonObject &o, QStringView name, const QString &path)
    {
        if (!o.contains(name))
            return {};
        const QDate d = QDate::fromString(o.value(name).toString(), Qt::ISODate);
        if (!d.isValid())
            fail(path + u'.' + name, tr("must be a date YYYY-MM-DD"));
        return d;
    }

    int count(const QJsonObject &o, QStringView name, int fallback, int least, const QString &path)
    {
        if (!o.contains(name))
            return fallback;
        const QJsonValue v = o.value(name);
        const int n = v.toInt(-1);
        if (!v.isDouble() || n < least || v.toDouble() != n) {
            fail(path + u'.' + name, tr("must be a whole number of at least %1").arg(least));
            return fallback;
        }
        return n;
    }

    std::optional<Money> amount(const QJsonObject &o, QStringView name, const QString &path)
    {
        const QJsonValue v = o.value(name);
        const auto a = v.isDouble() ? Money::fromJsonDouble(v.toDouble()) : std::nullopt;
        if (!a || *a <= Money()) {
            fail(path + u'.' + name, tr("must be an amount in CNY above 0 with at most two decimals"));
            return std::nullopt;
        }
        return a;
    }

    std::optional<Rational> share(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(u"share");
        const auto r = v.isDouble() ? Rational::fromJsonDouble(v.toDouble()) : std::nullopt;
        if (!r || *r <= Rational(0) || *r >= Rational(1)) {
            fail(path + QStringLiteral(".share"), tr("must be a fraction between 0 and 1 (below the minimum wage, 条例 Art. 18)"));
            return std::nullopt;
        }
        return r;
    }

    /// One step {paid_months_from, benefit_month_from, monthly | share}.
    StandardStep step(const QJsonObject &o, const QString &path)
    {
        StandardStep s;
        s.paidMonthsFrom = count(o, u"paid_months_from", 0, 0, path);
        s.benefitMonthFrom = count(o, u"benefit_month_from", 1, 1, path);
        if (o.contains(u"monthly") == o.contains(u"share"))
            fail(path, tr("needs either \"monthly\" (CNY) or \"share\" (of the minimum wage)"));
        else if (o.contains(u"monthly"))
            s.monthly = amount(o, u"monthly", path);
        else
            s.share = share(o, path);
        return s;
    }

    /// One entry of standards.regions: a code, the days, the steps (or one "monthly" / "share",
    /// or "rule_only": true) and the provenance.
    BenefitStandard standard(const QJsonObject &o, const QString &p)
    {
        BenefitStandard s;
        s.code = o.value(u"code").toString();
        if (!isRegionCode(s.code))
            fail(p + u".code", tr("must be a six-digit GB/T 2260 region code"));
        s.name = text(o, u"name", p);
        s.from = date(o, u"from", p);
        s.to = date(o, u"to", p);
        if (s.from.isValid() && s.to.isValid() && s.to < s.from)
            fail(p + u".to", tr("the last day comes before the first"));
        const int forms = int(o.contains(u"steps")) + int(o.contains(u"monthly")) + int(o.contains(u"share"))
            + int(o.value(u"rule_only").toBool(false));
        if (forms != 1) {
            fail(p, tr("needs exactly one of \"steps\", \"monthly\" (CNY), \"share\" (of the minimum wage) or \"rule_only\": true"));
        } else if (o.contains(u"steps")) {
            const QJsonArray steps = o.value(u"steps").toArray();
            if (steps.isEmpty())
                fail(p + QStringLiteral(".steps"), tr("must list at least one step"));
            for (int i = 0; i < steps.size(); ++i)
                s.steps.append(step(steps.at(i).toObject(), p + QStringLiteral(".steps[%1]").arg(i)));
        } else if (o.contains(u"monthly") || o.contains(u"share")) {
            s.steps.append(step(o, p));
        }
        s.rounding = o.value(u"rounding").toString();
        if (o.contains(u"rounding") && s.rounding != u"fen" && s.rounding != u"yuan")
            fail(p + QStringLiteral(".rounding"), tr("must be \"fen\" or \"yuan\" (half-up to the fen or to the whole yuan)"));
        if (o.contains(u"rounding") && !s.usesMinimumWage())
            fail(p + QStringLiteral(".rounding"), tr("only a share of the minimum wage is rounded"));
        s.minimumWageTier = o.value(u"minimum_wage_tier").toString();
        if (o.contains(u"minimum_wage_tier") && (s.minimumWageTier.trimmed().isEmpty() || !s.usesMinimumWage()))
            fail(p + QStringLiteral(".minimum_wage_tier"), tr("names the tier of a share of the minimum wage"));
        s.provenance = provenance(o, p);
        if (s.ruleOnly() && s.provenance.note.trimmed().isEmpty())
            fail(p + QStringLiteral(".note"), tr("a rule known only in words says it in \"note\""));
        return s;
    }

    /// Entries of one code must not claim the same day twice.
    void checkPeriods(const QList<BenefitStandard> &standards)
    {
        for (int i = 0; i < standards.size(); ++i) {
            for (int j = i + 1; j < standards.size(); ++j) {
                const BenefitStandard &a = standards.at(i);
                const BenefitStandard &b = standards.at(j);
                if (a.code != b.code)
                    continue;
                const bool aEndsFirst = a.to.isValid() && b.from.isValid() && a.to < b.from;
                const bool bEndsFirst = b.to.isValid() && a.from.isValid() && b.to < a.from;
                if (!aEndsFirst && !bEndsFirst)
                    fail(QStringLiteral("standards.regions[%1]").arg(j),
                         tr("overlaps the days of standards.regions[%1] for the same code %2").arg(i).arg(a.code));
            }
        }
    }

    MinimumWageTable minimumWageTable(const QJsonObject &o, const QString &p)
    {
        MinimumWageTable t;
        t.province = o.value(u"province").toString();
        if (!isRegionCode(t.province) || !t.province.endsWith(QStringLiteral("0000")))
            fail(p + QStringLiteral(".province"), tr("must be a province-level GB/T 2260 code (six digits ending in 0000)"));
        t.from = date(o, u"from", p);
        if (!t.from.isValid())
            fail(p + QStringLiteral(".from"), tr("must be a date YYYY-MM-DD"));
        t.to = date(o, u"to", p);
        if (t.from.isValid() && t.to.isValid() && t.to < t.from)
            fail(p + QStringLiteral(".to"), tr("the last day comes before the first"));
        const QJsonArray tiers = o.value(u"tiers").toArray();
        if (tiers.isEmpty())
            fail(p + QStringLiteral(".tiers"), tr("must list at least one tier {tier, monthly, places}"));
        QStringList seen;
        for (int i = 0; i < tiers.size(); ++i) {
            const QString tp = p + QStringLiteral(".tiers[%1]").arg(i);
            const QJsonObject to = tiers.at(i).toObject();
            MinimumWageTier tier;
            tier.tier = text(to, u"tier", tp);
            if (const auto m = amount(to, u"monthly", tp))
                tier.monthly = *m;
            const QJsonArray places = to.value(u"places").toArray();
            for (int j = 0; j < places.size(); ++j) {
                const QString pp = tp + QStringLiteral(".places[%1]").arg(j);
                const QJsonObject po = places.at(j).toObject();
                MinimumWagePlace place {po.value(u"code").toString(), text(po, u"name", pp)};
                if (!isRegionCode(place.code) || place.code.left(2) != t.province.left(2))
                    fail(pp + QStringLiteral(".code"), tr("must be a GB/T 2260 code of a place of province %1").arg(t.province));
                if (seen.contains(place.code))
                    fail(pp + QStringLiteral(".code"), tr("the place %1 is in two tiers").arg(place.code));
                seen << place.code;
                tier.places.append(place);
            }
            t.tiers.append(tier);
        }
        t.provenance = provenance(o, p);
        return t;
    }

    // Not "policy::Provenance provenance(…)": lupdate reads a qualified return type as a class
    // and files the messages below under the wrong context (tests/core/testtranslations.cpp).
    Provenance provenance(const QJsonObject &o, const QString &path)
    {
        Provenance p;
        p.sourceKey = o.value(u"source").toString();
        if (!m_sources.contains(p.sourceKey))
            fail(path + QStringLiteral(".source"), tr("must name a key of \"sources\""));
        const QJsonObject source = m_sources.value(p.sourceKey).toObject();
        p.document = source.value(u"document").toString();
        p.url = source.value(u"url").toString();
        p.citation = source.value(u"citation").toString();
        p.basis = o.value(u"basis").toString();
        p.confidence = o.value(u"confidence").toString();
        if (p.confidence != u"HIGH" && p.confidence != u"MEDIUM" && p.confidence != u"LOW")
            fail(path + QStringLiteral(".confidence"), tr("must be HIGH, MEDIUM or LOW"));
        p.note = o.value(u"note").toString();
        p.conflict = o.value(u"conflict").toString();
        p.noteZh = o.value(u"note_zh").toString();
        p.conflictZh = o.value(u"conflict_zh").toString();
        for (const QString &key : {QStringLiteral("note_zh"), QStringLiteral("conflict_zh"), QStringLiteral("basis")}) {
            const QJsonValue v = o.value(key);
            if (!v.isUndefined() && !v.isString())
                fail(path + u'.' + key, tr("must be a text"));
        }
        p.overridable = o.value(u"overridable").toBool(false);
        return p;
    }

    SourcedSetting setting(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        const QString value = o.value(u"value").toString();
        if (!allowed.contains(value))
            fail(path + QStringLiteral(".value"), tr("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return {value, provenance(o, path)};
    }

    QString m_file;
    QJsonObject m_sources;
    std::optional<Error> m_error;
};

Result<std::shared_ptr<const UnemploymentRules>> UnemploymentRules::loadBuiltIn()
{
    static LoadedOnce<std::shared_ptr<const UnemploymentRules>> loaded;
    return loaded.get(QString(), [] { return load(QStringLiteral(":/parameters/unemployment/unemployment.json")); });
}

Result<std::shared_ptr<const UnemploymentRules>> UnemploymentRules::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(path, tr("cannot read the parameter file: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(path, tr("not a JSON object: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    auto rules = std::make_shared<UnemploymentRules>();
    const QString edition = doc.object().value(u"edition").toString();
    if (!QDate::fromString(edition, Qt::ISODate).isValid())
        return Error::badInput(path + QStringLiteral(":edition"), tr("the edition must be a date YYYY-MM-DD"));
    rules->m_version = {QStringLiteral("unemployment/") + QFileInfo(path).fileName(), edition,
                        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16))};
    UnemploymentRulesReader reader(path);
    if (const Status s = reader.read(doc.object(), *rules); !s)
        return s.error();
    return std::shared_ptr<const UnemploymentRules>(std::move(rules));
}

int UnemploymentRules::bandMonths(int paidMonths) const
{
    for (const DurationBand &band : m_bands) {
        if (paidMonths >= band.fromMonths && (band.toMonths == 0 || paidMonths < band.toMonths))
            return band.months;
    }
    return 0;
}

std::optional<JobLossReason> UnemploymentRules::jobLossReason(const QString &key) const
{
    for (const JobLossReason &r : m_jobLossReasons) {
        if (r.key == key)
            return r;
    }
    return std::nullopt;
}

std::optional<StopGround> UnemploymentRules::stopGround(const QString &key) const
{
    for (const StopGround &g : m_stopGrounds) {
        if (g.key == key)
            return g;
    }
    return std::nullopt;
}

QList<BenefitStandard> UnemploymentRules::standardsOf(const QString &code) const
{
    if (code.size() != 6)
        return {};
    // Most specific first: the county itself, its city, its province.
    const QStringList candidates {code, code.left(4) + QStringLiteral("00"), code.left(2) + QStringLiteral("0000")};
    for (const QString &candidate : candidates) {
        QList<BenefitStandard> found;
        for (const BenefitStandard &s : m_standards) {
            if (s.code == candidate)
                found.append(s);
        }
        if (!found.isEmpty())
            return found;
    }
    return {};
}

std::optional<BenefitStandard> UnemploymentRules::standardFor(const QString &code, QDate date) const
{
    const QList<BenefitStandard> entries = standardsOf(code);
    if (!date.isValid()) {
        // The latest: an open end, else the latest last day.
        const BenefitStandard *latest = nullptr;
        for (const BenefitStandard &s : entries) {
            if (!latest || (latest->to.isValid() && (!s.to.isValid() || s.to > latest->to)))
                latest = &s;
        }
        return latest ? std::optional<BenefitStandard>(*latest) : std::nullopt;
    }
    for (const BenefitStandard &s : entries) {
        if (s.appliesOn(date))
            return s;
    }
    return std::nullopt;
}

std::optional<MinimumWage> UnemploymentRules::minimumWageFor(const QString &code, QDate date) const
{
    if (code.size() != 6 || !date.isValid())
        return std::nullopt;
    const QString province = code.left(2) + QStringLiteral("0000");
    const MinimumWageTable *table = nullptr;
    for (const MinimumWageTable &t : m_minimumWages) {
        if (t.province == province && t.from <= date && (!t.to.isValid() || date <= t.to) && (!table || t.from > table->from))
            table = &t;
    }
    if (!table)
        return std::nullopt;
    const QStringList candidates {code, code.left(4) + QStringLiteral("00"), province};
    for (const QString &candidate : candidates) {
        for (const MinimumWageTier &tier : table->tiers) {
            for (const MinimumWagePlace &place : tier.places) {
                if (place.code == candidate)
                    return MinimumWage {tier.monthly, tier.tier, place.code, place.name, table->from, table->provenance};
            }
        }
    }
    return std::nullopt;
}

std::optional<MinimumWage> UnemploymentRules::minimumWageOfTier(const QString &province, const QString &tier, QDate date) const
{
    const MinimumWageTable *table = nullptr;
    for (const MinimumWageTable &t : m_minimumWages) {
        if (t.province == province && date.isValid() && t.from <= date && (!t.to.isValid() || date <= t.to)
            && (!table || t.from > table->from))
            table = &t;
    }
    if (!table)
        return std::nullopt;
    for (const MinimumWageTier &t : table->tiers) {
        if (t.tier == tier)
            return MinimumWage {t.monthly, t.tier, province, QString(), table->from, table->provenance};
    }
    return std::nullopt;
}

bool BenefitStandard::usesMinimumWage() const
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const StandardStep &s) { return s.share.has_value(); });
}

std::optional<StandardStep> BenefitStandard::stepFor(int paidMonths, int benefitMonth) const
{
    const StandardStep *best = nullptr;
    for (const StandardStep &s : steps) {
        if (paidMonths < s.paidMonthsFrom || benefitMonth < s.benefitMonthFrom)
            continue;
        if (!best || s.benefitMonthFrom > best->benefitMonthFrom
            || (s.benefitMonthFrom == best->benefitMonthFrom && s.paidMonthsFrom > best->paidMonthsFrom))
            best = &s;
    }
    return best ? std::optional<StandardStep>(*best) : std::nullopt;
}

bool BenefitStandard::appliesOn(QDate date) const
{
    return (!from.isValid() || from <= date) && (!to.isValid() || date <= to);
}

} // namespace tongban::unemployment
