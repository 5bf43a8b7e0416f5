#include "prereviewresult.h"

#include <QJsonArray>

namespace tongban::prereview {

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return QStringLiteral("ready");
    case Verdict::NeedsAttention:
        return QStringLiteral("needs-attention");
    case Verdict::CannotProceed:
        return QStringLiteral("cannot-proceed");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(QStringView key)
{
    for (const Verdict v : {Verdict::Ready, Verdict::NeedsAttention, Verdict::CannotProceed})
        if (key == verdictKey(v))
            return v;
    return std::nullopt;
}

Verdict worse(Verdict a, Verdict b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

void PreReviewResult::add(Verdict level, const QString &text)
{
    findings.append({level, text});
    verdict = worse(verdict, level);
}

QJsonObject PreReviewResult::toJson() const
{
    QJsonArray list;
    for (const Finding &f : findings)
        list.append(QJsonObject {{QStringLiteral("level"), verdictKey(f.level)}, {QStringLiteral("text"), f.text}});
    return {{QStringLiteral("engine"), engine},
            {QStringLiteral("verdict"), verdictKey(verdict)},
            {QStringLiteral("findings"), list},
            {QStringLiteral("details"), details}};
}

std::optional<PreReviewResult> PreReviewResult::fromJson(const QJsonObject &json)
{
    PreReviewResult r;
    if (!json.value(QStringLiteral("engine")).isString() || !json.value(QStringLiteral("findings")).isArray()
        || !json.value(QStringLiteral("details")).isObject())
        return std::nullopt;
    r.engine = json.value(QStringLiteral("engine")).toString();
    const auto verdict = verdictFromKey(json.value(QStringLiteral("verdict")).toString());
    if (!verdict)
        return std::nullopt;
    r.verdict = *verdict;
    for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto level = verdictFromKey(o.value(QStringLiteral("level")).toString());
        if (!level || !o.value(QStringLiteral("text")).isString())
            return std::nullopt;
        r.findings.append({*level, o.value(QStringLiteral("text")).toString()});
    }
    r.details = json.value(QStringLiteral("details")).toObject();
    return r;
}

} // namespace tongban::prereview
