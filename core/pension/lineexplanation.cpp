#include "lineexplanation.h"

namespace tongban::pension {

QString LineExplanation::forKey(const QString &key)
{
    if (key == u"contribution_years")
        return tr("The years counted for the pension: months paid plus the years of work before contributions began that count as "
                  "paid (deemed), divided by 12.");
    if (key == u"calculation_base")
        return tr("The average monthly wage the region publishes for pensions starting that year; the same figure for everyone "
                  "who retires then.");
    if (key == u"payout_months")
        return tr("The number of months the individual account is divided by; fixed by the age at retirement.");
    if (key == u"indexed_wage_base")
        return tr("The figure the contribution index is multiplied by in the basic pension, where the region uses one apart from "
                  "the calculation base.");
    if (key == u"indexed_wage")
        return tr("Your own average wage over your working years in today's terms: the calculation base times your average "
                  "contribution index (how your contribution base compared with the average wage, year by year).");
    if (key == u"basic_pension")
        return tr("The part paid from the pooled fund: the average of the calculation base and your indexed wage, 1% of it for "
                  "each year counted.");
    if (key == u"individual_account_pension")
        return tr("The part paid from your own individual account: the balance divided by the payout months.");
    if (key == u"transitional_pension")
        return tr("An extra part for the years of work before the individual account existed, which put nothing into it.");
    if (key == u"transitional_pension.coefficient")
        return tr("The percentage the region pays per year of the transitional part.");
    if (key == u"transitional_pension.index")
        return tr("The contribution index the transitional part counts those years at.");
    if (key == u"transitional_pension.notional")
        return tr("The transitional part from the region's notional account of the years before the individual account.");
    if (key.startsWith(u"transitional_pension.part"))
        return transitionalPart(QString());
    if (key.startsWith(u"supplement."))
        return tr("An amount the region pays on top of the pension.");
    if (key == u"total")
        return tr("What is paid each month: the parts above added up.");
    return {};
}

QString LineExplanation::transitionalPart(const QString &whatItCounts)
{
    if (whatItCounts.isEmpty())
        return tr("A part of the transitional pension, for work before the individual account existed: the calculation base × the "
                  "part's index × its years × the transition coefficient.");
    return tr("A part of the transitional pension, for %1: the calculation base × that index × those years × the transition "
              "coefficient.")
        .arg(whatItCounts);
}

QString LineExplanation::deemedService()
{
    return tr("the years of work before the individual account existed, at the index the region sets for them");
}

QString LineExplanation::periodAtOwnIndex(YearMonth from, YearMonth to)
{
    return tr("the months actually paid from %1 to %2, before the individual account existed, at your own average contribution "
              "index over those months")
        .arg(from.toString(), to.toString());
}

void LineExplanation::fill(QList<BreakdownLine> &lines)
{
    for (BreakdownLine &line : lines) {
        if (line.explanation.isEmpty())
            line.explanation = forKey(line.key);
    }
}

} // namespace tongban::pension
