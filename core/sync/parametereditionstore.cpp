#include "parametereditionstore.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

namespace tongban::sync {

QString ParameterEditionStore::digestOf(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

Result<QList<policy::ParameterFileEdition>> ParameterEditionStore::held(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT file, edition, digest, content FROM parameter_edition ORDER BY file")))
        return storage::LocalStore::queryError(q, tr("cannot read the parameter editions"));
    QList<policy::ParameterFileEdition> editions;
    while (q.next()) {
        policy::ParameterFileEdition e {q.value(0).toString(), q.value(1).toString(), q.value(3).toByteArray()};
        if (digestOf(e.content) != q.value(2).toString())
            return Error::storage(tr("the parameter edition %1 of %2 in this file is damaged (its bytes do not match its digest): "
                                     "sync again to receive it once more")
                                      .arg(e.edition, e.file));
        editions << e;
    }
    return editions;
}

Result<QHash<QString, QString>> ParameterEditionStore::heldDigests(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT file, digest FROM parameter_edition")))
        return storage::LocalStore::queryError(q, tr("cannot read the parameter editions"));
    QHash<QString, QString> digests;
    while (q.next())
        digests.insert(q.value(0).toString(), q.value(1).toString());
    return digests;
}

Status ParameterEditionStore::store(const QSqlDatabase &db, const QList<policy::ParameterFileEdition> &editions, const QDateTime &now)
{
    storage::WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO parameter_edition (file, edition, digest, content, received_at) VALUES (?, ?, ?, ?, ?)"
                             " ON CONFLICT (file) DO UPDATE SET edition = excluded.edition, digest = excluded.digest,"
                             " content = excluded.content, received_at = excluded.received_at"));
    const QString nowText = storage::StoredTime::toText(now);
    for (const policy::ParameterFileEdition &e : editions) {
        q.addBindValue(e.file);
        q.addBindValue(e.edition);
        q.addBindValue(digestOf(e.content));
        q.addBindValue(e.content);
        q.addBindValue(nowText);
        if (!q.exec())
            return storage::LocalStore::queryError(q, tr("cannot store the parameter edition %1 of %2").arg(e.edition, e.file));
    }
    return tx.commit();
}

Result<QList<policy::ParameterFileEdition>> ParameterEditionStore::readFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QList<policy::ParameterFileEdition>();
    const QString name = QStringLiteral("parameter-editions-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<QList<policy::ParameterFileEdition>> result = QList<policy::ParameterFileEdition>();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            result = Error::storage(tr("cannot open %1 to read its parameter editions").arg(path));
        } else {
            QSqlQuery exists(db);
            if (!exists.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'parameter_edition'")))
                result = storage::LocalStore::queryError(exists, tr("cannot read the parameter editions"));
            else if (exists.next())
                result = held(db);
            exists.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace tongban::sync
