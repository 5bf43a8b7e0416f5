#include "handcarry.h"

#include "outbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace tongban::sync {

namespace {

const QString kFormat = QStringLiteral("tongban-hand-carry");
constexpr int kVersion = 1;

QByteArray macOf(const QByteArray &body, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(body, key, QCryptographicHash::Sha256).toHex();
}

Error notACarryFile(const QString &why)
{
    return Error::badInput(QStringLiteral("file"),
                           HandCarry::tr("this is not a hand-carry file of Tongban that can be trusted: %1").arg(why));
}

/// The outer object and the body's bytes, unchecked.
Result<std::pair<QJsonObject, QByteArray>> envelope(const QByteArray &file)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return notACarryFile(HandCarry::tr("it is not JSON (%1), or it was cut short").arg(error.errorString()));
    const QJsonObject outer = document.object();
    if (outer.value(u"format").toString() != kFormat)
        return notACarryFile(HandCarry::tr("the format is \"%1\"").arg(outer.value(u"format").toString()));
    if (outer.value(u"version").toInt() != kVersion)
        return notACarryFile(
            HandCarry::tr("version %1 is not read by this program (it reads %2)").arg(outer.value(u"version").toInt()).arg(kVersion));
    const QByteArray body = QByteArray::fromBase64(outer.value(u"body").toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (body.isEmpty())
        return notACarryFile(HandCarry::tr("its body is missing or damaged"));
    return std::pair {outer, body};
}

} // namespace

Result<QByteArray> HandCarry::exportOutbox(const QSqlDatabase &db, int schemaVersion, const QDateTime &now, int *count)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT carry_key, office_code, (SELECT id FROM device) FROM sync_state")) || !q.next())
        return Error::storage(tr("reading the sync state failed: %1").arg(q.lastError().text()));
    const QByteArray key = q.value(0).toString().toUtf8();
    const QString office = q.value(1).toString();
    const QString device = q.value(2).toString();
    q.finish();
    if (key.isEmpty() || office.isEmpty())
        return Error::badInput(QStringLiteral("carry_key"),
                               tr("this computer has never synced with the server, so the hall could not check its file: sync it once "
                                  "at the hall first"));
    auto ops = Outbox::pending(db, std::numeric_limits<int>::max());
    if (!ops)
        return ops.error();
    const QJsonObject body {{QStringLiteral("device_id"), device},
                            {QStringLiteral("office_code"), office},
                            {QStringLiteral("schema_version"), schemaVersion},
                            {QStringLiteral("exported_at"), now.toUTC().toString(Qt::ISODate)},
                            {QStringLiteral("ops"), toJsonArray(*ops)}};
    const QByteArray bodyBytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (count)
        *count = int(ops->size());
    const QJsonObject outer {{QStringLiteral("format"), kFormat},
                             {QStringLiteral("version"), kVersion},
                             {QStringLiteral("body"), QString::fromLatin1(bodyBytes.toBase64())},
                             {QStringLiteral("mac"), QString::fromLatin1(macOf(bodyBytes, key))}};
    return QJsonDocument(outer).toJson(QJsonDocument::Indented);
}

Result<QString> HandCarry::deviceOf(const QByteArray &file)
{
    auto parts = envelope(file);
    if (!parts)
        return parts.error();
    const QString device = QJsonDocument::fromJson(parts->second).object().value(u"device_id").toString();
    if (device.isEmpty())
        return notACarryFile(tr("it names no device"));
    return device;
}

Result<CarriedOutbox> HandCarry::read(const QByteArray &file, const QByteArray &key)
{
    auto parts = envelope(file);
    if (!parts)
        return parts.error();
    const auto &[outer, body] = *parts;
    const QByteArray expected = macOf(body, key);
    const QByteArray given = outer.value(u"mac").toString().toLatin1();
    // Compared whole, never byte by byte with an early exit: the time taken says nothing.
    if (given.size() != expected.size()
        || QMessageAuthenticationCode::hash(given, key, QCryptographicHash::Sha256)
            != QMessageAuthenticationCode::hash(expected, key, QCryptographicHash::Sha256))
        return notACarryFile(tr("it was changed after it was exported, or it comes from another device"));
    const QJsonObject inner = QJsonDocument::fromJson(body).object();
    CarriedOutbox carried;
    carried.deviceId = inner.value(u"device_id").toString();
    carried.officeCode = inner.value(u"office_code").toString();
    carried.schemaVersion = inner.value(u"schema_version").toInt();
    carried.exportedAt = QDateTime::fromString(inner.value(u"exported_at").toString(), Qt::ISODate);
    const QJsonArray ops = inner.value(u"ops").toArray();
    for (qsizetype i = 0; i < ops.size(); ++i) {
        auto op = OutboxOp::fromJson(ops.at(i).toObject());
        if (!op)
            return Error::badInput(QStringLiteral("file"),
                                   tr("operation %1 of the file is malformed: %2").arg(i + 1).arg(op.error().message));
        carried.ops.append(*op);
    }
    return carried;
}

} // namespace tongban::sync
