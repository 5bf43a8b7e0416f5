#include "syncprotocol.h"

#include <QJsonValue>
#include <QUuid>

namespace tongban::sync {

namespace {

QString trText(const char *text)
{
    return QCoreApplication::translate("tongban::sync::SyncProtocol", text);
}

Error missing(const QString &key)
{
    return Error::badInput(
        key, trText(QT_TRANSLATE_NOOP("tongban::sync::SyncProtocol", "the server's answer lacks this value, or it is of the wrong type")));
}

// A uuid's text form, lower case, without braces; empty when @p text is none.
QString uuidText(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

bool readString(const QJsonObject &json, const char *key, QString &out, bool required = true)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isString()) {
        out = v.toString();
        return true;
    }
    if (v.isNull() || v.isUndefined()) {
        out.clear();
        return !required;
    }
    return false;
}

bool readInteger(const QJsonObject &json, const char *key, qint64 &out, bool required = true)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isDouble()) {
        const double d = v.toDouble();
        out = static_cast<qint64>(d);
        return static_cast<double>(out) == d;
    }
    if (v.isNull() || v.isUndefined()) {
        out = 0;
        return !required;
    }
    return false;
}

bool readBool(const QJsonObject &json, const char *key, bool &out, bool required = true)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isBool()) {
        out = v.toBool();
        return true;
    }
    if (v.isNull() || v.isUndefined()) {
        out = false;
        return !required;
    }
    return false;
}

bool readObject(const QJsonObject &json, const char *key, QJsonObject &out)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isObject()) {
        out = v.toObject();
        return true;
    }
    out = QJsonObject();
    return v.isNull() || v.isUndefined();
}

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QStringList SyncEntities::up()
{
    static const QStringList list {
        QStringLiteral("visit_session"),       QStringLiteral("intake_visit"),         QStringLiteral("intake_matter"),
        QStringLiteral("matter_status_event"), QStringLiteral("session_event"),        QStringLiteral("unemployment_claim"),
        QStringLiteral("difficult_case"),      QStringLiteral("difficult_case_event"), QStringLiteral("service_rating"),
        QStringLiteral("rating_followup"),     QStringLiteral("data_disclosure"),      QStringLiteral("audit_record"),
    };
    return list;
}

QStringList SyncEntities::down()
{
    static const QStringList list {QStringLiteral("insured_person"), QStringLiteral("employer"), QStringLiteral("contribution_history")};
    return list;
}

QStringList SyncEntities::insertOnly()
{
    static const QStringList list {QStringLiteral("matter_status_event"), QStringLiteral("session_event"),
                                   QStringLiteral("difficult_case_event"), QStringLiteral("data_disclosure"),
                                   QStringLiteral("audit_record")};
    return list;
}

bool SyncEntities::isKnown(const QString &entity)
{
    return up().contains(entity) || down().contains(entity);
}

QString opKindName(OpKind kind)
{
    return kind == OpKind::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
}

QJsonObject OutboxOp::toJson() const
{
    return QJsonObject {
        {QStringLiteral("op_id"), opId},
        {QStringLiteral("client_seq"), clientSeq},
        {QStringLiteral("entity"), entity},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("kind"), opKindName(kind)},
        {QStringLiteral("base_version"), baseVersion},
        {QStringLiteral("payload"), payload.isEmpty() && kind == OpKind::Delete ? QJsonValue(QJsonValue::Null) : QJsonValue(payload)},
        {QStringLiteral("clerk"), clerk},
        {QStringLiteral("device_time"), deviceTime},
    };
}

Result<OutboxOp> OutboxOp::fromJson(const QJsonObject &json)
{
    OutboxOp op;
    QString kind;
    if (!readString(json, "op_id", op.opId) || uuidText(op.opId).isEmpty())
        return missing(QStringLiteral("op_id"));
    op.opId = uuidText(op.opId);
    if (!readInteger(json, "client_seq", op.clientSeq, false))
        return missing(QStringLiteral("client_seq"));
    if (!readString(json, "entity", op.entity) || op.entity.isEmpty())
        return missing(QStringLiteral("entity"));
    if (!readString(json, "record_id", op.recordId) || op.recordId.isEmpty())
        return missing(QStringLiteral("record_id"));
    if (!readString(json, "kind", kind) || (kind != u"upsert" && kind != u"delete"))
        return missing(QStringLiteral("kind"));
    op.kind = kind == u"delete" ? OpKind::Delete : OpKind::Upsert;
    if (!readInteger(json, "base_version", op.baseVersion) || op.baseVersion < 0)
        return missing(QStringLiteral("base_version"));
    if (!readObject(json, "payload", op.payload))
        return missing(QStringLiteral("payload"));
    if (!readString(json, "clerk", op.clerk, false))
        return missing(QStringLiteral("clerk"));
    if (!readString(json, "device_time", op.deviceTime, false))
        return missing(QStringLiteral("device_time"));
    return op;
}

QString OpResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Duplicate:
        return QStringLiteral("duplicate");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

QJsonObject OpResult::toJson() const
{
    QJsonObject json {{QStringLiteral("op_id"), opId}, {QStringLiteral("result"), outcomeName(outcome)}};
    switch (outcome) {
    case Outcome::Applied:
    case Outcome::Duplicate:
        json.insert(QStringLiteral("version"), version);
        break;
    case Outcome::Conflict:
        json.insert(QStringLiteral("server_payload"), serverDeleted ? QJsonValue(QJsonValue::Null) : QJsonValue(serverPayload));
        json.insert(QStringLiteral("server_version"), serverVersion);
        json.insert(QStringLiteral("server_deleted"), serverDeleted);
        json.insert(QStringLiteral("server_device"), nullable(serverDevice));
        break;
    case Outcome::Rejected:
        json.insert(QStringLiteral("code"), code);
        json.insert(QStringLiteral("message"), message);
        break;
    }
    return json;
}

