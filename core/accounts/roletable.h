#pragma once

#include "permission.h"
#include "role.h"

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace tongban::accounts {

/// One role as the role table describes it.
struct RoleDefinition
{
    Role role = Role::WindowClerk;
    QString nameZh; ///< e.g. "窗口经办员", shown on screen
    QString nameEn; ///< e.g. "window clerk"
    QSet<Permission> may; ///< what the role may see and do
    QString source; ///< why: the issue or regulation the row follows
};

/// What each role may do, as data: resources/accounts/roles.json (shipped as ":/accounts/roles.json").
///
/// The file: `{"source": text, "roles": [{"id": "window-clerk" | "expert" | "supervisor",
/// "name_zh", "name_en", "may": [permission ids], "source"}]}`. Every role must be there once.
class RoleTable
{
    Q_DECLARE_TR_FUNCTIONS(tongban::accounts::RoleTable)

public:
    /// The shipped table (":/accounts/roles.json"). Shipped data that does not load is a build
    /// defect: the error is the loader's.
    static Result<std::shared_ptr<const RoleTable>> loadBuiltIn();

    /// Parses @p json. Errors (BadInput) name the JSON path of the offending value
    /// ("roles[1].may[2]": an unknown permission id; "roles[0].id": an unknown or repeated role;
    /// "roles": a role missing; "roles[2].name_zh": empty) and say what is allowed.
    static Result<std::shared_ptr<const RoleTable>> parse(const QByteArray &json);

    /// The row of @p role (every role has one in a loaded table).
    const RoleDefinition &definition(Role role) const;
    /// Whether @p role may @p permission.
    bool may(Role role, Permission permission) const { return definition(role).may.contains(permission); }
    /// The whole table's source.
    const QString &source() const { return m_source; }

private:
    QList<RoleDefinition> m_roles; // indexed by Role
    QString m_source;
};

} // namespace tongban::accounts
