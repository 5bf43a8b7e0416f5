#pragma once

#include "common/money.h"
#include "common/rational.h"
#include "pension/pensionresult.h"
#include "policy/parameterset.h"
#include "storedresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <optional>

namespace tongban::session {

/// One parameter file a calculation depended on, then and now.
struct ParameterFileChange
{
    QString file; ///< "regions/110000.json"
    std::optional<policy::ParameterFileVersion> before; ///< as stored; none when the file was not used then
    std::optional<policy::ParameterFileVersion> after; ///< as loaded now; none when it is not used now

    /// The figures may differ: the file's digest (or its presence) is not the same.
    bool changed() const { return before != after; }
};

/// One component of the pension, then and now.
struct ComponentChange
{
    QString key; ///< the contract's name: "calculation_base", "payout_months", …, "total"
    QString label; ///< translated ("计发基数")
    bool isAmount = false; ///< CNY (exact to the fen); else months or years
    Rational before; ///< CNY, months or years as stored
    Rational after; ///< the same now

    bool changed() const { return before != after; }
    /// after − before in the component's unit.
    Rational difference() const { return after - before; }
    /// after − before in fen, for an amount; std::nullopt for months and years.
    std::optional<qint64> differenceFen() const
    {
        if (!isAmount)
            return std::nullopt;
        // Both sides are whole fen, so the difference is too: Truncate drops nothing.
        return qint64((difference() * Rational(100)).toInteger(RoundingMode::Truncate));
    }
};

/// A breakdown line whose formula or value differs, or that exists on one side only.
struct LineChange
{
    QString key;
    std::optional<pension::BreakdownLine> before; ///< none: a new line
    std::optional<pension::BreakdownLine> after; ///< none: the line is gone
};

/// What a recomputation built the case from.
enum class RecomputedFrom {
    /// The case as stored (figures derived from the records then, e.g. the account balance,
    /// stay as they were): only the calculation's own parameters are today's.
    StoredInputs,
    /// The person's contribution records as stored now, with what the clerk chose then
    /// (pension::CaseOrigin): the account balance, the average index and any assumed figure
    /// are derived again with today's parameters.
    ContributionRecords,
};

/// A stored calculation computed again with the parameters of today, compared with what was
/// shown then.
struct SnapshotComparison
{
    RecomputedFrom from = RecomputedFrom::StoredInputs;
    /// With RecomputedFrom::ContributionRecords: the case's figures derived from the records,
    /// then and now — account_balance (CNY), average_index, actual_months, deemed_months, always
    /// these four. Empty when recomputed from the stored inputs (they are the stored case).
    QList<ComponentChange> caseFigures;
    /// The case computed now, in the contract's input shape (the stored one when recomputed
    /// from the stored inputs).
    QJsonObject caseJson;
    /// Every parameter file used then or now: the stored ones in their order, then new ones.
    QList<ParameterFileChange> files;
    /// calculation_base, payout_months, contribution_years, basic_pension,
    /// individual_account_pension, transitional_pension, supplements, total — always all eight.
    QList<ComponentChange> components;
    /// Only the lines that differ, in the order of the new breakdown, then the lines gone.
    QList<LineChange> lines;
    StoredResult stored; ///< what was shown
    pension::PensionResult result; ///< computed now
    QJsonObject resultJson; ///< the same in the contract's shape
    QList<policy::ParameterFileVersion> currentVersions;

    bool parametersChanged() const
    {
        return std::any_of(files.cbegin(), files.cend(), [](const ParameterFileChange &f) { return f.changed(); });
    }
    bool resultChanged() const
    {
        return !lines.isEmpty()
            || std::any_of(components.cbegin(), components.cend(), [](const ComponentChange &c) { return c.changed(); });
    }
    /// A figure of the case derived from the records differs (see caseFigures).
    bool caseFiguresChanged() const
    {
        return std::any_of(caseFigures.cbegin(), caseFigures.cend(), [](const ComponentChange &c) { return c.changed(); });
    }
    /// What was shown then was computed on a provisional calculation base (预发).
    bool wasProvisional() const { return stored.provisional; }
    /// The base then provisional is published now: the result is final and the components
    /// show the difference (calculation_base first).
    bool provisionalResolved() const { return stored.provisional && !result.provisional; }
    /// Neither a parameter file, nor a figure of the case, nor any figure of the result has changed.
    bool isUnchanged() const { return !parametersChanged() && !caseFiguresChanged() && !resultChanged(); }
};

} // namespace tongban::session
