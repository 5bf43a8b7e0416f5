#include "deferralsweep.h"

#include "deferral/payer.h"
#include "insured/employer.h"
#include "storage/employerrepository.h"
#include "storage/localstore.h"
#include "storage/readtransaction.h"

#include <QSqlError>
#include <QVariant>

namespace tongban::sweep {

using storage::LocalStore;

namespace {

/// The insurance whose premiums contribution_record holds (urban employee pension).
const QString kPension = QStringLiteral("pension");

} // namespace

DeferralSweep::DeferralSweep(std::shared_ptr<const deferral::DeferralEvaluator> evaluator, Clock clock)
    : m_evaluator(std::move(evaluator))
    , m_clock(std::move(clock))
{ }

Result<SweepResult> DeferralSweep::run(QSqlDatabase db, const SweepParameters &parameters, const Progress &progress,
                                       const std::atomic_bool &cancel) const
{
    if (const Status s = parameters.validate(); !s)
        return s.error();
    if (!m_evaluator)
        return Error {Error::Kind::Unavailable, QStringLiteral("evaluator"), tr("no deferral rules were loaded")};

    SweepResult result;
    result.parameters = parameters;
    result.rulesEdition = m_evaluator->rules().edition();
    result.assumptions = parameters.assumptions();
    result.startedAt = m_clock.nowUtc();

    storage::ReadTransaction snapshot(db);
    if (!snapshot.begin())
        return LocalStore::sqlError(db.lastError(), tr("cannot start reading the employers"));

    const storage::EmployerRepository employers(db, m_clock);
    const auto total = employers.count();
    if (!total)
        return total.error();
    result.employersTotal = *total;
    if (progress)
        progress(0, result.employersTotal);

    QString after = QStringLiteral(""); // every UUID sorts after the empty text
    bool more = true;
    while (more && !cancel.load()) {
        const auto page = employers.page(after, pageSize());
        if (!page)
            return page.error();
        more = page->size() == pageSize();
        if (!page->isEmpty())
            after = page->constLast().id;

        for (const insured::Employer &e : *page) {
            if (cancel.load())
                break;
            ++result.screened;
            const bool hardHit = parameters.isHardHit(e.region);
            const auto outcome
                = m_evaluator->evaluate(deferral::Payer::fromEmployer(e, hardHit, parameters.difficultyAttested), parameters.asOf);
            if (!outcome) {
                result.skipped.append({e.id, e.name, outcome.error().field, outcome.error().message});
                continue;
            }
            if (!outcome->eligible)
                continue;
            SweepRow row;
            row.employerId = e.id;
            row.uscc = e.uscc;
            row.name = e.name;
            row.industryCode = e.industryCode;
            row.industryLabel = outcome->industryLabel;
            row.sizeClass = e.sizeClass;
            row.kind = e.kind;
            row.region = e.region;
            row.hardHitArea = hardHit;
            for (const deferral::InsuranceOutcome &answer : outcome->insurances) {
                SweepInsurance line;
                line.insurance = answer.insurance;
                line.eligible = answer.eligible && answer.from && answer.to;
                line.share = answer.share;
                line.payBackBy = answer.payBackBy;
                if (line.eligible) {
                    line.from = *answer.from;
                    line.to = *answer.to;
                    if (!answer.rule.isEmpty() && !row.rules.contains(answer.rule)) {
                        row.rules.append(answer.rule);
                        row.ruleNames.append(answer.ruleLabel);
                    }
                }
                if (line.eligible && line.insurance == kPension) {
                    const auto paid = employers.pensionPremiums(e.id, line.from, line.to);
                    if (!paid)
                        return paid.error();
                    line.amount = paid->employerShare;
                    line.recordMonths = paid->months;
                    line.records = paid->records;
                    result.pensionTotal += *line.amount;
                }
                row.insurances.append(std::move(line));
            }
            result.rows.append(std::move(row));
        }
        if (progress)
            progress(result.screened, result.employersTotal);
    }
    result.cancelled = result.screened < result.employersTotal && cancel.load();
    result.finishedAt = m_clock.nowUtc();
    return result;
}

} // namespace tongban::sweep
