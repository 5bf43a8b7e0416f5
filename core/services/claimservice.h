#pragma once

#include "appcontext.h"

#include "unemployment/claim.h"
#include "unemployment/claimevaluator.h"
#include "unemployment/storedclaim.h"
#include "unemployment/unemploymentrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace tongban::services {

/// Unemployment benefit claims of a person (失业保险条例 1999, 社会保险法 Art. 45–51): the
/// claims on file, the months carried into a new claim, opening a claim the evaluator found
/// eligible, and stopping one — the stop decided from the claim as stored and recorded in the
/// same transaction. Every operation runs on the store's threads.
class ClaimService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::ClaimService)

public:
    /// What the unemployment tab shows of a person's claims.
    struct Claims
    {
        QList<unemployment::StoredClaim> claims; ///< newest first
        int carriedMonths = 0; ///< months carried into the next claim (条例 Art. 17)
    };

    ClaimService(const AppContext &context, std::shared_ptr<const unemployment::UnemploymentRules> rules);

    /// The claims of @p personId and the months carried. Error (Storage).
    QFuture<Result<Claims>> claimsOf(const QString &personId) const;
    /// Stores @p assessment as an open claim of @p personId by the context's clerk; without a
    /// monthly amount only when @p withoutAmountConfirmed (the clerk confirmed it).
    /// Errors: UnemploymentClaimRepository::openClaim's ("monthly_standard" for an amount that
    /// is neither known nor confirmed missing).
    QFuture<Result<unemployment::StoredClaim>> open(const QString &personId, const unemployment::ClaimAssessment &assessment,
                                                    bool withoutAmountConfirmed = false) const;
    /// Stops the claim @p claimId on @p stopDate for @p ground (ClaimEvaluator::stop on the stored
    /// claim's period) in one transaction. A stop is recorded once its ground has arisen.
    /// Errors: BadInput ("date") for a date after the clock's today, naming the field; the
    /// evaluator's (a date before the claim, an unknown ground);
    /// UnemploymentClaimRepository::stopClaim's (unknown or already stopped).
    QFuture<Result<std::pair<unemployment::StoredClaim, unemployment::StopOutcome>>> stop(qint64 claimId, QDate stopDate,
                                                                                          const QString &ground) const;

private:
    const AppContext &m_context;
    std::shared_ptr<const unemployment::UnemploymentRules> m_rules;
};

} // namespace tongban::services
