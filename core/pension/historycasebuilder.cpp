#include "historycasebuilder.h"

#include "retirement/retirementrule.h"

namespace tongban::pension {

Result<HistoryCase> HistoryCaseBuilder::build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                              const policy::ParameterSet &parameters, std::optional<YearMonth> retirement,
                                              YearMonth today, std::optional<Money> calculationBase,
                                              const history::HistoryAssumptions &historyAssumptions)
{
    const auto regionResult = parameters.region(person.region);
    if (!regionResult)
        return regionResult.error();
    const policy::RegionParameters &region = **regionResult;
    const YearMonth birth = YearMonth::fromDate(person.birthDate);

    QStringList assumptions;
    YearMonth start;
    if (retirement) {
        start = *retirement;
    } else {
        const auto statutory = retirement::RetirementRule::statutory(birth, person.retirementGroup, parameters);
        if (!statutory)
            return statutory.error();
        start = statutory->statutoryRetirement;
        assumptions << tr("Pension starts in the statutory retirement month %1 (age %2 years %3 months).")
                           .arg(start.toString())
                           .arg(statutory->statutoryAge.years)
                           .arg(statutory->statutoryAge.months);
    }
    if (start <= birth)
        return Error::badInput(QStringLiteral("retirement"), tr("the retirement month must come after the birth month"));

    // Contributions count up to the month before the pension starts.
    const YearMonth lastPaid = start.addMonths(-1);
    const YearMonth asOf = std::min(lastPaid, today);
    auto history = history::ContributionHistory::build(person, records, parameters, asOf, historyAssumptions);
    if (!history)
        return history.error();
    assumptions << history->totals().assumptions;
    if (asOf < lastPaid)
        assumptions << tr("The individual account is as of %1; contributions after that are not projected.").arg(asOf.toString());
    for (const QString &missing : history->totals().missingFigures)
        assumptions << tr("Missing figure: %1.").arg(missing);

    const auto averageIndex = history->averageIndex();
    if (!averageIndex)
        return averageIndex.error();

    PensionCase c;
    c.region = person.region;
    c.group = person.retirementGroup;
    c.birth = birth;
    c.retirement = start;
    c.calculationBase = calculationBase;
    c.averageIndex = averageIndex->rounded(4, RoundingMode::HalfUp);
    assumptions << tr("Average contribution index %1 over %2 actual and %3 deemed months (deemed months at index %4), "
                      "rounded half-up to 4 decimals as printed on calculation sheets.")
                       .arg(c.averageIndex.toShortString(4))
                       .arg(history->totals().actualMonths)
                       .arg(person.deemedMonths)
                       .arg(region.pension.deemedIndex.value.toShortString());
    c.actualMonths = history->totals().actualMonths;
    c.deemedMonths = person.deemedMonths;
    c.accountBalance = history->totals().accountBalance;

    TransitionalInput transitional;
    if (person.deemedMonths > 0) {
        const QString rule = region.pension.transitionalDeemedIndex.value;
        const Rational index = rule == u"average" ? c.averageIndex : *Rational::fromDecimalString(rule);
        transitional.parts << TransitionalPart{person.deemedMonths, index, std::nullopt, tr("deemed service")};
    }
    for (const policy::TransitionalPeriodPart &period : region.pension.transitionalPeriodParts) {
        const int months = history->actualMonthsBetween(period.from, period.to);
        if (months == 0)
            continue;
        const auto index = history->averageIndexBetween(period.from, period.to);
        if (!index)
            return index.error();
        transitional.parts << TransitionalPart{months, (*index)->rounded(4, RoundingMode::HalfUp), std::nullopt,
                                               tr("%1 %2…%3").arg(period.label, period.from.toString(), period.to.toString())};
    }
    if (!transitional.parts.isEmpty())
        c.transitional = transitional;

    return HistoryCase{c, std::move(history).value(), assumptions};
}

} // namespace tongban::pension
