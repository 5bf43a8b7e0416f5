#pragma once

#include "calculationsnapshot.h"
#include "common/error.h"
#include "snapshotcomparison.h"

#include <QCoreApplication>

#include <memory>

namespace tongban::session {

/// Computes a stored calculation again with the parameters loaded now and says what differs
/// from what the visitor was shown: parameter files, components, breakdown lines.
///
/// The stored case is taken as it is (the figures read from the records then, e.g. the
/// average index); only the policy parameters are today's. A plain function of its inputs,
/// safe on any thread.
class SnapshotRecomputer
{
    Q_DECLARE_TR_FUNCTIONS(tongban::session::SnapshotRecomputer)

public:
    explicit SnapshotRecomputer(std::shared_ptr<const policy::ParameterSet> parameters);

    /// Parses @p snapshot's case, computes it with pension::PensionCalculator and compares.
    /// Errors: BadInput ("kind" when not a pension calculation; "case.…" when the stored case
    /// no longer parses; "result.…" when the stored result is damaged); the calculator's
    /// error when the case no longer computes (e.g. MissingFigure "calculation_base" after a
    /// figure was withdrawn, BadInput "region" when the region is no longer shipped).
    Result<SnapshotComparison> recompute(const CalculationSnapshot &snapshot) const;

    /// The parameter files @p snapshot used compared with those its region uses now.
    /// A region no longer shipped gives its files as gone.
    QList<ParameterFileChange> parameterChanges(const CalculationSnapshot &snapshot) const;

    /// @p before and @p after matched by file name: @p before's order, then files new in @p after.
    static QList<ParameterFileChange> compareVersions(const QList<policy::ParameterFileVersion> &before,
                                                      const QList<policy::ParameterFileVersion> &after);

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

} // namespace tongban::session
