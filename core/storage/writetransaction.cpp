#include "writetransaction.h"
#include "localstore.h"

#include <QSqlQuery>

namespace tongban::storage {

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{ }

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::begin()
{
    if (m_active)
        return Error::storage(tr("a write transaction is already active"));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return LocalStore::queryError(q, tr("cannot start a write transaction"));
    m_active = true;
    return Done {};
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return Error::storage(tr("no write transaction to commit"));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = LocalStore::queryError(q, tr("cannot commit the transaction"));
        rollback();
        return e;
    }
    m_active = false;
    return Done {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace tongban::storage
