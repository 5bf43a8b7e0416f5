#include "pensiontask.h"

#include "pension/historycasebuilder.h"
#include "pension/pensioncalculator.h"

namespace tongban::ui {

PensionOutcome PensionTask::run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    PensionOutcome outcome;
    pension::EnteredFigures entered;
    entered.calculationBase = request.calculationBase;
    if (!request.note.isEmpty() && request.calculationBase)
        entered.notes.insert(QStringLiteral("calculation_base"), request.note);
    auto built = pension::HistoryCaseBuilder::build(request.person, request.records, *parameters, request.retirement, request.today, entered);
    if (!built) {
        outcome.error = built.error();
        return outcome;
    }
    outcome.assumptions = built->assumptions;
    outcome.history = built->history;
    if (request.payoutMonths) {
        built->pensionCase.payoutMonths = request.payoutMonths;
        if (!request.note.isEmpty())
            built->pensionCase.notes.insert(QStringLiteral("payout_months"), request.note);
    }
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
