#include "claimservice.h"

#include "storage/storeservice.h"
#include "unemployment/unemploymentclaimrepository.h"

namespace tongban::services {

using unemployment::StopOutcome;
using unemployment::StoredClaim;
using unemployment::UnemploymentClaimRepository;

ClaimService::ClaimService(const AppContext &context, std::shared_ptr<const unemployment::UnemploymentRules> rules)
    : m_context(context)
    , m_rules(std::move(rules))
{ }

QFuture<Result<ClaimService::Claims>> ClaimService::claimsOf(const QString &personId) const
{
    return m_context.store().read<Claims>([personId, clock = m_context.clock()](QSqlDatabase db) -> Result<Claims> {
        const UnemploymentClaimRepository repository(db, clock);
        auto claims = repository.claimsOf(personId);
        if (!claims)
            return claims.error();
        const auto carried = repository.monthsCarriedIntoNextClaim(personId);
        if (!carried)
            return carried.error();
        return Claims {std::move(claims).value(), *carried};
    });
}

QFuture<Result<StoredClaim>> ClaimService::open(const QString &personId, const unemployment::ClaimAssessment &assessment,
                                                bool withoutAmountConfirmed) const
{
    return m_context.store().write<StoredClaim>(
        [personId, assessment, withoutAmountConfirmed, clerk = m_context.clerk(), clock = m_context.clock()](QSqlDatabase db) {
            return UnemploymentClaimRepository(db, clock).openClaim(personId, assessment, clerk, withoutAmountConfirmed);
        });
}

QFuture<Result<std::pair<StoredClaim, StopOutcome>>> ClaimService::stop(qint64 claimId, QDate stopDate, const QString &ground) const
{
    return m_context.store().write<std::pair<StoredClaim, StopOutcome>>(
        [claimId, stopDate, ground, rules = m_rules,
         clock = m_context.clock()](QSqlDatabase db) -> Result<std::pair<StoredClaim, StopOutcome>> {
            // Payment stops once the ground has arisen (失业保险条例 Art. 15): a future day is not a
            // stop to record yet.
            if (stopDate.isValid() && stopDate > clock.today())
                return Error::badInput(QStringLiteral("date"),
                                       tr("the date the ground arose, %1, is after today (%2): a stop is recorded once its ground has "
                                          "arisen; enter that day, today at the latest")
                                           .arg(stopDate.toString(Qt::ISODate), clock.today().toString(Qt::ISODate)));
            const unemployment::ClaimEvaluator evaluator(rules);
            return UnemploymentClaimRepository(db, clock).stopClaim(
                claimId, [&](const StoredClaim &claim) { return evaluator.stop(claim.period(), stopDate, ground); });
        });
}

} // namespace tongban::services
