#pragma once

#include "permission.h"
#include "roletable.h"
#include "signedinuser.h"

#include "common/error.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace tongban::accounts {

/// Whether the signed-in clerk may do something, by the role table. The core services ask it
/// before they act; the central database checks again with its GRANTs and row-level security.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(tongban::accounts::AccessPolicy)

public:
    /// A policy on @p table (not null).
    explicit AccessPolicy(std::shared_ptr<const RoleTable> table);
    /// The policy of the shipped table (RoleTable::loadBuiltIn(); a table that does not load is a
    /// build defect and stops the program with the loader's message).
    static const AccessPolicy &builtIn();

    /// Whether @p user's role may @p permission.
    bool may(const SignedInUser &user, Permission permission) const;

    /// std::nullopt when @p user may @p permission; else Error::forbidden(@p field, a translated
    /// message naming the permission and the role, e.g. "窗口经办员无权查看完整身份证号码" in zh_CN).
    std::optional<Error> require(const SignedInUser &user, Permission permission, const QString &field = QString()) const;

    /// The name of @p permission on screen (translated): "查看完整身份证号码" for Unmask.
    static QString permissionName(Permission permission);
    /// The name of @p role on screen: the table's name_zh in a Chinese locale, else name_en.
    QString roleName(Role role) const;

    const RoleTable &table() const { return *m_table; }

private:
    std::shared_ptr<const RoleTable> m_table;
};

} // namespace tongban::accounts
