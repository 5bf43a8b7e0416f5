#pragma once

#include "prereviewrequest.h"
#include "prereviewresult.h"

#include "common/error.h"

#include <QString>

namespace tongban::prereview {

/// One pre-review a matter of the catalog names ("pre_review": "<id>"): it looks at the matter
/// as typed against the stored records and says whether it can go on, with findings in plain
/// words. Pure (no clock, no database: everything is in the request), so it runs on any thread.
class PreReviewEngine
{
public:
    virtual ~PreReviewEngine();

    /// The id the catalog names ("retirement", "back-payment", …).
    virtual QString id() const = 0;
    /// The pre-review of @p request. A matter that cannot proceed is an answer (verdict
    /// CannotProceed with the reason), not an error; Error only for input the engine cannot read
    /// at all (BadInput naming the field, e.g. "fields.retirement_month") or a missing figure.
    virtual Result<PreReviewResult> review(const PreReviewRequest &request) const = 0;
};

} // namespace tongban::prereview
