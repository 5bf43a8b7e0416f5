#include "syncserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace tongban::central {

SyncServer::SyncServer(CentralSession &session)
    : m_session(session)
{ }

Error SyncServer::errorOf(const QSqlError &error, const QString &doing) const
{
    const QString state = error.nativeErrorCode();
    if (state == u"TB101")
        return Error::badInput(QStringLiteral("schema"),
                               tr("the central server takes a newer version of this program: upgrade Tongban, then sync "
                                  "again (nothing of this computer was lost)"));
    if (state == u"TB102")
        return Error::forbidden(QStringLiteral("device"),
                                tr("this computer's data file is a copy of another computer's (the same device with "
                                   "another installation): the server refuses to sync it; ask the administrator"));
    if (state == u"TB103")
        return Error::forbidden(QStringLiteral("device"),
                                tr("this computer is not enrolled for the signed-in clerk's office: sign in as a clerk of "
                                   "the office that enrolled it, or enrol it again"));
    return m_session.errorFrom(error, doing);
}

Result<QJsonValue> SyncServer::call(const QString &sql, const QVariantList &values, const QString &doing)
{
    QSqlDatabase db = m_session.database();
    if (!db.transaction())
        return m_session.errorFrom(db.lastError(), tr("starting a transaction"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        const Error error = errorOf(q.lastError(), doing);
        db.rollback();
        return error;
    }
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next()) {
        const Error error = errorOf(q.lastError(), doing);
        db.rollback();
        return error;
    }
    const QByteArray text = q.value(0).toString().toUtf8();
    q.finish();
    if (!db.commit()) {
        const Error error = m_session.errorFrom(db.lastError(), doing);
        db.rollback();
        return error;
    }
    // The answer is a JSON object or array; wrapped, so that QJsonDocument reads either.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray() || document.array().size() != 1)
        return Error::storage(tr("the central server's answer to %1 is not JSON: %2").arg(doing, parseError.errorString()));
    return document.array().at(0);
}

Result<sync::Enrolment> SyncServer::enrol(const QString &deviceId, const QString &nonce)
{
    if (QUuid::fromString(deviceId).isNull())
        return Error::badInput(QStringLiteral("device"), tr("a device id is a UUID"));
    if (nonce.size() < 8 || nonce.size() > 200)
        return Error::badInput(QStringLiteral("nonce"), tr("an install nonce has 8 to 200 characters"));
    const auto answer
        = call(QStringLiteral("SELECT tongban.sync_enrol(CAST(? AS uuid), ?)::text"), {deviceId, nonce}, tr("enrolling this computer"));
    if (!answer)
        return answer.error();
    auto enrolment = sync::Enrolment::fromJson(answer->toObject());
    if (!enrolment)
        return Error::storage(tr("the central server's answer to the enrolment lacks %1").arg(enrolment.error().field));
    return enrolment;
}

Result<QByteArray> SyncServer::carryKey(const QString &deviceId)
{
    if (QUuid::fromString(deviceId).isNull())
        return Error::badInput(QStringLiteral("device"), tr("a device id is a UUID"));
    const auto answer = call(QStringLiteral("SELECT to_jsonb(tongban.sync_carry_key(CAST(? AS uuid)))::text"), {deviceId},
                             tr("reading the device's hand-carry key"));
    if (!answer)
        return answer.error();
    if (!answer->isString() || answer->toString().isEmpty())
        return Error::storage(tr("the central server's answer lacks the device's key"));
    return answer->toString().toUtf8();
}

Result<QList<sync::OpResult>> SyncServer::push(const QString &deviceId, int schemaVersion, const QList<sync::OutboxOp> &ops)
{
    const QByteArray json = QJsonDocument(sync::toJsonArray(ops)).toJson(QJsonDocument::Compact);
    const auto answer
        = call(QStringLiteral("SELECT tongban.sync_push(CAST(? AS uuid), ?, ?, CAST(? AS jsonb))::text"),
               {deviceId, sync::kProtocolVersion, schemaVersion, QString::fromUtf8(json)}, tr("sending this computer's changes"));
    if (!answer)
        return answer.error();
    const QJsonArray array = answer->toArray();
    if (!answer->isArray() || array.size() != ops.size())
        return Error::storage(tr("the central server answered %1 results for %2 changes").arg(array.size()).arg(ops.size()));
    QList<sync::OpResult> results;
    results.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto result = sync::OpResult::fromJson(array.at(i).toObject());
        if (!result)
            return Error::storage(tr("the central server's result %1 lacks %2").arg(i + 1).arg(result.error().field));
        if (result->opId != ops.at(i).opId.toLower())
            return Error::storage(tr("the central server's result %1 is for another change").arg(i + 1));
        results.append(std::move(result).value());
    }
    return results;
}

Result<sync::PullPage> SyncServer::pull(const QString &deviceId, int schemaVersion, const QString &cursor, int limit)
{
    QList<sync::Change> changes;
    auto page = pull(deviceId, schemaVersion, cursor, limit, [&changes](sync::Change &&change, qint64) -> Status {
        changes.append(std::move(change));
        return Done {};
    });
    if (!page)
        return page.error();
    page->changes = std::move(changes);
    return page;
}

