#include "visitsessionrepository.h"
#include "storage/storedtime.h"

#include "storage/localstore.h"
#include "storage/writetransaction.h"
#include "visiteventlog.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace tongban::session {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;

namespace {

const QString kSessionColumns = QStringLiteral("id, queue_number, person_id, clerk, opened_at, closed_at, version");

VisitSession sessionFromRow(const QSqlQuery &q)
{
    VisitSession s;
    s.id = q.value(0).toString();
    s.queueNumber = q.value(1).toString();
    s.personId = q.value(2).toString();
    s.clerk = q.value(3).toString();
    s.openedAt = StoredTime::fromText(q.value(4).toString());
    s.closedAt = StoredTime::fromText(q.value(5).toString());
    s.version = q.value(6).toInt();
    return s;
}

bool isLowerCaseUuid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace

VisitSessionRepository::VisitSessionRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

QDateTime VisitSessionRepository::now() const
{
    return m_clock.now();
}

QString VisitSessionRepository::automaticQueueNumber(int n, QChar category)
{
    return category + QStringLiteral("%1").arg(n, 3, 10, QChar(u'0'));
}

Result<int> VisitSessionRepository::lastAutomaticNumber(QDate localDay, QChar category) const
{
    // The local day as a half-open range of stored (UTC) time stamps.
    const QString from = StoredTime::toText(QDateTime(localDay, QTime(0, 0), Qt::LocalTime));
    const QString to = StoredTime::toText(QDateTime(localDay.addDays(1), QTime(0, 0), Qt::LocalTime));
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT queue_number FROM visit_session"
                                  " WHERE opened_at >= :from AND opened_at < :to AND queue_number GLOB :pattern")))
        return LocalStore::queryError(q, tr("cannot prepare the queue number query"));
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    q.bindValue(QStringLiteral(":pattern"), QString(QString(category) + QStringLiteral("[0-9]*")));
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot count today's queue numbers"));
    int last = 0;
    while (q.next()) {
        // GLOB checked the first digit only: "A12B" is a typed number, not an automatic one.
        bool ok = false;
        const int n = q.value(0).toString().mid(1).toInt(&ok);
        if (ok && n > last)
            last = n;
    }
    return last;
}

Status VisitSessionRepository::personStored(const QString &personId) const
{
    QSqlQuery find(m_db);
    if (!find.prepare(QStringLiteral("SELECT 1 FROM insured_person WHERE id = :id")))
        return LocalStore::queryError(find, tr("cannot prepare the person query"));
    find.bindValue(QStringLiteral(":id"), personId);
    if (!find.exec())
        return LocalStore::queryError(find, tr("cannot read the insured person"));
    if (!find.next())
        return Error::notFound(QStringLiteral("person_id"), tr("no insured person with the id %1 is stored").arg(personId));
    return Done {};
}

Result<VisitSession> VisitSessionRepository::open(const OpenRequest &request)
{
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    auto session = openWithin(request);
    if (!session)
        return session.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return session;
}

Result<VisitSession> VisitSessionRepository::openWithin(const OpenRequest &request)
{
    const QString clerk = request.clerk.trimmed();
    if (clerk.isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required"));
    const QString typed = request.queueNumber.trimmed();
    static const QRegularExpression queuePattern(QStringLiteral("^[A-Za-z0-9-]{1,16}$"));
    if (!typed.isEmpty() && !queuePattern.match(typed).hasMatch())
        return Error::badInput(QStringLiteral("queue_number"), tr("a queue number has 1 to 16 letters, digits or \"-\", e.g. A017"));
    if (!request.id.isEmpty() && !isLowerCaseUuid(request.id))
        return Error::badInput(QStringLiteral("id"), tr("a visit id is a UUID in lower case"));
    if (!isQueueCategory(request.queueCategory))
        return Error::badInput(QStringLiteral("queue_category"),
                               tr("a window category is one capital letter A to Z (its automatic numbers: A001, B001, …)"));

    if (!request.personId.isEmpty()) {
        if (const Status s = personStored(request.personId); !s)
            return s.error();
    }

    const QDateTime opened = now();
    const QString stamp = StoredTime::toText(opened);
    {
        QSqlQuery closeOthers(m_db);
        if (!closeOthers.prepare(QStringLiteral("UPDATE visit_session SET status = 'closed', closed_at = :now, version = version + 1"
                                                " WHERE clerk = :clerk AND status = 'open'")))
            return LocalStore::queryError(closeOthers, tr("cannot prepare closing the previous visit"));
        closeOthers.bindValue(QStringLiteral(":now"), stamp);
        closeOthers.bindValue(QStringLiteral(":clerk"), clerk);
        if (!closeOthers.exec())
            return LocalStore::queryError(closeOthers, tr("cannot close the previous visit"));
    }

    VisitSession session;
    session.id = request.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.id;
    session.personId = request.personId;
    session.clerk = clerk;
    session.openedAt = StoredTime::fromText(stamp);
    if (typed.isEmpty()) {
        const auto last = lastAutomaticNumber(opened.toLocalTime().date(), request.queueCategory);
        if (!last)
            return last.error();
        session.queueNumber = automaticQueueNumber(*last + 1, request.queueCategory);
    } else {
        session.queueNumber = typed;
    }

    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status, version)"
                                       " VALUES (:id, :queue, :person, :clerk, :opened, 'open', 1)")))
        return LocalStore::queryError(insert, tr("cannot prepare the visit statement"));
    insert.bindValue(QStringLiteral(":id"), session.id);
    insert.bindValue(QStringLiteral(":queue"), session.queueNumber);
    insert.bindValue(QStringLiteral(":person"),
                     session.personId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(session.personId));
    insert.bindValue(QStringLiteral(":clerk"), session.clerk);
    insert.bindValue(QStringLiteral(":opened"), stamp);
    if (!insert.exec())
        return LocalStore::queryError(insert, tr("cannot store the visit %1").arg(session.queueNumber));
    return session;
}

