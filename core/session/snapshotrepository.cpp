#include "snapshotrepository.h"
#include "storage/storedtime.h"
#include "visiteventlog.h"
#include "visitsessionrepository.h"

#include "pension/pensioncasejson.h"
#include "storage/localstore.h"
#include "storage/writetransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace tongban::session {

using storage::LocalStore;
using storage::StoredTime;
using storage::WriteTransaction;

namespace {

constexpr int kPayloadFormat = 1;

QJsonObject payloadOf(const CalculationSnapshot &s)
{
    QJsonArray versions;
    for (const policy::ParameterFileVersion &v : s.parameterVersions)
        versions.append(
            QJsonObject {{QStringLiteral("file"), v.file}, {QStringLiteral("edition"), v.edition}, {QStringLiteral("digest"), v.digest}});
    QJsonObject payload {{QStringLiteral("format"), kPayloadFormat},
                         {QStringLiteral("kind"), s.kind},
                         {QStringLiteral("person_id"), s.personId},
                         {QStringLiteral("case"), s.caseJson},
                         {QStringLiteral("result"), s.resultJson},
                         {QStringLiteral("parameters"), versions},
                         {QStringLiteral("assumptions"), QJsonArray::fromStringList(s.assumptions)}};
    // An optional field of format 1: older payloads have none and still read back.
    if (s.origin)
        payload.insert(QStringLiteral("origin"), s.origin->toJson());
    return payload;
}

/// Reads the payload into @p s; the name of the first field that is not as written, if any.
std::optional<QString> readPayload(const QByteArray &text, CalculationSnapshot &s)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (!document.isObject())
        return QStringLiteral("payload");
    const QJsonObject payload = document.object();
    if (payload.value(QStringLiteral("format")).toInt() != kPayloadFormat)
        return QStringLiteral("format");
    if (!payload.value(QStringLiteral("kind")).isString())
        return QStringLiteral("kind");
    s.kind = payload.value(QStringLiteral("kind")).toString();
    // The person the calculation is of; a visit may serve several (payloads before that name the
    // visit's own person, or none).
    if (const QString person = payload.value(QStringLiteral("person_id")).toString(); !person.isEmpty())
        s.personId = person;
    if (!payload.value(QStringLiteral("case")).isObject())
        return QStringLiteral("case");
    s.caseJson = payload.value(QStringLiteral("case")).toObject();
    if (!payload.value(QStringLiteral("result")).isObject())
        return QStringLiteral("result");
    s.resultJson = payload.value(QStringLiteral("result")).toObject();
    if (!payload.value(QStringLiteral("parameters")).isArray())
        return QStringLiteral("parameters");
    const QJsonArray versions = payload.value(QStringLiteral("parameters")).toArray();
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const QJsonObject v = versions.at(i).toObject();
        if (!v.value(QStringLiteral("file")).isString() || !v.value(QStringLiteral("digest")).isString())
            return QStringLiteral("parameters[%1]").arg(i);
        s.parameterVersions.append({v.value(QStringLiteral("file")).toString(), v.value(QStringLiteral("edition")).toString(),
                                    v.value(QStringLiteral("digest")).toString()});
    }
    const QJsonArray assumptions = payload.value(QStringLiteral("assumptions")).toArray();
    for (const QJsonValue &a : assumptions)
        s.assumptions.append(a.toString());
    if (payload.contains(QStringLiteral("origin"))) {
        if (!payload.value(QStringLiteral("origin")).isObject())
            return QStringLiteral("origin");
        const auto origin = pension::CaseOrigin::fromJson(payload.value(QStringLiteral("origin")).toObject());
        if (!origin)
            return origin.error().nested(QStringLiteral("origin")).field;
        s.origin = *origin;
    }
    return std::nullopt;
}

/// @p object as compact JSON text: equal objects give equal texts (keys sorted, numbers written
/// one way), whether built in memory or read back from a payload.
QByteArray canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

