#include "money.h"

#include "numbertext.h"

namespace tongban {

Money Money::fromYuan(const Rational &yuan, RoundingMode mode)
{
    return fromFen(static_cast<qint64>((yuan * Rational(100)).toInteger(mode)));
}

std::optional<Money> Money::parse(QStringView text)
{
    QString cleaned = text.trimmed().toString();
    if (cleaned.startsWith(u'¥') || cleaned.startsWith(u'￥'))
        cleaned.remove(0, 1);
    cleaned.remove(u',');
    const qsizetype point = cleaned.indexOf(u'.');
    if (point >= 0 && cleaned.size() - point - 1 > 2)
        return std::nullopt;
    const auto value = Rational::fromDecimalString(cleaned);
    if (!value)
        return std::nullopt;
    const Rational fen = *value * Rational(100);
    if (!fen.isInteger() || fen.numerator() > Int128(1) << 62 || fen.numerator() < -(Int128(1) << 62))
        return std::nullopt;
    return fromFen(static_cast<qint64>(fen.numerator()));
}

std::optional<Money> Money::fromJsonDouble(double yuan)
{
    const auto value = Rational::fromJsonDouble(yuan);
    if (!value)
        return std::nullopt;
    const Rational fen = *value * Rational(100);
    if (!fen.isInteger() || fen.numerator() > Int128(1) << 53 || fen.numerator() < -(Int128(1) << 53))
        return std::nullopt;
    return fromFen(static_cast<qint64>(fen.numerator()));
}

QString Money::toPlainString() const
{
    return yuan().toString(2);
}

QString Money::toDisplayString() const
{
    return NumberText::amount(*this);
}

double Money::toJsonDouble() const
{
    return yuan().toDouble();
}

} // namespace tongban
