#pragma once

#include "auditentry.h"

#include "accounts/signedinuser.h"
#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace tongban::audit {

/// The local audit log: every look-up of a person, every print, PDF, export and unmasking, every
/// sign-in and every refusal, appended to audit_record in the same write transaction as the
/// action itself (the caller's), so that an action is never without its record nor a record
/// without its action.
///
/// The log is append-only (the store's triggers refuse UPDATE, DELETE, a gap and a replace) and
/// hash-chained per device: each record holds the SHA-256 of the one before (prev_hash; 64 zeros
/// for seq 1) and its own hash over its canonical form, so that a record removed, altered or
/// moved by someone who went around the triggers (an edited file) is found by AuditChainCheck.
///
/// Canonical form (the input of the hash, version 1): the UTF-8 bytes of
///
///     "tongban-audit-1\n" followed by, for each field in this order,
///     <the field's length in UTF-8 bytes, decimal> ":" <the field's UTF-8 bytes> "\n"
///
/// with the fields seq (decimal), device_id (lowercase UUID with hyphens), at (UTC,
/// "yyyy-MM-ddTHH:mm:ss.zzzZ"), clerk, office_code, action, subject, object, reason, outcome,
/// detail, prev_hash (lowercase hex). hash = lowercase hex SHA-256 of that. The length prefixes make
/// the form unambiguous whatever a field holds (a newline in a reason included). synced_at is
/// not part of it: it is set once, when the server has the record.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(tongban::audit::AuditLog)

public:
    /// The prev_hash of the first record: 64 zeros.
    static QString genesisHash();

    /// Appends @p entry by @p user at @p now to the log of @p db. MUST be called inside the
    /// caller's write transaction (storage::WriteTransaction begun on @p db): the record is
    /// written and committed with the action, or rolled back with it. Returns the record written
    /// (seq = the last + 1, prev_hash = the last record's hash).
    /// Errors: BadInput ("action", "outcome") for an action or outcome not in the lists;
    /// Storage when no transaction is active on @p db, when the file has no device row (schema
    /// before step 8) or on a driver error.
    static Result<AuditRecord> append(const QSqlDatabase &db, const accounts::SignedInUser &user, const AuditEntry &entry,
                                      const QDateTime &now);

    /// The canonical form of @p record (see the class comment) without its hash.
    static QByteArray canonicalForm(const AuditRecord &record);
    /// Lowercase hex SHA-256 of canonicalForm(@p record).
    static QString hashOf(const AuditRecord &record);

    /// The device id of @p db's file (table device). Error (Storage) when there is none.
    static Result<QString> deviceId(const QSqlDatabase &db);

    /// Whether @p action is one of audit::action.
    static bool isKnownAction(const QString &action);
};

} // namespace tongban::audit
