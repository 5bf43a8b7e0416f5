#include "offlinecredentials.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"

#include <QSqlQuery>

namespace tongban::services {

Result<std::optional<accounts::OfflineCredential>> OfflineCredentials::find(const QSqlDatabase &db, const QString &login)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT display_name, role, office_code, office_name, salt, hash, t_cost, m_cost, parallelism,"
                             " verified_online_at, grace_days, failed_attempts, locked FROM offline_credential WHERE login = :login"));
    q.bindValue(QStringLiteral(":login"), login);
    if (!q.exec())
        return storage::LocalStore::queryError(q, tr("cannot read the offline sign-in of %1").arg(login));
    if (!q.next())
        return std::optional<accounts::OfflineCredential>();
    accounts::OfflineCredential c;
    c.login = login;
    c.displayName = q.value(0).toString();
    const auto role = accounts::roleFromId(q.value(1).toString());
    if (!role)
        return Error::storage(tr("the offline sign-in of %1 has an unknown role \"%2\"").arg(login, q.value(1).toString()));
    c.role = *role;
    c.officeCode = q.value(2).toString();
    c.officeName = q.value(3).toString();
    c.verifier.salt = q.value(4).toByteArray();
    c.verifier.hash = q.value(5).toByteArray();
    c.verifier.timeCost = q.value(6).toInt();
    c.verifier.memoryKiB = q.value(7).toInt();
    c.verifier.parallelism = q.value(8).toInt();
    c.verifiedOnlineAt = storage::StoredTime::fromText(q.value(9).toString());
    c.graceDays = q.value(10).toInt();
    c.failedAttempts = q.value(11).toInt();
    c.locked = q.value(12).toInt() != 0;
    return std::optional<accounts::OfflineCredential>(c);
}

Status OfflineCredentials::save(const QSqlDatabase &db, const accounts::OfflineCredential &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO offline_credential (login, display_name, role, office_code, office_name, salt, hash,"
                             " t_cost, m_cost, parallelism, verified_online_at, grace_days, failed_attempts, locked) VALUES (:login,"
                             " :name, :role, :office, :officeName, :salt, :hash, :t, :m, :p, :at, :grace, :failed, :locked)"));
    q.bindValue(QStringLiteral(":login"), c.login);
    q.bindValue(QStringLiteral(":name"), c.displayName);
    q.bindValue(QStringLiteral(":role"), accounts::roleId(c.role));
    q.bindValue(QStringLiteral(":office"), c.officeCode);
    q.bindValue(QStringLiteral(":officeName"), c.officeName.isNull() ? QStringLiteral("") : c.officeName);
    q.bindValue(QStringLiteral(":salt"), c.verifier.salt);
    q.bindValue(QStringLiteral(":hash"), c.verifier.hash);
    q.bindValue(QStringLiteral(":t"), c.verifier.timeCost);
    q.bindValue(QStringLiteral(":m"), c.verifier.memoryKiB);
    q.bindValue(QStringLiteral(":p"), c.verifier.parallelism);
    q.bindValue(QStringLiteral(":at"), storage::StoredTime::toText(c.verifiedOnlineAt));
    q.bindValue(QStringLiteral(":grace"), c.graceDays);
    q.bindValue(QStringLiteral(":failed"), c.failedAttempts);
    q.bindValue(QStringLiteral(":locked"), c.locked ? 1 : 0);
    if (!q.exec())
        return storage::LocalStore::queryError(q, tr("cannot keep the offline sign-in of %1").arg(c.login));
    return Done {};
}

Status OfflineCredentials::saveAttempts(const QSqlDatabase &db, const accounts::OfflineCredential &c)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE offline_credential SET failed_attempts = :failed, locked = :locked WHERE login = :login"));
    q.bindValue(QStringLiteral(":failed"), c.failedAttempts);
    q.bindValue(QStringLiteral(":locked"), c.locked ? 1 : 0);
    q.bindValue(QStringLiteral(":login"), c.login);
    if (!q.exec())
        return storage::LocalStore::queryError(q, tr("cannot keep the offline sign-in of %1").arg(c.login));
    return Done {};
}

} // namespace tongban::services
