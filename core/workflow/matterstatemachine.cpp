#include "matterstatemachine.h"

#include <QStringList>

namespace tongban::workflow {

namespace {

bool holds(MatterStateMachine::When when, const intake::MatterWorkflow &workflow)
{
    switch (when) {
    case MatterStateMachine::When::Always:
    case MatterStateMachine::When::Resubmission:
        return true;
    case MatterStateMachine::When::HasPreReview:
        return workflow.hasPreReview();
    case MatterStateMachine::When::NoSteps:
        return workflow.steps.isEmpty();
    case MatterStateMachine::When::HasForward:
        return workflow.hasForward();
    case MatterStateMachine::When::NoForward:
        return !workflow.hasForward();
    }
    return false;
}

/// Why a row of the table does not hold for the matter, in words.
QString whyNot(MatterStateMachine::When when)
{
    switch (when) {
    case MatterStateMachine::When::HasPreReview:
        return MatterStateMachine::tr("the matter's catalog entry has no pre-review step");
    case MatterStateMachine::When::NoSteps:
        return MatterStateMachine::tr("the matter's catalog entry requires its steps first (only an immediate matter is done on receipt)");
    case MatterStateMachine::When::HasForward:
        return MatterStateMachine::tr("the matter's catalog entry does not forward it to another department");
    case MatterStateMachine::When::NoForward:
        return MatterStateMachine::tr("the matter's catalog entry requires it to be forwarded to its department first");
    case MatterStateMachine::When::Always:
    case MatterStateMachine::When::Resubmission:
        break;
    }
    return {};
}

} // namespace

const QList<MatterStateMachine::Rule> &MatterStateMachine::rules()
{
    using S = MatterStatus;
    static const QList<Rule> table {
        {S::Received, S::PreReviewed, When::HasPreReview},
        {S::Received, S::Done, When::NoSteps},
        {S::Received, S::Returned, When::Always},
        {S::PreReviewed, S::Forwarded, When::HasForward},
        {S::PreReviewed, S::Done, When::NoForward},
        {S::PreReviewed, S::Returned, When::Always},
        {S::Forwarded, S::Done, When::Always},
        {S::Forwarded, S::Returned, When::Always},
        {S::Returned, S::Received, When::Resubmission},
    };
    return table;
}

QList<MatterStatus> MatterStateMachine::allowed(const intake::MatterWorkflow &workflow, MatterStatus from)
{
    QList<MatterStatus> to;
    for (const Rule &r : rules())
        if (r.from == from && holds(r.when, workflow))
            to.append(r.to);
    return to;
}

Status MatterStateMachine::check(const intake::MatterWorkflow &workflow, MatterStatus from, MatterStatus to)
{
    const Rule *row = nullptr;
    for (const Rule &r : rules())
        if (r.from == from && r.to == to)
            row = &r;
    if (row && holds(row->when, workflow))
        return Done {};
    QStringList next;
    for (const MatterStatus s : allowed(workflow, from))
        next << QStringLiteral("%1 (%2)").arg(MatterStatusText::label(s), MatterStatusText::key(s));
    const QString allowedText
        = next.isEmpty() ? tr("nothing: the matter is %1").arg(MatterStatusText::label(from)) : next.join(QStringLiteral(", "));
    const QString why = row ? whyNot(row->when) : tr("the workflow has no such step");
    return Error::badInput(QStringLiteral("to"),
                           tr("a matter cannot go from %1 (%2) to %3 (%4): %5; from %1 it may go to %6")
                               .arg(MatterStatusText::label(from), MatterStatusText::key(from), MatterStatusText::label(to),
                                    MatterStatusText::key(to), why, allowedText));
}

} // namespace tongban::workflow