Result<sync::PullPage> SyncServer::pull(const QString &deviceId, int schemaVersion, const QString &cursor, int limit,
                                        const ChangeSink &sink)
{
    if (limit < 1 || limit > 10000)
        return Error::badInput(QStringLiteral("limit"), tr("a page holds 1 to 10000 changes"));
    if (!m_serverBeforeRows) {
        auto rows = pullRows(deviceId, schemaVersion, cursor, limit, sink);
        if (!rows)
            return rows.error();
        if (*rows)
            return std::move(**rows);
        m_serverBeforeRows = true; // a server before step 7: its pull of step 6, histories in protocol 1's form
    }
    // sync_pull_text: the page as the server wrote it (server step 6), not through a jsonb value.
    const auto answer = call(QStringLiteral("SELECT tongban.sync_pull_text(CAST(? AS uuid), ?, ?, ?, ?)"),
                             {deviceId, sync::kProtocolVersion, schemaVersion, cursor, limit}, tr("fetching the office's changes"));
    if (!answer)
        return answer.error();
    auto page = sync::PullPage::fromJson(answer->toObject());
    if (!page)
        return Error::storage(tr("the central server's page of changes lacks %1").arg(page.error().field));
    // The whole page came at once; its changes carry no cursor of their own.
    for (sync::Change &change : page->changes) {
        if (const Status s = sink(std::move(change), page->epoch); !s)
            return s.error();
    }
    page->changes.clear();
    return page;
}

