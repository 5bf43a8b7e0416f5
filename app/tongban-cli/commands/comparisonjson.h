#pragma once

#include "pension/pensioncomparison.h"

#include <QJsonObject>

namespace tongban::cli {

/// The JSON shape of a comparison (`tongban-cli compare`): {"a": {"label", "pension",
/// "assumptions"}, "b": …,
/// "figures": [{key, label, a, b}], "components": [{key, label, a, b, difference}] (CNY),
/// "causes": [{key, label, explanation, from, to ("YYYY-MM" or null), basic_pension,
/// individual_account_pension, transitional_pension, supplements, total_rounding, total}]
/// (CNY, b − a), "difference" (CNY, b − a)}. The causes add up to the components' differences.
QJsonObject comparisonToJson(const pension::PensionComparison &comparison, const pension::PensionResult &a, const pension::PensionResult &b,
                             const QStringList &assumptionsA = {}, const QStringList &assumptionsB = {});

} // namespace tongban::cli
