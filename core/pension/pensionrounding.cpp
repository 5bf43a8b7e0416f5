#include "pensionrounding.h"

#include <QStringList>

namespace tongban::pension {

Rational PensionRounding::years(const Rational &years, const QString &rule)
{
    if (rule == u"2dp")
        return years.rounded(2, RoundingMode::HalfUp);
    if (rule == u"4dp")
        return years.rounded(4, RoundingMode::HalfUp);
    if (rule == u"trunc-2dp")
        return years.rounded(2, RoundingMode::Truncate);
    if (rule == u"ceil-0.1")
        return years.rounded(1, RoundingMode::Ceiling);
    if (rule == u"ceil-0.5") // up to the half year: twice the years up to a whole number, halved
        return (years * Rational(2)).rounded(0, RoundingMode::Ceiling) / Rational(2);
    if (rule == u"ceil-2dp")
        return years.rounded(2, RoundingMode::Ceiling);
    return years; // "exact"
}

QString PensionRounding::yearsRuleText(const QString &rule)
{
    if (rule == u"2dp")
        return tr("half-up to 2 decimals");
    if (rule == u"4dp")
        return tr("half-up to 4 decimals");
    if (rule == u"trunc-2dp")
        return tr("cut to 2 decimals");
    if (rule == u"ceil-0.1")
        return tr("up to 0.1 year");
    if (rule == u"ceil-0.5")
        return tr("up to the half year");
    if (rule == u"ceil-2dp")
        return tr("up to 0.01 year");
    return tr("exact");
}

bool PensionRounding::isYearsRule(const QString &rule)
{
    return rule == u"exact" || rule == u"2dp" || rule == u"4dp" || rule == u"trunc-2dp" || rule == u"ceil-0.1" || rule == u"ceil-0.5"
        || rule == u"ceil-2dp";
}

QString PensionRounding::yearsRuleNames()
{
    return QStringLiteral("exact, 2dp, 4dp, trunc-2dp, ceil-0.1, ceil-0.5, ceil-2dp");
}

Money PensionRounding::amount(const Rational &yuan, const QString &rule)
{
    if (rule == u"jiao")
        return Money::fromYuan(yuan.rounded(1, RoundingMode::HalfUp), RoundingMode::HalfUp);
    if (rule == u"ceil-jiao")
        return Money::fromYuan(yuan.rounded(1, RoundingMode::Ceiling), RoundingMode::HalfUp);
    if (rule == u"trunc-fen-then-ceil-jiao") // 见分进角 on the fen figure: 498.2062 → 498.20 → 498.2
        return Money::fromYuan(yuan.rounded(2, RoundingMode::Truncate).rounded(1, RoundingMode::Ceiling), RoundingMode::HalfUp);
    return Money::fromYuan(yuan, RoundingMode::HalfUp); // "fen"
}

bool PensionRounding::isAmountRule(const QString &rule)
{
    return rule == u"fen" || rule == u"jiao" || rule == u"ceil-jiao" || rule == u"trunc-fen-then-ceil-jiao";
}

QString PensionRounding::amountRuleNames()
{
    return QStringLiteral("fen, jiao, ceil-jiao, trunc-fen-then-ceil-jiao");
}

QString PensionRounding::amountRuleText(const QString &rule)
{
    if (rule == u"jiao")
        return tr("half-up to 0.1");
    if (rule == u"ceil-jiao")
        return tr("up to 0.1");
    if (rule == u"trunc-fen-then-ceil-jiao")
        return tr("cut to the fen, then up to 0.1");
    return tr("half-up to the fen");
}

Money PensionRounding::total(const Money &sum, const QString &rule)
{
    if (rule == u"ceil-jiao")
        return Money::fromYuan(sum.yuan().rounded(1, RoundingMode::Ceiling), RoundingMode::HalfUp);
    if (rule == u"round-yuan")
        return Money::fromYuan(sum.yuan().rounded(0, RoundingMode::HalfUp), RoundingMode::HalfUp);
    return sum; // "sum"
}

bool PensionRounding::isTotalRule(const QString &rule)
{
    return rule == u"sum" || rule == u"ceil-jiao" || rule == u"round-yuan";
}

QString PensionRounding::totalRuleNames()
{
    return QStringLiteral("sum, ceil-jiao, round-yuan");
}

QString PensionRounding::totalRuleText(const QString &rule)
{
    if (rule == u"ceil-jiao")
        return tr("rounded up to 0.1");
    if (rule == u"round-yuan")
        return tr("half-up to the whole yuan");
    return tr("sum of the rounded components");
}

QString PensionRounding::yearsText(const Rational &years)
{
    return years.toShortString(4);
}

QString PensionRounding::percentText(const Rational &fraction)
{
    return (fraction * Rational(100)).toShortString(4) + u'%';
}

QString PensionRounding::weakest(std::initializer_list<QString> confidences)
{
    QString result;
    for (const QString &c : confidences) {
        if (c == u"LOW")
            return c;
        if (c == u"MEDIUM")
            result = c;
        else if (c == u"HIGH" && result.isEmpty())
            result = c;
    }
    return result;
}

QString PensionRounding::joinSources(std::initializer_list<QString> sources)
{
    QStringList list;
    for (const QString &s : sources) {
        if (!s.isEmpty() && !list.contains(s))
            list << s;
    }
    return list.join(QStringLiteral("; "));
}

} // namespace tongban::pension
