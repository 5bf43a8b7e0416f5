#include "ratingrepository.h"

#include "storage/localstore.h"
#include "storage/storedtext.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace tongban::casework {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;
using storage::StoredText::dateOrNull;
using storage::StoredText::orNull;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const QString selectFollowUp = QStringLiteral(
    "SELECT f.id, f.rating_id, f.due_on, f.due_note, f.outcome, f.closed_at, f.clerk, r.matter_id, m.matter_id, s.queue_number, r.level,"
    " r.comment FROM rating_followup f JOIN service_rating r ON r.id = f.rating_id JOIN intake_matter m ON m.id = r.matter_id"
    " JOIN visit_session s ON s.id = m.session_id");

RatingFollowUp followUpFrom(const QSqlQuery &q, QDate today)
{
    RatingFollowUp f;
    f.id = q.value(0).toString();
    f.ratingId = q.value(1).toString();
    f.dueOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    f.dueNote = q.value(3).toString();
    f.outcome = q.value(4).toString();
    f.closedAt = StoredTime::fromText(q.value(5).toString());
    f.clerk = q.value(6).toString();
    f.matterId = q.value(7).toString();
    f.matter = q.value(8).toString();
    f.queueNumber = q.value(9).toString();
    f.level = RatingLevel(q.value(10).toInt());
    f.comment = q.value(11).toString();
    f.overdue = f.isOpen() && f.dueOn.isValid() && f.dueOn < today;
    return f;
}

} // namespace

RatingRepository::RatingRepository(QSqlDatabase db, Clock clock, intake::WorkingDayCalendar calendar, int followUpWorkingDays)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
    , m_calendar(std::move(calendar))
    , m_followUpWorkingDays(followUpWorkingDays)
{ }

Result<ServiceRating> RatingRepository::rate(const QString &matterId, int level, const QString &channel, const QString &comment)
{
    if (level < 1 || level > 5)
        return Error::badInput(QStringLiteral("level"),
                               tr("the rating %1 is not one of the five levels: 5 very satisfied, 4 satisfied, 3 basically satisfied, "
                                  "2 dissatisfied, 1 very dissatisfied")
                                   .arg(level));
    if (!channels().contains(channel))
        return Error::badInput(QStringLiteral("channel"),
                               tr("the channel \"%1\" is not known: allowed are %2").arg(channel, channels().join(QStringLiteral(", "))));
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM intake_matter WHERE id = :id),"
                                 " EXISTS (SELECT 1 FROM service_rating WHERE matter_id = :id)"));
        q.bindValue(QStringLiteral(":id"), matterId);
        if (!q.exec() || !q.next())
            return LocalStore::queryError(q, tr("cannot read the matter"));
        if (!q.value(0).toBool())
            return Error::notFound(QStringLiteral("matter_id"), tr("no matter %1 is stored").arg(matterId));
        if (q.value(1).toBool())
            return Error::badInput(QStringLiteral("matter_id"), tr("the matter has been rated already: one rating per matter"));
    }
    ServiceRating r;
    r.id = newId();
    r.matterId = matterId;
    r.level = RatingLevel(level);
    r.channel = channel;
    r.comment = comment.trimmed();
    r.at = m_clock.nowUtc();
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO service_rating (id, matter_id, level, channel, comment, at)"
                                  " VALUES (:id, :matter, :level, :channel, :comment, :at)")))
        return LocalStore::queryError(q, tr("cannot prepare storing the rating"));
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":matter"), matterId);
    q.bindValue(QStringLiteral(":level"), level);
    q.bindValue(QStringLiteral(":channel"), channel);
    q.bindValue(QStringLiteral(":comment"), orNull(r.comment));
    q.bindValue(QStringLiteral(":at"), StoredTime::toText(r.at));
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot store the rating"));
    if (isPoor(r.level)) {
        RatingFollowUp f;
        f.id = newId();
        f.ratingId = r.id;
        const auto due = m_calendar.addWorkingDays(m_clock.today(), m_followUpWorkingDays);
        if (due)
            f.dueOn = *due;
        else
            f.dueNote = due.error().message;
        QSqlQuery insert(m_db);
        if (!insert.prepare(
                QStringLiteral("INSERT INTO rating_followup (id, rating_id, due_on, due_note) VALUES (:id, :rating, :due, :note)")))
            return LocalStore::queryError(insert, tr("cannot prepare opening the follow-up"));
        insert.bindValue(QStringLiteral(":id"), f.id);
        insert.bindValue(QStringLiteral(":rating"), r.id);
        insert.bindValue(QStringLiteral(":due"), dateOrNull(f.dueOn));
        insert.bindValue(QStringLiteral(":note"), orNull(f.dueNote));
        if (!insert.exec())
            return LocalStore::queryError(insert, tr("cannot open the follow-up of the poor rating"));
    }
    if (const Status s = tx.commit(); !s)
        return s.error();
    auto stored = forMatter(matterId);
    if (!stored)
        return stored.error();
    return **stored;
}

