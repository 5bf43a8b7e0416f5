#include "caseledgerrepository.h"

#include "storage/localstore.h"
#include "storage/storedtext.h"
#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QString departmentsJson(const QStringList &departments)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(departments)).toJson(QJsonDocument::Compact));
}

QStringList departmentsFrom(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

const QString selectCase = QStringLiteral(
    "SELECT c.id, c.session_id, s.queue_number, c.opened_on, c.description, c.departments_json, c.expert, c.promised_on, c.status,"
    " c.answer, c.closed_on, c.clerk FROM difficult_case c JOIN visit_session s ON s.id = c.session_id");

DifficultCase caseFrom(const QSqlQuery &q, QDate today)
{
    DifficultCase c;
    c.id = q.value(0).toString();
    c.sessionId = q.value(1).toString();
    c.queueNumber = q.value(2).toString();
    c.openedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    c.description = q.value(4).toString();
    c.departments = departmentsFrom(q.value(5).toString());
    c.expert = q.value(6).toString();
    c.promisedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    c.status = q.value(8).toString();
    c.answer = q.value(9).toString();
    c.closedOn = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.clerk = q.value(11).toString();
    c.overdue = c.isOpen() && c.promisedOn.isValid() && c.promisedOn < today;
    return c;
}

} // namespace

CaseLedgerRepository::CaseLedgerRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<DifficultCase> CaseLedgerRepository::open(const OpenRequest &request)
{
    const QDate today = m_clock.today();
    if (request.description.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("description"), tr("describe the problem the window could not settle"));
    if (request.clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk who opens the case is required"));
    if (request.promisedOn.isValid() && request.promisedOn < today)
        return Error::badInput(QStringLiteral("promised_on"),
                               tr("the promised date %1 is before today (%2): promise a date from today on")
                                   .arg(request.promisedOn.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM visit_session WHERE id = :id"));
        q.bindValue(QStringLiteral(":id"), request.sessionId);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot read the visit"));
        if (!q.next())
            return Error::notFound(QStringLiteral("session_id"),
                                   tr("no visit %1 is stored: a case is opened from a visit").arg(request.sessionId));
    }
    DifficultCase c;
    c.id = newId();
    c.sessionId = request.sessionId;
    c.openedOn = today;
    c.description = request.description.trimmed();
    c.departments = request.departments;
    c.expert = request.expert.trimmed();
    c.promisedOn = request.promisedOn;
    c.status = QStringLiteral("open");
    c.clerk = request.clerk.trimmed();
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO difficult_case (id, session_id, opened_on, description, departments_json, expert, promised_on,"
            " status, clerk) VALUES (:id, :session, :opened, :description, :departments, :expert, :promised, 'open', :clerk)")))
        return LocalStore::queryError(q, tr("cannot prepare opening the case"));
    q.bindValue(QStringLiteral(":id"), c.id);
    q.bindValue(QStringLiteral(":session"), c.sessionId);
    q.bindValue(QStringLiteral(":opened"), today.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":description"), c.description);
    q.bindValue(QStringLiteral(":departments"), departmentsJson(c.departments));
    q.bindValue(QStringLiteral(":expert"), orNull(c.expert));
    q.bindValue(QStringLiteral(":promised"), dateOrNull(c.promisedOn));
    q.bindValue(QStringLiteral(":clerk"), c.clerk);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot open the case"));
    if (const Status s = appendEvent(c.id, QStringLiteral("opened"), c.description, c.clerk); !s)
        return s.error();
    if (c.promisedOn.isValid())
        if (const Status s = appendEvent(c.id, QStringLiteral("promised"), c.promisedOn.toString(Qt::ISODate), c.clerk); !s)
            return s.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return load(c.id);
}

Status CaseLedgerRepository::addNote(const QString &caseId, const QString &text, const QString &clerk)
{
    if (text.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("text"), tr("the note is empty"));
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    if (const auto c = load(caseId); !c)
        return c.error();
    if (const Status s = appendEvent(caseId, QStringLiteral("note"), text.trimmed(), clerk); !s)
        return s;
    return tx.commit();
}

Status CaseLedgerRepository::assign(const QString &caseId, const QString &expert, const QStringList &departments, const QString &clerk)
{
    if (expert.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("expert"), tr("name the expert in charge of the case"));
    return change(
        caseId, true,
        [&]() -> Status {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE difficult_case SET expert = :expert, departments_json = :departments WHERE id = :id"));
            q.bindValue(QStringLiteral(":expert"), expert.trimmed());
            q.bindValue(QStringLiteral(":departments"), departmentsJson(departments));
            q.bindValue(QStringLiteral(":id"), caseId);
            if (!q.exec())
                return LocalStore::queryError(q, tr("cannot assign the case"));
            return Done {};
        },
        QStringLiteral("assigned"), expert.trimmed() + QStringLiteral("; ") + departments.join(QStringLiteral(", ")), clerk);
}

Status CaseLedgerRepository::promise(const QString &caseId, QDate promisedOn, const QString &clerk)
{
    const QDate today = m_clock.today();
    if (!promisedOn.isValid() || promisedOn < today)
        return Error::badInput(QStringLiteral("promised_on"),
                               tr("the promised date must be a date from today (%1) on").arg(today.toString(Qt::ISODate)));
    return change(
        caseId, true,
        [&]() -> Status {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE difficult_case SET promised_on = :promised WHERE id = :id"));
            q.bindValue(QStringLiteral(":promised"), promisedOn.toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":id"), caseId);
            if (!q.exec())
                return LocalStore::queryError(q, tr("cannot set the promised date"));
            return Done {};
        },
        QStringLiteral("promised"), promisedOn.toString(Qt::ISODate), clerk);
}

