#include "centralaccounts.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace tongban::central {

namespace {

const QRegularExpression &loginPattern()
{
    // The same rule as tongban.user_add (TB005).
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{1,62}$"));
    return pattern;
}

} // namespace

CentralAccounts::CentralAccounts(CentralSession &session)
    : m_session(session)
{ }

std::optional<Error> CentralAccounts::checkPassword(const QString &password)
{
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (password.size() < 8 || !letter || !digit)
        return Error::badInput(QStringLiteral("password"),
                               tr("a password has at least 8 characters, with at least one letter "
                                  "and one digit"));
    return std::nullopt;
}

Result<QList<Office>> CentralAccounts::listOffices()
{
    QSqlQuery q(m_session.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, name FROM tongban.office ORDER BY code")))
        return m_session.errorFrom(q.lastError(), tr("reading the offices"));
    QList<Office> offices;
    while (q.next())
        offices.append(Office {q.value(0).toString(), q.value(1).toString()});
    return offices;
}

Result<Office> CentralAccounts::addOffice(const QString &code, const QString &name)
{
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(code).hasMatch())
        return Error::badInput(QStringLiteral("code"),
                               tr("an office's code is the six digits of its county or district "
                                  "(GB/T 2260), e.g. 110105"));
    if (name.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("name"), tr("an office's name is required, e.g. 朝阳区社保中心"));
    QSqlQuery q(m_session.database());
    q.prepare(QStringLiteral("INSERT INTO tongban.office (code, name) VALUES (?, ?) RETURNING code, name"));
    q.addBindValue(code);
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next()) {
        if (q.lastError().nativeErrorCode() == u"23505")
            return Error::badInput(QStringLiteral("code"), tr("an office of code %1 exists already").arg(code));
        Error error = m_session.errorFrom(q.lastError(), tr("adding the office"));
        if (error.kind == Error::Kind::Forbidden)
            error.message = tr("only the administrator adds offices");
        return error;
    }
    return Office {q.value(0).toString(), q.value(1).toString()};
}

namespace {

UserAccount accountFrom(const QSqlQuery &q)
{
    UserAccount account;
    account.login = q.value(0).toString();
    account.displayName = q.value(1).toString();
    account.officeCode = q.value(2).toString();
    account.role = accounts::roleFromId(q.value(3).toString()).value_or(accounts::Role::WindowClerk);
    account.enabled = q.value(4).toBool();
    account.graceDays = q.value(5).toInt();
    return account;
}

} // namespace

Result<QList<UserAccount>> CentralAccounts::listUsers()
{
    QSqlQuery q(m_session.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT login, display_name, office_code, role, enabled, offline_grace_days FROM tongban.app_user "
                               "ORDER BY login")))
        return m_session.errorFrom(q.lastError(), tr("listing the accounts"));
    QList<UserAccount> users;
    while (q.next())
        users.append(accountFrom(q));
    return users;
}

Result<UserAccount> CentralAccounts::callAccountFunction(const QString &sql, const QVariantList &values, const QString &doing)
{
    QSqlQuery q(m_session.database());
    q.prepare(QStringLiteral("SELECT login, display_name, office_code, role, enabled, offline_grace_days FROM ") + sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return m_session.errorFrom(q.lastError(), doing);
    return accountFrom(q);
}

Result<UserAccount> CentralAccounts::addUser(const NewUser &user)
{
    if (!loginPattern().match(user.login).hasMatch())
        return Error::badInput(QStringLiteral("login"),
                               tr("a login is 2 to 63 characters: a lower-case letter first, then "
                                  "lower-case letters, digits, \".\", \"_\" or \"-\""));
    if (user.displayName.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("name"), tr("the clerk's name as printed on papers is required, e.g. 王芳"));
    if (auto error = checkPassword(user.password))
        return *error;
    const auto verifier = m_session.scramVerifier(user.password, user.login);
    if (!verifier)
        return verifier.error();
    return callAccountFunction(QStringLiteral("tongban.user_add(?, ?, ?, ?, ?)"),
                               {user.login, user.displayName.trimmed(), accounts::roleId(user.role), user.officeCode, *verifier},
                               tr("adding the account"));
}

Result<UserAccount> CentralAccounts::disableUser(const QString &login)
{
    return callAccountFunction(QStringLiteral("tongban.user_disable(?)"), {login}, tr("disabling the account"));
}

Result<UserAccount> CentralAccounts::resetPassword(const QString &login, const QString &password)
{
    if (auto error = checkPassword(password))
        return *error;
    const auto verifier = m_session.scramVerifier(password, login);
    if (!verifier)
        return verifier.error();
    return callAccountFunction(QStringLiteral("tongban.user_reset_password(?, ?)"), {login, *verifier}, tr("resetting the password"));
}

Result<UserAccount> CentralAccounts::setGraceDays(const QString &login, int days)
{
    if (days < 1 || days > 30)
        return Error::badInput(QStringLiteral("grace_days"), tr("the offline grace period is 1 to 30 days"));
    return callAccountFunction(QStringLiteral("tongban.user_set_grace(?, ?)"), {login, days}, tr("setting the offline grace period"));
}

} // namespace tongban::central
