#pragma once

#include "accountservice.h"
#include "appcontext.h"

#include "accounts/signedinuser.h"
#include "central/centralconnectioninfo.h"
#include "central/centralcredentials.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace tongban::services {

class SignInRun;

/// How a sign-in went: who is signed in, online or offline, until when an offline sign-in is
/// allowed, and the credentials to keep (in memory only) while they are signed in.
struct SignInOutcome
{
    accounts::SignedInUser user; ///< the one to hand to AppContext::setSignedIn
    bool online = false; ///< the central server checked the password
    QDateTime graceEnds; ///< offline: when the offline sign-in stops being allowed (UTC); online: null
    /// Offline although a server is configured: why the server was not used (Unavailable, in
    /// plain words); empty when online or when no server is configured.
    QString serverProblem;
    /// Online: the server's connection as the clerk, for the users page and the sync. Never
    /// written to disk; dropped at sign-out.
    std::optional<central::CentralCredentials> credentials;
};

/// The one use case "sign in" of the window (issue 12): online first — the central server checks
/// the password (central::OnlineSignIn, on a worker thread of its own), then AccountService caches
/// the offline verifier in the local store and audits the sign-in; when the server cannot be
/// reached (Error::Unavailable), or none is configured, the offline verifier of the local store
/// decides (grace period, 5 wrong passwords lock). Every refusal is audited in the local store
/// ("sign-in-refused"). Nothing runs on the caller's thread; use from the thread that owns the
/// context's store (the UI thread).
class SignInService : public QObject
{
    Q_OBJECT

public:
    /// On @p context's store; the offline verifiers made with @p costs (tests pass low ones).
    explicit SignInService(AppContext &context, VerifierCosts costs = {}, QObject *parent = nullptr);

    /// Signs in @p login with @p password: online on @p server when given, else (or when it cannot
    /// be reached) offline. The future completes with the outcome; the caller sets the context's
    /// signed-in user with it. Errors (each audited as "sign-in-refused" in the local store):
    /// - online: BadInput "password" (wrong login or password), Forbidden "login" (disabled account,
    ///   or no clerk of this server), BadInput on the server's field (a certificate not trusted, no
    ///   such database);
    /// - offline: Forbidden "login" (never signed in online here), "locked" (5 wrong passwords),
    ///   "grace" (the grace period ended), "password" (wrong; the attempts left named) — when the
    ///   server was unreachable the message says so first;
    /// - BadInput "login" / "password" when empty (not audited: nothing was tried); Storage.
    QFuture<Result<SignInOutcome>> signIn(const std::optional<central::CentralConnectionInfo> &server, const QString &login,
                                          const QString &password);

    /// Whether the local store holds any clerk's offline credential (then the window asks for a
    /// sign-in even without a server). Error: Storage.
    QFuture<Result<bool>> hasOfflineCredentials() const;

private:
    void signInOffline(const std::shared_ptr<SignInRun> &run);

    AppContext &m_context;
    VerifierCosts m_costs;
};

} // namespace tongban::services