Result<RatingFollowUp> RatingRepository::closeFollowUp(const QString &followUpId, const QString &outcome, const QString &clerk)
{
    if (outcome.trimmed().size() < 4)
        return Error::badInput(QStringLiteral("outcome"), tr("write what was put right and told to the visitor (at least 4 characters)"));
    if (clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk who closes the follow-up is required"));
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto f = followUp(followUpId);
    if (!f)
        return f.error();
    if (!f->isOpen())
        return Error::badInput(QStringLiteral("followup_id"), tr("the follow-up was closed already"));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE rating_followup SET outcome = :outcome, closed_at = :at, clerk = :clerk WHERE id = :id"));
    q.bindValue(QStringLiteral(":outcome"), outcome.trimmed());
    q.bindValue(QStringLiteral(":at"), StoredTime::toText(m_clock.nowUtc()));
    q.bindValue(QStringLiteral(":clerk"), clerk.trimmed());
    q.bindValue(QStringLiteral(":id"), followUpId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot close the follow-up"));
    if (const Status s = tx.commit(); !s)
        return s.error();
    return followUp(followUpId);
}

Result<std::optional<ServiceRating>> RatingRepository::forMatter(const QString &matterId) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT r.id, r.level, r.channel, r.comment, r.at, f.id FROM service_rating r"
                                  " LEFT JOIN rating_followup f ON f.rating_id = r.id WHERE r.matter_id = :matter")))
        return LocalStore::queryError(q, tr("cannot prepare reading the rating"));
    q.bindValue(QStringLiteral(":matter"), matterId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the rating"));
    if (!q.next())
        return std::optional<ServiceRating>();
    ServiceRating r;
    r.id = q.value(0).toString();
    r.matterId = matterId;
    r.level = RatingLevel(q.value(1).toInt());
    r.channel = q.value(2).toString();
    r.comment = q.value(3).toString();
    r.at = StoredTime::fromText(q.value(4).toString());
    if (!q.value(5).isNull()) {
        const auto f = followUp(q.value(5).toString());
        if (!f)
            return f.error();
        r.followUp = *f;
    }
    return std::optional<ServiceRating>(r);
}

Result<QList<RatingFollowUp>> RatingRepository::openFollowUps() const
{
    QSqlQuery q(m_db);
    if (!q.prepare(selectFollowUp + QStringLiteral(" WHERE f.closed_at IS NULL ORDER BY f.due_on IS NULL, f.due_on, r.at")))
        return LocalStore::queryError(q, tr("cannot prepare reading the follow-ups"));
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the follow-ups"));
    QList<RatingFollowUp> out;
    const QDate today = m_clock.today();
    while (q.next())
        out.append(followUpFrom(q, today));
    return out;
}

Result<RatingFollowUp> RatingRepository::followUp(const QString &followUpId) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(selectFollowUp + QStringLiteral(" WHERE f.id = :id")))
        return LocalStore::queryError(q, tr("cannot prepare reading the follow-up"));
    q.bindValue(QStringLiteral(":id"), followUpId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the follow-up"));
    if (!q.next())
        return Error::notFound(QStringLiteral("followup_id"), tr("no follow-up %1 is stored").arg(followUpId));
    return followUpFrom(q, m_clock.today());
}

} // namespace tongban::casework
