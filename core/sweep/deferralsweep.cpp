#include "deferralsweep.h"

#include "deferral/payer.h"
#include "insured/employer.h"
#include "storage/localstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace tongban::sweep {

using storage::LocalStore;

namespace {

/// The insurance whose premiums contribution_record holds (urban employee pension).
const QString kPension = QStringLiteral("pension");

/// A read transaction (BEGIN … ROLLBACK): one snapshot for the whole sweep.
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    { }
    ~ReadTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;
    bool begin() { return m_active = m_db.transaction(); }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace

DeferralSweep::DeferralSweep(std::shared_ptr<const deferral::DeferralEvaluator> evaluator, std::function<QDateTime()> clock)
    : m_evaluator(std::move(evaluator))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
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
    result.startedAt = m_clock().toUTC();

    ReadTransaction snapshot(db);
    if (!snapshot.begin())
        return LocalStore::sqlError(db.lastError(), tr("cannot start reading the employers"));

    {
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM employer")) || !count.next())
            return LocalStore::queryError(count, tr("cannot count the employers"));
        result.employersTotal = count.value(0).toLongLong();
    }
    if (progress)
        progress(0, result.employersTotal);

    QSqlQuery page(db);
    page.setForwardOnly(true);
    if (!page.prepare(QStringLiteral("SELECT id, uscc, name, industry_code, size_class, kind, region FROM employer"
                                     " WHERE id > :after ORDER BY id LIMIT :limit")))
        return LocalStore::queryError(page, tr("cannot prepare the employer query"));
    QSqlQuery amounts(db);
    amounts.setForwardOnly(true);
    if (!amounts.prepare(QStringLiteral("SELECT COALESCE(SUM(employer_fen), 0), COUNT(DISTINCT month), COUNT(*)"
                                        " FROM contribution_record"
                                        " WHERE employer_id = :employer AND kind = 'employee' AND month BETWEEN :from AND :to")))
        return LocalStore::queryError(amounts, tr("cannot prepare the contribution query"));

    QString after = QStringLiteral(""); // every UUID sorts after the empty text (a null QString would bind NULL)
    bool more = true;
    while (more && !cancel.load()) {
        page.bindValue(QStringLiteral(":after"), after);
        page.bindValue(QStringLiteral(":limit"), pageSize());
        if (!page.exec())
            return LocalStore::queryError(page, tr("cannot read the employers"));
        QList<insured::Employer> employers;
        while (page.next()) {
            insured::Employer e;
            e.id = page.value(0).toString();
            e.uscc = page.value(1).toString();
            e.name = page.value(2).toString();
            e.industryCode = page.value(3).toString();
            e.sizeClass = page.value(4).toString();
            e.kind = page.value(5).toString();
            e.region = page.value(6).toString();
            employers.append(std::move(e));
        }
        page.finish();
        more = employers.size() == pageSize();
        if (!employers.isEmpty())
            after = employers.constLast().id;

        for (const insured::Employer &e : std::as_const(employers)) {
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
                    if (!answer.rule.isEmpty() && !row.rules.contains(answer.rule))
                        row.rules.append(answer.rule);
                }
                if (line.eligible && line.insurance == kPension) {
                    amounts.bindValue(QStringLiteral(":employer"), e.id);
                    amounts.bindValue(QStringLiteral(":from"), line.from.toString());
                    amounts.bindValue(QStringLiteral(":to"), line.to.toString());
                    if (!amounts.exec() || !amounts.next())
                        return LocalStore::queryError(amounts, tr("cannot sum the contributions of %1").arg(e.name));
                    line.amount = Money::fromFen(amounts.value(0).toLongLong());
                    line.recordMonths = amounts.value(1).toInt();
                    line.records = amounts.value(2).toInt();
                    amounts.finish();
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
    result.finishedAt = m_clock().toUTC();
    return result;
}

} // namespace tongban::sweep
