#pragma once

#include <QString>

#include <optional>

namespace tongban::accounts {

/// What a signed-in clerk is at the hall. Each role's rights are data
/// (resources/accounts/roles.json); the database grants them again to the PostgreSQL group role
/// of the same name (tongban_window_clerk, tongban_expert, tongban_supervisor).
enum class Role {
    WindowClerk, ///< 窗口经办员: intake, look-up, pension shown, ID numbers masked
    AssistingExpert, ///< 帮办专家: also comparison with another person, the unmasked ID with a reason
    Supervisor, ///< 主管: also accounts, back-office decisions, the audit view, bulk exports
};

/// The stable id of @p role as the CLI contract and the server spell it: "window-clerk",
/// "expert", "supervisor".
QString roleId(Role role);

/// The role named @p id ("window-clerk", "expert", "supervisor"); std::nullopt for anything else.
std::optional<Role> roleFromId(const QString &id);

} // namespace tongban::accounts
