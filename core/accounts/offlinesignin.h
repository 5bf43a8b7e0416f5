#pragma once

#include "offlineverifier.h"
#include "signedinuser.h"

#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tongban::accounts {

/// The credential of one clerk cached in the local store at their last online sign-in (table
/// offline_credential): who they are, the verifier of their password and the state of the lock.
struct OfflineCredential
{
    QString login;
    QString displayName;
    Role role = Role::WindowClerk;
    QString officeCode;
    QString officeName;
    OfflineVerifier verifier;
    QDateTime verifiedOnlineAt; ///< UTC: the last online sign-in; the grace period counts from here
    int graceDays = 7; ///< 1…30, set by a supervisor on the server
    int failedAttempts = 0; ///< wrong passwords since the last online sign-in
    bool locked = false; ///< maxFailedAttempts reached: only an online sign-in unlocks
};

/// The offline sign-in (outreach points without the central server): the password is checked
/// against the cached verifier, within the grace period counted from the last ONLINE sign-in,
/// and maxFailedAttempts wrong passwords lock the offline sign-in until the next online one.
class OfflineSignIn
{
    Q_DECLARE_TR_FUNCTIONS(tongban::accounts::OfflineSignIn)

public:
    static constexpr int maxFailedAttempts = 5;

    /// Checks @p password for @p credential at @p clock's now and updates the credential's
    /// failed attempts and lock (the caller stores it, and audits the outcome, in one write).
    /// Returns the signed-in user (online false, signedInAt now, UTC). Errors, each Forbidden
    /// with a translated message, nothing changed but the counter:
    /// - field "locked": the offline sign-in is locked (5 wrong passwords); sign in online;
    /// - field "grace": the grace period ended (verifiedOnlineAt + graceDays ≤ now); sign in online;
    /// - field "password": a wrong password (the attempts left are named; the 5th locks).
    static Result<SignedInUser> check(OfflineCredential &credential, const QString &password, const Clock &clock);

    /// When the grace period of @p credential ends (UTC).
    static QDateTime graceEnds(const OfflineCredential &credential);
};

} // namespace tongban::accounts
