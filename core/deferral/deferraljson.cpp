#include "deferraljson.h"

#include <QJsonArray>

namespace tongban::deferral {

namespace {

/// BadInput naming the first key of @p object not in @p known (under @p path), as the pension and
/// intake cases answer: a mistyped key ("hard_hit" for hard_hit_area) would otherwise be ignored
/// and the answer given for a question that was not asked.
std::optional<Error> unknownKey(const QJsonObject &object, const QStringList &known, const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            return Error::badInput(path + it.key(), DeferralJson::tr("unknown field; allowed: %1").arg(known.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

} // namespace

Result<DeferralCase> DeferralJson::parse(const QJsonObject &json)
{
    DeferralCase question;
    if (const auto unknown = unknownKey(json, {QStringLiteral("as_of"), QStringLiteral("payer")}, QString()))
        return *unknown;
    const QJsonValue asOf = json.value(u"as_of");
    question.asOf = QDate::fromString(asOf.toString(), Qt::ISODate);
    if (!asOf.isString() || !question.asOf.isValid())
        return Error::badInput(QStringLiteral("as_of"), tr("the date of the application is required: \"YYYY-MM-DD\""));
    const QJsonValue payerValue = json.value(u"payer");
    if (!payerValue.isObject())
        return Error::badInput(QStringLiteral("payer"),
                               tr("the payer is required: an object with kind, uscc, industry, size, "
                                  "hard_hit_area, temporary_difficulty"));
    const QJsonObject payer = payerValue.toObject();
    if (const auto unknown = unknownKey(payer,
                                        {QStringLiteral("kind"), QStringLiteral("uscc"), QStringLiteral("industry"), QStringLiteral("size"),
                                         QStringLiteral("hard_hit_area"), QStringLiteral("temporary_difficulty")},
                                        QStringLiteral("payer.")))
        return *unknown;
    for (const QString &key : {QStringLiteral("kind"), QStringLiteral("uscc"), QStringLiteral("industry"), QStringLiteral("size")}) {
        const QJsonValue value = payer.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return Error::badInput(QStringLiteral("payer.") + key, tr("a text is required"));
    }
    for (const QString &key : {QStringLiteral("hard_hit_area"), QStringLiteral("temporary_difficulty")}) {
        const QJsonValue value = payer.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isBool())
            return Error::badInput(QStringLiteral("payer.") + key, tr("true or false is required"));
    }
    question.payer.kind = payer.value(u"kind").toString();
    question.payer.uscc = payer.value(u"uscc").toString();
    question.payer.industry = payer.value(u"industry").toString();
    question.payer.size = payer.value(u"size").toString();
    question.payer.hardHitArea = payer.value(u"hard_hit_area").toBool();
    question.payer.temporaryDifficulty = payer.value(u"temporary_difficulty").toBool();
    return question;
}

QJsonObject DeferralJson::toJson(const DeferralOutcome &outcome)
{
    QJsonArray insurances;
    for (const InsuranceOutcome &answer : outcome.insurances) {
        QJsonObject o {{QStringLiteral("insurance"), answer.insurance},
                       {QStringLiteral("eligible"), answer.eligible},
                       {QStringLiteral("pay_back_by"), answer.payBackBy.toString(Qt::ISODate)},
                       {QStringLiteral("late_fee_waived"), answer.lateFeeWaived},
                       {QStringLiteral("reasons"), QJsonArray::fromStringList(answer.reasons)},
                       {QStringLiteral("sources"), QJsonArray::fromStringList(answer.sources)}};
        if (answer.eligible) {
            o.insert(QStringLiteral("premium_months"),
                     QJsonObject {{QStringLiteral("from"), answer.from->toString()}, {QStringLiteral("to"), answer.to->toString()}});
            o.insert(QStringLiteral("share"), answer.share);
            o.insert(QStringLiteral("rule"), answer.rule);
            o.insert(QStringLiteral("confidence"), answer.confidence);
        } else {
            o.insert(QStringLiteral("premium_months"), QJsonValue::Null);
            o.insert(QStringLiteral("share"), QJsonValue::Null);
        }
        insurances.append(o);
    }
    const Payer &payer = outcome.payer.payer;
    QJsonObject payerJson {{QStringLiteral("kind"), payer.kind},
                           {QStringLiteral("hard_hit_area"), payer.hardHitArea},
                           {QStringLiteral("temporary_difficulty"), payer.temporaryDifficulty}};
    if (!payer.uscc.isEmpty())
        payerJson.insert(QStringLiteral("uscc"), payer.uscc);
    if (outcome.payer.industry.isValid()) {
        payerJson.insert(QStringLiteral("industry"), outcome.payer.industry.code());
        payerJson.insert(QStringLiteral("industry_section"), outcome.payer.industry.section);
        payerJson.insert(QStringLiteral("industry_name"), outcome.industryLabel.section(u' ', 1));
    }
    if (!payer.size.isEmpty())
        payerJson.insert(QStringLiteral("size"), payer.size);
    return {{QStringLiteral("eligible"), outcome.eligible},
            {QStringLiteral("headline"), outcome.headline},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(outcome.reasons)},
            {QStringLiteral("as_of"), outcome.asOf.toString(Qt::ISODate)},
            {QStringLiteral("edition"), outcome.edition},
            {QStringLiteral("payer"), payerJson},
            {QStringLiteral("insurances"), insurances}};
}

} // namespace tongban::deferral
