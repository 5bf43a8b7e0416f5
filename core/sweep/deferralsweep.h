#pragma once

#include "sweepresult.h"

#include "common/clock.h"
#include "common/error.h"
#include "deferral/deferralevaluator.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>

namespace tongban::sweep {

/// The 免申即享 sweep: screens every employer of the local store with the DeferralEvaluator and
/// lists the eligible ones with their deferrable amounts, without waiting for an application.
///
/// How: one read transaction (a consistent snapshot of the WAL database while others write);
/// the employer table is read in pages of pageSize() rows ordered by id (keyset paging with a
/// prepared statement, so memory stays flat for 100,000 employers); each employer becomes a
/// deferral::Payer (Payer::fromEmployer) with hard_hit_area from the parameters' regions and
/// temporary_difficulty = parameters.difficultyAttested, and is evaluated as of
/// parameters.asOf. For an eligible employer the pension amount is Σ employer_fen of its
/// employee records (storage::EmployerRepository::pensionPremiums) in the pension's deferrable premium
/// months — the employer share, which is what 人社厅发〔2022〕16号 and 人社部发〔2022〕31号 let
/// units defer; the employee share is still withheld and paid. Unemployment and work-injury
/// premiums are not in the records: their amount is "not in the records" (std::nullopt).
///
/// Runs on the calling thread with the caller's connection (a background task opens its own
/// LocalStore). Cooperative cancel: @c cancel is read before every employer; a cancelled sweep
/// returns the partial result with cancelled = true.
class DeferralSweep
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sweep::DeferralSweep)

public:
    /// Called after every page and once at the start: employers screened so far, employers in
    /// all. Monotonic; the last call of a sweep that was not cancelled has done == total.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// A sweep with @p evaluator (shared, read only: evaluate() is const). @p clock gives
    /// startedAt / finishedAt (UTC).
    DeferralSweep(std::shared_ptr<const deferral::DeferralEvaluator> evaluator, Clock clock);

    /// Employers read per page.
    static constexpr int pageSize() { return 250; }

    /// Screens every employer in @p db (an open local-store connection of the calling thread).
    /// Errors: BadInput from SweepParameters::validate(); Unavailable ("evaluator") without an
    /// evaluator; Storage (the driver's text). An employer the evaluator refuses (bad industry
    /// code, unknown kind) is not an error: it is listed in SweepResult::skipped with the reason.
    Result<SweepResult> run(QSqlDatabase db, const SweepParameters &parameters, const Progress &progress,
                            const std::atomic_bool &cancel) const;

private:
    std::shared_ptr<const deferral::DeferralEvaluator> m_evaluator;
    Clock m_clock;
};

} // namespace tongban::sweep
