#include "scenarioside.h"

#include "accountprojection.h"
#include "historycasebuilder.h"
#include "pensioncalculator.h"
#include "retirement/retirementrule.h"

namespace tongban::pension {

Result<ComparisonSide> ScenarioSide::build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                           const std::shared_ptr<const policy::ParameterSet> &parameters, const Scenario &scenario,
                                           YearMonth today, bool describe, QStringList *assumptions)
{
    if (scenario.keepPayingBase) {
        ProjectionRequest request;
        request.base = *scenario.keepPayingBase;
        request.kind = scenario.kind;
        request.retirement = scenario.retirement;
        request.today = today;
        auto p = AccountProjection::project(person, records, parameters, request);
        if (!p) {
            Error e = p.error();
            if (e.field == u"base")
                e.field = QStringLiteral("keep_paying");
            return e;
        }
        if (assumptions)
            *assumptions << p->assumptions;
        const QString label = tr("%1, paying %2 a month until %3").arg(person.name, request.base.toDisplayString(), p->result.retirement.toString());
        return ComparisonSide{label, p->historyCase.pensionCase, p->result, p->historyCase.history};
    }
    // Both sides of a comparison assume the same for figures not yet published, so that the
    // difference comes from the careers, not from what one side assumed.
    const auto region = parameters->region(person.region);
    if (!region)
        return region.error();
    YearMonth retirement;
    if (scenario.retirement) {
        retirement = *scenario.retirement;
    } else {
        const auto statutory = retirement::RetirementRule::statutory(YearMonth::fromDate(person.birthDate), person.retirementGroup, *parameters);
        if (!statutory)
            return statutory.error();
        retirement = statutory->statutoryRetirement;
    }
    auto unpublished = AccountProjection::assumeUnpublished(*parameters, **region, retirement, std::nullopt, std::nullopt);
    if (!unpublished)
        return unpublished.error();
    auto built = HistoryCaseBuilder::build(person, records, *parameters, scenario.retirement, today, unpublished->calculationBase,
                                           unpublished->history);
    if (!built)
        return built.error();
    if (assumptions)
        *assumptions << unpublished->sentences;
    auto result = PensionCalculator(parameters).calculate(built->pensionCase);
    if (!result)
        return result.error();
    if (assumptions)
        *assumptions << built->assumptions;
    const QString label = describe ? tr("%1, pension from %2").arg(person.name, result->retirement.toString()) : person.name;
    return ComparisonSide{label, built->pensionCase, *result, built->history};
}

} // namespace tongban::pension
