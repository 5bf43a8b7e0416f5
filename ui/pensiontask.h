#pragma once

#include "common/money.h"
#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pension/casefromrecords.h"
#include "pensionoutcome.h"
#include "policy/parameterset.h"

#include <QList>

#include <memory>
#include <optional>

namespace tongban::ui {

/// The pension of one person at a chosen month, computed by core (pension::CaseFromRecords then
/// PensionCalculator). A plain function of its inputs, so it runs on any thread.
class PensionTask
{
public:
    struct Request
    {
        insured::InsuredPerson person;
        QList<insured::ContributionRecord> records;
        std::optional<YearMonth> retirement; ///< none: the statutory month
        std::optional<Money> calculationBase; ///< none: the region's published figure
        YearMonth today;
        std::optional<Rational> payoutMonths; ///< none: the region's rule for the age
        QString note;                         ///< the clerk's note on the figures entered (both of them)
        std::optional<Money> keepPayingBase;  ///< paid on from today until the pension starts (a projection)
    };

    /// The outcome carries the request as a pension::CaseOrigin (PensionOutcome::origin), so that
    /// a snapshot of it can be built again from the records later.
    static PensionOutcome run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters);
    /// What the clerk chose in @p request; a keep-paying base is paid the way the last record was.
    static pension::CaseOrigin originOf(const Request &request);
};

} // namespace tongban::ui
