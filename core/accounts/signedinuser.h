#pragma once

#include "role.h"

#include <QDateTime>
#include <QString>

namespace tongban::accounts {

/// The clerk signed in at this machine: who is named on every record and audited for every
/// look-up, and whose role and office decide what may be seen and done.
struct SignedInUser
{
    QString login; ///< the PostgreSQL login role, e.g. "wang.fang"
    QString displayName; ///< the name printed as 经办人, e.g. "王芳"
    Role role = Role::WindowClerk;
    QString officeCode; ///< GB/T 2260 code of the office the clerk belongs to, e.g. "110102"
    QString officeName; ///< e.g. "北京市西城区社会保险事业管理中心"
    bool online = false; ///< the server checked the password (false: the offline verifier did)
    QDateTime signedInAt; ///< UTC
    int graceDays = 7; ///< how long an offline sign-in is allowed after the last online one
};

} // namespace tongban::accounts
