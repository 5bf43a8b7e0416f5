#include "pensionfromrecords.h"

#include "pensioncalculator.h"

#include <algorithm>

namespace tongban::pension {

CaseOrigin PensionFromRecords::originOf(const Request &request)
{
    CaseOrigin origin;
    origin.today = request.today;
    origin.retirement = request.retirement;
    origin.calculationBase = request.calculationBase;
    origin.payoutMonths = request.payoutMonths;
    origin.note = request.note;
    origin.keepPayingBase = request.keepPayingBase;
    if (request.keepPayingBase) {
        // The projection continues the records the way the last one was paid (as an employee,
        // or as a flexibly employed person).
        const auto last = std::max_element(
            request.records.cbegin(), request.records.cend(),
            [](const insured::ContributionRecord &a, const insured::ContributionRecord &b) { return a.month < b.month; });
        if (last != request.records.cend())
            origin.keepPayingKind = last->kind;
    }
    return origin;
}

PensionOutcome PensionFromRecords::run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    PensionOutcome outcome;
    outcome.origin = originOf(request);
    auto built = CaseFromRecords::build(request.person, request.records, parameters, *outcome.origin);
    if (!built) {
        outcome.error = built.error();
        return outcome;
    }
    // The case, its history and assumptions are shown also when the calculation then fails.
    outcome.assumptions = built->assumptions;
    outcome.history = built->history;
    outcome.pensionCase = built->pensionCase;
    const auto result = PensionCalculator(parameters).calculate(built->pensionCase);
    if (!result) {
        outcome.error = result.error();
        return outcome;
    }
    outcome.result = *result;
    return outcome;
}

} // namespace tongban::pension
