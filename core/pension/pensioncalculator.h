#pragma once

#include "common/error.h"
#include "pensioncase.h"
#include "pensionresult.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QStringList>

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
/// Roundings (each from the region's data, overridable per case; PensionRounding): N by "exact"
/// (months / 12), "2dp", "4dp" (half-up), "trunc-2dp", "ceil-0.1", "ceil-0.5" (up to the half
/// year, Fujian) or "ceil-2dp" (Guangxi); C′ × I to the fen (half-up) or not at all; each
/// component half-up to the fen ("fen"), to 0.1 ("jiao"), up to 0.1 ("ceil-jiao") or cut to the
/// fen and then up to 0.1 ("trunc-fen-then-ceil-jiao", Guangxi); the total is the sum of the
/// rounded components, that sum rounded up to 0.1 ("ceil-jiao") or half-up to the yuan
/// ("round-yuan", Liaoning).
///
/// The calculation base is the case's, else the published figure of the person's city where the
/// region's data has the city's own (沈阳, 大连, 武汉 …), else the province's; where none is
/// published for the month yet and the region pays provisionally (预发), the latest published
/// one, and the result and every line computed on it are marked provisional.
///
/// A province whose rule set is not shipped is computed with the national formula alone on the
/// figures of the case (calculation base, payout months for an age with months, transitional
/// inputs required), and the warnings say which regional defaults were missing. Add-ons are
/// entered or claimed by rule (PensionSupplements).
/// Payout months: the 国发〔2005〕38号 annex by whole age; from the region's start month (2025-01
/// for all shipped regions) an age with months is interpolated straight-line between whole ages
/// and rounded half-up to 0.1 (60 y 3 m → 137.3).
class PensionCalculator
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionCalculator)

public:
    explicit PensionCalculator(std::shared_ptr<const policy::ParameterSet> parameters);

    /// Computes @p input (amounts in CNY exact to the fen, policy sources on every line).
    /// Errors: BadInput with the case field at fault (JSON names of the CLI contract: "region"
    /// for a code that is not a GB/T 2260 province of the scheme, "retirement",
    /// "average_index", "transitional.parts[0].months", "supplements[0].rule", …) and what is
    /// allowed; MissingFigure naming a figure the data lacks ("calculation_base" with region
    /// and month, "payout_months" for an age outside the table or, without a rule set, with
    /// months, "transitional.deemed_index" where the region's deemed index is a table not in
    /// the data, "transitional" / "transitional.coefficient" for a province without a rule
    /// set).
    Result<PensionResult> calculate(const PensionCase &input) const;

    /// 计发月数 for retiring at @p age in @p retirement under @p region's rule, with the line
    /// explaining it. Errors: MissingFigure ("payout_months") for ages outside 40…70.
    Result<std::pair<Rational, QString>> payoutMonths(const policy::RegionParameters &region, YearsMonths age, YearMonth retirement) const;

private:
    /// What a case of a province without a rule set is computed without: one warning naming
    /// the region's missing defaults, then one per convention the case leaves to the national
    /// formula (years, amounts, total, indexed wage, add-ons).
    static QStringList nationalFormulaWarnings(const PensionCase &c, const policy::RegionParameters &region);

    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

} // namespace tongban::pension