Status CaseLedgerRepository::close(const QString &caseId, const QString &answer, const QString &clerk)
{
    if (answer.trimmed().size() < 4)
        return Error::badInput(QStringLiteral("answer"),
                               tr("write the answer given to the visitor (at least 4 characters): a case is closed only when solved"));
    return change(
        caseId, true,
        [&]() -> Status {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE difficult_case SET status = 'closed', answer = :answer, closed_on = :closed WHERE id = :id"));
            q.bindValue(QStringLiteral(":answer"), answer.trimmed());
            q.bindValue(QStringLiteral(":closed"), m_clock.today().toString(Qt::ISODate));
            q.bindValue(QStringLiteral(":id"), caseId);
            if (!q.exec())
                return LocalStore::queryError(q, tr("cannot close the case"));
            return Done {};
        },
        QStringLiteral("closed"), answer.trimmed(), clerk);
}

Status CaseLedgerRepository::reopen(const QString &caseId, const QString &reason, const QString &clerk)
{
    if (reason.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("reason"), tr("say why the case is reopened"));
    return change(
        caseId, false,
        [&]() -> Status {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE difficult_case SET status = 'open', answer = NULL, closed_on = NULL WHERE id = :id"));
            q.bindValue(QStringLiteral(":id"), caseId);
            if (!q.exec())
                return LocalStore::queryError(q, tr("cannot reopen the case"));
            return Done {};
        },
        QStringLiteral("reopened"), reason.trimmed(), clerk);
}

Status CaseLedgerRepository::change(const QString &caseId, bool mustBeOpen, const std::function<Status()> &update, const QString &kind,
                                    const QString &text, const QString &clerk)
{
    if (clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk is required"));
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    const auto c = load(caseId);
    if (!c)
        return c.error();
    if (mustBeOpen && !c->isOpen())
        return Error::badInput(QStringLiteral("case_id"), tr("the case is closed: reopen it first"));
    if (!mustBeOpen && c->isOpen())
        return Error::badInput(QStringLiteral("case_id"), tr("the case is open: only a closed case can be reopened"));
    if (const Status s = update(); !s)
        return s;
    if (const Status s = appendEvent(caseId, kind, text, clerk); !s)
        return s;
    return tx.commit();
}

Status CaseLedgerRepository::appendEvent(const QString &caseId, const QString &kind, const QString &text, const QString &clerk)
{
    if (clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk is required"));
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO difficult_case_event (id, case_id, kind, text, clerk, at)"
                                  " VALUES (:id, :case, :kind, :text, :clerk, :at)")))
        return LocalStore::queryError(q, tr("cannot prepare recording the case's history"));
    q.bindValue(QStringLiteral(":id"), newId());
    q.bindValue(QStringLiteral(":case"), caseId);
    q.bindValue(QStringLiteral(":kind"), kind);
    q.bindValue(QStringLiteral(":text"), text);
    q.bindValue(QStringLiteral(":clerk"), clerk.trimmed());
    q.bindValue(QStringLiteral(":at"), StoredTime::toText(m_clock.nowUtc()));
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot record the case's history"));
    return Done {};
}

Result<DifficultCase> CaseLedgerRepository::load(const QString &caseId) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(selectCase + QStringLiteral(" WHERE c.id = :id")))
        return LocalStore::queryError(q, tr("cannot prepare reading the case"));
    q.bindValue(QStringLiteral(":id"), caseId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the case"));
    if (!q.next())
        return Error::notFound(QStringLiteral("case_id"), tr("no difficult case %1 is stored").arg(caseId));
    return caseFrom(q, m_clock.today());
}

Result<QList<DifficultCaseEvent>> CaseLedgerRepository::history(const QString &caseId) const
{
    if (const auto c = load(caseId); !c)
        return c.error();
    QSqlQuery q(m_db);
    // rowid: events written within the same millisecond keep the order they were written in.
    if (!q.prepare(QStringLiteral("SELECT id, kind, text, clerk, at FROM difficult_case_event WHERE case_id = :id ORDER BY at, rowid")))
        return LocalStore::queryError(q, tr("cannot prepare reading the case's history"));
    q.bindValue(QStringLiteral(":id"), caseId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the case's history"));
    QList<DifficultCaseEvent> events;
    while (q.next())
        events.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       StoredTime::fromText(q.value(4).toString())});
    return events;
}

Result<QList<DifficultCase>> CaseLedgerRepository::openCases() const
{
    QSqlQuery q(m_db);
    if (!q.prepare(selectCase
                   + QStringLiteral(" WHERE c.status = 'open' ORDER BY c.promised_on IS NULL, c.promised_on, c.opened_on, c.rowid")))
        return LocalStore::queryError(q, tr("cannot prepare reading the open cases"));
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the open cases"));
    QList<DifficultCase> cases;
    const QDate today = m_clock.today();
    while (q.next())
        cases.append(caseFrom(q, today));
    return cases;
}

} // namespace tongban::casework
