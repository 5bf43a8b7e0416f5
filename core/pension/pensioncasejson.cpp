#include "pensioncasejson.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>

namespace tongban::pension {

namespace {

/// Reads typed fields of one JSON object, remembering the first error with its path.
class FieldReader
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionCaseJson)

public:
    FieldReader(const QJsonObject &object, QString path, QSet<QString> known)
        : m_object(object)
        , m_path(std::move(path))
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                fail(it.key(), tr("unknown field; allowed: %1").arg(QStringList(known.begin(), known.end()).join(QStringLiteral(", "))));
                break;
            }
        }
    }

    QString path(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }
    std::optional<Error> error() const { return m_error; }

    void fail(const QString &key, const QString &why)
    {
        if (!m_error)
            m_error = Error::badInput(path(key), why);
    }

    QString string(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString()) {
            fail(key, tr("a text value is required"));
            return {};
        }
        return v.toString();
    }

    std::optional<YearMonth> month(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const auto ym = YearMonth::parse(m_object.value(key).toString());
        if (!ym) {
            fail(key, tr("a month \"YYYY-MM\" is required, e.g. \"2025-12\""));
            return std::nullopt;
        }
        return ym;
    }

    std::optional<Money> money(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            fail(key, tr("an amount in CNY is required (a JSON number)"));
            return std::nullopt;
        }
        if (std::abs(v.toDouble()) > 1e9) {
            fail(key, tr("the amount is out of range (at most 1,000,000,000 CNY)"));
            return std::nullopt;
        }
        const auto m = Money::fromJsonDouble(v.toDouble());
        if (!m) {
            fail(key, tr("an amount in CNY has at most two decimals (fen)"));
            return std::nullopt;
        }
        return m;
    }

    std::optional<Rational> decimal(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble()) {
            fail(key, tr("a number is required"));
            return std::nullopt;
        }
        const auto r = Rational::fromJsonDouble(v.toDouble());
        // Indices, coefficients and divisors are printed with a few decimals; more than six
        // (a spreadsheet's 0.6666666666666666) is refused rather than rounded silently, and it
        // keeps every product of the formula within exact 128-bit arithmetic.
        if (!r || r->rounded(6, RoundingMode::HalfUp) != *r) {
            fail(key, tr("a decimal number with at most 6 decimals is required"));
            return std::nullopt;
        }
        if (*r > Rational(1000000) || *r < Rational(-1000000)) {
            fail(key, tr("the number is out of range"));
            return std::nullopt;
        }
        return r;
    }

    std::optional<int> integer(const QString &key)
    {
        if (!has(key))
            return std::nullopt;
        const auto r = decimal(key);
        if (!r)
            return std::nullopt;
        if (!r->isInteger() || r->numerator() > 1000000 || r->numerator() < -1000000) {
            fail(key, tr("a whole number of months is required"));
            return std::nullopt;
        }
        return static_cast<int>(r->numerator());
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> m_error;
};

QJsonValue yearsMonthsJson(const std::optional<YearsMonths> &ym)
{
    if (!ym)
        return QJsonValue::Null;
    return QJsonObject {{QStringLiteral("years"), ym->years}, {QStringLiteral("months"), ym->months}};
}

} // namespace

