#include "sweepservice.h"

#include "storage/storeservice.h"
#include "sweep/sweeprecorder.h"

namespace tongban::services {

SweepService::SweepService(const AppContext &context, std::shared_ptr<const deferral::DeferralEvaluator> evaluator)
    : m_context(context)
    , m_evaluator(std::move(evaluator))
{ }

QFuture<SweepService::Outcome> SweepService::run(const sweep::SweepParameters &parameters, sweep::DeferralSweep::Progress progress,
                                                 std::shared_ptr<const std::atomic_bool> cancel) const
{
    storage::StoreService *store = &m_context.store();
    const Clock clock = m_context.clock();
    const QString clerk = m_context.clerk();
    auto screened = store->read<sweep::SweepResult>([evaluator = m_evaluator, clock, parameters, progress, cancel](QSqlDatabase db) {
        return sweep::DeferralSweep(evaluator, clock).run(db, parameters, progress, *cancel);
    });
    // The record waits for the writer: on a thread of Qt's pool, never on the caller's.
    return screened.then(QtFuture::Launch::Async, [store, clock, clerk](const Result<sweep::SweepResult> &result) {
        Outcome outcome;
        if (!result) {
            outcome.error = result.error();
            return outcome;
        }
        outcome.result = *result;
        const auto recorded = store
                                  ->write<sweep::SweepRecorder::Recorded>([result = *result, clock, clerk](QSqlDatabase db) {
                                      return sweep::SweepRecorder(db, clock).record(result, clerk);
                                  })
                                  .result();
        if (recorded)
            outcome.eventId = recorded->eventId;
        else
            outcome.recordError = recorded.error();
        return outcome;
    });
}

} // namespace tongban::services
