#include "role.h"

namespace tongban::accounts {

QString roleId(Role role)
{
    switch (role) {
    case Role::WindowClerk:
        return QStringLiteral("window-clerk");
    case Role::AssistingExpert:
        return QStringLiteral("expert");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    }
    return QString();
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role role : {Role::WindowClerk, Role::AssistingExpert, Role::Supervisor}) {
        if (roleId(role) == id)
            return role;
    }
    return std::nullopt;
}

} // namespace tongban::accounts
