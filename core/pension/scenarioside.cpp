#include "scenarioside.h"

#include "casefromrecords.h"

namespace tongban::pension {

Result<ComparisonSide> ScenarioSide::build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                           const std::shared_ptr<const policy::ParameterSet> &parameters, const Scenario &scenario,
                                           YearMonth today, bool describe, QStringList *assumptions)
{
    // Both sides of a comparison assume the same for figures not yet published, so that the
    // difference comes from the careers, not from what one side assumed.
    CaseOrigin origin;
    origin.today = today;
    origin.retirement = scenario.retirement;
    origin.keepPayingBase = scenario.keepPayingBase;
    origin.keepPayingKind = scenario.kind;
    origin.assumeUnpublished = true;
    auto computed = CaseFromRecords::calculate(person, records, parameters, origin);
    if (!computed)
        return computed.error();
    if (assumptions)
        *assumptions << computed->built.assumptions;
    const PensionResult &result = computed->result;
    QString label = person.name;
    if (scenario.keepPayingBase)
        label = tr("%1, paying %2 a month until %3")
                    .arg(person.name, scenario.keepPayingBase->toDisplayString(), result.retirement.toString());
    else if (describe)
        label = tr("%1, pension from %2").arg(person.name, result.retirement.toString());
    return ComparisonSide {label, computed->built.pensionCase, result, computed->built.history};
}

} // namespace tongban::pension
