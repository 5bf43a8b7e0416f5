#include "offlinesignin.h"

namespace tongban::accounts {

QDateTime OfflineSignIn::graceEnds(const OfflineCredential &credential)
{
    return credential.verifiedOnlineAt.toUTC().addDays(credential.graceDays);
}

Result<SignedInUser> OfflineSignIn::check(OfflineCredential &credential, const QString &password, const Clock &clock)
{
    const QDateTime now = clock.nowUtc();
    if (credential.locked)
        return Error::forbidden(QStringLiteral("locked"),
                                tr("the offline sign-in of %1 is locked after %2 wrong passwords: sign in online at the hall to unlock it")
                                    .arg(credential.login)
                                    .arg(maxFailedAttempts));
    if (!credential.verifiedOnlineAt.isValid() || now >= graceEnds(credential))
        return Error::forbidden(QStringLiteral("grace"),
                                tr("the offline sign-in of %1 expired on %2 (%3 days after the last online sign-in): sign in online")
                                    .arg(credential.login, graceEnds(credential).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                    .arg(credential.graceDays));
    if (!credential.verifier.matches(password)) {
        ++credential.failedAttempts;
        if (credential.failedAttempts >= maxFailedAttempts) {
            credential.locked = true;
            return Error::forbidden(
                QStringLiteral("password"),
                tr("wrong password; after %1 wrong passwords the offline sign-in is locked until the next online sign-in")
                    .arg(maxFailedAttempts));
        }
        return Error::forbidden(QStringLiteral("password"),
                                tr("wrong password for %1 (%2 attempts left before the offline sign-in is locked)")
                                    .arg(credential.login)
                                    .arg(maxFailedAttempts - credential.failedAttempts));
    }
    credential.failedAttempts = 0;
    SignedInUser user;
    user.login = credential.login;
    user.displayName = credential.displayName;
    user.role = credential.role;
    user.officeCode = credential.officeCode;
    user.officeName = credential.officeName;
    user.online = false;
    user.signedInAt = now;
    user.graceDays = credential.graceDays;
    return user;
}

} // namespace tongban::accounts
