#pragma once

#include "common/money.h"
#include "pension/casefromrecords.h"
#include "policy/parameterset.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::session {

/// A calculation as it was shown to a visitor, kept in the visit so that it can be reopened
/// and recomputed later: the inputs, the versions of the parameter files used, the result and
/// what was assumed. Stored as a session_event row of kind "pension.calculation" (see
/// SnapshotRepository for the payload).
struct CalculationSnapshot
{
    QString id; ///< UUID of the session_event row
    QString sessionId; ///< the visit (VisitSession::id)
    QString personId; ///< whose calculation: a person the visit serves; empty when the visit has none
    QString clerk; ///< who calculated
    QDateTime createdAt; ///< UTC, when the result was shown
    QString kind; ///< what was calculated: "pension"
    /// The case in the tongban-cli contract's input shape (pension::PensionCaseJson::caseToJson).
    QJsonObject caseJson;
    /// The parameter files the calculation depended on (ParameterSet::versionsFor the case's region).
    QList<policy::ParameterFileVersion> parameterVersions;
    /// The result in the contract's output shape (pension::PensionCaseJson::toJson).
    QJsonObject resultJson;
    /// The assumptions read out with the result (HistoryCase::assumptions).
    QStringList assumptions;
    /// What the clerk chose when the case was built from the person's contribution records
    /// (pension::CaseFromRecords); none for a case that did not come from the records (and for
    /// snapshots stored before origins were kept). With it a recomputation can build the case
    /// again from the records (SnapshotRecomputer::recomputeFromRecords).
    std::optional<pension::CaseOrigin> origin;
};

/// One line of a list of snapshots: enough to pick one without reading its payload.
struct SnapshotSummary
{
    QString id;
    QString sessionId;
    QString queueNumber; ///< of the visit
    QString personId; ///< whose calculation (as in its payload); empty when none
    QString personName; ///< of that person; empty when none
    QString clerk;
    QDateTime createdAt; ///< UTC
    QString kind; ///< "pension"
    QString region; ///< of the result
    QString retirement; ///< the month the pension starts, "YYYY-MM"
    Money total; ///< the monthly pension shown
};

} // namespace tongban::session
