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
    // The record is queued by the thread that finished the screening (a reader of the store), and
    // nobody waits for it. It used to be waited for on a thread of Qt's pool, which nothing ties
    // to the store's life: when the window closed during a sweep, the store stopped its threads
    // and was freed, and that thread then queued the record on it (a use after free, or a wait
    // that never ended and held the program at exit). A write queued by a reader's last job
    // still runs before the store is gone (StoreService's destructor).
    return screened
        .then([store, clock, clerk](const Result<sweep::SweepResult> &result) -> QFuture<Outcome> {
            if (!result) {
                Outcome failed;
                failed.error = result.error();
                return QtFuture::makeReadyFuture(std::move(failed));
            }
            return store
                ->write<sweep::SweepRecorder::Recorded>(
                    [result = *result, clock, clerk](QSqlDatabase db) { return sweep::SweepRecorder(db, clock).record(result, clerk); })
                .then([result = *result](const Result<sweep::SweepRecorder::Recorded> &recorded) {
                    Outcome outcome;
                    outcome.result = result;
                    if (recorded)
                        outcome.eventId = recorded->eventId;
                    else
                        outcome.recordError = recorded.error();
                    return outcome;
                });
        })
        .unwrap();
}

} // namespace tongban::services
