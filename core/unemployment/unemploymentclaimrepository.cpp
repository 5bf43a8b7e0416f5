#include "unemploymentclaimrepository.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace tongban::unemployment {

using storage::LocalStore;
using storage::WriteTransaction;

namespace {

const QString kColumns
    = QStringLiteral("id, person_id, region, claim_date, first_month, job_loss_reason, months_paid, band_months, carried_months,"
                     " months_entitled, monthly_amount_fen, amount_source, clerk, status, stop_date, stop_ground, first_unpaid_month,"
                     " months_received, months_left, months_left_carried, created_at");

StoredClaim claimFrom(const QSqlQuery &q)
{
    StoredClaim c;
    c.id = q.value(0).toLongLong();
    c.personId = q.value(1).toString();
    c.region = q.value(2).toString();
    c.claimDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.firstMonth = YearMonth::parse(q.value(4).toString()).value_or(YearMonth());
    c.jobLossReason = q.value(5).toString();
    c.monthsPaid = q.value(6).toInt();
    c.bandMonths = q.value(7).toInt();
    c.carriedMonths = q.value(8).toInt();
    c.monthsEntitled = q.value(9).toInt();
    if (!q.value(10).isNull())
        c.monthlyAmount = Money::fromFen(q.value(10).toLongLong());
    c.amountSource = q.value(11).toString();
    c.clerk = q.value(12).toString();
    c.stopped = q.value(13).toString() == u"stopped";
    if (c.stopped) {
        StopOutcome s;
        s.stopDate = QDate::fromString(q.value(14).toString(), Qt::ISODate);
        s.ground = q.value(15).toString();
        s.firstUnpaidMonth = YearMonth::parse(q.value(16).toString()).value_or(YearMonth());
        s.monthsReceived = q.value(17).toInt();
        s.monthsLeft = q.value(18).toInt();
        s.monthsLeftCarried = q.value(19).toInt() == 1;
        c.stop = s;
    }
    c.createdAt = q.value(20).toString();
    return c;
}

} // namespace

UnemploymentClaimRepository::UnemploymentClaimRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

QString UnemploymentClaimRepository::now() const
{
    return storage::StoredTime::toText(m_clock.nowUtc());
}

Result<StoredClaim> UnemploymentClaimRepository::openClaim(const QString &personId, const ClaimAssessment &assessment, const QString &clerk,
                                                           bool withoutAmountConfirmed)
{
    if (!assessment.eligible || assessment.entitlementMonths <= 0)
        return Error::badInput(QStringLiteral("eligible"), tr("only an eligible claim can be opened"));
    // 条例 Art. 18: the benefit is paid at the region's standard; an unknown one is entered, or
    // the opening without it is the clerk's explicit decision.
    if (!assessment.monthlyAmount && !withoutAmountConfirmed)
        return Error::badInput(QStringLiteral("monthly_standard"),
                               tr("the monthly standard is not known (%1): enter it with a note saying where it comes from, or confirm "
                                  "that the claim opens without a monthly amount")
                                   .arg(assessment.amountMissingReason));
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();

    // Read inside the write transaction: no other connection can open a claim in between.
    QSqlQuery latest(m_db);
    latest.prepare(QStringLiteral("SELECT ") + kColumns
                   + QStringLiteral(" FROM unemployment_claim WHERE person_id = :person ORDER BY claim_date DESC, id DESC LIMIT 1"));
    latest.bindValue(QStringLiteral(":person"), personId);
    if (!latest.exec())
        return LocalStore::queryError(latest, tr("cannot read the person's claims"));
    if (latest.next()) {
        const StoredClaim last = claimFrom(latest);
        if (last.claimDate > assessment.input.claimDate)
            return Error::badInput(QStringLiteral("claim_date"),
                                   tr("the person has a later claim, dated %1").arg(last.claimDate.toString(Qt::ISODate)));
        if (!last.stopped && last.lastMonth() >= assessment.firstMonth)
            return Error::badInput(QStringLiteral("claim_date"),
                                   tr("the claim of %1 is still open until %2: stop it first")
                                       .arg(last.claimDate.toString(Qt::ISODate), last.lastMonth().toString()));
    }

    const QString stamp = now();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO unemployment_claim (person_id, region, claim_date, first_month, job_loss_reason, months_paid,"
                             " band_months, carried_months, months_entitled, monthly_amount_fen, amount_source, clerk, status,"
                             " created_at, updated_at)"
                             " VALUES (:person, :region, :date, :first, :reason, :paid, :band, :carried, :entitled, :fen, :source,"
                             " :clerk, 'open', :now, :now)"));
    q.bindValue(QStringLiteral(":person"), personId);
    q.bindValue(QStringLiteral(":region"), assessment.input.region);
    q.bindValue(QStringLiteral(":date"), assessment.input.claimDate.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":first"), assessment.firstMonth.toString());
    q.bindValue(QStringLiteral(":reason"), assessment.input.jobLossReason);
    q.bindValue(QStringLiteral(":paid"), assessment.input.monthsPaid);
    q.bindValue(QStringLiteral(":band"), assessment.bandMonths);
    q.bindValue(QStringLiteral(":carried"), assessment.carriedMonths);
    q.bindValue(QStringLiteral(":entitled"), assessment.entitlementMonths);
    q.bindValue(QStringLiteral(":fen"),
                assessment.monthlyAmount ? QVariant(assessment.monthlyAmount->fen()) : QVariant(QMetaType::fromType<qlonglong>()));
    // A null QString binds as SQL NULL: these columns are NOT NULL, '' when empty.
    const auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    q.bindValue(QStringLiteral(":source"),
                text(assessment.monthlyAmount
                         ? assessment.amountSource
                         : tr("%1; opened without a monthly amount, as the clerk confirmed").arg(assessment.amountMissingReason)));
    q.bindValue(QStringLiteral(":clerk"), text(clerk));
    q.bindValue(QStringLiteral(":now"), stamp);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot store the claim"));
    const qint64 id = q.lastInsertId().toLongLong();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return loadClaim(id);
}

