#include "matterworkflowrepository.h"

#include "intake/missingdocuments.h"
#include "matterstatemachine.h"
#include "session/visiteventlog.h"
#include "storage/localstore.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace tongban::workflow {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;

namespace {

const QString kSelectMatter = QStringLiteral(
    "SELECT m.id, m.session_id, s.queue_number, m.position, m.matter_id, i.applicant_id_number, i.applicant_name, i.applicant_phone,"
    " m.subject_id_number, m.subject_name, m.agent_relation, m.fields_json, m.documents_json, m.missing_json, m.status, m.channel,"
    " m.returned_reason, m.received_on, m.due_on, m.statutory_due_on, m.pre_review_json, m.clerk, m.created_at"
    " FROM intake_matter m JOIN visit_session s ON s.id = m.session_id JOIN intake_visit i ON i.session_id = m.session_id");

QStringList stringList(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QString compact(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

StoredMatter readMatter(const QSqlQuery &q)
{
    StoredMatter m;
    m.id = q.value(0).toString();
    m.sessionId = q.value(1).toString();
    m.queueNumber = q.value(2).toString();
    m.position = q.value(3).toInt();
    m.matter = q.value(4).toString();
    m.applicantIdNumber = q.value(5).toString();
    m.applicantName = q.value(6).toString();
    m.applicantPhone = q.value(7).toString();
    m.subjectIdNumber = q.value(8).toString();
    m.subjectName = q.value(9).toString();
    m.agentRelation = q.value(10).toString();
    m.fields = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    m.documents = stringList(q.value(12).toString());
    m.missingDocuments = stringList(q.value(13).toString());
    m.status = MatterStatusText::fromKey(q.value(14).toString()).value_or(MatterStatus::Received);
    m.channel = q.value(15).toString();
    m.returnedReason = q.value(16).toString();
    m.receivedOn = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    m.dueOn = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    m.statutoryDueOn = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    if (!q.value(20).isNull())
        m.preReview = intake::PreReviewRecord::fromJson(QJsonDocument::fromJson(q.value(20).toString().toUtf8()).object());
    m.clerk = q.value(21).toString();
    m.createdAt = StoredTime::fromText(q.value(22).toString());
    return m;
}

} // namespace

MatterWorkflowRepository::MatterWorkflowRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<StoredMatter> MatterWorkflowRepository::load(const QString &matterId) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(kSelectMatter + QStringLiteral(" WHERE m.id = :id")))
        return LocalStore::queryError(q, tr("cannot prepare reading the matter"));
    q.bindValue(QStringLiteral(":id"), matterId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the matter"));
    if (!q.next())
        return Error::notFound(QStringLiteral("matter"), tr("no matter %1 is stored").arg(matterId));
    return readMatter(q);
}

Result<QList<StatusEvent>> MatterWorkflowRepository::history(const QString &matterId) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT id, from_status, to_status, reason, clerk, at, department FROM matter_status_event"
                                  " WHERE matter_id = :id ORDER BY at, rowid")))
        return LocalStore::queryError(q, tr("cannot prepare reading the matter's history"));
    q.bindValue(QStringLiteral(":id"), matterId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the matter's history"));
    QList<StatusEvent> events;
    while (q.next()) {
        StatusEvent e;
        e.id = q.value(0).toString();
        e.matterId = matterId;
        e.from = MatterStatusText::fromKey(q.value(1).toString()).value_or(MatterStatus::Received);
        e.to = MatterStatusText::fromKey(q.value(2).toString()).value_or(MatterStatus::Received);
        e.reason = q.value(3).toString();
        e.clerk = q.value(4).toString();
        e.at = StoredTime::fromText(q.value(5).toString());
        e.department = q.value(6).toString();
        events.append(e);
    }
    return events;
}

