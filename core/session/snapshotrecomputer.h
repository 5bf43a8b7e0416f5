#pragma once

#include "calculationsnapshot.h"
#include "common/error.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pension/pensioncase.h"
#include "snapshotcomparison.h"

#include <QCoreApplication>

#include <memory>

namespace tongban::session {

/// Computes a stored calculation again with the parameters loaded now and says what differs
/// from what the visitor was shown: parameter files, components, breakdown lines.
///
/// Two ways (SnapshotComparison::from): recompute() takes the stored case as it is (the
/// figures read from the records then, e.g. the account balance and the average index, stay);
/// recomputeFromRecords() builds the case again from the person's current records with what
/// the clerk chose then (CalculationSnapshot::origin), so that a crediting rate, an average
/// wage or a calculation base published or corrected since shows in the result. A plain
/// function of its inputs, safe on any thread.
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

    /// Builds @p snapshot's case again from @p records of @p person (as stored now) with
    /// today's parameters and the snapshot's origin (pension::CaseFromRecords; the origin's
    /// "today" is kept, so the account is as of the same month), computes and compares as
    /// recompute() does, and compares the case's derived figures (SnapshotComparison::caseFigures).
    /// Errors: BadInput "origin" when the snapshot has none (use recompute()); BadInput
    /// "person_id" when @p person is not the snapshot's person; BadInput "kind", "case.…",
    /// "result.…" as recompute(); the errors of CaseFromRecords::build and of the calculator.
    Result<SnapshotComparison> recomputeFromRecords(const CalculationSnapshot &snapshot, const insured::InsuredPerson &person,
                                                    const QList<insured::ContributionRecord> &records) const;

    /// The parameter files @p snapshot used compared with those its region uses now.
    /// A region no longer shipped gives its files as gone.
    QList<ParameterFileChange> parameterChanges(const CalculationSnapshot &snapshot) const;

    /// @p before and @p after matched by file name: @p before's order, then files new in @p after.
    static QList<ParameterFileChange> compareVersions(const QList<policy::ParameterFileVersion> &before,
                                                      const QList<policy::ParameterFileVersion> &after);

private:
    /// @p snapshot's stored result against @p pensionCase computed now.
    Result<SnapshotComparison> compare(const CalculationSnapshot &snapshot, const pension::PensionCase &pensionCase) const;

    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

} // namespace tongban::session
