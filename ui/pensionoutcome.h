#pragma once

#include "common/error.h"
#include "history/contributionhistory.h"
#include "pension/casefromrecords.h"
#include "pension/pensioncase.h"
#include "pension/pensionresult.h"

#include <QStringList>

#include <optional>

namespace tongban::ui {

/// What one pension calculation for a looked-up person produced: the breakdown with the
/// assumptions behind it, or the error core gave. The history is the one the case was built
/// from, present whenever building the case succeeded (also when the calculation then failed).
/// The origin is set whenever the case comes from the records (PensionTask, a scenario side).
struct PensionOutcome
{
    std::optional<pension::PensionCase> pensionCase; ///< the inputs, whenever the case could be built
    std::optional<pension::PensionResult> result;
    QStringList assumptions;
    std::optional<history::ContributionHistory> history;
    std::optional<Error> error;
    /// What the clerk chose, when the case was built from the person's records: kept with the
    /// snapshot so that a recomputation can build the case again from the records.
    std::optional<pension::CaseOrigin> origin;
};

} // namespace tongban::ui
