#include "prereviewrequest.h"

namespace tongban::prereview {

QJsonValue PreReviewRequest::field(const QString &id, const QString &type) const
{
    if (fields.contains(id))
        return fields.value(id);
    if (!type.isEmpty()) {
        const QString byType = fieldsByType.value(type);
        if (!byType.isEmpty() && fields.contains(byType))
            return fields.value(byType);
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<YearMonth> PreReviewRequest::monthField(const QString &id, const QString &type) const
{
    const QJsonValue v = field(id, type);
    if (!v.isString())
        return std::nullopt;
    return YearMonth::parse(v.toString());
}

QDate PreReviewRequest::dateField(const QString &id, const QString &type) const
{
    const QJsonValue v = field(id, type);
    if (!v.isString())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QList<insured::ContributionRecord> PreReviewRequest::records() const
{
    return history ? history->records() : QList<insured::ContributionRecord> {};
}

} // namespace tongban::prereview
