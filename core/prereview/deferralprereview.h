#pragma once

#include "prereviewengine.h"

#include "deferral/deferralevaluator.h"

#include <QCoreApplication>

#include <optional>

namespace tongban::prereview {

/// Pre-review of an employer's premium deferral application (阶段性缓缴社会保险费, engine id
/// "deferral"), through deferral::DeferralEvaluator on the 2022 rules of the data (人社部发〔2022〕
/// 23号, 人社厅发〔2022〕16号, 人社部发〔2022〕31号, 人社厅发〔2022〕50号):
/// - the employer = the stored employer of the matter's USCC (field "uscc", else the matter's
///   first field of type uscc): its kind, industry (GB/T 4754-2017) and size as stored; whether
///   it lies in an area hard hit by the epidemic and has a temporary difficulty are the fields
///   "hard_hit_area" and "temporary_difficulty" (booleans the clerk attests; absent = false);
/// - evaluated on today (the application date): per insurance eligible or not, the deferrable
///   premium months, whose share, pay back by when; the decisive reason first (an application
///   period that ended is the usual answer after 2022).
/// Verdict: Ready when eligible for at least one insurance; CannotProceed when not (the
/// evaluator's headline says why); NeedsAttention when the employer is not stored (its kind,
/// industry and size unknown) or its data does not pass the payer check.
class DeferralPreReview : public PreReviewEngine
{
    Q_DECLARE_TR_FUNCTIONS(tongban::prereview::DeferralPreReview)

public:
    /// @p evaluator: built from DeferralRules::loadBuiltIn and IndustryCatalog::loadBuiltIn; or
    /// std::nullopt with @p loadError when they could not be loaded.
    explicit DeferralPreReview(std::optional<deferral::DeferralEvaluator> evaluator, QString loadError = {});

    QString id() const override { return QStringLiteral("deferral"); }
    /// See the class. Errors: MissingFigure ("deferral_rules") when the rules did not load.
    Result<PreReviewResult> review(const PreReviewRequest &request) const override;

private:
    std::optional<deferral::DeferralEvaluator> m_evaluator;
    QString m_loadError;
};

} // namespace tongban::prereview
