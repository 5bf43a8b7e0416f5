#pragma once

#include "common/error.h"
#include "pension/pensioncase.h"
#include "pension/pensionresult.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tongban::pension {

/// The JSON shape of a pension case and result in the tongban-cli contract
/// (docs/cli.md, `pension --case`).
class PensionCaseJson
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionCaseJson)

public:
    /// Reads a pension case. Amounts are CNY with at most two decimals (a third decimal is
    /// refused, never rounded); indices, years and coefficients are exact decimals. Unknown
    /// fields are refused, so that a misspelt "deemed_months" cannot silently count as 0.
    /// "notes" maps an overridable field ("calculation_base", "payout_months",
    /// "transitional.deemed_index", …) to the clerk's reason; "transitional" without "parts"
    /// asks for the region's default parts (with "deemed_index" and "pre_account_months" where
    /// needed). A supplement is {"label", "amount"} as printed or {"rule"} (optional "rate",
    /// "months") claiming one of the region's add-ons with a formula; either may carry a "note".
    /// Errors: BadInput with the JSON path of the offending field and what is allowed.
    static Result<pension::PensionCase> parse(const QJsonObject &object);

    /// The case as the contract's input object, so that parse(caseToJson(c)) gives back @p c:
    /// absent optionals are left out, amounts are CNY numbers with two decimals, exact
    /// decimals (index, coefficient, payout months) as JSON numbers. A decimal with more than
    /// 15 significant digits (never produced by parse) would lose digits.
    static QJsonObject caseToJson(const pension::PensionCase &c);

    /// The contract's result object: region, region_name, regional_rules (false: the national
    /// formula alone), provisional (computed on a provisional base, 预发), retirement,
    /// age_at_retirement, contribution_years, payout_months, calculation_base, indexed_wage,
    /// basic_pension, individual_account_pension, transitional_pension, supplements, total (CNY
    /// numbers with two decimals), lines [{key, label, formula, value, source, confidence, note
    /// (when not empty), amount (CNY number, on lines whose result is money), provisional (true,
    /// only on lines computed on a provisional base)}], and warnings.
    static QJsonObject toJson(const pension::PensionResult &result);
};

} // namespace tongban::pension
