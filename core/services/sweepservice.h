#pragma once

#include "appcontext.h"

#include "deferral/deferralevaluator.h"
#include "sweep/deferralsweep.h"
#include "sweep/sweepparameters.h"
#include "sweep/sweepresult.h"

#include <QFuture>

#include <atomic>
#include <memory>
#include <optional>

namespace tongban::services {

/// The 免申即享 sweep as the back office runs it: every employer of the local store screened for
/// the 2022 premium deferral (sweep::DeferralSweep, one read snapshot on a reader thread, with
/// progress and cooperative cancel), then recorded by the context's clerk (sweep::SweepRecorder,
/// on the writer) — a cancelled sweep too, with its partial counts.
class SweepService
{
public:
    /// What a sweep produced.
    struct Outcome
    {
        std::optional<sweep::SweepResult> result;
        std::optional<Error> error; ///< the sweep itself failed: nothing was screened or recorded
        QString eventId; ///< the recorded session_event
        std::optional<Error> recordError; ///< screened, but the record could not be written
    };

    SweepService(const AppContext &context, std::shared_ptr<const deferral::DeferralEvaluator> evaluator);

    /// Runs the sweep with @p parameters. @p progress is called on the reader thread (see
    /// DeferralSweep::Progress); setting @p cancel stops it after the employer in hand.
    QFuture<Outcome> run(const sweep::SweepParameters &parameters, sweep::DeferralSweep::Progress progress,
                         std::shared_ptr<const std::atomic_bool> cancel) const;

private:
    const AppContext &m_context;
    std::shared_ptr<const deferral::DeferralEvaluator> m_evaluator;
};

} // namespace tongban::services
