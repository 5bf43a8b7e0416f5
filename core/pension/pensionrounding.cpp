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
    return tr("exact");
}

bool PensionRounding::isYearsRule(const QString &rule)
{
    return rule == u"exact" || rule == u"2dp" || rule == u"4dp" || rule == u"trunc-2dp" || rule == u"ceil-0.1";
}

Money PensionRounding::amount(const Rational &yuan, const QString &rule)
{
    if (rule == u"jiao")
        return Money::fromYuan(yuan.rounded(1, RoundingMode::HalfUp), RoundingMode::HalfUp);
    if (rule == u"ceil-jiao")
        return Money::fromYuan(yuan.rounded(1, RoundingMode::Ceiling), RoundingMode::HalfUp);
    return Money::fromYuan(yuan, RoundingMode::HalfUp); // "fen"
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
