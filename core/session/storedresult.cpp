#include "storedresult.h"

#include <QJsonArray>

#include <optional>

namespace tongban::session {

namespace {

/// Reads typed figures from one result object, remembering the first field that failed.
class FigureReader
{
    Q_DECLARE_TR_FUNCTIONS(tongban::session::StoredResult)

public:
    explicit FigureReader(const QJsonObject &object)
        : m_object(object)
    { }

    Money money(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        const auto m = v.isDouble() ? Money::fromJsonDouble(v.toDouble()) : std::nullopt;
        if (!m) {
            fail(key, tr("an amount in CNY with at most two decimals is required"));
            return {};
        }
        return *m;
    }

    Rational decimal(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        const auto r = v.isDouble() ? Rational::fromJsonDouble(v.toDouble()) : std::nullopt;
        if (!r) {
            fail(key, tr("a number is required"));
            return {};
        }
        return *r;
    }

    QString text(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString())
            fail(key, tr("a text value is required"));
        return v.toString();
    }

    void fail(const QString &key, const QString &why)
    {
        if (!m_error)
            m_error = Error::badInput(key, why);
    }

    const std::optional<Error> &error() const { return m_error; }

private:
    QJsonObject m_object;
    std::optional<Error> m_error;
};

} // namespace

Result<StoredResult> StoredResult::read(const QJsonObject &result)
{
    FigureReader reader(result);
    StoredResult r;
    r.region = reader.text(QStringLiteral("region"));
    r.regionName = result.value(QStringLiteral("region_name")).toString();
    r.retirement = reader.text(QStringLiteral("retirement"));
    r.calculationBase = reader.money(QStringLiteral("calculation_base"));
    r.payoutMonths = reader.decimal(QStringLiteral("payout_months"));
    r.contributionYears = reader.decimal(QStringLiteral("contribution_years"));
    r.basicPension = reader.money(QStringLiteral("basic_pension"));
    r.individualAccountPension = reader.money(QStringLiteral("individual_account_pension"));
    r.transitionalPension = reader.money(QStringLiteral("transitional_pension"));
    r.supplements = reader.money(QStringLiteral("supplements"));
    r.total = reader.money(QStringLiteral("total"));
    r.provisional = result.value(QStringLiteral("provisional")).toBool(false);
    if (!result.value(QStringLiteral("lines")).isArray())
        reader.fail(QStringLiteral("lines"), tr("a list of breakdown lines is required"));
    const QJsonArray lines = result.value(QStringLiteral("lines")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines.at(i).toObject();
        if (!l.value(QStringLiteral("key")).isString() || !l.value(QStringLiteral("value")).isString()) {
            reader.fail(QStringLiteral("lines[%1]").arg(i), tr("a breakdown line with a key and a value is required"));
            break;
        }
        pension::BreakdownLine line;
        line.key = l.value(QStringLiteral("key")).toString();
        line.label = l.value(QStringLiteral("label")).toString();
        line.formula = l.value(QStringLiteral("formula")).toString();
        line.value = l.value(QStringLiteral("value")).toString();
        line.source = l.value(QStringLiteral("source")).toString();
        line.confidence = l.value(QStringLiteral("confidence")).toString();
        line.note = l.value(QStringLiteral("note")).toString();
        line.provisional = l.value(QStringLiteral("provisional")).toBool(false);
        line.explanation = l.value(QStringLiteral("explanation")).toString(); // absent before format 1's explanations
        if (l.value(QStringLiteral("amount")).isDouble()) {
            line.amount = Money::fromJsonDouble(l.value(QStringLiteral("amount")).toDouble());
            if (!line.amount) {
                reader.fail(QStringLiteral("lines[%1].amount").arg(i), tr("an amount in CNY with at most two decimals is required"));
                break;
            }
        }
        r.lines.append(line);
    }
    for (const QJsonValue &w : result.value(QStringLiteral("warnings")).toArray())
        r.warnings.append(w.toString());
    if (reader.error())
        return *reader.error();
    return r;
}

} // namespace tongban::session
