#pragma once

#include "casefromrecords.h"
#include "pensioncase.h"
#include "pensionresult.h"

#include "common/error.h"
#include "history/contributionhistory.h"

#include <QStringList>

#include <optional>

namespace tongban::pension {

/// What one pension calculation for a looked-up person produced: the breakdown with the
/// assumptions behind it, or the error core gave. The history is the one the case was built
/// from, present whenever building the case succeeded (also when the calculation then failed),
/// so that a clerk sees the inputs of a calculation that stopped at a missing figure.
struct PensionOutcome
{
    std::optional<PensionCase> pensionCase; ///< the inputs, whenever the case could be built
    std::optional<PensionResult> result;
    QStringList assumptions;
    std::optional<history::ContributionHistory> history;
    std::optional<Error> error;
    /// What the clerk chose, when the case was built from the person's records: kept with the
    /// snapshot so that a recomputation can build the case again from the records.
    std::optional<CaseOrigin> origin;
};

} // namespace tongban::pension
