#include "onlinesignin.h"

#include "centralsession.h"

#include <QSqlQuery>

namespace tongban::central {

Result<accounts::SignedInUser> OnlineSignIn::signIn(const CentralConnectionInfo &server, const QString &login, const QString &password,
                                                    const Clock &clock)
{
    if (login.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("login"), tr("the login is required"));
    if (password.isEmpty())
        return Error::badInput(QStringLiteral("password"), tr("the password is required"));
    auto session = CentralSession::open(server.with(QStringLiteral("user"), login).with(QStringLiteral("password"), password),
                                        {QStringLiteral("login"), QStringLiteral("password")});
    if (!session)
        return session.error();
    QSqlQuery q((*session)->database());
    if (!q.exec(QStringLiteral("SELECT login, display_name, role, office_code, office_name, offline_grace_days, enabled "
                               "FROM tongban.whoami()")))
        return (*session)->errorFrom(q.lastError(), tr("reading who is signed in"));
    if (!q.next())
        return Error::forbidden(QStringLiteral("login"), tr("\"%1\" is no clerk's account of this central server").arg(login));
    if (!q.value(6).toBool())
        return Error::forbidden(QStringLiteral("login"), tr("the account \"%1\" is disabled: it may not sign in").arg(login));
    const auto role = accounts::roleFromId(q.value(2).toString());
    if (!role)
        return Error::storage(tr("the central server gives \"%1\" an unknown role \"%2\"").arg(login, q.value(2).toString()));
    accounts::SignedInUser user;
    user.login = q.value(0).toString();
    user.displayName = q.value(1).toString();
    user.role = *role;
    user.officeCode = q.value(3).toString().trimmed();
    user.officeName = q.value(4).toString();
    user.online = true;
    user.signedInAt = clock.nowUtc();
    user.graceDays = q.value(5).toInt();
    return user;
}

} // namespace tongban::central
