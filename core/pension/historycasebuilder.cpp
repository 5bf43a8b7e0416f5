#include "historycasebuilder.h"

#include "lineexplanation.h"
#include "retirement/retirementrule.h"
#include "transitionalpension.h"

namespace tongban::pension {

Result<HistoryCase> HistoryCaseBuilder::build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                              const policy::ParameterSet &parameters, std::optional<YearMonth> retirement, YearMonth today,
                                              std::optional<Money> calculationBase, const history::HistoryAssumptions &historyAssumptions)
{
    EnteredFigures entered;
    entered.calculationBase = calculationBase;
    return build(person, records, parameters, retirement, today, entered, historyAssumptions);
}

Result<HistoryCase> HistoryCaseBuilder::build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                              const policy::ParameterSet &parameters, std::optional<YearMonth> retirement, YearMonth today,
                                              const EnteredFigures &entered, const history::HistoryAssumptions &historyAssumptions)
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

    // The index deemed months count at: the clerk's figure, else the region's; a region whose
    // figure is a table not in the data (Guangdong) needs the clerk's.
    const policy::PensionRules &rules = region.pension;
    if (entered.deemedIndex && (entered.deemedIndex->isNegative() || *entered.deemedIndex > Rational(3)))
        return Error::badInput(QStringLiteral("deemed_index"), tr("the index must be between 0 and 3"));
    if (person.deemedMonths > 0 && rules.deemedIndexEntered && !entered.deemedIndex)
        return Error::missingFigure(
            QStringLiteral("deemed_index"),
            tr("%1 counts deemed service at an index that is not in the shipped data (%2: %3); enter the "
               "index for the %4 deemed months")
                .arg(region.displayName(), rules.deemedIndex.provenance.document, rules.deemedIndex.provenance.localizedNote())
                .arg(person.deemedMonths));
    Rational averageIndex;
    Rational deemedIndex = rules.deemedIndex.value;
    const bool actualOnly = rules.averageIndexBasis && rules.averageIndexBasis->value == u"actual-only";
    if (entered.deemedIndex && person.deemedMonths > 0 && !actualOnly) {
        // Each actual month at its year's index (as ContributionHistory::averageIndex), deemed
        // months at the entered index.
        deemedIndex = *entered.deemedIndex;
        const auto actual = history->averageIndexBetween(YearMonth(1, 1), YearMonth(9999, 12));
        if (!actual)
            return actual.error();
        const qint64 recordCount = history->records().size();
        const Rational sum = actual->value_or(Rational()) * Rational(recordCount) + deemedIndex * Rational(person.deemedMonths);
        averageIndex = sum / Rational(recordCount + person.deemedMonths);
    } else {
        const auto index = history->averageIndex();
        if (!index)
            return index.error();
        averageIndex = *index;
    }

    PensionCase c;
    c.region = person.region;
    c.group = person.retirementGroup;
    c.birth = birth;
    c.retirement = start;
    c.calculationBase = entered.calculationBase;
    c.indexedWageBase = entered.indexedWageBase;
    c.notes = entered.notes;
    c.averageIndex = averageIndex.rounded(4, RoundingMode::HalfUp);
    if (actualOnly)
        assumptions << tr("Average contribution index %1 over the %2 actual months only (%3 counts no deemed months in it, %4), "
                          "rounded half-up to 4 decimals as printed on calculation sheets.")
                           .arg(c.averageIndex.toShortString(4))
                           .arg(history->totals().actualMonths)
                           .arg(region.displayName(), rules.averageIndexBasis->provenance.document);
    else
        assumptions << tr("Average contribution index %1 over %2 actual and %3 deemed months (deemed months at index %4), "
                          "rounded half-up to 4 decimals as printed on calculation sheets.")
                           .arg(c.averageIndex.toShortString(4))
                           .arg(history->totals().actualMonths)
                           .arg(person.deemedMonths)
                           .arg(deemedIndex.toShortString());
    if (person.deemedMonths > 0 && rules.deemedUntil)
        assumptions << tr("The %1 deemed months are service up to %2, before the individual account of %3 began (%4).")
                           .arg(person.deemedMonths)
                           .arg(rules.deemedUntil->toString(), region.displayName(), rules.deemedUntilProvenance.document);
    c.actualMonths = history->totals().actualMonths;
    c.deemedMonths = person.deemedMonths;
    c.accountBalance = history->totals().accountBalance;

    // Months paid before the individual account started, where the region counts them in the
    // transitional pension (建账前累计缴费年限).
    const int preAccount = rules.preAccountActual ? history->actualMonthsBetween(YearMonth(1, 1), rules.preAccountActual->until) : 0;
    if (rules.preAccountActual && preAccount > 0)
        assumptions << tr("The %1 months paid up to %2, before the individual account of %3 began, count in the transitional pension "
                          "with the deemed months (%4).")
                           .arg(preAccount)
                           .arg(rules.preAccountActual->until.toString(), region.displayName(),
                                rules.preAccountActual->provenance.document);
    if (rules.transitionalPeriodParts.isEmpty()) {
        // The region's default part (deemed months, and the months paid before the account where
        // it counts them) is built by the calculator, whose lines then show how its index is made.
        // Where the region counts the months paid before the account, the case says how many
        // there were, also none, so that the calculator does not warn that they were not given.
        if (person.deemedMonths > 0 || preAccount > 0 || rules.preAccountActual) {
            // The index must be known now (a table not in the data needs the clerk's figure).
            if (person.deemedMonths + preAccount > 0) {
                const auto index = TransitionalPension::deemedPartIndex(region, c.averageIndex, entered.deemedIndex,
                                                                        person.deemedMonths + preAccount, QStringLiteral("deemed_index"));
                if (!index)
                    return index.error();
            }
            TransitionalInput defaults;
            defaults.partsGiven = false;
            defaults.deemedIndex = entered.deemedIndex;
            if (rules.preAccountActual)
                defaults.preAccountMonths = preAccount;
            c.transitional = defaults;
        }
        return HistoryCase {c, std::move(history).value(), assumptions};
    }

    TransitionalInput transitional;
    if (person.deemedMonths > 0) {
        const auto index = TransitionalPension::deemedPartIndex(region, c.averageIndex, entered.deemedIndex, person.deemedMonths,
                                                                QStringLiteral("deemed_index"));
        if (!index)
            return index.error();
        transitional.parts << TransitionalPart {person.deemedMonths, *index, std::nullopt, tr("deemed service"),
                                                LineExplanation::deemedService()};
    }
    for (const policy::TransitionalPeriodPart &period : rules.transitionalPeriodParts) {
        const int months = history->actualMonthsBetween(period.from, period.to);
        if (months == 0)
            continue;
        const auto index = history->averageIndexBetween(period.from, period.to);
        if (!index)
            return index.error();
        transitional.parts << TransitionalPart {months, (*index)->rounded(4, RoundingMode::HalfUp), std::nullopt,
                                                tr("%1 %2…%3").arg(period.label, period.from.toString(), period.to.toString()),
                                                LineExplanation::periodAtOwnIndex(period.from, period.to)};
    }
    if (!transitional.parts.isEmpty())
        c.transitional = transitional;

    return HistoryCase {c, std::move(history).value(), assumptions};
}

} // namespace tongban::pension