Result<pension::PensionCase> PensionCaseJson::parse(const QJsonObject &object)
{
    FieldReader f(object, QString(),
                  {QStringLiteral("region"), QStringLiteral("group"), QStringLiteral("birth"), QStringLiteral("retirement"),
                   QStringLiteral("calculation_base"), QStringLiteral("average_index"), QStringLiteral("indexed_wage_base"),
                   QStringLiteral("indexed_wage"), QStringLiteral("actual_months"), QStringLiteral("deemed_months"),
                   QStringLiteral("account_balance"), QStringLiteral("payout_months"), QStringLiteral("transitional"),
                   QStringLiteral("rounding"), QStringLiteral("supplements"), QStringLiteral("notes")});
    pension::PensionCase c;
    if (!f.has(QStringLiteral("region")))
        f.fail(QStringLiteral("region"), tr("required: the GB/T 2260 code of the pooling region, e.g. \"110000\""));
    else
        c.region = f.string(QStringLiteral("region"));
    if (f.has(QStringLiteral("group"))) {
        const QString g = f.string(QStringLiteral("group"));
        c.group = insured::retirementGroupFromKey(g);
        if (!c.group)
            f.fail(QStringLiteral("group"), tr("must be one of: male, female-55, female-50"));
    }
    c.birth = f.month(QStringLiteral("birth"));
    c.retirement = f.month(QStringLiteral("retirement"));
    c.calculationBase = f.money(QStringLiteral("calculation_base"));
    if (!f.has(QStringLiteral("average_index")))
        f.fail(QStringLiteral("average_index"), tr("required: the average contribution index, e.g. 1.0"));
    else if (const auto i = f.decimal(QStringLiteral("average_index")))
        c.averageIndex = *i;
    c.indexedWageBase = f.money(QStringLiteral("indexed_wage_base"));
    c.indexedWage = f.money(QStringLiteral("indexed_wage"));
    if (!f.has(QStringLiteral("actual_months")))
        f.fail(QStringLiteral("actual_months"), tr("required: the months actually paid"));
    else
        c.actualMonths = f.integer(QStringLiteral("actual_months")).value_or(0);
    c.deemedMonths = f.integer(QStringLiteral("deemed_months")).value_or(0);
    if (!f.has(QStringLiteral("account_balance")))
        f.fail(QStringLiteral("account_balance"), tr("required: the individual account balance at retirement, in CNY"));
    else
        c.accountBalance = f.money(QStringLiteral("account_balance")).value_or(Money());
    c.payoutMonths = f.decimal(QStringLiteral("payout_months"));

    if (f.has(QStringLiteral("transitional"))) {
        if (!object.value(u"transitional").isObject())
            f.fail(QStringLiteral("transitional"), tr("an object is required: {\"parts\": [...], ...}"));
        const QJsonObject t = object.value(u"transitional").toObject();
        FieldReader tf(t, QStringLiteral("transitional"),
                       {QStringLiteral("parts"), QStringLiteral("coefficient"), QStringLiteral("notional_account"),
                        QStringLiteral("deemed_index"), QStringLiteral("amount"), QStringLiteral("pre_account_months")});
        pension::TransitionalInput input;
        input.partsGiven = tf.has(QStringLiteral("parts"));
        if (input.partsGiven && !t.value(u"parts").isArray())
            tf.fail(QStringLiteral("parts"), tr("an array of parts is required (empty: no transitional pension)"));
        input.coefficient = tf.decimal(QStringLiteral("coefficient"));
        input.deemedIndex = tf.decimal(QStringLiteral("deemed_index"));
        input.notionalAccount = tf.money(QStringLiteral("notional_account"));
        input.amount = tf.money(QStringLiteral("amount"));
        input.preAccountMonths = tf.integer(QStringLiteral("pre_account_months"));
        const QJsonArray parts = t.value(u"parts").toArray();
        for (qsizetype i = 0; i < parts.size(); ++i) {
            FieldReader pf(parts.at(i).toObject(), QStringLiteral("transitional.parts[%1]").arg(i),
                           {QStringLiteral("months"), QStringLiteral("index"), QStringLiteral("base"), QStringLiteral("label")});
            pension::TransitionalPart part;
            if (!pf.has(QStringLiteral("months")))
                pf.fail(QStringLiteral("months"), tr("required: the months of this period"));
            part.months = pf.integer(QStringLiteral("months")).value_or(0);
            if (!pf.has(QStringLiteral("index")))
                pf.fail(QStringLiteral("index"), tr("required: the index applied to this period"));
            part.index = pf.decimal(QStringLiteral("index")).value_or(Rational());
            part.base = pf.money(QStringLiteral("base"));
            if (pf.has(QStringLiteral("label")))
                part.label = pf.string(QStringLiteral("label"));
            if (pf.error())
                return *pf.error();
            input.parts << part;
        }
        if (tf.error())
            return *tf.error();
        c.transitional = input;
    }
    if (f.has(QStringLiteral("rounding"))) {
        if (!object.value(u"rounding").isObject())
            f.fail(QStringLiteral("rounding"), tr("an object is required: {\"years\": ..., \"amounts\": ..., \"total\": ...}"));
        FieldReader rf(object.value(u"rounding").toObject(), QStringLiteral("rounding"),
                       {QStringLiteral("years"), QStringLiteral("amounts"), QStringLiteral("total")});
        if (rf.has(QStringLiteral("years")))
            c.rounding.years = rf.string(QStringLiteral("years"));
        if (rf.has(QStringLiteral("amounts")))
            c.rounding.amounts = rf.string(QStringLiteral("amounts"));
        if (rf.has(QStringLiteral("total")))
            c.rounding.total = rf.string(QStringLiteral("total"));
        if (rf.error())
            return *rf.error();
    }
    if (f.has(QStringLiteral("supplements")) && !object.value(u"supplements").isArray())
        f.fail(QStringLiteral("supplements"), tr("an array of {\"label\", \"amount\"} or {\"rule\"} is required"));
    const QJsonArray supplements = object.value(u"supplements").toArray();
    for (qsizetype i = 0; i < supplements.size(); ++i) {
        const QJsonObject item = supplements.at(i).toObject();
        FieldReader sf(item, QStringLiteral("supplements[%1]").arg(i),
                       {QStringLiteral("label"), QStringLiteral("amount"), QStringLiteral("rule"), QStringLiteral("rate"),
                        QStringLiteral("months"), QStringLiteral("note")});
        pension::Supplement s;
        if (sf.has(QStringLiteral("rule"))) {
            // Claimed by the id of one of the region's add-ons with a formula: it computes the amount.
            s.rule = sf.string(QStringLiteral("rule"));
            if (s.rule.trimmed().isEmpty())
                sf.fail(QStringLiteral("rule"), tr("the id of one of the region's add-ons is required"));
            for (const QString &key : {QStringLiteral("label"), QStringLiteral("amount")}) {
                if (sf.has(key))
                    sf.fail(key, tr("an add-on claimed by its rule is computed: give either \"rule\" or \"label\" and \"amount\""));
            }
            s.rate = sf.decimal(QStringLiteral("rate"));
            s.months = sf.integer(QStringLiteral("months"));
        } else {
            s.label = sf.string(QStringLiteral("label"));
            if (!sf.has(QStringLiteral("amount")))
                sf.fail(QStringLiteral("amount"), tr("required: the amount in CNY"));
            s.amount = sf.money(QStringLiteral("amount")).value_or(Money());
            for (const QString &key : {QStringLiteral("rate"), QStringLiteral("months")}) {
                if (sf.has(key))
                    sf.fail(key, tr("only an add-on claimed by its \"rule\" has a rate or months"));
            }
        }
        if (sf.has(QStringLiteral("note")))
            s.note = sf.string(QStringLiteral("note"));
        if (sf.error())
            return *sf.error();
        c.supplements << s;
    }
    if (f.has(QStringLiteral("notes"))) {
        // Notes explain a figure the case enters in place of the region's: keyed by that field.
        const QSet<QString> noted {QStringLiteral("calculation_base"),
                                   QStringLiteral("indexed_wage_base"),
                                   QStringLiteral("indexed_wage"),
                                   QStringLiteral("payout_months"),
                                   QStringLiteral("transitional.coefficient"),
                                   QStringLiteral("transitional.deemed_index"),
                                   QStringLiteral("rounding.years"),
                                   QStringLiteral("average_index"),
                                   QStringLiteral("transitional.amount")};
        const QJsonValue notes = object.value(u"notes");
        if (!notes.isObject())
            f.fail(QStringLiteral("notes"), tr("an object of notes keyed by the field they explain is required"));
        FieldReader nf(notes.toObject(), QStringLiteral("notes"), noted);
        const QJsonObject n = notes.toObject();
        for (auto it = n.begin(); it != n.end(); ++it) {
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
                nf.fail(it.key(), tr("a note is a non-empty text"));
                break;
            }
            c.notes.insert(it.key(), it.value().toString());
        }
        if (nf.error())
            return *nf.error();
    }
    if (f.error())
        return *f.error();
    return c;
}

