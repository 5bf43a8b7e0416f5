#include "numbertext.h"

#include <QRegularExpression>

#include <algorithm>

namespace tongban {

QString NumberText::amount(const Money &amount)
{
    return grouped(amount.toPlainString());
}

QString NumberText::number(const Rational &value, int maxDecimals)
{
    return grouped(value.toShortString(maxDecimals));
}

QString NumberText::grouped(const QString &plain)
{
    const qsizetype start = plain.startsWith(u'-') ? 1 : 0;
    qsizetype end = plain.indexOf(u'.');
    if (end < 0)
        end = plain.size();
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    if (end == start || !std::all_of(plain.cbegin() + start, plain.cbegin() + end, isDigit)
        || !std::all_of(plain.cbegin() + std::min(end + 1, plain.size()), plain.cend(), isDigit))
        return plain;
    QString out = plain;
    for (qsizetype i = end - 3; i > start; i -= 3)
        out.insert(i, u',');
    return out;
}

QString NumberText::withoutGrouping(const QString &text)
{
    static const QRegularExpression groupComma(QStringLiteral("(?<=[0-9]),(?=[0-9]{3}(?![0-9]))"));
    QString out = text;
    return out.remove(groupComma);
}

} // namespace tongban
