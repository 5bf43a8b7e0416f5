#pragma once

#include "prereviewengine.h"

#include "unemployment/unemploymentrules.h"

#include <QCoreApplication>

#include <memory>

namespace tongban::prereview {

/// Pre-review of a stop of unemployment benefit (失业保险待遇停发, engine id "unemployment-stop"),
/// through unemployment::ClaimEvaluator::stop on the subject's open claim as stored (失业保险条例
/// Art. 15, 17; 社会保险法 Art. 51):
/// - the open claim (the newest claim not stopped): none → CannotProceed;
/// - the ground = field "stop_ground" (a key of the data's stop grounds: "re-employed", …), the
///   date = field "stop_date" (the day the ground arose; else today); a date after today →
///   CannotProceed (a stop is recorded once its ground has arisen, as ClaimService says);
/// - the first month no longer paid, the months received and left, and whether the months left
///   are kept for a later claim.
/// Verdict: Ready with the figures; NeedsAttention when the ground is missing; CannotProceed as above
/// or when the evaluator refuses the date or the ground.
class UnemploymentStopPreReview : public PreReviewEngine
{
    Q_DECLARE_TR_FUNCTIONS(tongban::prereview::UnemploymentStopPreReview)

public:
    /// As UnemploymentClaimPreReview's.
    UnemploymentStopPreReview(std::shared_ptr<const unemployment::UnemploymentRules> rules, QString loadError = {});

    QString id() const override { return QStringLiteral("unemployment-stop"); }
    /// See the class. Errors: MissingFigure ("unemployment_rules") when the rules did not load.
    Result<PreReviewResult> review(const PreReviewRequest &request) const override;

private:
    std::shared_ptr<const unemployment::UnemploymentRules> m_rules;
    QString m_loadError;
};

} // namespace tongban::prereview
