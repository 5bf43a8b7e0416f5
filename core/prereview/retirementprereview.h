#pragma once

#include "prereviewengine.h"

#include <QCoreApplication>

namespace tongban::prereview {

/// Pre-review of a retirement application (engine id "retirement"), from the subject's stored
/// person and contribution history:
/// - the statutory retirement month under the gradual increase of the retirement age and the
///   window of flexible retirement (earliest, latest) — retirement::RetirementRule
///   (全国人大常委会关于实施渐进式延迟法定退休年龄的决定, 2024-09-13, and the State Council
///   办法, in force 2025-01-01; flexible retirement 人社部发〔2024〕94号);
/// - the requested month (field "retirement_month", else the matter's first month field, else
///   the statutory month): before the earliest flexible month or after the latest one, or early
///   without the minimum contribution period (人社部发〔2024〕94号: early retirement only once
///   the minimum is met) → CannotProceed with why;
/// - the minimum contribution period of the year the statutory age is reached (15 years through
///   2029, +6 months a year from 2030, 20 years from 2039; ParameterSet::minimumContributionMonths)
///   against the months recorded before the requested month plus the deemed months: met, or the
///   months missing (NeedsAttention: the person may keep paying or pay in one sum up to the
///   minimum, 《实施〈中华人民共和国社会保险法〉若干规定》人社部令第13号 第二条 and the 办法);
/// - an estimated monthly pension from the records (pension::CaseFromRecords with the figures
///   not yet published assumed, as a scenario does; 国发〔2005〕38号 and the region's rules): the
///   account as of today, no months projected; said to be an estimate, with its calculation base.
///   In the details, "estimate": its amounts (total, basic_pension, individual_account_pension,
///   transitional_pension, supplements, calculation_base) are JSON numbers in CNY (yuan, exact to
///   the fen), as every amount of tongban-cli's output; "region" is the region's name.
class RetirementPreReview : public PreReviewEngine
{
    Q_DECLARE_TR_FUNCTIONS(tongban::prereview::RetirementPreReview)

public:
    QString id() const override { return QStringLiteral("retirement"); }
    /// See the class. Errors: none for a matter (every problem is a finding); MissingFigure when
    /// the request has no parameters.
    Result<PreReviewResult> review(const PreReviewRequest &request) const override;
};

} // namespace tongban::prereview
