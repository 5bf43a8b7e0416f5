#include "paidmonths.h"

#include <QSet>

namespace tongban::unemployment {

int PaidMonths::employeeMonthsSince(const QList<insured::ContributionRecord> &records, YearMonth lastClaimMonth, YearMonth upTo)
{
    QSet<int> months;
    for (const insured::ContributionRecord &r : records) {
        if (r.kind != insured::ContributionKind::Employee || r.month > upTo)
            continue;
        if (lastClaimMonth.isValid() && r.month <= lastClaimMonth)
            continue;
        months.insert(r.month.ordinal());
    }
    return static_cast<int>(months.size());
}

} // namespace tongban::unemployment
