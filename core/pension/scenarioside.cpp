#include "scenarioside.h"

#include "accountprojection.h"
#include "historycasebuilder.h"
#include "pensioncalculator.h"

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
    auto built = HistoryCaseBuilder::build(person, records, *parameters, scenario.retirement, today, std::nullopt);
    if (!built)
        return built.error();
    auto result = PensionCalculator(parameters).calculate(built->pensionCase);
    if (!result)
        return result.error();
    if (assumptions)
        *assumptions << built->assumptions;
    const QString label = describe ? tr("%1, pension from %2").arg(person.name, result->retirement.toString()) : person.name;
    return ComparisonSide{label, built->pensionCase, *result, built->history};
}

} // namespace tongban::pension
