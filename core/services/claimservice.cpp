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

QFuture<Result<StoredClaim>> ClaimService::open(const QString &personId, const unemployment::ClaimAssessment &assessment) const
{
    return m_context.store().write<StoredClaim>(
        [personId, assessment, clerk = m_context.clerk(), clock = m_context.clock()](QSqlDatabase db) {
            return UnemploymentClaimRepository(db, clock).openClaim(personId, assessment, clerk);
        });
}

QFuture<Result<std::pair<StoredClaim, StopOutcome>>> ClaimService::stop(qint64 claimId, QDate stopDate, const QString &ground) const
{
    return m_context.store().write<std::pair<StoredClaim, StopOutcome>>(
        [claimId, stopDate, ground, rules = m_rules, clock = m_context.clock()](QSqlDatabase db) {
            const unemployment::ClaimEvaluator evaluator(rules);
            return UnemploymentClaimRepository(db, clock).stopClaim(
                claimId, [&](const StoredClaim &claim) { return evaluator.stop(claim.period(), stopDate, ground); });
        });
}

} // namespace tongban::services
