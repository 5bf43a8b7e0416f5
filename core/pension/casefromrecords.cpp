#include "casefromrecords.h"

#include "accountprojection.h"
#include "pensioncalculator.h"
#include "retirement/retirementrule.h"

#include <QJsonValue>
#include <QSet>

#include <cmath>

namespace tongban::pension {

namespace {

const QString kNoteKeyBase = QStringLiteral("calculation_base");
const QString kNoteKeyPayout = QStringLiteral("payout_months");

/// Reads the typed fields of one JSON object strictly, remembering the first error with its
/// path (the object's own path, then the key).
class OriginReader
{
public:
    OriginReader(const QJsonObject &object, QString path, const QSet<QString> &known)
        : m_object(object)
        , m_path(std::move(path))
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                QStringList allowed(known.begin(), known.end());
                allowed.sort();
                fail(it.key(), CaseFromRecords::tr("unknown field; allowed: %1").arg(allowed.join(QStringLiteral(", "))));
                break;
            }
        }
    }

    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue value(const QString &key) const { return m_object.value(key); }
    const std::optional<Error> &error() const { return m_error; }

    void fail(const QString &key, const QString &why)
    {
        if (!m_error)
            m_error = Error::badInput(path(key), why);
    }

    std::optional<YearMonth> month(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const auto ym = m_object.value(key).isString() ? YearMonth::parse(m_object.value(key).toString()) : std::nullopt;
        if (!ym || !ym->isValid()) {
            fail(key, CaseFromRecords::tr("a month \"YYYY-MM\" is required, e.g. \"2026-01\""));
            return std::nullopt;
        }
        return ym;
    }

    std::optional<Money> amount(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        // Same range as the contract's amounts; an amount the clerk entered is positive.
        const auto m = v.isDouble() && std::abs(v.toDouble()) <= 1e9 ? Money::fromJsonDouble(v.toDouble()) : std::nullopt;
        if (!m || m->fen() <= 0) {
            fail(key, CaseFromRecords::tr("a positive amount in CNY (a JSON number, at most 1,000,000,000, two decimals) is required"));
            return std::nullopt;
        }
        return m;
    }

    std::optional<Rational> months(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        const auto r = v.isDouble() ? Rational::fromJsonDouble(v.toDouble()) : std::nullopt;
        // At most 6 decimals, as every decimal of the contract: beyond that a double no longer
        // carries the value exactly.
        if (!r || !(*r > Rational()) || !(*r < Rational(1000)) || r->rounded(6, RoundingMode::HalfUp) != *r) {
            fail(key, CaseFromRecords::tr("a positive number of months below 1000 with at most 6 decimals is required"));
            return std::nullopt;
        }
        return r;
    }

    QString text(const QString &key)
    {
        if (!has(key))
            return {};
        if (!m_object.value(key).isString()) {
            fail(key, CaseFromRecords::tr("a text value is required"));
            return {};
        }
        return m_object.value(key).toString();
    }

    bool flag(const QString &key)
    {
        if (!has(key))
            return false;
        if (!m_object.value(key).isBool()) {
            fail(key, CaseFromRecords::tr("true or false is required"));
            return false;
        }
        return m_object.value(key).toBool();
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

} // namespace

QJsonObject CaseOrigin::toJson() const
{
    QJsonObject o {{QStringLiteral("today"), today.toString()}};
    if (retirement)
        o.insert(QStringLiteral("retirement"), retirement->toString());
    if (calculationBase)
        o.insert(QStringLiteral("calculation_base"), calculationBase->toJsonDouble());
    if (payoutMonths)
        o.insert(QStringLiteral("payout_months"), payoutMonths->toDouble());
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    if (keepPayingBase)
        o.insert(QStringLiteral("keep_paying"),
                 QJsonObject {{QStringLiteral("base"), keepPayingBase->toJsonDouble()},
                              {QStringLiteral("kind"), insured::contributionKindKey(keepPayingKind)}});
    if (assumeUnpublished)
        o.insert(QStringLiteral("assume_unpublished"), true);
    return o;
}

