#pragma once

#include "accounts/role.h"

#include <QString>

namespace tongban::central {

/// A clerk's account as the central store keeps it (tongban.app_user). The password is the login
/// role's SCRAM verifier on the server, never here.
struct UserAccount
{
    QString login; ///< the PostgreSQL login role, e.g. "wang.fang"
    QString displayName; ///< e.g. "王芳"
    accounts::Role role = accounts::Role::WindowClerk;
    QString officeCode; ///< GB/T 2260, e.g. "110105"
    bool enabled = true;
    int graceDays = 7; ///< days an offline sign-in is allowed after the last online one (1…30)
};

/// A service office of the central store (tongban.office).
struct Office
{
    QString code; ///< GB/T 2260 code of its county or district, six digits
    QString name; ///< e.g. "朝阳区社保中心"
};

} // namespace tongban::central
