#pragma once

#include "syncprotocol.h"

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tongban::sync {

/// The contents of a hand-carry file: a device's outbox, as it stood when exported.
struct CarriedOutbox
{
    QString deviceId; ///< the device the operations come from (uuid)
    QString officeCode; ///< its office
    int schemaVersion = 0; ///< its local store's schema step
    QDateTime exportedAt; ///< UTC
    QList<OutboxOp> ops; ///< in client_seq order
};

/// The hand-carry file of a township point with no network at all (issue 13, point 4): the
/// outbox exported to a file (a USB stick) that the hall imports. The file is authenticated with
/// HMAC-SHA-256 (QMessageAuthenticationCode) under the device's carry key, which the server
/// issued at enrolment and keeps: a file changed, cut short or made up is refused before anything
/// of it is pushed. The operations keep their op ids, so importing the file twice, or the device
/// pushing the same operations later, applies each once (the server answers duplicates).
///
/// Format (UTF-8 JSON): {"format": "tongban-hand-carry", "version": 1, "body": base64 of the
/// compact JSON {"device_id", "office_code", "schema_version", "exported_at", "ops": [the push's
/// wire form]}, "mac": hex HMAC-SHA-256 of the body's bytes}.
class HandCarry
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::HandCarry)

public:
    /// The file of the outbox of @p db (every pending op) at @p now. Errors: BadInput "carry_key"
    /// when the device was never enrolled (it has no key: it must have synced once at the hall);
    /// Storage.
    static Result<QByteArray> exportOutbox(const QSqlDatabase &db, int schemaVersion, const QDateTime &now, int *count = nullptr);
    /// The device a file says it comes from (to fetch its key), without trusting anything else.
    /// Error: BadInput "file" (not a hand-carry file).
    static Result<QString> deviceOf(const QByteArray &file);
    /// Reads @p file and checks it against @p key. Errors: BadInput "file": not a hand-carry file,
    /// another version, changed or cut short (the MAC does not match), or malformed inside.
    static Result<CarriedOutbox> read(const QByteArray &file, const QByteArray &key);
};

} // namespace tongban::sync
