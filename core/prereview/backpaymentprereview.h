#pragma once

#include "prereviewengine.h"

#include <QCoreApplication>

namespace tongban::prereview {

/// Pre-review of a back-payment request (engine id "back-payment"): the months asked (field
/// "back_payment_months", else the matter's first field of type month-range: {"from", "to"})
/// against the subject's stored contribution records, month by month:
/// - already paid (a record of the month, as an employee or flexibly employed): refused — a month
///   is paid once;
/// - outside what may be paid back: after the current month (not due yet); before the month the
///   person turned 16 (劳动法 第十五条: no employment below 16, so no insured month); before the
///   recorded start of work (参加工作时间); up to the month before the region's individual
///   account began (pension.deemed_until: service then is deemed service, 视同缴费, recognised
///   by the service-years recognition, not paid);
/// - missing: may be paid back. An employer's unpaid months are collected under 社会保险法
///   第六十三条 and 第八十六条 (补足 with the late fee); whether and how far back a person or an
///   employer may pay past months, and on what proof of employment, is regional (the province's
///   rules) — the finding says so. Months before the first recorded month need the proof of the
///   employment relationship then.
/// Verdict: Ready when every month asked may be paid back; NeedsAttention when some are refused
/// or outside; CannotProceed when none may be paid back.
class BackPaymentPreReview : public PreReviewEngine
{
    Q_DECLARE_TR_FUNCTIONS(tongban::prereview::BackPaymentPreReview)

public:
    QString id() const override { return QStringLiteral("back-payment"); }
    /// See the class. Errors: BadInput ("fields.back_payment_months") for a range that is not
    /// {"from": "YYYY-MM", "to": "YYYY-MM"} with from ≤ to, or longer than 1200 months.
    Result<PreReviewResult> review(const PreReviewRequest &request) const override;
};

} // namespace tongban::prereview
