#include "useradministration.h"

#include "central/centralaccounts.h"
#include "central/centralsession.h"

#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace tongban::services {

namespace {

/// Runs @p work(accounts) on a worker thread with a session of @p connection opened there.
template<typename T>
QFuture<Result<T>> onServer(const central::CentralConnectionInfo &connection, std::function<Result<T>(central::CentralAccounts &)> work)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, connection, work = std::move(work)] {
        auto session = central::CentralSession::open(connection);
        if (!session) {
            promise->addResult(Result<T>(session.error()));
        } else {
            central::CentralAccounts accounts(**session);
            promise->addResult(work(accounts));
        }
        promise->finish();
    });
    return future;
}

} // namespace

UserAdministration::UserAdministration(central::CentralCredentials credentials, QString officeCode)
    : m_credentials(std::move(credentials))
    , m_officeCode(std::move(officeCode))
{ }

QFuture<Result<QList<central::UserAccount>>> UserAdministration::list() const
{
    return onServer<QList<central::UserAccount>>(m_credentials.connection,
                                                 [](central::CentralAccounts &accounts) { return accounts.listUsers(); });
}

QFuture<Result<central::UserAccount>> UserAdministration::add(const QString &login, const QString &displayName, accounts::Role role,
                                                              const QString &password) const
{
    central::CentralAccounts::NewUser user {login.trimmed(), displayName.trimmed(), role, m_officeCode, password};
    return onServer<central::UserAccount>(m_credentials.connection,
                                          [user](central::CentralAccounts &accounts) { return accounts.addUser(user); });
}

QFuture<Result<central::UserAccount>> UserAdministration::disable(const QString &login) const
{
    return onServer<central::UserAccount>(m_credentials.connection,
                                          [login](central::CentralAccounts &accounts) { return accounts.disableUser(login); });
}

QFuture<Result<central::UserAccount>> UserAdministration::resetPassword(const QString &login, const QString &password) const
{
    return onServer<central::UserAccount>(m_credentials.connection, [login, password](central::CentralAccounts &accounts) {
        return accounts.resetPassword(login, password);
    });
}

QFuture<Result<central::UserAccount>> UserAdministration::setGraceDays(const QString &login, int days) const
{
    return onServer<central::UserAccount>(m_credentials.connection,
                                          [login, days](central::CentralAccounts &accounts) { return accounts.setGraceDays(login, days); });
}

audit::AuditEntry UserAdministration::auditOf(const QString &change, const central::UserAccount &account)
{
    audit::AuditEntry entry;
    entry.action = audit::action::account;
    entry.object = account.login;
    entry.detail = change;
    if (change == u"add")
        entry.detail += u' ' + accounts::roleId(account.role);
    else if (change == u"grace")
        entry.detail += u' ' + QString::number(account.graceDays);
    return entry;
}

} // namespace tongban::services
