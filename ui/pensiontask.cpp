#include "pensiontask.h"

#include "pension/historycasebuilder.h"
#include "pension/pensioncalculator.h"

namespace tongban::ui {

PensionOutcome PensionTask::run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    PensionOutcome outcome;
    auto built = pension::HistoryCaseBuilder::build(request.person, request.records, *parameters, request.retirement,
                                                    request.today, request.calculationBase);
    if (!built) {
        outcome.error = built.error();
        return outcome;
    }
    outcome.assumptions = built->assumptions;
    outcome.history = built->history;
    outcome.pensionCase = built->pensionCase;
    const auto result = pension::PensionCalculator(parameters).calculate(built->pensionCase);
    if (!result) {
        outcome.error = result.error();
        return outcome;
    }
    outcome.result = *result;
    return outcome;
}

} // namespace tongban::ui
