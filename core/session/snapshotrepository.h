#pragma once

#include "calculationsnapshot.h"
#include "common/clock.h"
#include "common/error.h"
#include "pension/pensioncase.h"
#include "pension/pensionresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>

namespace tongban::session {

/// Calculation snapshots in the local store, kept as session_event rows of kind
/// "pension.calculation" of the visit in which they were shown.
///
/// Why events and not a table of their own: a snapshot is something that happened during a
/// visit, which is what session_event (append-only, JSON payload, cascade with the visit) was
/// made for in schema step 1; reading it back must give the case and result exactly as shown,
/// which a JSON payload does without a column per figure; and the lists need only the visit
/// (indexed by session and by person) and three payload fields (json_extract). The payload:
///
///   {"format": 1, "kind": "pension", "person_id": "…",
///    "case": {contract input}, "result": {contract output},
///    "parameters": [{"file", "edition", "digest"}, …], "assumptions": ["…", …],
///    "origin": {pension::CaseOrigin::toJson}}
///
/// "origin" is present only for a case built from the person's records; a payload without it
/// (older rows, cases entered as figures) reads back with CalculationSnapshot::origin empty.
///
/// Every statement is prepared with bound values; a write runs in one BEGIN IMMEDIATE
/// transaction. Use on the thread that opened the connection (see storage::LocalStore).
class SnapshotRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::session::SnapshotRepository)

public:
    /// A calculation to keep.
    struct NewSnapshot
    {
        QString sessionId; ///< an open visit
        QString clerk; ///< who calculated (not empty)
        pension::PensionCase pensionCase; ///< the inputs
        pension::PensionResult result; ///< what was shown
        QStringList assumptions; ///< read out with it
        QList<policy::ParameterFileVersion> parameterVersions; ///< ParameterSet::versionsFor(case region)
        std::optional<pension::CaseOrigin> origin = std::nullopt; ///< when the case was built from the records
        /// Whose calculation it is: a person the visit serves (VisitSessionRepository::persons);
        /// empty: the visit's own person.
        QString personId = QString();
    };

    /// What keep() did.
    struct Kept
    {
        CalculationSnapshot snapshot; ///< the new row, or the one already kept
        bool added = false; ///< false: the visit already kept the same calculation
    };

    /// The session_event kind of a pension calculation snapshot.
    static QString eventKind() { return QStringLiteral("pension.calculation"); }

    /// A repository on @p db (an open LocalStore connection); @p clock gives created_at
    /// (stored as UTC).
    SnapshotRepository(QSqlDatabase db, Clock clock);

    /// Stores @p snapshot in its visit and returns it as it will be read back (new id,
    /// created_at now, its person: NewSnapshot::personId or the visit's). Errors: BadInput
    /// ("clerk" empty, "parameters" empty: without versions a later recomputation could not
    /// tell what changed; "session_id" when the visit is closed; "person_id" when the visit
    /// does not serve that person); NotFound ("session_id") when the visit does not exist;
    /// Storage. Nothing is stored on an error.
    Result<CalculationSnapshot> record(const NewSnapshot &snapshot);

    /// As record(), unless the visit already keeps the same calculation of the same person: the
    /// same case (inputs) and the same result, compared as stored (the contract's JSON), not by
    /// when it was shown. Then nothing is stored and that snapshot is returned with
    /// Kept::added false: showing one person's pension again in the same visit — a second
    /// look-up, a tab revisited — adds no row, while any changed input or figure does. Errors
    /// as record(), checked in the same order.
    Result<Kept> keep(const NewSnapshot &snapshot);

    /// The snapshot @p id exactly as stored. Errors: NotFound ("snapshot_id"); Storage, also
    /// when the stored payload is damaged (not the shape above; a malformed origin names
    /// "origin." and the field's path).
    Result<CalculationSnapshot> load(const QString &id) const;

    /// The snapshots of the visit @p sessionId, oldest first; empty for an unknown visit.
    /// Error (Storage).
    Result<QList<SnapshotSummary>> listForSession(const QString &sessionId) const;

    /// The snapshots of the person @p personId (as the payloads name them) in every visit,
    /// newest first, at most @p limit (1…1000). Error (Storage).
    Result<QList<SnapshotSummary>> listForPerson(const QString &personId, int limit = 200) const;

private:
    /// record() and keep(): @p once looks for the same calculation first.
    Result<Kept> store(const NewSnapshot &snapshot, bool once);
    Result<QList<SnapshotSummary>> list(const QString &where, const QString &key, const QString &order, int limit) const;

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace tongban::session
