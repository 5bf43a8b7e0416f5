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
    /// Jilin), "trunc-2dp", "ceil-0.1" (up to 0.1 year: Anhui, 42 y 5 m → 42.5),
    /// "ceil-0.5" (up to the half year: Fujian, 1–6 months over a whole year count as half a
    /// year, 7–11 as a whole one; 41 y 4 m → 41.5), "ceil-2dp" (up to 0.01 year: Guangxi,
    /// 259 months = 21.5833 → 21.59). An unknown rule counts as "exact" (callers check with
    /// isYearsRule first).
    static Rational years(const Rational &years, const QString &rule);
    /// The years rule @p rule in words for the screen and the sheet ("half-up to 2 decimals").
    static QString yearsRuleText(const QString &rule);
    /// True for the seven year rules above.
    static bool isYearsRule(const QString &rule);
    /// The year rules, for messages: "exact, 2dp, 4dp, trunc-2dp, ceil-0.1, ceil-0.5, ceil-2dp".
    static QString yearsRuleNames();
    /// A component in CNY (exact) rounded by @p rule: "fen" (half-up to 0.01),
    /// "jiao" (half-up to 0.1, Shanghai), "ceil-jiao" (up to 0.1), "trunc-fen-then-ceil-jiao"
    /// (cut to the fen, then up to 0.1: Guangxi's 见分进角, where 498.2062 is printed 498.2
    /// because digits below the fen do not count); unknown = "fen".
    static Money amount(const Rational &yuan, const QString &rule);
    /// True for the four amount rules above.
    static bool isAmountRule(const QString &rule);
    /// The amount rules, for messages.
    static QString amountRuleNames();
    /// The amount rule @p rule in words ("half-up to the fen").
    static QString amountRuleText(const QString &rule);
    /// The monthly total from the sum of its rounded parts by @p rule: "sum" (unchanged),
    /// "ceil-jiao" (up to 0.1: Zhejiang's 见分进角), "round-yuan" (half-up to the whole yuan:
    /// Liaoning prints 2759.00 for 2758.89; a rounding up cannot be told apart on the sheets
    /// seen); unknown = "sum".
    static Money total(const Money &sum, const QString &rule);
    /// True for the three total rules above.
    static bool isTotalRule(const QString &rule);
    /// The total rules, for messages.
    static QString totalRuleNames();
    /// The total rule @p rule in words ("rounded up to 0.1").
    static QString totalRuleText(const QString &rule);

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