Result<StoredClaim> UnemploymentClaimRepository::stopClaim(qint64 claimId, const StopOutcome &stop)
{
    const auto stopped = stopClaim(claimId, [&stop](const StoredClaim &) { return Result<StopOutcome>(stop); });
    if (!stopped)
        return stopped.error();
    return stopped->first;
}

Result<std::pair<StoredClaim, StopOutcome>> UnemploymentClaimRepository::stopClaim(qint64 claimId, const StopDecision &decide)
{
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto current = loadClaim(claimId);
    if (!current)
        return current.error();
    if (current->stopped)
        return Error::badInput(QStringLiteral("claim"),
                               tr("the claim of %1 was already stopped on %2")
                                   .arg(current->claimDate.toString(Qt::ISODate), current->stop->stopDate.toString(Qt::ISODate)));
    const auto decided = decide(*current);
    if (!decided)
        return decided.error();
    const StopOutcome &stop = *decided;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE unemployment_claim SET status = 'stopped', stop_date = :date, stop_ground = :ground,"
                             " first_unpaid_month = :unpaid, months_received = :received, months_left = :left,"
                             " months_left_carried = :carried, updated_at = :now, version = version + 1"
                             " WHERE id = :id AND status = 'open'"));
    q.bindValue(QStringLiteral(":date"), stop.stopDate.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":ground"), stop.ground);
    q.bindValue(QStringLiteral(":unpaid"), stop.firstUnpaidMonth.toString());
    q.bindValue(QStringLiteral(":received"), stop.monthsReceived);
    q.bindValue(QStringLiteral(":left"), stop.monthsLeft);
    q.bindValue(QStringLiteral(":carried"), stop.monthsLeftCarried ? 1 : 0);
    q.bindValue(QStringLiteral(":now"), now());
    q.bindValue(QStringLiteral(":id"), claimId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot record the stop"));
    if (q.numRowsAffected() != 1)
        return Error::storage(tr("the claim changed while it was being stopped"));
    const auto stored = loadClaim(claimId);
    if (!stored)
        return stored.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return std::make_pair(*stored, stop);
}

Result<StoredClaim> UnemploymentClaimRepository::loadClaim(qint64 claimId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM unemployment_claim WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), claimId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the claim"));
    if (!q.next())
        return Error::notFound(QStringLiteral("claim"), tr("no unemployment benefit claim with number %1").arg(claimId));
    return claimFrom(q);
}

Result<QList<StoredClaim>> UnemploymentClaimRepository::claimsOf(const QString &personId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM unemployment_claim WHERE person_id = :person ORDER BY claim_date DESC, id DESC"));
    q.bindValue(QStringLiteral(":person"), personId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the person's claims"));
    QList<StoredClaim> claims;
    while (q.next())
        claims << claimFrom(q);
    return claims;
}

Result<int> UnemploymentClaimRepository::monthsCarriedIntoNextClaim(const QString &personId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, months_left, months_left_carried FROM unemployment_claim WHERE person_id = :person"
                             " ORDER BY claim_date DESC, id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":person"), personId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the person's claims"));
    if (!q.next() || q.value(0).toString() != u"stopped" || q.value(2).toInt() != 1)
        return 0;
    return q.value(1).toInt();
}

} // namespace tongban::unemployment
