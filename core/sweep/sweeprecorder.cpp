#include "sweeprecorder.h"

#include "session/storedtime.h"
#include "storage/localstore.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace tongban::sweep {

using session::StoredTime;
using storage::LocalStore;

SweepRecorder::SweepRecorder(QSqlDatabase db, std::function<QDateTime()> clock)
    : m_db(std::move(db))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

QJsonObject SweepRecorder::payload(const SweepResult &result)
{
    return QJsonObject {
        {QStringLiteral("format"), 1},
        {QStringLiteral("parameters"), result.parameters.toJson()},
        {QStringLiteral("as_of"), result.parameters.asOf.toString(Qt::ISODate)},
        {QStringLiteral("rules_edition"), result.rulesEdition},
        {QStringLiteral("started_at"), StoredTime::toText(result.startedAt)},
        {QStringLiteral("finished_at"), StoredTime::toText(result.finishedAt)},
        {QStringLiteral("employers_total"), result.employersTotal},
        {QStringLiteral("screened"), result.screened},
        {QStringLiteral("cancelled"), result.cancelled},
        {QStringLiteral("result_count"), qint64(result.rows.size())},
        {QStringLiteral("eligible_count"), result.eligibleCount()},
        {QStringLiteral("skipped_count"), qint64(result.skipped.size())},
        {QStringLiteral("deferrable_pension_fen"), result.pensionTotal.fen()},
        {QStringLiteral("deferrable_pension"), result.pensionTotal.toPlainString()},
        {QStringLiteral("assumptions"), QJsonArray::fromStringList(result.assumptions)},
    };
}

Result<SweepRecorder::Recorded> SweepRecorder::record(const SweepResult &result, const QString &clerk)
{
    const QString who = clerk.trimmed();
    if (who.isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required"));
    const QString now = StoredTime::toText(m_clock());
    const QString opened = result.startedAt.isValid() ? StoredTime::toText(result.startedAt) : now;
    const QString closed = result.finishedAt.isValid() ? StoredTime::toText(result.finishedAt) : now;
    Recorded recorded {QUuid::createUuid().toString(QUuid::WithoutBraces), QUuid::createUuid().toString(QUuid::WithoutBraces)};

    storage::WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery visit(m_db);
    if (!visit.prepare(
            QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, closed_at, status, version)"
                           " VALUES (:id, :queue, NULL, :clerk, :opened, :closed, 'closed', 1)")))
        return LocalStore::queryError(visit, tr("cannot prepare the back-office visit"));
    visit.bindValue(QStringLiteral(":id"), recorded.sessionId);
    visit.bindValue(QStringLiteral(":queue"), backOfficeQueueNumber());
    visit.bindValue(QStringLiteral(":clerk"), who);
    visit.bindValue(QStringLiteral(":opened"), opened);
    visit.bindValue(QStringLiteral(":closed"), closed);
    if (!visit.exec())
        return LocalStore::queryError(visit, tr("cannot store the back-office visit"));

    QSqlQuery event(m_db);
    if (!event.prepare(QStringLiteral("INSERT INTO session_event (id, session_id, kind, payload, clerk, created_at)"
                                      " VALUES (:id, :session, :kind, :payload, :clerk, :created)")))
        return LocalStore::queryError(event, tr("cannot prepare the sweep record"));
    event.bindValue(QStringLiteral(":id"), recorded.eventId);
    event.bindValue(QStringLiteral(":session"), recorded.sessionId);
    event.bindValue(QStringLiteral(":kind"), eventKind());
    event.bindValue(QStringLiteral(":payload"), QString::fromUtf8(QJsonDocument(payload(result)).toJson(QJsonDocument::Compact)));
    event.bindValue(QStringLiteral(":clerk"), who);
    event.bindValue(QStringLiteral(":created"), now);
    if (!event.exec())
        return LocalStore::queryError(event, tr("cannot store the sweep record"));
    if (const Status s = tx.commit(); !s)
        return s.error();
    return recorded;
}

} // namespace tongban::sweep
