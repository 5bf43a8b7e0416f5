#pragma once

#include "prereviewengine.h"

#include <QCoreApplication>
#include <QDate>

namespace tongban::prereview {

/// Pre-review of a benefit eligibility verification (待遇资格认证, engine id
/// "eligibility-verification"): records the method (field "verification_method": "counter",
/// "home" or "outreach") and the verification date (today, from the clock), and gives the date the
/// next one falls due: one verification within every 12 months after the last
/// (《社会保险待遇资格认证经办规程（暂行）》, 人社厅发〔2018〕107号; local notices restate it as
/// "每年认证一次 … 距离上一次认证时间之后的12个月内必须认证一次", payment being suspended after it
/// lapses and resumed with arrears on verification — confidence MEDIUM: the number as the brief and
/// the local notices give it, the ministry's text not read here).
///
/// Refuses (CannotProceed) a subject who certainly draws no benefit: one still paying pension
/// contributions (a record of the current month, or of the previous month while below the
/// earliest flexible retirement age, 人社部发〔2024〕94号) and without an open unemployment claim.
/// A subject below that age without recent contributions or a claim is NeedsAttention (an early
/// retirement for a special post or illness, or a work-injury benefit, is not in this store).
class EligibilityVerificationPreReview : public PreReviewEngine
{
    Q_DECLARE_TR_FUNCTIONS(tongban::prereview::EligibilityVerificationPreReview)

public:
    QString id() const override { return QStringLiteral("eligibility-verification"); }
    /// See the class. Errors: BadInput ("fields.verification_method") for a method other than
    /// "counter", "home" or "outreach".
    Result<PreReviewResult> review(const PreReviewRequest &request) const override;

    /// The day the verification after one on @p verified falls due: 12 months later (the same day
    /// of the month, or the month's last day when it has fewer days). 人社厅发〔2018〕107号.
    static QDate nextDue(QDate verified);
};

} // namespace tongban::prereview
