#pragma once

#include <QString>

#include <optional>

namespace tongban::accounts {

/// One thing a role may see or do. Which role may what is data (resources/accounts/roles.json,
/// loaded by RoleTable); the ids below are how that file and the audit spell them.
enum class Permission {
    Intake, ///< "intake": take in a visit's matters
    LookUp, ///< "look-up": look up and open an insured person (ID number masked)
    Pension, ///< "pension": the pension computed and shown
    Print, ///< "print": print a paper
    Pdf, ///< "pdf": save a paper as PDF
    Export, ///< "export": a CSV of the window's own work (the day's work)
    Compare, ///< "compare": compare with another person's pension (their data shown to a visitor)
    Unmask, ///< "unmask": the full ID number, after giving a reason
    Accounts, ///< "accounts": add, disable and reset clerk accounts
    BackOffice, ///< "back-office": decide matters in the back office
    AuditView, ///< "audit-view": read the audit log
    SweepCsv, ///< "sweep-csv": the bulk CSV of the 免申即享 sweep (every employer of the region)
    SyncAdmin, ///< "sync-admin": set a file's offline limits, import a hand-carried outbox (issue 13)
};

/// Every permission, in the order above.
inline constexpr Permission allPermissions[]
    = {Permission::Intake,    Permission::LookUp,   Permission::Pension,  Permission::Print,    Permission::Pdf,
       Permission::Export,    Permission::Compare,  Permission::Unmask,   Permission::Accounts, Permission::BackOffice,
       Permission::AuditView, Permission::SweepCsv, Permission::SyncAdmin};

/// The stable id of @p permission ("look-up", "sweep-csv", …).
QString permissionId(Permission permission);

/// The permission named @p id; std::nullopt for an unknown id.
std::optional<Permission> permissionFromId(const QString &id);

} // namespace tongban::accounts
