#pragma once

#include "prereviewengine.h"

#include "unemployment/unemploymentrules.h"

#include <QCoreApplication>

#include <memory>

namespace tongban::prereview {

/// Pre-review of an unemployment benefit claim (engine id "unemployment-claim"), through
/// unemployment::ClaimEvaluator on the rules of the data (失业保险条例 1999 Art. 14–18,
/// 社会保险法 Art. 45–50):
/// - the claim: region = the subject's pooling region; date = field "claim_date" (else today);
///   months paid = the employee months of the stored records since the newest stored claim
///   (unemployment::PaidMonths: the time counts afresh after a claim, 条例 Art. 17; the clerk
///   confirms it against the unemployment insurance record); months carried = the months left of
///   the newest claim when it was stopped on a ground that keeps them; job-loss reason = field
///   "job_loss_reason" (a key of the data's list); registered = field "unemployment_registered"
///   (boolean; absent = not yet registered); the statutory retirement month (benefit ends where
///   the pension begins);
/// - eligibility (at least one year paid, involuntary job loss, registered), the months of benefit
///   by the years paid (12 / 18 / 24, with the carried months, at most 24) and the monthly
///   standard of the region where the data has one;
/// - an open claim whose benefit period still runs refuses a new one (stop it first).
/// Verdict: Ready when eligible with an amount; NeedsAttention when eligible but the amount is not
/// in the data, or an input is missing (reason, registration); CannotProceed when a condition fails.
class UnemploymentClaimPreReview : public PreReviewEngine
{
    Q_DECLARE_TR_FUNCTIONS(tongban::prereview::UnemploymentClaimPreReview)

public:
    /// @p rules: the unemployment rules (UnemploymentRules::loadBuiltIn), or @p loadError when
    /// they could not be loaded (every review then returns it).
    UnemploymentClaimPreReview(std::shared_ptr<const unemployment::UnemploymentRules> rules, QString loadError = {});

    QString id() const override { return QStringLiteral("unemployment-claim"); }
    /// See the class. Errors: MissingFigure ("unemployment_rules") when the rules did not load.
    Result<PreReviewResult> review(const PreReviewRequest &request) const override;

private:
    std::shared_ptr<const unemployment::UnemploymentRules> m_rules;
    QString m_loadError;
};

} // namespace tongban::prereview
