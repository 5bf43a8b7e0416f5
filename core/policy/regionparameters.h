#pragma once

#include "common/error.h"
#include "common/money.h"
#include "common/yearmonth.h"
#include "sourcedfigure.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tongban::policy {

/// A figure valid for retirements in a span of months (inclusive; open-ended when @c to is
/// invalid).
struct EffectiveFigure
{
    YearMonth from;
    YearMonth to;
    SourcedFigure figure;
};

/// A period of actual contributions that earns its own transitional-pension part at that
/// period's own average index (Beijing's G实 for 1992-10…1998-06).
struct TransitionalPeriodPart
{
    YearMonth from;
    YearMonth to;
    QString label;
    Provenance provenance;
};

/// The pension conventions of one pooling region: how it rounds, which divisor it uses for
/// ages with months, and the shape of its transitional pension. Each setting carries its source.
struct PensionRules
{
    SourcedSetting yearsRounding;       ///< "exact", "2dp", "4dp", "trunc-2dp", "ceil-0.1"
    SourcedSetting amountRounding;      ///< "fen", "jiao", "ceil-jiao"
    SourcedSetting totalRounding;       ///< "sum", "ceil-jiao"
    SourcedSetting indexedWageRounding; ///< "fen" or "none"
    SourcedSetting payoutMonthsRule;    ///< "interpolate-0.1" or "whole-age"
    YearMonth payoutInterpolationFrom;  ///< retirements before this month use the whole-age divisor
    SourcedFigure deemedIndex;          ///< index of deemed months in the average index
    std::optional<YearMonth> deemedUntil; ///< last month of deemed service, where known
    SourcedFigure transitionalCoefficient;    ///< 过渡系数, e.g. 0.012
    SourcedSetting transitionalDeemedIndex;   ///< a decimal ("1.0") or "average"
    std::optional<SourcedFigure> notionalDivisor; ///< 虚账实记 divisor (Shanghai 120)
    QList<TransitionalPeriodPart> transitionalPeriodParts;
};

/// The policy figures of one pooling region (province level), as shipped in
/// resources/parameters/regions/<code>.json.
class RegionParameters
{
    Q_DECLARE_TR_FUNCTIONS(tongban::policy::RegionParameters)

public:
    QString code;   ///< GB/T 2260, province level ("110000")
    QString name;   ///< Chinese name ("北京市")
    QString nameEn; ///< English name ("Beijing")
    QList<EffectiveFigure> calculationBases; ///< 计发基数, CNY per month, by retirement month
    QMap<int, SourcedFigure> averageWages;   ///< monthly average wage (CNY), by statistic year
    int averageWageLagYears = 1;             ///< contributions of year Y divide by statistic year Y − lag (上年度)
    Provenance averageWageConvention;
    PensionRules pension;

    /// 计发基数 (CNY per month, exact) for a pension starting in @p retirement.
    /// Error (MissingFigure, field @p field) naming the region and month when no published
    /// figure covers that month.
    Result<SourcedFigure> calculationBaseFor(YearMonth retirement, const QString &field = QStringLiteral("calculation_base")) const;

    /// The monthly average wage (CNY, exact) that divides contribution bases paid in calendar
    /// @p contributionYear to give that year's contribution index: the figure of statistic
    /// year @p contributionYear − averageWageLagYears (上年度职工月平均工资). Error
    /// (MissingFigure, field "average_wage.<statistic year>") naming region and year when the
    /// data has no figure.
    Result<SourcedFigure> averageWageFor(int contributionYear) const;

    /// Region name for the screen: Chinese name when the UI language is Chinese, else English.
    QString displayName() const;
};

} // namespace tongban::policy
