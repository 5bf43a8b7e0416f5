#include "downrecords.h"

#include "historypayload.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tongban::sync {

namespace {

/// The value of a column as the payload carries it: integers as JSON numbers (exact up to 2^53,
/// far above any fen amount here), text as strings, NULL as null.
QJsonValue payloadValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    default:
        return QJsonValue(value.toString());
    }
}

Error storageError(const QSqlQuery &query, const QString &reading)
{
    return Error::storage(DownRecords::tr("reading %1 failed: %2").arg(reading, query.lastError().text()));
}

/// Reads the rows of @p table after @p afterKey by key, every column but `key` into the payload.
Result<QList<DownRecord>> readRows(const QSqlDatabase &db, const QString &table, const QString &where, qint64 afterKey, int limit,
                                   qint64 &lastKey)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // table and where are this file's own constants, never input.
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE key > ? %2 ORDER BY key LIMIT ?").arg(table, where));
    query.addBindValue(afterKey);
    query.addBindValue(limit);
    if (!query.exec())
        return storageError(query, table);
    QList<DownRecord> records;
    while (query.next()) {
        const QSqlRecord row = query.record();
        DownRecord record;
        for (int i = 0; i < row.count(); ++i) {
            const QString column = row.fieldName(i);
            if (column == u"key")
                lastKey = row.value(i).toLongLong();
            else
                record.payload.insert(column, payloadValue(row.value(i)));
        }
        record.recordId = record.payload.value(QStringLiteral("id")).toString();
        record.officeCode = record.payload.value(QStringLiteral("region")).toString();
        records.append(record);
    }
    return records;
}

} // namespace

Result<QList<DownRecord>> DownRecords::persons(const QSqlDatabase &db, qint64 afterKey, int limit, qint64 &lastKey)
{
    return readRows(db, QStringLiteral("insured_person"), QString(), afterKey, limit, lastKey);
}

Result<QList<DownRecord>> DownRecords::employers(const QSqlDatabase &db, qint64 afterKey, int limit, qint64 &lastKey)
{
    return readRows(db, QStringLiteral("employer"), QStringLiteral("AND region IS NOT NULL"), afterKey, limit, lastKey);
}

Result<QList<DownRecord>> DownRecords::histories(const QSqlDatabase &db, qint64 afterKey, int limit, qint64 &lastKey)
{
    QSqlQuery persons(db);
    persons.setForwardOnly(true);
    persons.prepare(QStringLiteral("SELECT key, id, region FROM insured_person WHERE key > ? ORDER BY key LIMIT ?"));
    persons.addBindValue(afterKey);
    persons.addBindValue(limit);
    if (!persons.exec())
        return storageError(persons, QStringLiteral("insured_person"));
    QSqlQuery months(db);
    months.setForwardOnly(true);
    months.prepare(QStringLiteral("SELECT c.month, c.kind, c.base_fen, c.employer_fen, c.personal_fen, e.id, c.region"
                                  " FROM contribution_record c LEFT JOIN employer e ON e.key = c.employer_key"
                                  " WHERE c.person_key = ? ORDER BY c.month, c.kind"));
    QList<DownRecord> records;
    while (persons.next()) {
        lastKey = persons.value(0).toLongLong();
        months.addBindValue(lastKey);
        if (!months.exec())
            return storageError(months, QStringLiteral("contribution_record"));
        QList<HistoryMonth> list;
        while (months.next()) {
            list.append(HistoryMonth {months.value(0).toLongLong(), months.value(1).toLongLong(), months.value(2).toLongLong(),
                                      months.value(3).toLongLong(), months.value(4).toLongLong(), months.value(5).toString(),
                                      months.value(6).toLongLong()});
        }
        months.finish();
        if (list.isEmpty())
            continue;
        records.append(DownRecord {persons.value(1).toString(), persons.value(2).toString(), HistoryPayload::toColumns(list)});
    }
    return records;
}

} // namespace tongban::sync
