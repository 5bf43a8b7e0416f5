#include "visiteventlog.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace tongban::session {

using storage::LocalStore;
using storage::StoredTime;

VisitEventLog::VisitEventLog(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QString> VisitEventLog::append(const Event &event)
{
    if (event.kind.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("kind"), tr("an event needs a kind"));
    const QString clerk = event.clerk.trimmed();
    if (clerk.isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required"));
    const QString id = event.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : event.id;
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO session_event (id, session_id, kind, payload, clerk, created_at)"
                                       " VALUES (:id, :session, :kind, :payload, :clerk, :created)")))
        return LocalStore::queryError(insert, tr("cannot prepare the event statement"));
    insert.bindValue(QStringLiteral(":id"), id);
    insert.bindValue(QStringLiteral(":session"), event.sessionId);
    insert.bindValue(QStringLiteral(":kind"), event.kind);
    // Bound as text: json_valid() and json_extract() read TEXT, not a BLOB.
    insert.bindValue(QStringLiteral(":payload"), QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)));
    insert.bindValue(QStringLiteral(":clerk"), clerk);
    insert.bindValue(QStringLiteral(":created"), StoredTime::toText(event.at));
    if (!insert.exec())
        return LocalStore::queryError(insert, tr("cannot store the event %1 of the visit %2").arg(event.kind, event.sessionId));
    return id;
}

Result<QString> VisitEventLog::insertBackOfficeVisit(const QString &clerk, const QDateTime &openedAt, const QDateTime &closedAt)
{
    const QString who = clerk.trimmed();
    if (who.isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required"));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery visit(m_db);
    if (!visit.prepare(
            QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, closed_at, status, version)"
                           " VALUES (:id, :queue, NULL, :clerk, :opened, :closed, 'closed', 1)")))
        return LocalStore::queryError(visit, tr("cannot prepare the back-office visit"));
    visit.bindValue(QStringLiteral(":id"), id);
    visit.bindValue(QStringLiteral(":queue"), backOfficeQueueNumber());
    visit.bindValue(QStringLiteral(":clerk"), who);
    visit.bindValue(QStringLiteral(":opened"), StoredTime::toText(openedAt));
    visit.bindValue(QStringLiteral(":closed"), StoredTime::toText(closedAt));
    if (!visit.exec())
        return LocalStore::queryError(visit, tr("cannot store the back-office visit"));
    return id;
}

} // namespace tongban::session
