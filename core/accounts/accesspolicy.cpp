#include "accesspolicy.h"

#include <QLocale>

namespace tongban::accounts {

AccessPolicy::AccessPolicy(std::shared_ptr<const RoleTable> table)
    : m_table(std::move(table))
{
    Q_ASSERT(m_table);
}

const AccessPolicy &AccessPolicy::builtIn()
{
    static const AccessPolicy policy = [] {
        auto table = RoleTable::loadBuiltIn();
        if (!table)
            qFatal("the shipped role table does not load: %s: %s", qPrintable(table.error().field), qPrintable(table.error().message));
        return AccessPolicy(*table);
    }();
    return policy;
}

bool AccessPolicy::may(const SignedInUser &user, Permission permission) const
{
    return m_table->may(user.role, permission);
}

std::optional<Error> AccessPolicy::require(const SignedInUser &user, Permission permission, const QString &field) const
{
    if (may(user, permission))
        return std::nullopt;
    return Error::forbidden(field, tr("the role %1 has no right to %2").arg(roleName(user.role), permissionName(permission)));
}

QString AccessPolicy::permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Intake:
        return tr("take in matters");
    case Permission::LookUp:
        return tr("look up insured persons");
    case Permission::Pension:
        return tr("see pension calculations");
    case Permission::Print:
        return tr("print papers");
    case Permission::Pdf:
        return tr("save papers as PDF");
    case Permission::Export:
        return tr("export CSV files");
    case Permission::Compare:
        return tr("compare with another person");
    case Permission::Unmask:
        return tr("see the full ID number");
    case Permission::Accounts:
        return tr("manage clerk accounts");
    case Permission::BackOffice:
        return tr("decide matters in the back office");
    case Permission::AuditView:
        return tr("read the audit log");
    case Permission::SweepCsv:
        return tr("export the sweep CSV of every employer");
    case Permission::SyncAdmin:
        return tr("set the offline limits and import hand-carried files");
    }
    return QString();
}

QString AccessPolicy::roleName(Role role) const
{
    const RoleDefinition &definition = m_table->definition(role);
    return QLocale().language() == QLocale::Chinese ? definition.nameZh : definition.nameEn;
}

} // namespace tongban::accounts
