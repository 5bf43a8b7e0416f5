#include "accountservice.h"
#include "offlinecredentials.h"

#include "accounts/offlinesignin.h"
#include "audit/auditlog.h"
#include "storage/storeservice.h"
#include "storage/writetransaction.h"

namespace tongban::services {

namespace {

/// The user a refused sign-in is audited as: only the login typed.
accounts::SignedInUser attempted(const QString &login)
{
    accounts::SignedInUser user;
    user.login = login.trimmed().isEmpty() ? QStringLiteral("?") : login.trimmed();
    user.displayName = user.login;
    return user;
}

Status writeRefusal(const QSqlDatabase &db, const accounts::SignedInUser &user, const Error &error, const QString &how, const Clock &clock)
{
    audit::AuditEntry entry;
    entry.action = audit::action::signInRefused;
    entry.outcome = QStringLiteral("refused");
    entry.object = how;
    entry.detail = error.field + QStringLiteral(": ") + error.message;
    const auto record = audit::AuditLog::append(db, user, entry, clock.nowUtc());
    if (!record)
        return record.error();
    return Done {};
}

} // namespace

AccountService::AccountService(AppContext &context, VerifierCosts costs)
    : m_context(context)
    , m_costs(costs)
{ }

Result<accounts::SignedInUser> AccountService::signInOffline(const QSqlDatabase &db, const QString &login, const QString &password,
                                                             const Clock &clock)
{
    storage::WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto found = OfflineCredentials::find(db, login.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value()) {
        const Error refusal = Error::forbidden(QStringLiteral("login"),
                                               tr("%1 has never signed in online on this computer: sign in online once before signing "
                                                  "in offline")
                                                   .arg(login.trimmed()));
        if (const Status s = writeRefusal(db, attempted(login), refusal, QStringLiteral("offline"), clock); !s)
            return s.error();
        if (const Status s = tx.commit(); !s)
            return s.error();
        return refusal;
    }
    accounts::OfflineCredential credential = **found;
    const int attemptsBefore = credential.failedAttempts;
    const bool lockedBefore = credential.locked;
    auto user = accounts::OfflineSignIn::check(credential, password, clock);
    if (credential.failedAttempts != attemptsBefore || credential.locked != lockedBefore) {
        if (const Status s = OfflineCredentials::saveAttempts(db, credential); !s)
            return s.error();
    }
    if (!user) {
        accounts::SignedInUser who = attempted(credential.login);
        who.officeCode = credential.officeCode;
        if (const Status s = writeRefusal(db, who, user.error(), QStringLiteral("offline"), clock); !s)
            return s.error();
    } else {
        audit::AuditEntry entry;
        entry.action = audit::action::signIn;
        entry.object = QStringLiteral("offline");
        entry.detail = accounts::roleId(user->role);
        const auto record = audit::AuditLog::append(db, *user, entry, clock.nowUtc());
        if (!record)
            return record.error();
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    return user;
}

Result<accounts::SignedInUser> AccountService::rememberOnlineSignIn(const QSqlDatabase &db, const accounts::SignedInUser &user,
                                                                    const QString &password, const Clock &clock, VerifierCosts costs)
{
    // The verifier is computed before the transaction: the file's write lock is not held for it.
    const auto verifier = accounts::OfflineVerifier::make(password, costs.timeCost, costs.memoryKiB, costs.parallelism);
    if (!verifier)
        return verifier.error();
    accounts::OfflineCredential credential;
    credential.login = user.login;
    credential.displayName = user.displayName;
    credential.role = user.role;
    credential.officeCode = user.officeCode;
    credential.officeName = user.officeName;
    credential.verifier = *verifier;
    credential.verifiedOnlineAt = clock.nowUtc();
    credential.graceDays = user.graceDays;

    storage::WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    if (const Status s = OfflineCredentials::save(db, credential); !s)
        return s.error();
    accounts::SignedInUser signedIn = user;
    signedIn.online = true;
    signedIn.signedInAt = clock.nowUtc();
    audit::AuditEntry entry;
    entry.action = audit::action::signIn;
    entry.object = QStringLiteral("online");
    entry.detail = accounts::roleId(user.role);
    const auto record = audit::AuditLog::append(db, signedIn, entry, clock.nowUtc());
    if (!record)
        return record.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return signedIn;
}

Status AccountService::auditRefusedSignIn(const QSqlDatabase &db, const QString &login, const Error &error, const Clock &clock)
{
    storage::WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    if (const Status s = writeRefusal(db, attempted(login), error, QStringLiteral("online"), clock); !s)
        return s.error();
    return tx.commit();
}

QFuture<Result<accounts::SignedInUser>> AccountService::signInOffline(const QString &login, const QString &password) const
{
    return m_context.store().write<accounts::SignedInUser>(
        [login, password, clock = m_context.clock()](QSqlDatabase db) { return signInOffline(db, login, password, clock); });
}

QFuture<Result<accounts::SignedInUser>> AccountService::rememberOnlineSignIn(const accounts::SignedInUser &user,
                                                                             const QString &password) const
{
    return m_context.store().write<accounts::SignedInUser>([user, password, clock = m_context.clock(), costs = m_costs](QSqlDatabase db) {
        return rememberOnlineSignIn(db, user, password, clock, costs);
    });
}

QFuture<Result<Done>> AccountService::auditRefusedSignIn(const QString &login, const Error &error) const
{
    return m_context.store().write<Done>(
        [login, error, clock = m_context.clock()](QSqlDatabase db) { return auditRefusedSignIn(db, login, error, clock); });
}

} // namespace tongban::services
