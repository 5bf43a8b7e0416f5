#pragma once

#include "accounts/signedinuser.h"

#include <QString>

namespace tongban::test {

/// Someone signed in with @p role, shown as @p displayName (the clerk on every record; give the
/// context's fallback clerk to keep the names a test expects), of office 110105: what a test that
/// needs a right the window clerk has not (comparing with a colleague, the sweep CSV) hands to
/// AppContext::setSignedIn.
inline accounts::SignedInUser signedInUser(accounts::Role role, const QString &displayName,
                                           const QString &login = QStringLiteral("test.user"))
{
    accounts::SignedInUser user;
    user.login = login;
    user.displayName = displayName;
    user.role = role;
    user.officeCode = QStringLiteral("110105");
    user.officeName = QStringLiteral("朝阳区社保中心");
    return user;
}

} // namespace tongban::test
