#include "unemploymentrules.h"

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
        for (int i = 0; i < standards.size(); ++i) {
            const QString p = QStringLiteral("standards.regions[%1]").arg(i);
            const QJsonObject o = standards.at(i).toObject();
            BenefitStandard s;
            s.code = o.value(u"code").toString();
            if (s.code.size() != 6 || s.code.front() == u'0'
                || !std::all_of(s.code.begin(), s.code.end(), [](QChar c) { return c.isDigit(); }))
                fail(p + u".code", tr("must be a six-digit GB/T 2260 region code"));
            s.name = text(o, u"name", p);
            if (o.contains(u"monthly")) {
                const auto amount = Money::fromJsonDouble(o.value(u"monthly").toDouble(-1));
                if (!o.value(u"monthly").isDouble() || !amount || *amount <= Money())
                    fail(p + u".monthly", tr("must be an amount in CNY above 0 with at most two decimals"));
                s.monthly = amount;
            } else if (o.contains(u"fraction_of_minimum_wage")) {
                const auto fraction = Rational::fromJsonDouble(o.value(u"fraction_of_minimum_wage").toDouble(-1));
                if (!fraction || *fraction <= Rational(0) || *fraction >= Rational(1))
                    fail(p + u".fraction_of_minimum_wage", tr("must be a fraction between 0 and 1 (below the minimum wage, 条例 Art. 18)"));
                s.fractionOfMinimumWage = fraction;
            } else {
                fail(p, tr("needs \"monthly\" (CNY) or \"fraction_of_minimum_wage\""));
            }
            s.provenance = provenance(o, p);
            rules.m_standards.append(s);
        }
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
    return load(QStringLiteral(":/parameters/unemployment/unemployment.json"));
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

std::optional<BenefitStandard> UnemploymentRules::standardFor(const QString &code) const
{
    if (code.size() != 6)
        return std::nullopt;
    // Most specific first: the county itself, its city, its province.
    const QStringList candidates {code, code.left(4) + QStringLiteral("00"), code.left(2) + QStringLiteral("0000")};
    for (const QString &candidate : candidates) {
        for (const BenefitStandard &s : m_standards) {
            if (s.code == candidate)
                return s;
        }
    }
    return std::nullopt;
}

} // namespace tongban::unemployment