QJsonObject PensionCaseJson::caseToJson(const pension::PensionCase &c)
{
    QJsonObject o {{QStringLiteral("region"), c.region},
                   {QStringLiteral("average_index"), c.averageIndex.toDouble()},
                   {QStringLiteral("actual_months"), c.actualMonths},
                   {QStringLiteral("account_balance"), c.accountBalance.toJsonDouble()}};
    if (c.group)
        o.insert(QStringLiteral("group"), insured::retirementGroupKey(*c.group));
    if (c.birth)
        o.insert(QStringLiteral("birth"), c.birth->toString());
    if (c.retirement)
        o.insert(QStringLiteral("retirement"), c.retirement->toString());
    if (c.calculationBase)
        o.insert(QStringLiteral("calculation_base"), c.calculationBase->toJsonDouble());
    if (c.indexedWageBase)
        o.insert(QStringLiteral("indexed_wage_base"), c.indexedWageBase->toJsonDouble());
    if (c.indexedWage)
        o.insert(QStringLiteral("indexed_wage"), c.indexedWage->toJsonDouble());
    if (c.deemedMonths != 0)
        o.insert(QStringLiteral("deemed_months"), c.deemedMonths);
    if (c.payoutMonths)
        o.insert(QStringLiteral("payout_months"), c.payoutMonths->toDouble());
    if (c.transitional) {
        QJsonArray parts;
        for (const pension::TransitionalPart &p : c.transitional->parts) {
            QJsonObject part {{QStringLiteral("months"), p.months}, {QStringLiteral("index"), p.index.toDouble()}};
            if (p.base)
                part.insert(QStringLiteral("base"), p.base->toJsonDouble());
            if (!p.label.isEmpty())
                part.insert(QStringLiteral("label"), p.label);
            parts.append(part);
        }
        QJsonObject t;
        if (c.transitional->partsGiven)
            t.insert(QStringLiteral("parts"), parts);
        if (c.transitional->deemedIndex)
            t.insert(QStringLiteral("deemed_index"), c.transitional->deemedIndex->toDouble());
        if (c.transitional->coefficient)
            t.insert(QStringLiteral("coefficient"), c.transitional->coefficient->toDouble());
        if (c.transitional->notionalAccount)
            t.insert(QStringLiteral("notional_account"), c.transitional->notionalAccount->toJsonDouble());
        if (c.transitional->amount)
            t.insert(QStringLiteral("amount"), c.transitional->amount->toJsonDouble());
        if (c.transitional->preAccountMonths)
            t.insert(QStringLiteral("pre_account_months"), *c.transitional->preAccountMonths);
        o.insert(QStringLiteral("transitional"), t);
    }
    QJsonObject rounding;
    if (!c.rounding.years.isEmpty())
        rounding.insert(QStringLiteral("years"), c.rounding.years);
    if (!c.rounding.amounts.isEmpty())
        rounding.insert(QStringLiteral("amounts"), c.rounding.amounts);
    if (!c.rounding.total.isEmpty())
        rounding.insert(QStringLiteral("total"), c.rounding.total);
    if (!rounding.isEmpty())
        o.insert(QStringLiteral("rounding"), rounding);
    if (!c.supplements.isEmpty()) {
        QJsonArray supplements;
        for (const pension::Supplement &s : c.supplements) {
            QJsonObject item;
            if (s.isRule()) {
                item.insert(QStringLiteral("rule"), s.rule);
                if (s.rate)
                    item.insert(QStringLiteral("rate"), s.rate->toDouble());
                if (s.months)
                    item.insert(QStringLiteral("months"), *s.months);
            } else {
                item.insert(QStringLiteral("label"), s.label);
                item.insert(QStringLiteral("amount"), s.amount.toJsonDouble());
            }
            if (!s.note.isEmpty())
                item.insert(QStringLiteral("note"), s.note);
            supplements.append(item);
        }
        o.insert(QStringLiteral("supplements"), supplements);
    }
    if (!c.notes.isEmpty()) {
        QJsonObject notes;
        for (auto it = c.notes.cbegin(); it != c.notes.cend(); ++it)
            notes.insert(it.key(), it.value());
        o.insert(QStringLiteral("notes"), notes);
    }
    return o;
}

