#include "yearmonth.h"

namespace tongban {

std::optional<YearMonth> YearMonth::parse(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 7 || text[4] != u'-')
        return std::nullopt;
    bool okYear = false;
    bool okMonth = false;
    const int year = text.first(4).toInt(&okYear);
    const int month = text.sliced(5, 2).toInt(&okMonth);
    if (!okYear || !okMonth || !text[5].isDigit() || !text[0].isDigit())
        return std::nullopt;
    const YearMonth ym(year, month);
    if (!ym.isValid())
        return std::nullopt;
    return ym;
}

QString YearMonth::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QChar(u'0')).arg(m_month, 2, 10, QChar(u'0'));
}

} // namespace tongban