Result<CaseOrigin> CaseOrigin::fromJson(const QJsonObject &json)
{
    OriginReader r(json, QString(),
                   {QStringLiteral("today"), QStringLiteral("retirement"), QStringLiteral("calculation_base"),
                    QStringLiteral("payout_months"), QStringLiteral("note"), QStringLiteral("keep_paying"),
                    QStringLiteral("assume_unpublished")});
    CaseOrigin origin;
    if (!r.has(QStringLiteral("today")))
        r.fail(QStringLiteral("today"), CaseFromRecords::tr("the month of the calculation is required"));
    if (const auto today = r.month(QStringLiteral("today")))
        origin.today = *today;
    origin.retirement = r.month(QStringLiteral("retirement"));
    origin.calculationBase = r.amount(QStringLiteral("calculation_base"));
    origin.payoutMonths = r.months(QStringLiteral("payout_months"));
    origin.note = r.text(QStringLiteral("note"));
    origin.assumeUnpublished = r.flag(QStringLiteral("assume_unpublished"));
    if (r.error())
        return *r.error();
    if (r.has(QStringLiteral("keep_paying"))) {
        if (!r.value(QStringLiteral("keep_paying")).isObject())
            return Error::badInput(QStringLiteral("keep_paying"), CaseFromRecords::tr("an object {\"base\", \"kind\"} is required"));
        OriginReader k(r.value(QStringLiteral("keep_paying")).toObject(), QStringLiteral("keep_paying"),
                       {QStringLiteral("base"), QStringLiteral("kind")});
        if (!k.has(QStringLiteral("base")))
            k.fail(QStringLiteral("base"), CaseFromRecords::tr("the base to keep paying is required"));
        origin.keepPayingBase = k.amount(QStringLiteral("base"));
        if (!k.has(QStringLiteral("kind"))) {
            k.fail(QStringLiteral("kind"), CaseFromRecords::tr("\"employee\" or \"flexible\" is required"));
        } else {
            const auto kind = insured::contributionKindFromKey(k.text(QStringLiteral("kind")));
            if (kind)
                origin.keepPayingKind = *kind;
            else
                k.fail(QStringLiteral("kind"), CaseFromRecords::tr("\"employee\" or \"flexible\" is required"));
        }
        if (k.error())
            return *k.error();
    }
    return origin;
}

Result<HistoryCase> CaseFromRecords::build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                           const std::shared_ptr<const policy::ParameterSet> &parameters, const CaseOrigin &origin)
{
    HistoryCase built;
    if (origin.keepPayingBase) {
        // Paying on until the pension starts: the projection continues the records.
        ProjectionRequest projection;
        projection.base = *origin.keepPayingBase;
        projection.kind = origin.keepPayingKind;
        projection.retirement = origin.retirement;
        projection.today = origin.today;
        projection.calculationBase = origin.calculationBase;
        auto projected = AccountProjection::project(person, records, parameters, projection);
        if (!projected) {
            Error e = projected.error();
            if (e.field == u"base")
                e.field = QStringLiteral("keep_paying");
            return e;
        }
        built = std::move(projected->historyCase);
        // The projection's list: what it assumes first, then the builder's notes.
        built.assumptions = projected->assumptions;
        if (!origin.note.isEmpty() && origin.calculationBase)
            built.pensionCase.notes.insert(kNoteKeyBase, origin.note);
    } else {
        EnteredFigures entered;
        entered.calculationBase = origin.calculationBase;
        if (!origin.note.isEmpty() && origin.calculationBase)
            entered.notes.insert(kNoteKeyBase, origin.note);
        history::HistoryAssumptions historyAssumptions;
        QStringList unpublishedSentences;
        if (origin.assumeUnpublished) {
            // As a scenario side of a comparison: what the data does not have yet is assumed
            // (and said), so that the side computes rather than stops at a missing figure.
            const auto region = parameters->region(person.region);
            if (!region)
                return region.error();
            YearMonth retirement;
            if (origin.retirement) {
                retirement = *origin.retirement;
            } else {
                const auto statutory
                    = retirement::RetirementRule::statutory(YearMonth::fromDate(person.birthDate), person.retirementGroup, *parameters);
                if (!statutory)
                    return statutory.error();
                retirement = statutory->statutoryRetirement;
            }
            auto unpublished = AccountProjection::assumeUnpublished(*parameters, **region, retirement, std::nullopt, origin.calculationBase,
                                                                    person.region);
            if (!unpublished)
                return unpublished.error();
            entered.calculationBase = unpublished->calculationBase;
            historyAssumptions = unpublished->history;
            unpublishedSentences = unpublished->sentences;
        }
        auto fromRecords
            = HistoryCaseBuilder::build(person, records, *parameters, origin.retirement, origin.today, entered, historyAssumptions);
        if (!fromRecords)
            return fromRecords.error();
        built = std::move(fromRecords).value();
        built.assumptions = unpublishedSentences + built.assumptions;
    }
    if (origin.payoutMonths) {
        built.pensionCase.payoutMonths = origin.payoutMonths;
        if (!origin.note.isEmpty())
            built.pensionCase.notes.insert(kNoteKeyPayout, origin.note);
    }
    return built;
}

Result<RecordsPension> CaseFromRecords::calculate(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                                  const std::shared_ptr<const policy::ParameterSet> &parameters, const CaseOrigin &origin)
{
    auto built = build(person, records, parameters, origin);
    if (!built)
        return built.error();
    auto result = PensionCalculator(parameters).calculate(built->pensionCase);
    if (!result)
        return result.error();
    return RecordsPension {std::move(built).value(), std::move(result).value()};
}

} // namespace tongban::pension
