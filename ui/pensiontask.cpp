#include "pensiontask.h"

#include "pension/accountprojection.h"
#include "pension/historycasebuilder.h"

#include <algorithm>
#include "pension/pensioncalculator.h"

namespace tongban::ui {

PensionOutcome PensionTask::run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    PensionOutcome outcome;
    pension::PensionCase pensionCase;
    if (request.keepPayingBase) {
        // Paying on until the pension starts: the projection continues the records, the way
        // the last one was paid (as an employee, or as a flexibly employed person).
        pension::ProjectionRequest projection;
        projection.base = *request.keepPayingBase;
        projection.retirement = request.retirement;
        projection.today = request.today;
        projection.calculationBase = request.calculationBase;
        const auto last = std::max_element(request.records.cbegin(), request.records.cend(),
                                           [](const insured::ContributionRecord &a, const insured::ContributionRecord &b) { return a.month < b.month; });
        if (last != request.records.cend())
            projection.kind = last->kind;
        auto projected = pension::AccountProjection::project(request.person, request.records, parameters, projection);
        if (!projected) {
            outcome.error = projected.error();
            if (outcome.error->field == u"base")
                outcome.error->field = QStringLiteral("keep_paying");
            return outcome;
        }
        outcome.assumptions = projected->assumptions;
        outcome.history = projected->historyCase.history;
        pensionCase = projected->historyCase.pensionCase;
        if (!request.note.isEmpty() && request.calculationBase)
            pensionCase.notes.insert(QStringLiteral("calculation_base"), request.note);
    } else {
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
        pensionCase = built->pensionCase;
    }
    if (request.payoutMonths) {
        pensionCase.payoutMonths = request.payoutMonths;
        if (!request.note.isEmpty())
            pensionCase.notes.insert(QStringLiteral("payout_months"), request.note);
    }
    outcome.pensionCase = pensionCase;
    const auto result = pension::PensionCalculator(parameters).calculate(pensionCase);
    if (!result) {
        outcome.error = result.error();
        return outcome;
    }
    outcome.result = *result;
    return outcome;
}

} // namespace tongban::ui
