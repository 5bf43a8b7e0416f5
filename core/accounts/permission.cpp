#include "permission.h"

namespace tongban::accounts {

QString permissionId(Permission permission)
{
    switch (permission) {
    case Permission::Intake:
        return QStringLiteral("intake");
    case Permission::LookUp:
        return QStringLiteral("look-up");
    case Permission::Pension:
        return QStringLiteral("pension");
    case Permission::Print:
        return QStringLiteral("print");
    case Permission::Pdf:
        return QStringLiteral("pdf");
    case Permission::Export:
        return QStringLiteral("export");
    case Permission::Compare:
        return QStringLiteral("compare");
    case Permission::Unmask:
        return QStringLiteral("unmask");
    case Permission::Accounts:
        return QStringLiteral("accounts");
    case Permission::BackOffice:
        return QStringLiteral("back-office");
    case Permission::AuditView:
        return QStringLiteral("audit-view");
    case Permission::SweepCsv:
        return QStringLiteral("sweep-csv");
    case Permission::SyncAdmin:
        return QStringLiteral("sync-admin");
    }
    return QString();
}

std::optional<Permission> permissionFromId(const QString &id)
{
    for (Permission permission : allPermissions) {
        if (permissionId(permission) == id)
            return permission;
    }
    return std::nullopt;
}

} // namespace tongban::accounts
