#pragma once

#include "prereviewengine.h"

#include <QCoreApplication>

namespace tongban::prereview {

/// Pre-review of a service-years recognition (工龄认定, engine id "service-years"): the periods
/// claimed (field "service_periods", else the matter's first field of type month-periods:
/// [{"from", "to", "employer"}]) against the subject's stored records and the region's data,
/// month by month:
/// - already recorded as contributions (a record of the month): nothing to recognise;
/// - already recognised: inside the stored deemed service (from the stored start of work to the
///   region's last deemed month, when the person has deemed months);
/// - may be deemed service (视同缴费年限): service up to the month before the region's individual
///   account began (pension.deemed_until: Beijing 1992-09 under 京劳社养发〔2007〕31号; 国发〔1997〕26号
///   counts the continuous service before the account as deemed contribution years);
/// - not deemable: after the account began without a record (a gap to pay back, not to
///   recognise), before the age of 16 (劳动法 第十五条), or after the current month;
/// - overlaps: months claimed by two periods.
/// The documents this needs are listed: the personnel file (人事档案) with the recruitment (招工)
/// and confirmation (转正定级) records of each period, and the employer's or its successor's
/// proof of the service. What the file must show is regional (the province's rules): said so.
/// Verdict: Ready when months may be deemed and nothing else was found; NeedsAttention with
/// overlaps, months not deemable or a region without its account start in the data;
/// CannotProceed when no month may be deemed.
class ServiceYearsPreReview : public PreReviewEngine
{
    Q_DECLARE_TR_FUNCTIONS(tongban::prereview::ServiceYearsPreReview)

public:
    QString id() const override { return QStringLiteral("service-years"); }
    /// See the class. Errors: BadInput ("fields.service_periods[i]") for a period that is not
    /// {"from": "YYYY-MM", "to": "YYYY-MM", …} with from ≤ to, or over 1200 months in all.
    Result<PreReviewResult> review(const PreReviewRequest &request) const override;
};

} // namespace tongban::prereview
