#include "monthlist.h"

#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace tongban::prereview {

QList<MonthList::Run> MonthList::runs() const
{
    QList<YearMonth> sorted = m_months;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QList<Run> result;
    for (const YearMonth m : sorted) {
        if (!result.isEmpty() && result.last().to.addMonths(1) == m)
            result.last().to = m;
        else
            result.append({m, m});
    }
    return result;
}

QString MonthList::text() const
{
    QStringList parts;
    for (const Run &r : runs())
        parts.append(r.from == r.to ? r.from.toString() : r.from.toString() + u'…' + r.to.toString());
    return parts.join(u'、');
}

QJsonArray MonthList::toJson() const
{
    QJsonArray list;
    for (const Run &r : runs())
        list.append(QJsonObject {{QStringLiteral("from"), r.from.toString()},
                                 {QStringLiteral("to"), r.to.toString()},
                                 {QStringLiteral("months"), r.from.monthsTo(r.to) + 1}});
    return list;
}

} // namespace tongban::prereview
