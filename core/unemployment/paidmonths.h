#pragma once

#include "common/yearmonth.h"
#include "insured/contributionrecord.h"

#include <QList>

namespace tongban::unemployment {

/// A first guess at the months paid to unemployment insurance, for the clerk to confirm.
///
/// The local store holds pension contribution records only. An employee's employer pays the
/// unemployment premium for the same months as the pension premium in the usual case, so the
/// months with an employee record are the pre-filled figure; flexibly employed months are not
/// counted (a flexibly employed person is, as a rule, outside unemployment insurance). The
/// clerk confirms or corrects the figure against the unemployment insurance record.
class PaidMonths
{
public:
    /// Distinct months with an employee record in @p records that lie after @p lastClaimMonth
    /// (the contribution time counts afresh after a claim, 失业保险条例 Art. 17; pass an invalid
    /// YearMonth when there was no claim) and not after @p upTo. Months, 0 or more.
    static int employeeMonthsSince(const QList<insured::ContributionRecord> &records, YearMonth lastClaimMonth, YearMonth upTo);
};

} // namespace tongban::unemployment