Result<std::optional<VisitSession>> VisitSessionRepository::findOpen(const QString &clerk) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT ") + kSessionColumns
                   + QStringLiteral(" FROM visit_session WHERE clerk = :clerk AND status = 'open'"
                                    " ORDER BY opened_at DESC, rowid DESC LIMIT 1")))
        return LocalStore::queryError(q, tr("cannot prepare the visit query"));
    q.bindValue(QStringLiteral(":clerk"), clerk.trimmed());
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the open visit"));
    if (!q.next())
        return std::optional<VisitSession>();
    return std::optional<VisitSession>(sessionFromRow(q));
}

Result<VisitSession> VisitSessionRepository::load(const QString &id) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT ") + kSessionColumns + QStringLiteral(" FROM visit_session WHERE id = :id")))
        return LocalStore::queryError(q, tr("cannot prepare the visit query"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the visit"));
    if (!q.next())
        return Error::notFound(QStringLiteral("session_id"), tr("no visit with the id %1 is stored").arg(id));
    return sessionFromRow(q);
}

Status VisitSessionRepository::close(const QString &id)
{
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("UPDATE visit_session SET status = 'closed', closed_at = :now, version = version + 1"
                                  " WHERE id = :id AND status = 'open'")))
        return LocalStore::queryError(q, tr("cannot prepare closing the visit"));
    q.bindValue(QStringLiteral(":now"), StoredTime::toText(now()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot close the visit"));
    if (q.numRowsAffected() == 0) {
        QSqlQuery exists(m_db);
        if (!exists.prepare(QStringLiteral("SELECT 1 FROM visit_session WHERE id = :id")))
            return LocalStore::queryError(exists, tr("cannot prepare the visit query"));
        exists.bindValue(QStringLiteral(":id"), id);
        if (!exists.exec())
            return LocalStore::queryError(exists, tr("cannot read the visit"));
        if (!exists.next())
            return Error::notFound(QStringLiteral("session_id"), tr("no visit with the id %1 is stored").arg(id));
    }
    return tx.commit();
}

Result<QStringList> VisitSessionRepository::persons(const QString &sessionId) const
{
    const auto visit = load(sessionId);
    if (!visit)
        return visit.error();
    QStringList ids;
    if (!visit->personId.isEmpty())
        ids << visit->personId;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT json_extract(payload, '$.person_id') FROM session_event"
                                  " WHERE session_id = :id AND kind = :kind ORDER BY created_at, rowid")))
        return LocalStore::queryError(q, tr("cannot prepare the query of the visit's persons"));
    q.bindValue(QStringLiteral(":id"), sessionId);
    q.bindValue(QStringLiteral(":kind"), personAddedKind());
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the visit's persons"));
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

Status VisitSessionRepository::addPerson(const QString &sessionId, const QString &personId, const QString &clerk)
{
    const QString who = clerk.trimmed();
    if (who.isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required"));
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    const auto visit = load(sessionId);
    if (!visit)
        return visit.error();
    if (!visit->isOpen())
        return Error::badInput(QStringLiteral("session_id"),
                               tr("the visit %1 is closed: a person is added to the visit open at the counter").arg(visit->queueNumber));
    if (const Status s = personStored(personId); !s)
        return s;
    const auto already = persons(sessionId);
    if (!already)
        return already.error();
    if (already->contains(personId))
        return tx.commit();
    const auto appended = VisitEventLog(m_db).append(
        {QString(), sessionId, personAddedKind(), QJsonObject {{QStringLiteral("person_id"), personId}}, who, now()});
    if (!appended)
        return appended.error();
    return tx.commit();
}

} // namespace tongban::session
