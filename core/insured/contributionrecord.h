#pragma once

#include "common/money.h"
#include "common/yearmonth.h"

#include <QString>

namespace tongban::insured {

/// How a month was paid: by an employer for an employee, or by the person as a flexibly
/// employed person (灵活就业人员, who pays both shares on a base chosen within the bounds).
enum class ContributionKind { Employee, Flexible };

/// "employee" / "flexible".
QString contributionKindKey(ContributionKind kind);
std::optional<ContributionKind> contributionKindFromKey(QStringView key);

/// One month of urban employee pension contributions.
struct ContributionRecord
{
    YearMonth month;
    Money base; ///< 缴费基数, CNY per month
    Money employerAmount; ///< employer's share paid (0 for flexible)
    Money personalAmount; ///< person's share paid (for flexible: the whole 20%)
    ContributionKind kind = ContributionKind::Employee;
    QString employerId; ///< Employer::id, empty for flexible
    QString region; ///< GB/T 2260 code of the region where it was paid
};

} // namespace tongban::insured
