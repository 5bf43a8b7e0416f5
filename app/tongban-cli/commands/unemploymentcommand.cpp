#include "cliinput.h"
#include "commands.h"

#include "unemployment/claimevaluator.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace tongban::cli {

namespace {

class UnemploymentCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::UnemploymentCommand)

public:
    /// `unemployment --case FILE` (docs/cli.md). Input: {"region", "claim_date", "months_paid",
    /// "carried_months", "job_loss_reason", "registered"} and optionally "monthly_standard"
    /// (CNY, entered when the data has none) with "standard_note", and "stop": {"date", "ground"}.
    /// Output: {"eligible", "conditions": [{"condition", "met", "reason", "source"}],
    /// "entitlement_months", "first_month", "last_month", "monthly_amount" (CNY or null with
    /// "monthly_amount_reason"), "total", …, "stop": {…} when asked}. Exit 0 with an answer
    /// (eligible or not); 2 for bad input (field = JSON path); 1 when the shipped rules do not load.
    static CommandOutput run(const QStringList &arguments)
    {
        const auto input = readCaseArgument(arguments, QStringLiteral("unemployment"));
        if (!input)
            return failure(input.error());
        const QJsonObject in = *input;

        const auto rules = unemployment::UnemploymentRules::loadBuiltIn();
        if (!rules)
            return {1, errorObject(rules.error().field, rules.error().message)};
        const unemployment::ClaimEvaluator evaluator(*rules);

        unemployment::ClaimInput claim;
        if (const auto e = parse(in, claim))
            return {2, errorObject(e->field, e->message)};
        const auto assessment = evaluator.evaluate(claim);
        if (!assessment)
            return {2, errorObject(assessment.error().field, assessment.error().message)};
        QJsonObject out = toJson(*assessment, (*rules)->version());

        if (in.contains(u"stop")) {
            const QJsonObject stopIn = in.value(u"stop").toObject();
            const QDate date = QDate::fromString(stopIn.value(u"date").toString(), Qt::ISODate);
            if (!in.value(u"stop").isObject() || !date.isValid())
                return {2, errorObject(QStringLiteral("stop.date"), tr("the stop needs \"date\" (YYYY-MM-DD) and \"ground\""))};
            if (!assessment->eligible)
                return {2, errorObject(QStringLiteral("stop"), tr("a claim that is not eligible has nothing to stop"))};
            const auto stop = evaluator.stop({claim.claimDate, assessment->firstMonth, assessment->entitlementMonths}, date,
                                             stopIn.value(u"ground").toString());
            if (!stop)
                return {2, errorObject(QStringLiteral("stop.") + stop.error().field, stop.error().message)};
            out.insert(QStringLiteral("stop"),
                       QJsonObject {
                           {QStringLiteral("date"), stop->stopDate.toString(Qt::ISODate)},
                           {QStringLiteral("ground"), stop->ground},
                           {QStringLiteral("ground_label"), stop->groundLabel},
                           {QStringLiteral("first_unpaid_month"), stop->firstUnpaidMonth.toString()},
                           {QStringLiteral("months_received"), stop->monthsReceived},
                           {QStringLiteral("months_left"), stop->monthsLeft},
                           {QStringLiteral("months_left_kept"), stop->monthsLeftCarried},
                           {QStringLiteral("reasons"), QJsonArray::fromStringList(stop->reasons)},
                           {QStringLiteral("sources"), QJsonArray::fromStringList(stop->sources)},
                       });
        }
        return {0, out};
    }

