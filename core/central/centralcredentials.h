#pragma once

#include "centralconnectioninfo.h"

#include <QString>

namespace tongban::central {

/// The signed-in clerk's way to the central server while they are signed in: the server's
/// connection with their own login and password in it. Held in memory only (the window, the
/// sync of the next issue) and dropped at sign-out: never written to disk, never logged
/// (CentralConnectionInfo::display() masks the password).
struct CentralCredentials
{
    CentralConnectionInfo connection; ///< the server's connection string with "user" and "password" set
    QString login; ///< the clerk's login role, e.g. "wang.fang"
};

} // namespace tongban::central
