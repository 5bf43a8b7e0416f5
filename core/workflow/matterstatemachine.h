#pragma once

#include "common/error.h"
#include "intake/matterdefinition.h"
#include "matterstatus.h"

#include <QCoreApplication>
#include <QList>

namespace tongban::workflow {

/// The way a matter goes from status to status, as a table (design of issue 11):
///
/// | from → to | allowed when |
/// |---|---|
/// | received → pre-reviewed | the matter's steps include "pre-review" |
/// | received → done | the matter's steps are empty (即办) |
/// | received → returned | always (with a reason) |
/// | pre-reviewed → forwarded | the steps include "forward" |
/// | pre-reviewed → done | the steps do not include "forward" |
/// | pre-reviewed → returned | always (with a reason) |
/// | forwarded → done | always |
/// | forwarded → returned | always (with a reason) |
/// | returned → received | resubmission (the documents kept, the due date counted again) |
///
/// Anything else is refused. So a matter cannot skip a step its catalog entry requires.
class MatterStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(tongban::workflow::MatterStateMachine)

public:
    /// What a row of the table asks of the matter's steps.
    enum class When {
        Always,
        HasPreReview, ///< steps include "pre-review"
        NoSteps, ///< steps are empty (即办)
        HasForward, ///< steps include "forward"
        NoForward, ///< steps do not include "forward"
        Resubmission, ///< always; the matter is taken in again
    };

    /// One row of the table.
    struct Rule
    {
        MatterStatus from;
        MatterStatus to;
        When when;
    };

    /// The table's rows in the order above.
    static const QList<Rule> &rules();

    /// The statuses @p from may go to for a matter with @p workflow, in the table's order.
    static QList<MatterStatus> allowed(const intake::MatterWorkflow &workflow, MatterStatus from);

    /// Whether a matter with @p workflow may go from @p from to @p to. Error (BadInput, field
    /// "to") naming both statuses, why (the step the catalog entry requires or lacks) and what
    /// @p from may go to ("nothing: the matter is done").
    static Status check(const intake::MatterWorkflow &workflow, MatterStatus from, MatterStatus to);

    /// Whether going to @p to needs a reason (a return: one the applicant can act on).
    static bool needsReason(MatterStatus to) { return to == MatterStatus::Returned; }
    /// The fewest characters of a return's reason (trimmed).
    static constexpr int minimumReturnReasonLength = 4;
};

} // namespace tongban::workflow
