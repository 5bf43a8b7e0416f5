#pragma once

#include "centralconnectioninfo.h"

#include "accounts/signedinuser.h"
#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>

namespace tongban::central {

/// Signing in online: the clerk's own login connects to the central server, which checks the
/// password (SCRAM) — the program never sees a stored password. Then tongban.whoami() says who the
/// login is: name, role and office.
class OnlineSignIn
{
    Q_DECLARE_TR_FUNCTIONS(tongban::central::OnlineSignIn)

public:
    /// Connects to @p server as @p login with @p password (replacing any user and password of the
    /// connection string) and returns the signed-in clerk (online = true, signedInAt = @p clock's
    /// now in UTC, graceDays as the supervisor set it).
    /// Errors: BadInput "password" for a wrong login or password; Forbidden "login" for a disabled
    /// account, or a login that is no clerk of this server (the administrator's, say); Unavailable
    /// when the server cannot be reached; the others of CentralSession.
    static Result<accounts::SignedInUser> signIn(const CentralConnectionInfo &server, const QString &login, const QString &password,
                                                 const Clock &clock);
};

} // namespace tongban::central