QJsonObject PensionCaseJson::toJson(const pension::PensionResult &r)
{
    QJsonArray lines;
    for (const pension::BreakdownLine &l : r.lines) {
        QJsonObject line {{QStringLiteral("key"), l.key},         {QStringLiteral("label"), l.label},
                          {QStringLiteral("formula"), l.formula}, {QStringLiteral("value"), l.value},
                          {QStringLiteral("source"), l.source},   {QStringLiteral("confidence"), l.confidence}};
        if (!l.note.isEmpty())
            line.insert(QStringLiteral("note"), l.note);
        if (l.amount)
            line.insert(QStringLiteral("amount"), l.amount->toJsonDouble());
        if (l.provisional)
            line.insert(QStringLiteral("provisional"), true);
        if (!l.explanation.isEmpty())
            line.insert(QStringLiteral("explanation"), l.explanation);
        lines.append(line);
    }
    return QJsonObject {
        {QStringLiteral("region"), r.region},
        {QStringLiteral("region_name"), r.regionName},
        {QStringLiteral("regional_rules"), r.regionalRules},
        {QStringLiteral("provisional"), r.provisional},
        {QStringLiteral("retirement"), r.retirement.toString()},
        {QStringLiteral("age_at_retirement"), yearsMonthsJson(r.ageAtRetirement)},
        {QStringLiteral("contribution_years"), r.contributionYears.rounded(4, RoundingMode::HalfUp).toDouble()},
        {QStringLiteral("payout_months"), r.payoutMonths.toDouble()},
        {QStringLiteral("calculation_base"), r.calculationBase.toJsonDouble()},
        {QStringLiteral("indexed_wage"), r.indexedWage.toJsonDouble()},
        {QStringLiteral("basic_pension"), r.basicPension.toJsonDouble()},
        {QStringLiteral("individual_account_pension"), r.individualAccountPension.toJsonDouble()},
        {QStringLiteral("transitional_pension"), r.transitionalPension.toJsonDouble()},
        {QStringLiteral("supplements"), r.supplements.toJsonDouble()},
        {QStringLiteral("total"), r.total.toJsonDouble()},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
    };
}

} // namespace tongban::pension
