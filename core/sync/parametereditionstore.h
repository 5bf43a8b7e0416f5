#pragma once

#include "common/error.h"
#include "policy/parametereditions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tongban::sync {

/// The parameter editions this file holds (local step 10, table parameter_edition): the newest
/// edition of each policy parameter file received from the central store (issue 13, "down —
/// parameter editions"; server step 5). The program computes with them from its next start, laid
/// over its own data by policy::ParameterEditions::loadBuiltInWith.
class ParameterEditionStore
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::ParameterEditionStore)

public:
    /// The SHA-256 of @p content as 64 lower-case hex digits (the digest the server publishes).
    static QString digestOf(const QByteArray &content);

    /// Every edition held, by file name. An edition whose bytes no longer match their digest is
    /// an error, never used. Errors: Storage (the table cannot be read, or a damaged edition,
    /// named by its file).
    static Result<QList<policy::ParameterFileEdition>> held(const QSqlDatabase &db);
    /// The digest of each held edition by file name ("regions/110000.json" → 64 hex digits).
    /// Error: Storage.
    static Result<QHash<QString, QString>> heldDigests(const QSqlDatabase &db);
    /// Stores @p editions, each replacing the held edition of its file, received at @p now, in
    /// one write transaction (all or none). Errors: Storage.
    static Status store(const QSqlDatabase &db, const QList<policy::ParameterFileEdition> &editions, const QDateTime &now);

    /// The editions held by the local file at @p path, read at start before the store opens,
    /// on a read-only connection of its own that is closed again; an empty list when the file
    /// does not exist yet or predates step 10. Errors: Storage (as held()).
    static Result<QList<policy::ParameterFileEdition>> readFile(const QString &path);
};

} // namespace tongban::sync
