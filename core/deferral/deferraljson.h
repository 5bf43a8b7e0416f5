#pragma once

#include "deferralevaluator.h"
#include "payer.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace tongban::deferral {

/// One question of `tongban-cli deferral`: the payer and the date of the application.
struct DeferralCase
{
    QDate asOf;
    Payer payer;
};

/// The JSON of `tongban-cli deferral --case FILE` (docs/cli.md; field names are a contract).
class DeferralJson
{
    Q_DECLARE_TR_FUNCTIONS(tongban::deferral::DeferralJson)

public:
    /// Reads {"as_of": "YYYY-MM-DD", "payer": {"kind", "uscc", "industry", "size",
    /// "hard_hit_area": bool, "temporary_difficulty": bool}}; absent booleans are false.
    /// Error (BadInput, JSON path such as "payer.hard_hit_area") for a missing or malformed
    /// as_of or payer, or a value of the wrong type; for a key that is none of these ("payer.hard_hit"),
    /// naming it and the keys allowed (as pension and intake cases). The content is checked by the
    /// evaluator.
    static Result<DeferralCase> parse(const QJsonObject &json);
    /// {"eligible", "headline", "reasons", "as_of", "edition", "payer": {..., "industry_name"},
    /// "insurances": [{"insurance", "eligible", "premium_months": {"from", "to"} (eligible
    /// only), "share", "pay_back_by", "late_fee_waived", "rule", "confidence", "reasons",
    /// "sources"}]}: the headline is the decisive reason, the top "reasons" those every
    /// insurance shares, an insurance's "reasons" its own (DeferralOutcome).
    static QJsonObject toJson(const DeferralOutcome &outcome);
};

} // namespace tongban::deferral
