#include "intakebatch.h"

#include "intake/intakecasecodec.h"
#include "intake/intakevalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tongban::workflow {

namespace {

QString caseAt(qsizetype i)
{
    return QStringLiteral("cases[%1]").arg(i);
}

} // namespace

Result<IntakeBatch> IntakeBatchCodec::fromJson(const QJsonObject &json)
{
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.key() != QLatin1String("channel") && it.key() != QLatin1String("cases"))
            return Error::badInput(it.key(), tr("unknown key \"%1\"; a batch has \"channel\" and \"cases\"").arg(it.key()));
    IntakeBatch batch;
    const QJsonValue channel = json.value(QStringLiteral("channel"));
    if (!channel.isString() || !IntakeBatch::channels().contains(channel.toString()))
        return Error::badInput(
            QStringLiteral("channel"),
            tr("\"channel\" is required: one of %1 (where the cases were taken)").arg(IntakeBatch::channels().join(QStringLiteral(", "))));
    batch.channel = channel.toString();
    const QJsonValue cases = json.value(QStringLiteral("cases"));
    if (!cases.isArray() || cases.toArray().isEmpty())
        return Error::badInput(QStringLiteral("cases"), tr("\"cases\" is required: an array of at least one intake case"));
    const QJsonArray list = cases.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject())
            return Error::badInput(caseAt(i), tr("a case is a JSON object in the intake case format"));
        auto one = intake::IntakeCaseCodec::fromJson(list.at(i).toObject());
        if (!one)
            return one.error().nested(caseAt(i));
        batch.cases.append(std::move(one).value());
    }
    return batch;
}

Result<IntakeBatch> IntakeBatchCodec::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("file"), tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::badInput(QStringLiteral("file"),
                               tr("%1 is not valid JSON at offset %2: %3").arg(path).arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return Error::badInput(QStringLiteral("file"), tr("%1 must hold a JSON object {\"channel\", \"cases\"}").arg(path));
    return fromJson(doc.object());
}

QJsonObject IntakeBatchCodec::toJson(const IntakeBatch &batch)
{
    QJsonArray cases;
    for (const intake::IntakeCase &c : batch.cases)
        cases.append(intake::IntakeCaseCodec::toJson(c));
    return {{QStringLiteral("channel"), batch.channel}, {QStringLiteral("cases"), cases}};
}

QList<Error> IntakeBatchCodec::issues(const intake::MatterCatalog &catalog, const IntakeBatch &batch, QDate today)
{
    QList<Error> all;
    for (qsizetype i = 0; i < batch.cases.size(); ++i)
        for (const Error &e : intake::IntakeValidator::issues(catalog, batch.cases.at(i), today))
            all.append(e.nested(caseAt(i)));
    return all;
}

} // namespace tongban::workflow