private:
    static std::optional<Error> wholeNumber(const QJsonObject &in, QStringView key, int &out, bool required)
    {
        const QJsonValue v = in.value(key);
        if (v.isUndefined() && !required)
            return std::nullopt;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 100000 || std::floor(d) != d)
            return Error::badInput(key.toString(), tr("must be a whole number of months, 0 or more"));
        out = static_cast<int>(d);
        return std::nullopt;
    }

    static std::optional<Error> parse(const QJsonObject &in, unemployment::ClaimInput &claim)
    {
        if (!in.value(u"region").isString())
            return Error::badInput(QStringLiteral("region"), tr("required: the six-digit GB/T 2260 region code as text"));
        claim.region = in.value(u"region").toString();
        claim.claimDate = QDate::fromString(in.value(u"claim_date").toString(), Qt::ISODate);
        if (!claim.claimDate.isValid())
            return Error::badInput(QStringLiteral("claim_date"), tr("required: the claim date YYYY-MM-DD"));
        if (auto e = wholeNumber(in, u"months_paid", claim.monthsPaid, true))
            return e;
        if (auto e = wholeNumber(in, u"carried_months", claim.carriedMonths, false))
            return e;
        if (!in.value(u"job_loss_reason").isString())
            return Error::badInput(QStringLiteral("job_loss_reason"), tr("required: a job-loss reason key such as \"contract-expired\""));
        claim.jobLossReason = in.value(u"job_loss_reason").toString();
        if (!in.value(u"registered").isBool())
            return Error::badInput(QStringLiteral("registered"), tr("required: true or false (registered as unemployed and seeking work)"));
        claim.registered = in.value(u"registered").toBool();
        if (in.contains(u"statutory_retirement")) {
            claim.statutoryRetirement = YearMonth::parse(in.value(u"statutory_retirement").toString());
            if (!claim.statutoryRetirement)
                return Error::badInput(QStringLiteral("statutory_retirement"), tr("the statutory retirement month is written YYYY-MM"));
        }
        if (in.contains(u"monthly_standard")) {
            const auto amount
                = in.value(u"monthly_standard").isDouble() ? Money::fromJsonDouble(in.value(u"monthly_standard").toDouble()) : std::nullopt;
            if (!amount)
                return Error::badInput(QStringLiteral("monthly_standard"), tr("must be an amount in CNY with at most two decimals"));
            claim.enteredStandard = amount;
            claim.enteredStandardNote = in.value(u"standard_note").toString();
        }
        return std::nullopt;
    }

    static QJsonObject toJson(const unemployment::ClaimAssessment &a, const policy::ParameterFileVersion &version)
    {
        QJsonArray conditions;
        for (const unemployment::ConditionCheck &c : a.conditions)
            conditions.append(QJsonObject {{QStringLiteral("condition"), c.key},
                                           {QStringLiteral("label"), c.label},
                                           {QStringLiteral("met"), c.met},
                                           {QStringLiteral("reason"), c.reason},
                                           {QStringLiteral("source"), c.source}});
        const auto monthOrNull = [](YearMonth m) { return m.isValid() ? QJsonValue(m.toString()) : QJsonValue(); };
        QJsonArray periods;
        for (const unemployment::AmountPeriod &p : a.amountPeriods)
            periods.append(QJsonObject {{QStringLiteral("first_benefit_month"), p.firstBenefitMonth},
                                        {QStringLiteral("last_benefit_month"), p.lastBenefitMonth},
                                        {QStringLiteral("monthly"), p.monthly.toJsonDouble()},
                                        {QStringLiteral("basis"), p.basis}});
        return QJsonObject {
            {QStringLiteral("eligible"), a.eligible},
            {QStringLiteral("conditions"), conditions},
            {QStringLiteral("band_months"), a.bandMonths},
            {QStringLiteral("carried_months"), a.carriedMonths},
            {QStringLiteral("capped"), a.capped},
            {QStringLiteral("entitlement_months"), a.entitlementMonths},
            {QStringLiteral("entitlement_reason"), a.durationReason},
            {QStringLiteral("entitlement_source"), a.durationSource},
            {QStringLiteral("first_month"), monthOrNull(a.firstMonth)},
            {QStringLiteral("last_month"), monthOrNull(a.lastMonth)},
            {QStringLiteral("monthly_amount"), a.monthlyAmount ? QJsonValue(a.monthlyAmount->toJsonDouble()) : QJsonValue()},
            {QStringLiteral("monthly_amount_reason"), a.monthlyAmount ? QJsonValue() : QJsonValue(a.amountMissingReason)},
            {QStringLiteral("monthly_amount_source"), a.monthlyAmount ? QJsonValue(a.amountSource) : QJsonValue()},
            {QStringLiteral("monthly_amount_confidence"), a.monthlyAmount ? QJsonValue(a.amountConfidence) : QJsonValue()},
            {QStringLiteral("amount_periods"), periods},
            {QStringLiteral("total"), a.total ? QJsonValue(a.total->toJsonDouble()) : QJsonValue()},
            {QStringLiteral("notes"), QJsonArray::fromStringList(a.notes)},
            {QStringLiteral("parameters"),
             QJsonObject {{QStringLiteral("file"), version.file},
                          {QStringLiteral("edition"), version.edition},
                          {QStringLiteral("digest"), version.digest}}},
        };
    }
};

} // namespace

CommandOutput runUnemployment(const QStringList &arguments)
{
    return UnemploymentCommand::run(arguments);
}

} // namespace tongban::cli
