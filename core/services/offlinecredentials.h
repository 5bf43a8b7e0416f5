#pragma once

#include "accounts/offlinesignin.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace tongban::services {

/// The clerks' offline credentials in the local store (table offline_credential, schema step 8).
class OfflineCredentials
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::OfflineCredentials)

public:
    /// The credential of @p login; none when that clerk never signed in online on this file.
    /// Error (Storage) on a driver error or a stored role that is not known.
    static Result<std::optional<accounts::OfflineCredential>> find(const QSqlDatabase &db, const QString &login);
    /// Inserts or replaces @p credential (after an online sign-in: a new verifier, the lock off).
    static Status save(const QSqlDatabase &db, const accounts::OfflineCredential &credential);
    /// Stores the failed attempts and the lock of @p credential (after an offline attempt).
    static Status saveAttempts(const QSqlDatabase &db, const accounts::OfflineCredential &credential);
};

} // namespace tongban::services
