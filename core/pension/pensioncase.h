#pragma once

#include "common/money.h"
#include "common/rational.h"
#include "common/yearmonth.h"
#include "insured/insuredperson.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tongban::pension {

/// One period that earns a transitional pension: base × index × years × coefficient.
struct TransitionalPart
{
    int months = 0;
    Rational index;
    std::optional<Money> base; ///< default: the calculation base
    QString label; ///< e.g. "G同", "G实" (shown on the sheet)
    /// What the part counts, in plain words ("the months actually paid from 1992-10 to 1998-06,
    /// before the individual account, at the person's own average index"); empty: a part of
    /// the transitional pension said in general words (LineExplanation). Not part of a case file.
    QString explanation;
};

/// The inputs of the transitional pension (过渡性养老金) when they are known from a sheet or
/// from the contribution history rather than the region's default.
struct TransitionalInput
{
    QList<TransitionalPart> parts;
    /// false when the case gives no "parts": the region's default parts are built from the
    /// deemed months (and deemedIndex); true = exactly @c parts (an empty list = none).
    bool partsGiven = true;
    std::optional<Rational> coefficient; ///< override of the region's 过渡系数 (0.012 = 1.2 %)
    std::optional<Money> notionalAccount; ///< 虚账实记 amount, divided by the region's divisor
    /// Index of the deemed part when the region's default parts are built: required where the
    /// region's figure is a table not in the data (Guangdong's 视同缴费指数), else an override.
    std::optional<Rational> deemedIndex;
    /// Months actually paid before the individual account started (建账前实际缴费月数), counted
    /// with the deemed months in the region's default part where the region counts them
    /// (policy::PreAccountRule), or where the region has no rule set. Only without parts.
    std::optional<int> preAccountMonths;
    /// The transitional pension as approved elsewhere (CNY/month), used instead of computing
    /// it: for a region whose method the data does not hold (Jiangsu's comparison of the old
    /// and new methods, 新老办法对比). Excludes parts, coefficient, notional account and deemed
    /// index; its line says it was entered, with the case's note "transitional.amount".
    std::optional<Money> amount;
};

/// Per-case override of the region's rounding conventions (each empty = region's own).
struct RoundingOverride
{
    QString years; ///< "exact", "2dp", "4dp", "trunc-2dp", "ceil-0.1", "ceil-0.5", "ceil-2dp"
    QString amounts; ///< "fen", "jiao", "ceil-jiao", "trunc-fen-then-ceil-jiao"
    QString total; ///< "sum", "ceil-jiao", "round-yuan"
};

/// A regional add-on added to the total and shown as a line: either entered as printed on the
/// sheet (label and amount), or claimed by @c rule, the id of one of the region's modelled
/// supplements (policy::ModelledSupplement), which computes it.
struct Supplement
{
    Supplement() = default;
    /// An add-on entered as printed: @p printedLabel and @p printedAmount (CNY a month).
    Supplement(QString printedLabel, Money printedAmount)
        : label(std::move(printedLabel))
        , amount(printedAmount)
    { }

    QString label; ///< as printed; empty for a claimed rule (the data's label is used)
    Money amount; ///< CNY a month, entered; unused for a claimed rule
    QString rule; ///< the modelled supplement's id; empty for an entered amount
    std::optional<Rational> rate; ///< a rule's rate replaced for this case (the data must allow it)
    std::optional<int> months; ///< months worked in the region, for a rule by tiers of months (Tibet)
    QString note; ///< the clerk's note on the claim (why this rate, where the months come from)

    /// True for an add-on claimed by a rule of the region (computed), false for one entered as printed.
    bool isRule() const { return !rule.isEmpty(); }
};

/// Everything the monthly basic pension at the start of retirement depends on.
/// Amounts in CNY held as Money (exact fen); indices and coefficients exact.
struct PensionCase
{
    QString region; ///< GB/T 2260; a city uses its province's rules
    std::optional<insured::RetirementGroup> group; ///< needed with birth when retirement is absent
    std::optional<YearMonth> birth;
    std::optional<YearMonth> retirement; ///< month the pension starts
    std::optional<Money> calculationBase; ///< 计发基数 CNY/month; else the region's figure
    Rational averageIndex; ///< 平均缴费指数 (0 … 3)
    std::optional<Money> indexedWageBase; ///< base multiplying the index (Henan, Jilin)
    std::optional<Money> indexedWage; ///< 指数化月平均缴费工资 as printed
    int actualMonths = 0; ///< 实际缴费月数
    int deemedMonths = 0; ///< 视同缴费月数
    Money accountBalance; ///< 个人账户储存额 at retirement
    std::optional<Rational> payoutMonths; ///< override of 计发月数
    std::optional<TransitionalInput> transitional;
    RoundingOverride rounding;
    QList<Supplement> supplements;
    /// The clerk's note per overridden field, keyed by the field's JSON path
    /// ("calculation_base", "payout_months", "transitional.deemed_index", …): why this case
    /// uses its own figure. Shown on the field's breakdown line.
    QMap<QString, QString> notes;
};

} // namespace tongban::pension
