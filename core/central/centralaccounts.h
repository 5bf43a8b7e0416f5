#pragma once

#include "centralsession.h"
#include "useraccount.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace tongban::central {

/// Offices and clerk accounts of the central store, on a session of the administrator (the owner
/// role) or of a supervisor. Every change goes through the server's SECURITY DEFINER functions
/// (resources/server/0003-accounts.sql), which check the caller again: a supervisor manages the
/// window clerks and experts of their own office only; only the administrator adds offices and
/// supervisors. The password is checked against the policy here, then only its SCRAM verifier
/// (computed here, CentralSession::scramVerifier) is sent.
class CentralAccounts
{
    Q_DECLARE_TR_FUNCTIONS(tongban::central::CentralAccounts)

public:
    /// What a new account needs.
    struct NewUser
    {
        QString login;
        QString displayName;
        accounts::Role role = accounts::Role::WindowClerk;
        QString officeCode;
        QString password; ///< checked with checkPassword(); never stored, never sent
    };

    explicit CentralAccounts(CentralSession &session);

    /// The password policy (MLPS 2.0: complexity): at least 8 characters, with at least one letter
    /// and one digit. std::nullopt when it passes; else BadInput on "password" saying what is
    /// required (the password itself is never repeated).
    static std::optional<Error> checkPassword(const QString &password);

    /// Adds office @p code (GB/T 2260: six digits) named @p name. Errors: BadInput "code"
    /// (malformed, or an office of that code exists), BadInput "name" (empty); Forbidden when the
    /// session is not the administrator's; those of CentralSession::errorFrom.
    Result<Office> addOffice(const QString &code, const QString &name);

    /// The offices the session may see (the administrator: every one; a clerk: their own), by code.
    /// Errors: those of CentralSession::errorFrom.
    Result<QList<Office>> listOffices();

    /// Creates the login role and the account of @p user (enabled, grace 7 days). Errors: BadInput
    /// "password" (policy), "login" (malformed, exists), "office" (unknown), "name" (empty);
    /// Forbidden "office" (a supervisor adding to another office), "role" (a supervisor adding a
    /// supervisor), or without field (neither administrator nor supervisor).
    Result<UserAccount> addUser(const NewUser &user);

    /// Disables @p login: the login role may no longer log in (NOLOGIN) and the account is marked
    /// disabled. Errors: BadInput "login" (no such account); Forbidden as for addUser.
    Result<UserAccount> disableUser(const QString &login);

    /// Sets a new password of @p login (its SCRAM verifier). Errors: BadInput "password"
    /// (policy), "login" (no such account); Forbidden as for addUser.
    Result<UserAccount> resetPassword(const QString &login, const QString &password);

    /// Sets the offline grace period of @p login to @p days (1…30). Errors: BadInput
    /// "grace_days", "login"; Forbidden as for addUser.
    Result<UserAccount> setGraceDays(const QString &login, int days);

    /// The accounts this session may see, by login: every account of the supervisor's own office
    /// (the server's row-level security limits them), only their own for a window clerk or an
    /// expert, every account for the administrator. Errors: those of CentralSession::errorFrom.
    Result<QList<UserAccount>> listUsers();

private:
    Result<UserAccount> callAccountFunction(const QString &sql, const QVariantList &values, const QString &doing);

    CentralSession &m_session;
};

} // namespace tongban::central
