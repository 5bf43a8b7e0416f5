#include "historypayload.h"

#include <QJsonArray>
#include <QJsonValue>

#include <iterator>

namespace tongban::sync {

namespace {

/// The integer keys and the fields they fill, in the order of HistoryPayload::keys() (without
/// "employer_id", the sixth).
struct IntegerColumn
{
    int key; ///< index into HistoryPayload::keys()
    qint64 HistoryMonth::*field;
};
constexpr IntegerColumn kIntegerColumns[] = {
    {0, &HistoryMonth::month},       {1, &HistoryMonth::kind},        {2, &HistoryMonth::baseFen},
    {3, &HistoryMonth::employerFen}, {4, &HistoryMonth::personalFen}, {6, &HistoryMonth::region},
};
constexpr int kEmployerKey = 5;

/// A whole number a JSON number holds exactly (|n| ≤ 2^53): months, kinds, regions and fen.
bool wholeNumber(const QJsonValue &v, qint64 &out)
{
    if (!v.isDouble())
        return false;
    constexpr qint64 kExact = qint64(1) << 53;
    out = v.toInteger();
    return v.toDouble() == static_cast<double>(out) && out >= -kExact && out <= kExact;
}

Error notWhole(const QString &field)
{
    return Error::badInput(field, HistoryPayload::tr("contribution_history: %1 is not a whole number").arg(field));
}

Error notEmployer(const QString &field)
{
    return Error::badInput(field, HistoryPayload::tr("contribution_history: %1 is neither an employer's id nor null").arg(field));
}

/// Protocol 1's form: {"records": [{"month", …}, …]}.
Status readRows(const QJsonObject &payload, QList<HistoryMonth> &months)
{
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (it.key() != QLatin1String("records"))
            return Error::badInput(it.key(), HistoryPayload::tr("contribution_history: unknown key %1").arg(it.key()));
    }
    const QJsonValue records = payload.value(QLatin1String("records"));
    if (!records.isArray())
        return Error::badInput(QStringLiteral("records"), HistoryPayload::tr("contribution_history: \"records\" is not a list"));
    const QJsonArray list = records.toArray();
    const QStringList &keys = HistoryPayload::keys();
    months.resize(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        // The field's path, made only for an error (a download reads millions of months).
        const auto at = [i](const QString &key) { return QStringLiteral("records[%1].%2").arg(i).arg(key); };
        const QJsonObject r = list.at(i).toObject();
        for (auto it = r.constBegin(); it != r.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                return Error::badInput(at(it.key()), HistoryPayload::tr("contribution_history: unknown key %1").arg(it.key()));
        }
        HistoryMonth &m = months[i];
        for (const IntegerColumn &column : kIntegerColumns) {
            if (!wholeNumber(r.value(keys.at(column.key)), m.*column.field))
                return notWhole(at(keys.at(column.key)));
        }
        const QJsonValue employer = r.value(keys.at(kEmployerKey));
        if (employer.isString())
            m.employerId = employer.toString();
        else if (employer.isNull() || employer.isUndefined())
            m.employerId.clear();
        else
            return notEmployer(at(keys.at(kEmployerKey)));
    }
    return Done {};
}

} // namespace

const QStringList &HistoryPayload::keys()
{
    static const QStringList list {QStringLiteral("month"),        QStringLiteral("kind"),         QStringLiteral("base_fen"),
                                   QStringLiteral("employer_fen"), QStringLiteral("personal_fen"), QStringLiteral("employer_id"),
                                   QStringLiteral("region")};
    return list;
}

Status HistoryPayload::read(const QJsonObject &payload, QList<HistoryMonth> &months)
{
    months.clear();
    if (payload.contains(QLatin1String("records"))) {
        const Status s = readRows(payload, months);
        if (!s)
            months.clear();
        return s;
    }
    const QStringList &names = keys();
    for (auto it = payload.constBegin(); it != payload.constEnd(); ++it) {
        if (!names.contains(it.key()))
            return Error::badInput(it.key(), tr("contribution_history: unknown key %1").arg(it.key()));
    }
    QJsonArray columns[7];
    static_assert(std::size(columns) == 7, "one array per key");
    for (qsizetype k = 0; k < names.size(); ++k) {
        const QJsonValue value = payload.value(names.at(k));
        if (!value.isArray())
            return Error::badInput(names.at(k),
                                   value.isUndefined() ? tr("contribution_history: the column %1 is missing").arg(names.at(k))
                                                       : tr("contribution_history: %1 is not a list").arg(names.at(k)));
        columns[k] = value.toArray();
    }
    const qsizetype count = columns[0].size();
    for (qsizetype k = 1; k < names.size(); ++k) {
        if (columns[k].size() != count)
            return Error::badInput(names.at(k),
                                   tr("contribution_history: %1 has %2 values and month %3: the columns must be of one length")
                                       .arg(names.at(k))
                                       .arg(columns[k].size())
                                       .arg(count));
    }
    months.resize(count);
    for (const IntegerColumn &column : kIntegerColumns) {
        const QJsonArray &values = columns[column.key];
        for (qsizetype i = 0; i < count; ++i) {
            if (!wholeNumber(values.at(i), months[i].*column.field)) {
                months.clear();
                return notWhole(QStringLiteral("%1[%2]").arg(names.at(column.key)).arg(i));
            }
        }
    }
    const QJsonArray &employers = columns[kEmployerKey];
    for (qsizetype i = 0; i < count; ++i) {
        const QJsonValue employer = employers.at(i);
        if (employer.isString()) {
            months[i].employerId = employer.toString();
        } else if (employer.isNull()) {
            months[i].employerId.clear();
        } else {
            months.clear();
            return notEmployer(QStringLiteral("%1[%2]").arg(names.at(kEmployerKey)).arg(i));
        }
    }
    return Done {};
}

QJsonObject HistoryPayload::toColumns(const QList<HistoryMonth> &months)
{
    QJsonArray columns[7];
    for (const HistoryMonth &m : months) {
        for (const IntegerColumn &column : kIntegerColumns)
            columns[column.key].append(m.*column.field);
        columns[kEmployerKey].append(m.employerId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.employerId));
    }
    QJsonObject payload;
    for (qsizetype k = 0; k < keys().size(); ++k)
        payload.insert(keys().at(k), columns[k]);
    return payload;
}

} // namespace tongban::sync
