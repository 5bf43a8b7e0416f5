#pragma once

#include "accounts/role.h"
#include "audit/auditentry.h"
#include "central/centralcredentials.h"
#include "central/useraccount.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

namespace tongban::services {

/// A supervisor's work on the accounts of their office, from the window (the users page): each
/// call opens a connection to the central server as the signed-in supervisor
/// (central::CentralCredentials, held in memory), does one thing through central::CentralAccounts
/// and closes it, on a worker thread — never on the caller's. The server checks every change
/// again (a supervisor manages the window clerks and experts of their own office only; its
/// row-level security shows them only that office's accounts).
class UserAdministration
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::UserAdministration)

public:
    /// Works as @p credentials on behalf of the office @p officeCode (GB/T 2260, the signed-in
    /// supervisor's own: where new accounts go).
    UserAdministration(central::CentralCredentials credentials, QString officeCode);

    /// The accounts the server shows this supervisor (their office's), by login.
    /// Errors: those of central::CentralSession (Unavailable when the server cannot be reached).
    QFuture<Result<QList<central::UserAccount>>> list() const;
    /// Adds the account @p login shown as @p displayName with @p role and the initial
    /// @p password (at least 8 characters, letters and digits). Errors: BadInput "login",
    /// "name", "password"; Forbidden "role" (only the administrator adds supervisors).
    QFuture<Result<central::UserAccount>> add(const QString &login, const QString &displayName, accounts::Role role,
                                              const QString &password) const;
    /// Disables @p login (it may no longer sign in online). Errors: BadInput "login".
    QFuture<Result<central::UserAccount>> disable(const QString &login) const;
    /// Sets a new password of @p login. Errors: BadInput "password" (policy), "login".
    QFuture<Result<central::UserAccount>> resetPassword(const QString &login, const QString &password) const;
    /// Sets the offline grace period of @p login to @p days (1…30). Errors: BadInput "grace_days".
    QFuture<Result<central::UserAccount>> setGraceDays(const QString &login, int days) const;

    /// The local audit record of a change the server made (action "account", the account's login
    /// as object): @p change is "add", "disable", "reset-password" or "grace"; the detail names the
    /// role of an added account or the days of a grace period (never a password). The caller
    /// appends it (AuditService::record) once the server answered.
    static audit::AuditEntry auditOf(const QString &change, const central::UserAccount &account);

private:
    central::CentralCredentials m_credentials;
    QString m_officeCode;
};

} // namespace tongban::services
