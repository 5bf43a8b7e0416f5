#include "pensiontask.h"

#include "pension/pensioncalculator.h"

#include <algorithm>

namespace tongban::ui {

pension::CaseOrigin PensionTask::originOf(const Request &request)
{
    pension::CaseOrigin origin;
    origin.today = request.today;
    origin.retirement = request.retirement;
    origin.calculationBase = request.calculationBase;
    origin.payoutMonths = request.payoutMonths;
    origin.note = request.note;
    origin.keepPayingBase = request.keepPayingBase;
    if (request.keepPayingBase) {
        // The projection continues the records the way the last one was paid (as an employee,
        // or as a flexibly employed person).
        const auto last = std::max_element(request.records.cbegin(), request.records.cend(),
                                           [](const insured::ContributionRecord &a, const insured::ContributionRecord &b) { return a.month < b.month; });
        if (last != request.records.cend())
            origin.keepPayingKind = last->kind;
    }
    return origin;
}

PensionOutcome PensionTask::run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    PensionOutcome outcome;
    outcome.origin = originOf(request);
    auto built = pension::CaseFromRecords::build(request.person, request.records, parameters, *outcome.origin);
    if (!built) {
        outcome.error = built.error();
        return outcome;
    }
    // The case, its history and assumptions are shown also when the calculation then fails.
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
