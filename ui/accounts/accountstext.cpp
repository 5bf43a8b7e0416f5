#include "ui/accounts/accountstext.h"

#include "accounts/accesspolicy.h"

namespace tongban::ui {

QString AccountsText::signedIn(const services::SignInOutcome &outcome)
{
    const QString who = tr("%1 · %2").arg(outcome.user.displayName, accounts::AccessPolicy::builtIn().roleName(outcome.user.role));
    if (outcome.online)
        return tr("%1 · online").arg(who);
    if (outcome.graceEnds.isValid())
        return tr("%1 · offline, valid until %2").arg(who, outcome.graceEnds.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return tr("%1 · offline").arg(who);
}

QString AccountsText::noAccounts(const QString &clerk)
{
    return clerk.isEmpty() ? tr("No accounts: window clerk's rights · clerk not set")
                           : tr("No accounts: window clerk's rights · clerk %1").arg(clerk);
}

QString AccountsText::refusal(const Error &error)
{
    if (error.kind == Error::Kind::Unavailable)
        return tr("The central server cannot be reached: %1").arg(error.message);
    if (error.field == u"password")
        return tr("Password: %1").arg(error.message);
    if (error.field == u"login")
        return tr("Login: %1").arg(error.message);
    if (error.field == u"locked")
        return tr("Offline sign-in locked: %1").arg(error.message);
    if (error.field == u"grace")
        return tr("Offline sign-in expired: %1").arg(error.message);
    if (error.field == u"server")
        return tr("Central server (Settings): %1").arg(error.message);
    return tr("The sign-in failed: %1").arg(error.message);
}

QString AccountsText::fieldName(const QString &field)
{
    if (field == u"login")
        return tr("Login");
    if (field == u"name")
        return tr("Name");
    if (field == u"password")
        return tr("Password");
    if (field == u"role")
        return tr("Role");
    if (field == u"office")
        return tr("Office");
    if (field == u"grace_days")
        return tr("Offline grace days");
    return field;
}

} // namespace tongban::ui
