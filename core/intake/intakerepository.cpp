#include "intakerepository.h"

#include "session/visiteventlog.h"
#include "session/visitsessionrepository.h"
#include "storage/localstore.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace tongban::intake {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

IntakeRepository::IntakeRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<IntakeReceipt> IntakeRepository::store(IntakeReceipt receipt, const IntakeCase &intake, const QString &personId,
                                              const QString &draftId)
{
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    auto stored = storeWithin(std::move(receipt), intake, personId, draftId);
    if (!stored)
        return stored.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<IntakeReceipt> IntakeRepository::storeWithin(IntakeReceipt receipt, const IntakeCase &intake, const QString &personId,
                                                    const QString &draftId)
{
    session::VisitSessionRepository visits(m_db, m_clock);
    session::VisitSessionRepository::OpenRequest request;
    request.personId = personId;
    request.clerk = receipt.clerk;
    request.queueNumber = receipt.queueNumber;
    request.id = receipt.sessionId;
    const auto visit = visits.openWithin(request);
    if (!visit)
        return visit.error();
    receipt.sessionId = visit->id;
    receipt.queueNumber = visit->queueNumber;
    receipt.clerk = visit->clerk;
    receipt.receivedAt = visit->openedAt;
    const QString stamp = StoredTime::toText(visit->openedAt);

    {
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral(
                "INSERT INTO intake_visit (session_id, applicant_id_number, applicant_name, applicant_phone, catalog_edition, ticket_at)"
                " VALUES (:session, :id, :name, :phone, :edition, :ticket)")))
            return LocalStore::queryError(q, tr("cannot prepare storing the intake"));
        q.bindValue(QStringLiteral(":session"), receipt.sessionId);
        q.bindValue(QStringLiteral(":id"), receipt.applicantIdNumber);
        q.bindValue(QStringLiteral(":name"), receipt.applicantName);
        q.bindValue(QStringLiteral(":phone"), nullable(receipt.applicantPhone));
        q.bindValue(QStringLiteral(":edition"), receipt.catalogEdition);
        if (intake.ticketAt.isValid() && intake.ticketAt > visit->openedAt)
            return Error::badInput(
                QStringLiteral("ticket_at"),
                tr("the ticket time %1 is after the call (%2): check the time on the ticket")
                    .arg(intake.ticketAt.toLocalTime().toString(Qt::ISODate), visit->openedAt.toLocalTime().toString(Qt::ISODate)));
        q.bindValue(QStringLiteral(":ticket"),
                    intake.ticketAt.isValid() ? QVariant(StoredTime::toText(intake.ticketAt)) : QVariant(QMetaType::fromType<QString>()));
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot store the intake of %1").arg(receipt.queueNumber));
    }

    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO intake_matter (id, session_id, position, matter_id, subject_id_number, subject_name,"
                                       " agent_relation, fields_json, documents_json, missing_json, status, received_on, due_on,"
                                       " statutory_due_on, pre_review_json, clerk, created_at, channel) VALUES (:id, :session, :position,"
                                       " :matter, :subject, :subject_name, :relation, :fields, :documents, :missing, :status, :received,"
                                       " :due, :statutory, :review, :clerk, :created, :channel)")))
        return LocalStore::queryError(insert, tr("cannot prepare storing the matters"));
    QJsonArray eventMatters;
    for (ReceiptMatter &m : receipt.matters) {
        if (m.id.isEmpty())
            m.id = newId();
        const IntakeMatter *entry = m.position >= 0 && m.position < intake.matters.size() ? &intake.matters.at(m.position) : nullptr;
        insert.bindValue(QStringLiteral(":id"), m.id);
        insert.bindValue(QStringLiteral(":session"), receipt.sessionId);
        insert.bindValue(QStringLiteral(":position"), m.position);
        insert.bindValue(QStringLiteral(":matter"), m.matter);
        insert.bindValue(QStringLiteral(":subject"), m.subjectIdNumber);
        insert.bindValue(QStringLiteral(":subject_name"), m.subjectName);
        insert.bindValue(QStringLiteral(":relation"), nullable(m.agentRelation));
        insert.bindValue(QStringLiteral(":fields"), compact(entry ? entry->fields : QJsonObject()));
        insert.bindValue(QStringLiteral(":documents"), compact(QJsonArray::fromStringList(entry ? entry->documents : QStringList())));
        insert.bindValue(QStringLiteral(":missing"), compact(QJsonArray::fromStringList(m.missingDocuments)));
        insert.bindValue(QStringLiteral(":status"), m.status);
        insert.bindValue(QStringLiteral(":received"), m.receivedOn.toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":due"), dateOrNull(m.dueOn));
        insert.bindValue(QStringLiteral(":statutory"), dateOrNull(m.statutoryDueOn));
        insert.bindValue(QStringLiteral(":review"),
                         m.preReview ? QVariant(compact(m.preReview->toJson())) : QVariant(QMetaType::fromType<QString>()));
        insert.bindValue(QStringLiteral(":clerk"), receipt.clerk);
        insert.bindValue(QStringLiteral(":created"), stamp);
        insert.bindValue(QStringLiteral(":channel"), receipt.channel);
        if (!insert.exec())
            return LocalStore::queryError(insert, tr("cannot store the matter %1").arg(m.matter));
        eventMatters.append(QJsonObject {{QStringLiteral("id"), m.id}, {QStringLiteral("matter"), m.matter}});
    }

    session::VisitEventLog log(m_db);
    session::VisitEventLog::Event event;
    event.sessionId = receipt.sessionId;
    event.kind = receivedKind();
    event.clerk = receipt.clerk;
    event.at = visit->openedAt;
    event.payload = {{QStringLiteral("matters"), eventMatters},
                     {QStringLiteral("catalog_edition"), receipt.catalogEdition},
                     {QStringLiteral("channel"), receipt.channel}};
    if (!personId.isEmpty())
        event.payload.insert(QStringLiteral("person_id"), personId);
    if (const auto appended = log.append(event); !appended)
        return appended.error();

    if (!draftId.isEmpty())
        if (const Status s = discardDraft(draftId); !s)
            return s.error();
    return receipt;
}