SnapshotRepository::SnapshotRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Result<CalculationSnapshot> SnapshotRepository::record(const NewSnapshot &snapshot)
{
    auto kept = store(snapshot, false);
    if (!kept)
        return kept.error();
    return kept->snapshot;
}

Result<SnapshotRepository::Kept> SnapshotRepository::keep(const NewSnapshot &snapshot)
{
    return store(snapshot, true);
}

Result<SnapshotRepository::Kept> SnapshotRepository::store(const NewSnapshot &snapshot, bool once)
{
    const QString clerk = snapshot.clerk.trimmed();
    if (clerk.isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required"));
    if (snapshot.parameterVersions.isEmpty())
        return Error::badInput(QStringLiteral("parameters"),
                               tr("the versions of the parameter files used are required, so that a recomputation can tell "
                                  "what changed"));

    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();

    QSqlQuery visit(m_db);
    if (!visit.prepare(QStringLiteral("SELECT status, person_id FROM visit_session WHERE id = :id")))
        return LocalStore::queryError(visit, tr("cannot prepare the visit query"));
    visit.bindValue(QStringLiteral(":id"), snapshot.sessionId);
    if (!visit.exec())
        return LocalStore::queryError(visit, tr("cannot read the visit"));
    if (!visit.next())
        return Error::notFound(QStringLiteral("session_id"), tr("no visit with the id %1 is stored").arg(snapshot.sessionId));
    if (visit.value(0).toString() != u"open")
        return Error::badInput(QStringLiteral("session_id"),
                               tr("the visit %1 is closed: a calculation is kept in the visit it was shown in").arg(snapshot.sessionId));
    const QString visitPerson = visit.value(1).toString();
    visit.finish();
    const QString person = snapshot.personId.isEmpty() ? visitPerson : snapshot.personId;
    if (person != visitPerson) {
        const auto served = VisitSessionRepository(m_db, m_clock).persons(snapshot.sessionId);
        if (!served)
            return served.error();
        if (!served->contains(person))
            return Error::badInput(
                QStringLiteral("person_id"),
                tr("the visit %1 does not serve the person %2: add them to the visit first").arg(snapshot.sessionId, person));
    }

    CalculationSnapshot stored;
    stored.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stored.sessionId = snapshot.sessionId;
    stored.personId = person;
    stored.clerk = clerk;
    stored.createdAt = StoredTime::fromText(StoredTime::toText(m_clock.now()));
    stored.kind = QStringLiteral("pension");
    stored.caseJson = pension::PensionCaseJson::caseToJson(snapshot.pensionCase);
    stored.resultJson = pension::PensionCaseJson::toJson(snapshot.result);
    stored.parameterVersions = snapshot.parameterVersions;
    stored.assumptions = snapshot.assumptions;
    stored.origin = snapshot.origin;

    if (once) {
        // The visit's calculations of this person, compared by what they hold, not by when.
        QSqlQuery same(m_db);
        if (!same.prepare(QStringLiteral("SELECT id, json_extract(payload, '$.case'), json_extract(payload, '$.result')"
                                         " FROM session_event WHERE session_id = :session AND kind = :kind"
                                         " AND json_extract(payload, '$.person_id') = :person ORDER BY created_at, rowid")))
            return LocalStore::queryError(same, tr("cannot prepare the query of the visit's calculations"));
        same.bindValue(QStringLiteral(":session"), stored.sessionId);
        same.bindValue(QStringLiteral(":kind"), eventKind());
        same.bindValue(QStringLiteral(":person"), person);
        if (!same.exec())
            return LocalStore::queryError(same, tr("cannot read the visit's calculations"));
        const QByteArray caseText = canonical(stored.caseJson);
        const QByteArray resultText = canonical(stored.resultJson);
        while (same.next()) {
            if (canonical(QJsonDocument::fromJson(same.value(1).toString().toUtf8()).object()) != caseText
                || canonical(QJsonDocument::fromJson(same.value(2).toString().toUtf8()).object()) != resultText)
                continue;
            const QString id = same.value(0).toString();
            same.finish();
            auto existing = load(id);
            if (!existing)
                return existing.error();
            if (const Status s = tx.commit(); !s)
                return s.error();
            return Kept {*existing, false};
        }
    }

    const auto appended
        = VisitEventLog(m_db).append({stored.id, stored.sessionId, eventKind(), payloadOf(stored), stored.clerk, stored.createdAt});
    if (!appended)
        return appended.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return Kept {stored, true};
}

Result<CalculationSnapshot> SnapshotRepository::load(const QString &id) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT e.id, e.session_id, s.person_id, e.clerk, e.created_at, e.payload"
                                  " FROM session_event e JOIN visit_session s ON s.id = e.session_id"
                                  " WHERE e.id = :id AND e.kind = :kind")))
        return LocalStore::queryError(q, tr("cannot prepare the calculation query"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":kind"), eventKind());
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the calculation"));
    if (!q.next())
        return Error::notFound(QStringLiteral("snapshot_id"), tr("no stored calculation with the id %1").arg(id));
    CalculationSnapshot s;
    s.id = q.value(0).toString();
    s.sessionId = q.value(1).toString();
    s.personId = q.value(2).toString();
    s.clerk = q.value(3).toString();
    s.createdAt = StoredTime::fromText(q.value(4).toString());
    if (const auto bad = readPayload(q.value(5).toString().toUtf8(), s))
        return Error::storage(tr("the stored calculation %1 is damaged (%2)").arg(id, *bad));
    return s;
}

