#pragma once

#include "common/money.h"
#include "common/rational.h"
#include "common/yearmonth.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::pension {

/// One step of the explained breakdown, as printed on a calculation sheet (养老金核算表).
struct BreakdownLine
{
    QString key; ///< stable identifier: "basic_pension", "transitional_pension.part1", …
    QString label; ///< translated name ("基础养老金")
    QString formula; ///< the formula with the values filled in
    QString value; ///< the result as shown (amounts with two decimals)
    QString source; ///< policy document(s) the step follows
    QString confidence; ///< "HIGH", "MEDIUM", "LOW" of the weakest figure used; empty for pure arithmetic
    /// The conflict between sources of a disputed or overridable figure when the region's
    /// figure is used; "entered for this case" and the clerk's note when the case overrides it.
    QString note;
    std::optional<Money> amount; ///< the line's result when it is an amount of money (CNY), for digit grouping
    /// The line depends on a provisional calculation base (预发, PensionResult::provisional):
    /// it will change when the base of the retirement month is published.
    bool provisional = false;
    /// What the step is, in plain words a visitor follows (LineExplanation): the terms of an
    /// approval notice — 计发基数, 指数化月平均缴费工资, a transitional part labelled "G实" — said
    /// in words. Empty where the label says it all.
    QString explanation;

    /// A line whose result is an amount: value is @p money with two decimals, amount is set.
    static BreakdownLine money(QString key, QString label, QString formula, Money money, QString source, QString confidence,
                               QString note = {})
    {
        return BreakdownLine {std::move(key),
                              std::move(label),
                              std::move(formula),
                              money.toPlainString(),
                              std::move(source),
                              std::move(confidence),
                              std::move(note),
                              money,
                              false,
                              QString()};
    }
    /// A line whose result is not money (years, months, an index, a rate).
    static BreakdownLine text(QString key, QString label, QString formula, QString value, QString source, QString confidence,
                              QString note = {})
    {
        return BreakdownLine {std::move(key),   std::move(label),  std::move(formula),
                              std::move(value), std::move(source), std::move(confidence),
                              std::move(note),  std::nullopt,      false,
                              QString()};
    }
};

/// The monthly basic pension at the start of retirement, with its breakdown.
struct PensionResult
{
    QString region; ///< as in the case
    QString regionName; ///< the rule set used ("北京市")
    /// false when the province has no rule set in the data: the national formula on the case's
    /// figures alone (the warnings say which regional defaults were missing).
    bool regionalRules = true;
    /// The calculation base is provisional (预发): the retirement month has no published base
    /// and the latest published one is used; every line that depends on it is marked.
    bool provisional = false;
    YearMonth retirement;
    std::optional<YearsMonths> ageAtRetirement;
    Rational contributionYears; ///< N after the region's rounding
    Rational payoutMonths; ///< 计发月数 used
    Money calculationBase; ///< 计发基数 used
    Money indexedWage; ///< 指数化月平均缴费工资 used
    Money basicPension; ///< 基础养老金
    Money individualAccountPension; ///< 个人账户养老金
    Money transitionalPension; ///< 过渡性养老金 (0 when none)
    Money supplements; ///< sum of add-ons
    Money total; ///< monthly basic pension
    QList<BreakdownLine> lines;
    QStringList warnings; ///< e.g. contribution period below the minimum
};

} // namespace tongban::pension
