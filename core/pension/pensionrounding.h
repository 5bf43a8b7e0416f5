#pragma once

#include "common/money.h"
#include "common/rational.h"

#include <QCoreApplication>
#include <QString>

#include <initializer_list>

namespace tongban::pension {

/// The rounding conventions seen on calculation sheets (核定表), by the names
/// the policy data and the CLI contract use for them, and the small texts a
/// breakdown line is written with.
class PensionRounding
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionRounding)

public:
    /// Contribution years (exact, from months / 12) rounded by @p rule: "exact"
    /// (unchanged), "2dp" / "4dp" (half-up to 2 / 4 decimals: Beijing, Shanghai,
    /// Jilin), "trunc-2dp", "ceil-0.1" (up to 0.1 year: Anhui, 42 y 5 m → 42.5).
    /// An unknown rule counts as "exact" (callers check with isYearsRule first).
    static Rational years(const Rational &years, const QString &rule);
    /// The years rule @p rule in words for the screen and the sheet ("half-up to 2 decimals").
    static QString yearsRuleText(const QString &rule);
    /// True for the five year rules above.
    static bool isYearsRule(const QString &rule);
    /// A component in CNY (exact) rounded by @p rule: "fen" (half-up to 0.01),
    /// "jiao" (half-up to 0.1, Shanghai), "ceil-jiao" (up to 0.1); unknown =
    /// "fen".
    static Money amount(const Rational &yuan, const QString &rule);

    /// Years with the decimals that matter: "25.3333" for exact thirds, "21.58".
    static QString yearsText(const Rational &years);
    /// A fraction as a percentage: 0.012 → "1.2%".
    static QString percentText(const Rational &fraction);
    /// The weakest of the confidences ("LOW" < "MEDIUM" < "HIGH"); empty ones are
    /// skipped, all empty gives "".
    static QString weakest(std::initializer_list<QString> confidences);
    /// The non-empty sources, without repeats, joined by "; ".
    static QString joinSources(std::initializer_list<QString> sources);
};

} // namespace tongban::pension
