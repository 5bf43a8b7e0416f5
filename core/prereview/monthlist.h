#pragma once

#include "common/yearmonth.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace tongban::prereview {

/// A set of calendar months told as runs ("2019-03…2019-08、2020-01"), the way a finding and its
/// details list them.
class MonthList
{
public:
    void add(YearMonth month) { m_months.append(month); }
    bool isEmpty() const { return m_months.isEmpty(); }
    int size() const { return int(m_months.size()); }
    const QList<YearMonth> &months() const { return m_months; }

    /// The months sorted and merged into runs, each "YYYY-MM" or "YYYY-MM…YYYY-MM", joined by "、".
    QString text() const;
    /// The runs as [{"from": "YYYY-MM", "to": "YYYY-MM", "months": n}], sorted.
    QJsonArray toJson() const;

private:
    struct Run
    {
        YearMonth from;
        YearMonth to;
    };
    QList<Run> runs() const;

    QList<YearMonth> m_months;
};

} // namespace tongban::prereview