Result<QList<SnapshotSummary>> SnapshotRepository::listForSession(const QString &sessionId) const
{
    return list(QStringLiteral("e.session_id = :key"), sessionId, QStringLiteral("ASC"), 1000);
}

Result<QList<SnapshotSummary>> SnapshotRepository::listForPerson(const QString &personId, int limit) const
{
    // The expression of the index session_event_person (schema step 4), written the same way.
    return list(QStringLiteral("json_extract(e.payload, '$.person_id') = :key"), personId, QStringLiteral("DESC"),
                std::clamp(limit, 1, 1000));
}

Result<QList<SnapshotSummary>> SnapshotRepository::list(const QString &where, const QString &key, const QString &order, int limit) const
{
    // where and order are fixed fragments of this file; every value is bound.
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("SELECT e.id, e.session_id, s.queue_number, e.clerk, e.created_at,"
                                  " json_extract(e.payload, '$.kind'), json_extract(e.payload, '$.result.region'),"
                                  " json_extract(e.payload, '$.result.retirement'), json_extract(e.payload, '$.result.total'),"
                                  " json_extract(e.payload, '$.person_id'), p.name"
                                  " FROM session_event e JOIN visit_session s ON s.id = e.session_id"
                                  " LEFT JOIN insured_person p ON p.id = json_extract(e.payload, '$.person_id')"
                                  " WHERE e.kind = :kind AND ")
                   + where + QStringLiteral(" ORDER BY e.created_at %1, e.rowid %1 LIMIT :limit").arg(order)))
        return LocalStore::queryError(q, tr("cannot prepare the list of calculations"));
    q.bindValue(QStringLiteral(":kind"), eventKind());
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the list of calculations"));
    QList<SnapshotSummary> summaries;
    while (q.next()) {
        SnapshotSummary s;
        s.id = q.value(0).toString();
        s.sessionId = q.value(1).toString();
        s.queueNumber = q.value(2).toString();
        s.clerk = q.value(3).toString();
        s.createdAt = StoredTime::fromText(q.value(4).toString());
        s.kind = q.value(5).toString();
        s.region = q.value(6).toString();
        s.retirement = q.value(7).toString();
        // The contract writes amounts as CNY numbers with two decimals: exact to the fen.
        s.total = Money::fromJsonDouble(q.value(8).toDouble()).value_or(Money());
        s.personId = q.value(9).toString();
        s.personName = q.value(10).toString();
        summaries.append(s);
    }
    return summaries;
}

} // namespace tongban::session