Result<IntakeReceipt> IntakeRepository::load(const QString &sessionId) const
{
    IntakeReceipt receipt;
    {
        QSqlQuery q(m_db);
        if (!q.prepare(
                QStringLiteral("SELECT s.queue_number, s.clerk, s.opened_at, i.applicant_id_number, i.applicant_name, i.applicant_phone,"
                               " i.catalog_edition FROM intake_visit i JOIN visit_session s ON s.id = i.session_id"
                               " WHERE i.session_id = :session")))
            return LocalStore::queryError(q, tr("cannot prepare reading the intake"));
        q.bindValue(QStringLiteral(":session"), sessionId);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot read the intake"));
        if (!q.next())
            return Error::notFound(QStringLiteral("session_id"), tr("no intake is stored for the visit %1").arg(sessionId));
        receipt.sessionId = sessionId;
        receipt.queueNumber = q.value(0).toString();
        receipt.clerk = q.value(1).toString();
        receipt.receivedAt = StoredTime::fromText(q.value(2).toString());
        receipt.applicantIdNumber = q.value(3).toString();
        receipt.applicantName = q.value(4).toString();
        receipt.applicantPhone = q.value(5).toString();
        receipt.catalogEdition = q.value(6).toString();
    }
    QSqlQuery q(m_db);
    if (!q.prepare(
            QStringLiteral("SELECT id, position, matter_id, subject_id_number, subject_name, agent_relation, missing_json, status,"
                           " received_on, due_on, statutory_due_on, pre_review_json, channel FROM intake_matter WHERE session_id = :session"
                           " ORDER BY position")))
        return LocalStore::queryError(q, tr("cannot prepare reading the matters"));
    q.bindValue(QStringLiteral(":session"), sessionId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the matters"));
    while (q.next()) {
        ReceiptMatter m;
        m.id = q.value(0).toString();
        m.position = q.value(1).toInt();
        m.matter = q.value(2).toString();
        m.subjectIdNumber = q.value(3).toString();
        m.subjectName = q.value(4).toString();
        m.agentRelation = q.value(5).toString();
        for (const QJsonValue &d : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
            m.missingDocuments.append(d.toString());
        m.status = q.value(7).toString();
        m.receivedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        m.dueOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        m.statutoryDueOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        if (!q.value(11).isNull())
            m.preReview = PreReviewRecord::fromJson(QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object());
        receipt.channel = q.value(12).toString();
        receipt.matters.append(m);
    }
    return receipt;
}

Result<StoredDraft> IntakeRepository::saveDraft(const QString &draftId, const QString &clerk, const QJsonObject &caseJson)
{
    if (clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required"));
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    if (!draftId.isEmpty() && !uuid.match(draftId).hasMatch())
        return Error::badInput(QStringLiteral("id"), tr("a draft id is a UUID in lower case"));
    StoredDraft draft;
    draft.id = draftId.isEmpty() ? newId() : draftId;
    draft.clerk = clerk.trimmed();
    draft.caseJson = caseJson;
    draft.savedAt = StoredTime::fromText(StoredTime::toText(m_clock.nowUtc()));
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO intake_draft (id, clerk, case_json, saved_at, version) VALUES (:id, :clerk, :json, :at, 1)"
                                  " ON CONFLICT(id) DO UPDATE SET clerk = excluded.clerk, case_json = excluded.case_json,"
                                  " saved_at = excluded.saved_at, version = intake_draft.version + 1 RETURNING version")))
        return LocalStore::queryError(q, tr("cannot prepare saving the draft"));
    q.bindValue(QStringLiteral(":id"), draft.id);
    q.bindValue(QStringLiteral(":clerk"), draft.clerk);
    q.bindValue(QStringLiteral(":json"), compact(caseJson));
    q.bindValue(QStringLiteral(":at"), StoredTime::toText(draft.savedAt));
    if (!q.exec() || !q.next())
        return LocalStore::queryError(q, tr("cannot save the draft"));
    draft.version = q.value(0).toInt();
    q.finish();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return draft;
}

Result<std::optional<StoredDraft>> IntakeRepository::latestDraft(const QString &clerk) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT id, clerk, case_json, saved_at, version FROM intake_draft WHERE clerk = :clerk"
                                  " ORDER BY saved_at DESC, rowid DESC LIMIT 1")))
        return LocalStore::queryError(q, tr("cannot prepare reading the draft"));
    q.bindValue(QStringLiteral(":clerk"), clerk.trimmed());
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the draft"));
    if (!q.next())
        return std::optional<StoredDraft>();
    StoredDraft d;
    d.id = q.value(0).toString();
    d.clerk = q.value(1).toString();
    d.caseJson = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    d.savedAt = StoredTime::fromText(q.value(3).toString());
    d.version = q.value(4).toInt();
    return std::optional<StoredDraft>(d);
}

Status IntakeRepository::discardDraft(const QString &draftId)
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("DELETE FROM intake_draft WHERE id = :id")))
        return LocalStore::queryError(q, tr("cannot prepare discarding the draft"));
    q.bindValue(QStringLiteral(":id"), draftId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot discard the draft"));
    return Done {};
}

} // namespace tongban::intake