Result<QList<StoredMatter>> MatterWorkflowRepository::openMatters(const QString &channel) const
{
    QSqlQuery q(m_db);
    // The partial index intake_matter_open_due serves the WHERE and the ORDER BY of the due dates.
    // An empty channel may be bound as NULL (a null QString): coalesce counts it as "every channel".
    if (!q.prepare(
            kSelectMatter
            + QStringLiteral(" WHERE m.status NOT IN ('done', 'returned') AND (coalesce(:any_channel, '') = '' OR m.channel = :channel)"
                             " ORDER BY m.due_on IS NULL, m.due_on, m.received_on, s.queue_number, m.position")))
        return LocalStore::queryError(q, tr("cannot prepare reading the open matters"));
    q.bindValue(QStringLiteral(":any_channel"), channel);
    q.bindValue(QStringLiteral(":channel"), channel);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the open matters"));
    QList<StoredMatter> list;
    while (q.next())
        list.append(readMatter(q));
    return list;
}

Result<StatusChangeOutcome> MatterWorkflowRepository::change(const StatusChange &change, const intake::MatterCatalog &catalog,
                                                             const intake::WorkingDayCalendar &calendar)
{
    const QString clerk = change.clerk.trimmed();
    if (clerk.isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required for a change of status"));
    const QString reason = change.reason.trimmed();
    if (MatterStateMachine::needsReason(change.to) && reason.size() < MatterStateMachine::minimumReturnReasonLength)
        return Error::badInput(QStringLiteral("reason"),
                               tr("a return needs a reason the applicant can act on (at least %1 characters): what is wrong and what "
                                  "to bring or correct, e.g. \"请补交户口簿原件\"")
                                   .arg(MatterStateMachine::minimumReturnReasonLength));
    const bool resubmission = change.to == MatterStatus::Received;
    if (!resubmission && !change.documentsBrought.isEmpty())
        return Error::badInput(QStringLiteral("documents"), tr("documents are added to a matter only when it is resubmitted"));
    for (qsizetype i = 0; i < change.documentsBrought.size(); ++i)
        if (!catalog.document(change.documentsBrought.at(i)))
            return Error::badInput(QStringLiteral("documents[%1]").arg(i),
                                   tr("unknown document \"%1\" (documents.json lists the documents)").arg(change.documentsBrought.at(i)));

    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    auto loaded = load(change.matterId);
    if (!loaded)
        return loaded.error();
    StoredMatter m = std::move(loaded).value();
    const intake::MatterDefinition *definition = catalog.matter(m.matter);
    if (!definition)
        return Error::notFound(
            QStringLiteral("matter_id"),
            tr("the matter \"%1\" is not in the catalog (edition %2): its steps are not known").arg(m.matter, catalog.edition()));
    if (const Status s = MatterStateMachine::check(definition->workflow, m.status, change.to); !s)
        return s.error();

    const QDateTime now = StoredTime::fromText(StoredTime::toText(m_clock.nowUtc()));
    const QDate today = m_clock.today();
    StatusChangeOutcome outcome;
    StatusEvent &e = outcome.event;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.matterId = m.id;
    e.from = m.status;
    e.to = change.to;
    e.reason = reason;
    e.clerk = clerk;
    e.at = now;
    e.department = change.to == MatterStatus::Forwarded ? definition->workflow.forwardTo : definition->department;

    m.status = change.to;
    if (change.to == MatterStatus::Returned)
        m.returnedReason = reason;
    if (resubmission) {
        // The documents handed in stay; those brought now are added; what is still missing is
        // counted again on the matter's conditions; the time limit counts again from today.
        for (const QString &d : change.documentsBrought)
            if (!m.documents.contains(d))
                m.documents.append(d);
        intake::IntakeCase single;
        single.applicant.idNumber = m.applicantIdNumber;
        single.applicant.name = m.applicantName;
        intake::IntakeMatter entry;
        entry.matter = m.matter;
        entry.fields = m.fields;
        entry.documents = m.documents;
        if (!m.agentRelation.isEmpty())
            entry.agentFor = intake::AgentFor {m.subjectIdNumber, m.subjectName, m.agentRelation};
        single.matters.append(entry);
        m.missingDocuments = intake::MissingDocuments::forMatter(catalog, single, 0);
        m.receivedOn = today;
        m.dueOn = QDate();
        m.statutoryDueOn = QDate();
        const intake::TimeLimit &limit = definition->timeLimit;
        if (limit.hasPromisedDays) {
            if (const auto due = calendar.addWorkingDays(today, limit.promisedDays))
                m.dueOn = *due;
            else
                outcome.dueNote = due.error().message;
        }
        if (limit.statutoryDays) {
            if (const auto due = calendar.addWorkingDays(today, *limit.statutoryDays))
                m.statutoryDueOn = *due;
            else if (outcome.dueNote.isEmpty())
                outcome.dueNote = due.error().message;
        } else if (limit.statutoryCalendarDays) {
            m.statutoryDueOn = today.addDays(*limit.statutoryCalendarDays); // the law counts calendar days
        }
    }

    {
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("UPDATE intake_matter SET status = :status, returned_reason = :reason, documents_json = :documents,"
                                      " missing_json = :missing, received_on = :received, due_on = :due, statutory_due_on = :statutory"
                                      " WHERE id = :id AND status = :from")))
            return LocalStore::queryError(q, tr("cannot prepare changing the matter's status"));
        q.bindValue(QStringLiteral(":status"), MatterStatusText::key(m.status));
        q.bindValue(QStringLiteral(":reason"), textOrNull(m.returnedReason));
        q.bindValue(QStringLiteral(":documents"), compact(m.documents));
        q.bindValue(QStringLiteral(":missing"), compact(m.missingDocuments));
        q.bindValue(QStringLiteral(":received"), m.receivedOn.toString(Qt::ISODate));
        q.bindValue(QStringLiteral(":due"), dateOrNull(m.dueOn));
        q.bindValue(QStringLiteral(":statutory"), dateOrNull(m.statutoryDueOn));
        q.bindValue(QStringLiteral(":id"), m.id);
        q.bindValue(QStringLiteral(":from"), MatterStatusText::key(e.from));
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot change the status of the matter %1").arg(m.id));
        if (q.numRowsAffected() != 1)
            return Error::storage(tr("the matter %1 changed while its status was being changed; read it again").arg(m.id));
    }
    {
        QSqlQuery q(m_db);
        if (!q.prepare(
                QStringLiteral("INSERT INTO matter_status_event (id, matter_id, from_status, to_status, reason, clerk, at, department)"
                               " VALUES (:id, :matter, :from, :to, :reason, :clerk, :at, :department)")))
            return LocalStore::queryError(q, tr("cannot prepare recording the change of status"));
        q.bindValue(QStringLiteral(":id"), e.id);
        q.bindValue(QStringLiteral(":matter"), e.matterId);
        q.bindValue(QStringLiteral(":from"), MatterStatusText::key(e.from));
        q.bindValue(QStringLiteral(":to"), MatterStatusText::key(e.to));
        q.bindValue(QStringLiteral(":reason"), textOrNull(e.reason));
        q.bindValue(QStringLiteral(":clerk"), e.clerk);
        q.bindValue(QStringLiteral(":at"), StoredTime::toText(e.at));
        q.bindValue(QStringLiteral(":department"), textOrNull(e.department));
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot record the change of status of the matter %1").arg(m.id));
    }
    session::VisitEventLog::Event event;
    event.sessionId = m.sessionId;
    event.kind = statusChangedKind();
    event.clerk = clerk;
    event.at = now;
    event.payload = {{QStringLiteral("matter"), m.id},
                     {QStringLiteral("matter_id"), m.matter},
                     {QStringLiteral("from"), MatterStatusText::key(e.from)},
                     {QStringLiteral("to"), MatterStatusText::key(e.to)},
                     {QStringLiteral("reason"), e.reason},
                     {QStringLiteral("event"), e.id}};
    if (const auto appended = session::VisitEventLog(m_db).append(event); !appended)
        return appended.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    outcome.matter = m;
    return outcome;
}

} // namespace tongban::workflow