Result<std::optional<sync::PullPage>> SyncServer::pullRows(const QString &deviceId, int schemaVersion, const QString &cursor, int limit,
                                                           const ChangeSink &sink)
{
    const QString doing = tr("fetching the office's changes");
    QSqlDatabase db = m_session.database();
    if (!db.transaction())
        return m_session.errorFrom(db.lastError(), tr("starting a transaction"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const auto failed = [&]() -> Result<std::optional<sync::PullPage>> {
        const QSqlError error = q.lastError();
        q.finish();
        db.rollback();
        if (error.nativeErrorCode() == u"42883") // undefined_function: a server before step 7
            return std::optional<sync::PullPage>();
        return errorOf(error, doing);
    };
    if (!q.prepare(QStringLiteral("SELECT entity, record_id, version, deleted, payload, device_id, epoch, cursor, more, must_resync"
                                  " FROM tongban.sync_pull_rows(CAST(? AS uuid), ?, ?, ?, ?)")))
        return failed();
    for (const QVariant &value :
         {QVariant(deviceId), QVariant(sync::kProtocolVersion), QVariant(schemaVersion), QVariant(cursor), QVariant(limit)})
        q.addBindValue(value);
    if (!q.exec())
        return failed();
    sync::PullPage page; // its end: epoch, cursor, more, must_resync
    qsizetype read = 0;
    bool ended = false; // the page's own row (entity null) came: it is the last
    QString malformed;
    while (malformed.isEmpty() && q.next()) {
        const QString at = QStringLiteral("changes[%1]").arg(read);
        if (ended) {
            malformed = at;
        } else if (q.isNull(0)) {
            ended = true;
            page.epoch = q.value(6).toLongLong();
            page.cursor = q.value(7).toString();
            page.more = q.value(8).toBool();
            page.mustResync = q.value(9).toBool();
            if (q.isNull(6) || q.isNull(7) || q.isNull(8) || q.isNull(9))
                malformed = QStringLiteral("cursor");
        } else {
            sync::Change c;
            c.entity = q.value(0).toString();
            c.recordId = q.value(1).toString();
            c.version = q.value(2).toLongLong();
            c.deleted = q.value(3).toBool();
            c.deviceId = q.value(5).toString();
            c.cursor = q.value(7).toString();
            if (c.entity.isEmpty()) {
                malformed = at + QStringLiteral(".entity");
            } else if (c.recordId.isEmpty()) {
                malformed = at + QStringLiteral(".record_id");
            } else if (c.version <= 0) {
                malformed = at + QStringLiteral(".version");
            } else if (q.isNull(6) || c.cursor.isEmpty()) {
                malformed = at + QStringLiteral(".cursor");
            } else if (!q.isNull(4)) {
                QJsonParseError parseError;
                const QJsonDocument payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8(), &parseError);
                if (parseError.error != QJsonParseError::NoError || !payload.isObject())
                    malformed = at + QStringLiteral(".payload");
                c.payload = payload.object();
            }
            if (malformed.isEmpty()) {
                ++read;
                if (const Status s = sink(std::move(c), q.value(6).toLongLong()); !s) {
                    q.finish();
                    db.rollback();
                    return s.error();
                }
            }
        }
    }
    if (q.lastError().isValid())
        return failed();
    q.finish();
    if (!db.commit()) {
        const Error error = m_session.errorFrom(db.lastError(), doing);
        db.rollback();
        return error;
    }
    if (!ended && malformed.isEmpty())
        malformed = QStringLiteral("cursor");
    if (!malformed.isEmpty())
        return Error::storage(tr("the central server's page of changes lacks %1").arg(malformed));
    return std::optional<sync::PullPage>(std::move(page));
}

Result<QHash<QString, qint64>> SyncServer::counts()
{
    const auto answer = call(QStringLiteral("SELECT tongban.sync_counts()::text"), {}, tr("counting the office's records"));
    if (!answer)
        return answer.error();
    QHash<QString, qint64> counts;
    const QJsonObject object = answer->toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        counts.insert(it.key(), it.value().toInteger());
    return counts;
}

Result<QList<SyncServer::ParameterEdition>> SyncServer::parameterEditions()
{
    const QString doing = tr("reading the parameter editions");
    QSqlDatabase db = m_session.database();
    if (!db.transaction())
        return m_session.errorFrom(db.lastError(), tr("starting a transaction"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT file, edition, digest, content FROM tongban.parameter_current()"))) {
        const Error error = errorOf(q.lastError(), doing);
        db.rollback();
        return error;
    }
    QList<ParameterEdition> editions;
    while (q.next())
        editions << ParameterEdition {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toByteArray()};
    q.finish();
    if (!db.commit()) {
        const Error error = m_session.errorFrom(db.lastError(), doing);
        db.rollback();
        return error;
    }
    return editions;
}

Status SyncServer::publishParameterEdition(const QString &file, const QString &edition, const QByteArray &content)
{
    const QString doing = tr("publishing edition %1 of %2").arg(edition, file);
    QSqlDatabase db = m_session.database();
    if (!db.transaction())
        return m_session.errorFrom(db.lastError(), tr("starting a transaction"));
    QSqlQuery q(db);
    // One publisher at a time, so that "later than the newest" holds when the row goes in.
    if (!q.exec(QStringLiteral("LOCK TABLE tongban.parameter_edition IN SHARE ROW EXCLUSIVE MODE"))) {
        const Error error = errorOf(q.lastError(), doing);
        db.rollback();
        return error;
    }
    q.prepare(QStringLiteral("SELECT to_char(max(edition), 'YYYY-MM-DD') FROM tongban.parameter_edition WHERE file = ?"));
    q.addBindValue(file);
    if (!q.exec() || !q.next()) {
        const Error error = errorOf(q.lastError(), doing);
        db.rollback();
        return error;
    }
    const QString newest = q.value(0).toString();
    q.finish();
    if (!newest.isEmpty() && edition <= newest) {
        db.rollback();
        return Error::badInput(QStringLiteral("edition"),
                               tr("edition %1 of %2 is not later than the newest published one (%3): give the file a later edition date")
                                   .arg(edition, file, newest));
    }
    q.prepare(QStringLiteral("INSERT INTO tongban.parameter_edition (file, edition, content, digest)"
                             " VALUES (?, CAST(? AS date), ?, encode(sha256(?), 'hex'))"));
    q.addBindValue(file);
    q.addBindValue(edition);
    q.addBindValue(content);
    q.addBindValue(content);
    if (!q.exec()) {
        const QSqlError sqlError = q.lastError();
        db.rollback();
        if (sqlError.nativeErrorCode() == u"23514")
            return Error::badInput(QStringLiteral("file"),
                                   tr("%1 is not a parameter file: national.json or regions/<six-digit code>.json").arg(file));
        return errorOf(sqlError, doing);
    }
    if (!db.commit()) {
        const Error error = m_session.errorFrom(db.lastError(), doing);
        db.rollback();
        return error;
    }
    return Done {};
}

Result<SyncServer::LoadOutcome> SyncServer::load(const QString &office, const QString &entity, const QList<LoadRecord> &records)
{
    if (entity == u"audit_record" || !sync::SyncEntities::isKnown(entity))
        return Error::badInput(QStringLiteral("entity"), tr("%1 is not an entity the server holds").arg(entity));
    QJsonArray array;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const LoadRecord &record = records.at(i);
        if (record.recordId.isEmpty())
            return Error::badInput(QStringLiteral("records[%1].record_id").arg(i), tr("a record's id is required"));
        array.append(QJsonObject {{QStringLiteral("record_id"), record.recordId},
                                  {QStringLiteral("payload"), record.deleted ? QJsonValue(QJsonValue::Null) : QJsonValue(record.payload)}});
    }
    const auto answer = call(QStringLiteral("SELECT tongban.sync_load(?, ?, CAST(? AS jsonb))::text"),
                             {office, entity, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))},
                             tr("loading the office's records"));
    if (!answer) {
        Error error = answer.error();
        if (error.kind == Error::Kind::Storage && error.message.contains(QStringLiteral("belongs to office")))
            error = Error::badInput(QStringLiteral("records"), tr("a record belongs to another office: %1").arg(error.message));
        return error;
    }
    const QJsonObject object = answer->toObject();
    return LoadOutcome {object.value(QLatin1String("inserted")).toInteger(), object.value(QLatin1String("updated")).toInteger(),
                        object.value(QLatin1String("unchanged")).toInteger()};
}

} // namespace tongban::central