Result<OpResult> OpResult::fromJson(const QJsonObject &json)
{
    OpResult r;
    QString outcome;
    if (!readString(json, "op_id", r.opId) || uuidText(r.opId).isEmpty())
        return missing(QStringLiteral("op_id"));
    r.opId = uuidText(r.opId);
    if (!readString(json, "result", outcome))
        return missing(QStringLiteral("result"));
    if (outcome == u"applied")
        r.outcome = Outcome::Applied;
    else if (outcome == u"duplicate")
        r.outcome = Outcome::Duplicate;
    else if (outcome == u"conflict")
        r.outcome = Outcome::Conflict;
    else if (outcome == u"rejected")
        r.outcome = Outcome::Rejected;
    else
        return missing(QStringLiteral("result"));
    const bool conflict = r.outcome == Outcome::Conflict;
    if (!readInteger(json, "version", r.version, false))
        return missing(QStringLiteral("version"));
    if (!readString(json, "code", r.code, false) || (r.outcome == Outcome::Rejected && r.code.isEmpty()))
        return missing(QStringLiteral("code"));
    if (!readString(json, "message", r.message, false))
        return missing(QStringLiteral("message"));
    if (!readObject(json, "server_payload", r.serverPayload))
        return missing(QStringLiteral("server_payload"));
    if (!readInteger(json, "server_version", r.serverVersion, conflict))
        return missing(QStringLiteral("server_version"));
    if (!readBool(json, "server_deleted", r.serverDeleted, false))
        return missing(QStringLiteral("server_deleted"));
    if (!readString(json, "server_device", r.serverDevice, false))
        return missing(QStringLiteral("server_device"));
    return r;
}

QJsonObject Change::toJson() const
{
    return QJsonObject {
        {QStringLiteral("entity"), entity},
        {QStringLiteral("record_id"), recordId},
        {QStringLiteral("version"), version},
        {QStringLiteral("deleted"), deleted},
        {QStringLiteral("payload"), deleted ? QJsonValue(QJsonValue::Null) : QJsonValue(payload)},
        {QStringLiteral("device_id"), nullable(deviceId)},
    };
}

Result<Change> Change::fromJson(const QJsonObject &json)
{
    Change c;
    if (!readString(json, "entity", c.entity) || c.entity.isEmpty())
        return missing(QStringLiteral("entity"));
    if (!readString(json, "record_id", c.recordId) || c.recordId.isEmpty())
        return missing(QStringLiteral("record_id"));
    if (!readInteger(json, "version", c.version) || c.version <= 0)
        return missing(QStringLiteral("version"));
    if (!readBool(json, "deleted", c.deleted))
        return missing(QStringLiteral("deleted"));
    if (!readObject(json, "payload", c.payload))
        return missing(QStringLiteral("payload"));
    if (!readString(json, "device_id", c.deviceId, false))
        return missing(QStringLiteral("device_id"));
    return c;
}

QJsonObject PullPage::toJson() const
{
    QJsonArray array;
    for (const Change &c : changes)
        array.append(c.toJson());
    return QJsonObject {
        {QStringLiteral("epoch"), epoch}, {QStringLiteral("changes"), array},          {QStringLiteral("cursor"), cursor},
        {QStringLiteral("more"), more},   {QStringLiteral("must_resync"), mustResync},
    };
}

Result<PullPage> PullPage::fromJson(const QJsonObject &json)
{
    PullPage page;
    if (!readInteger(json, "epoch", page.epoch))
        return missing(QStringLiteral("epoch"));
    if (!readString(json, "cursor", page.cursor))
        return missing(QStringLiteral("cursor"));
    if (!readBool(json, "more", page.more))
        return missing(QStringLiteral("more"));
    if (!readBool(json, "must_resync", page.mustResync))
        return missing(QStringLiteral("must_resync"));
    const QJsonValue changes = json.value(QLatin1String("changes"));
    if (!changes.isArray())
        return missing(QStringLiteral("changes"));
    const QJsonArray array = changes.toArray();
    page.changes.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto c = Change::fromJson(array.at(i).toObject());
        if (!c)
            return c.error().nested(QStringLiteral("changes[%1]").arg(i));
        page.changes.append(std::move(c).value());
    }
    return page;
}

QJsonObject Enrolment::toJson() const
{
    return QJsonObject {
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("office_code"), officeCode},
        {QStringLiteral("office_name"), officeName},
        {QStringLiteral("epoch"), epoch},
    };
}

Result<Enrolment> Enrolment::fromJson(const QJsonObject &json)
{
    Enrolment e;
    if (!readString(json, "device_id", e.deviceId) || uuidText(e.deviceId).isEmpty())
        return missing(QStringLiteral("device_id"));
    e.deviceId = uuidText(e.deviceId);
    if (!readString(json, "office_code", e.officeCode))
        return missing(QStringLiteral("office_code"));
    if (!readString(json, "office_name", e.officeName))
        return missing(QStringLiteral("office_name"));
    if (!readInteger(json, "epoch", e.epoch))
        return missing(QStringLiteral("epoch"));
    return e;
}

QJsonArray toJsonArray(const QList<OutboxOp> &ops)
{
    QJsonArray array;
    for (const OutboxOp &op : ops)
        array.append(op.toJson());
    return array;
}

} // namespace tongban::sync
