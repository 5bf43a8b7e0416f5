#include "rational.h"

#include <QLocale>

#include <cstdlib>
#include <numeric>

namespace tongban {

namespace {

Int128 absolute(Int128 v)
{
    return v < 0 ? -v : v;
}

Int128 gcd128(Int128 a, Int128 b)
{
    a = absolute(a);
    b = absolute(b);
    while (b != 0) {
        const Int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

Int128 pow10(int n)
{
    Int128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

Int128 checkedMul(Int128 a, Int128 b)
{
    Int128 r;
    if (__builtin_mul_overflow(a, b, &r))
        std::abort(); // magnitudes in this domain never come near 2^127
    return r;
}

Int128 checkedAdd(Int128 a, Int128 b)
{
    Int128 r;
    if (__builtin_add_overflow(a, b, &r))
        std::abort();
    return r;
}

QString int128ToString(Int128 v)
{
    if (v == 0)
        return QStringLiteral("0");
    const bool negative = v < 0;
    QString digits;
    Int128 a = absolute(v);
    while (a > 0) {
        digits.prepend(QChar(u'0' + static_cast<int>(a % 10)));
        a /= 10;
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

} // namespace

Rational::Rational(Int128 numerator, Int128 denominator)
    : m_num(numerator)
    , m_den(denominator)
{
    if (denominator == 0)
        std::abort();
    normalize();
}

void Rational::normalize()
{
    if (m_den < 0) {
        m_num = -m_num;
        m_den = -m_den;
    }
    const Int128 g = gcd128(m_num, m_den);
    if (g > 1) {
        m_num /= g;
        m_den /= g;
    }
    if (m_num == 0)
        m_den = 1;
}

std::optional<Rational> Rational::fromDecimalString(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool negative = false;
    qsizetype i = 0;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    Int128 num = 0;
    int decimals = 0;
    bool seenPoint = false;
    int digits = 0;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        if (++digits > 30)
            return std::nullopt;
        num = num * 10 + (c.unicode() - u'0');
        if (seenPoint)
            ++decimals;
    }
    if (digits == 0)
        return std::nullopt;
    return Rational(negative ? -num : num, pow10(decimals));
}

std::optional<Rational> Rational::fromJsonDouble(double value)
{
    if (!qIsFinite(value))
        return std::nullopt;
    const QString shortest = QString::number(value, 'f', QLocale::FloatingPointShortest);
    return fromDecimalString(shortest);
}

Int128 Rational::toInteger(RoundingMode mode) const
{
    const Int128 q = m_num / m_den; // truncates towards zero
    const Int128 r = m_num % m_den;
    if (r == 0)
        return q;
    switch (mode) {
    case RoundingMode::Truncate:
        return q;
    case RoundingMode::Ceiling:
        return m_num > 0 ? q + 1 : q;
    case RoundingMode::HalfUp:
        return 2 * absolute(r) >= m_den ? (m_num > 0 ? q + 1 : q - 1) : q;
    }
    return q;
}

Rational Rational::rounded(int decimals, RoundingMode mode) const
{
    const Int128 scale = pow10(decimals);
    return Rational(Rational(checkedMul(m_num, scale), m_den).toInteger(mode), scale);
}

QString Rational::toString(int decimals) const
{
    const Int128 scaled = Rational(checkedMul(m_num, pow10(decimals)), m_den).toInteger(RoundingMode::HalfUp);
    const bool negative = scaled < 0;
    QString digits = int128ToString(absolute(scaled));
    if (decimals > 0) {
        if (digits.size() <= decimals)
            digits.prepend(QString(decimals - digits.size() + 1, u'0'));
        digits.insert(digits.size() - decimals, u'.');
    }
    return negative ? u'-' + digits : digits;
}

QString Rational::toShortString(int maxDecimals) const
{
    QString s = toString(maxDecimals);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0")
        s = QStringLiteral("0");
    return s;
}

double Rational::toDouble() const
{
    // Through the decimal text, so that a value like 2856.87 becomes the double that prints
    // back as 2856.87.
    return toShortString(12).toDouble();
}

Rational operator+(const Rational &a, const Rational &b)
{
    const Int128 g = gcd128(a.m_den, b.m_den);
    const Int128 den = checkedMul(a.m_den / g, b.m_den);
    return Rational(checkedAdd(checkedMul(a.m_num, b.m_den / g), checkedMul(b.m_num, a.m_den / g)), den);
}

Rational operator-(const Rational &a, const Rational &b)
{
    return a + (-b);
}

Rational Rational::operator-() const
{
    Rational r = *this;
    r.m_num = -r.m_num;
    return r;
}

Rational operator*(const Rational &a, const Rational &b)
{
    const Int128 g1 = gcd128(a.m_num, b.m_den);
    const Int128 g2 = gcd128(b.m_num, a.m_den);
    const Int128 n1 = g1 ? a.m_num / g1 : a.m_num;
    const Int128 d2 = g1 ? b.m_den / g1 : b.m_den;
    const Int128 n2 = g2 ? b.m_num / g2 : b.m_num;
    const Int128 d1 = g2 ? a.m_den / g2 : a.m_den;
    return Rational(checkedMul(n1, n2), checkedMul(d1, d2));
}

Rational operator/(const Rational &a, const Rational &b)
{
    if (b.m_num == 0)
        std::abort();
    return a * Rational(b.m_den, b.m_num);
}

std::strong_ordering operator<=>(const Rational &a, const Rational &b)
{
    const Int128 l = checkedMul(a.m_num, b.m_den);
    const Int128 r = checkedMul(b.m_num, a.m_den);
    if (l < r)
        return std::strong_ordering::less;
    if (l > r)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

} // namespace tongban
