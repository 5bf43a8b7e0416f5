#pragma once

#include "common/error.h"
#include "pensioncase.h"
#include "pensionresult.h"
#include "policy/parameterset.h"

#include <QCoreApplication>

#include <memory>

namespace tongban::pension {

/// The monthly basic pension of the urban employee scheme at the start of retirement,
/// 国发〔2005〕38号, with each region's conventions from the policy data:
///
///   基础养老金   = (C + C′ × I) / 2 × N × 1 %      C 计发基数, C′ base of the indexed half (= C
///                                                 unless the case gives another), I average
///                                                 index, N contribution years incl. deemed
///   个人账户养老金 = balance / 计发月数
///   过渡性养老金 = the region's variant, see TransitionalPension (Σ parts C × index × years ×
///                 coefficient [+ 虚账实记 / divisor]; Guangdong's weighted pre-1998-07 index;
///                 Jilin's coefficient threshold on the province base)
///
/// A figure the case enters in place of the region's (calculation_base, payout_months, …)
/// shows "entered for this case" and the clerk's note (PensionCase::notes) on its line; a
/// region figure that is disputed or overridable shows its caveat on its line when used, and
/// replacing it without a note adds a warning asking for one. Add-ons the region pays without
/// a formula in the data (Jilin's 长缴增发) give a warning until entered as supplements.
///
/// Roundings (each from the region's data, overridable per case): N by "exact" (months / 12),
/// "2dp", "4dp" (half-up), "trunc-2dp" or "ceil-0.1"; C′ × I to the fen (half-up) or not at all;
/// each component half-up to the fen ("fen"), to 0.1 ("jiao") or up to 0.1 ("ceil-jiao"); the
/// total is the sum of the rounded components, or that sum rounded up to 0.1 ("ceil-jiao").
/// Payout months: the 国发〔2005〕38号 annex by whole age; from the region's start month (2025-01
/// for all shipped regions) an age with months is interpolated straight-line between whole ages
/// and rounded half-up to 0.1 (60 y 3 m → 137.3).
class PensionCalculator
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionCalculator)

public:
    explicit PensionCalculator(std::shared_ptr<const policy::ParameterSet> parameters);

    /// Computes @p input. Errors: BadInput with the case field at fault (JSON names of the
    /// CLI contract: "region", "retirement", "average_index", "transitional.parts[0].months",
    /// …) and what is allowed; MissingFigure naming a figure the data lacks
    /// ("calculation_base" with region and month, "payout_months" for an age outside the
    /// table, "indexed_wage_base" where the region's second base is not in the data,
    /// "transitional.deemed_index" where the region's deemed index is a table not in the data).
    Result<PensionResult> calculate(const PensionCase &input) const;

    /// 计发月数 for retiring at @p age in @p retirement under @p region's rule, with the line
    /// explaining it. Errors: MissingFigure ("payout_months") for ages outside 40…70.
    Result<std::pair<Rational, QString>> payoutMonths(const policy::RegionParameters &region, YearsMonths age, YearMonth retirement) const;

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

} // namespace tongban::pension
