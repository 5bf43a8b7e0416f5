#pragma once

#include "appcontext.h"

#include "accounts/offlineverifier.h"
#include "accounts/signedinuser.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSqlDatabase>

namespace tongban::services {

/// Argon2id costs of the offline verifiers AccountService makes (the defaults in the program;
/// tests pass lower ones).
struct VerifierCosts
{
    int timeCost = accounts::OfflineVerifier::defaultTimeCost;
    int memoryKiB = accounts::OfflineVerifier::defaultMemoryKiB;
    int parallelism = accounts::OfflineVerifier::defaultParallelism;
};

/// Signing in at this machine. Online, the central server checks the password (central's
/// OnlineSignIn, the other half); this service then caches an offline verifier of the password
/// (Argon2id, never the password) so that the clerk can sign in offline at an outreach point
/// within the grace period. Every sign-in and every refusal is audited in the local store
/// (actions "sign-in" and "sign-in-refused"), in the same write transaction as the credential's
/// change.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::AccountService)

public:
    explicit AccountService(AppContext &context, VerifierCosts costs = {});

    /// Offline sign-in of @p login with @p password on the store's writer. On success the
    /// context's signed-in user is NOT set here (the future completes on the store's thread): the
    /// caller calls AppContext::setSignedIn with the result on its own thread.
    /// Errors: Forbidden with field "login" (no offline sign-in cached for that login: sign in
    /// online first), "locked", "grace", "password" (see accounts::OfflineSignIn); Storage.
    QFuture<Result<accounts::SignedInUser>> signInOffline(const QString &login, const QString &password) const;

    /// After an online sign-in of @p user (OnlineSignIn's result) with @p password: caches the
    /// offline verifier (a new salt, the lock off, the grace period from now) and audits the
    /// sign-in, in one write. The returned user is the one to set in the context.
    QFuture<Result<accounts::SignedInUser>> rememberOnlineSignIn(const accounts::SignedInUser &user, const QString &password) const;

    /// Audits an online sign-in of @p login that the server refused with @p error.
    QFuture<Result<Done>> auditRefusedSignIn(const QString &login, const Error &error) const;

    /// The same on the calling thread with the write connection @p db (the writer job, the CLI,
    /// the tests); each runs its own write transaction.
    static Result<accounts::SignedInUser> signInOffline(const QSqlDatabase &db, const QString &login, const QString &password,
                                                        const Clock &clock);
    static Result<accounts::SignedInUser> rememberOnlineSignIn(const QSqlDatabase &db, const accounts::SignedInUser &user,
                                                               const QString &password, const Clock &clock, VerifierCosts costs);
    static Status auditRefusedSignIn(const QSqlDatabase &db, const QString &login, const Error &error, const Clock &clock);

private:
    AppContext &m_context;
    VerifierCosts m_costs;
};

} // namespace tongban::services
