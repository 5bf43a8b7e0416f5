#include "intakereceipt.h"

#include <QJsonArray>

namespace tongban::intake {

QJsonObject PreReviewRecord::toJson() const
{
    QJsonArray list;
    for (const auto &[level, text] : findings)
        list.append(QJsonObject {{QStringLiteral("level"), level}, {QStringLiteral("text"), text}});
    return {{QStringLiteral("engine"), engine},
            {QStringLiteral("verdict"), verdict},
            {QStringLiteral("findings"), list},
            {QStringLiteral("details"), details}};
}

PreReviewRecord PreReviewRecord::fromJson(const QJsonObject &json)
{
    PreReviewRecord r;
    r.engine = json.value(QStringLiteral("engine")).toString();
    r.verdict = json.value(QStringLiteral("verdict")).toString();
    for (const QJsonValue &f : json.value(QStringLiteral("findings")).toArray())
        r.findings.append({f.toObject().value(QStringLiteral("level")).toString(), f.toObject().value(QStringLiteral("text")).toString()});
    r.details = json.value(QStringLiteral("details")).toObject();
    return r;
}

} // namespace tongban::intake
