#pragma once

#include "casefromrecords.h"
#include "pensionoutcome.h"

#include "common/money.h"
#include "common/rational.h"
#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "policy/parameterset.h"

#include <QList>

#include <memory>
#include <optional>

namespace tongban::pension {

/// The pension of one person at a chosen month from their records, as the breakdown tab and the
/// look-up show it: CaseFromRecords builds the case, PensionCalculator computes it (国发〔2005〕38号
/// and the region's rules). A plain function of its inputs, so it runs on any thread.
class PensionFromRecords
{
public:
    /// What the clerk chose.
    struct Request
    {
        insured::InsuredPerson person;
        QList<insured::ContributionRecord> records;
        std::optional<YearMonth> retirement; ///< none: the statutory month
        std::optional<Money> calculationBase; ///< 计发基数 entered, CNY/month; none: the region's published figure
        YearMonth today; ///< the current month (from the context's clock)
        std::optional<Rational> payoutMonths; ///< 计发月数 entered; none: the region's rule for the age
        QString note; ///< the clerk's note on the figures entered (both of them)
        std::optional<Money> keepPayingBase; ///< CNY/month paid on from today until the pension starts (a projection)
    };

    /// The outcome of @p request with @p parameters: the case, history and assumptions whenever
    /// the case can be built, the result when it can be computed, else the error (a missing
    /// figure names it). The outcome carries the request as a CaseOrigin (PensionOutcome::origin)
    /// so that a snapshot of it can be built again from the records later.
    static PensionOutcome run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters);

    /// What the clerk chose in @p request. A keep-paying base is paid the way the last record was
    /// (as an employee, or as a flexibly employed person paying both shares).
    static CaseOrigin originOf(const Request &request);
};

} // namespace tongban::pension
