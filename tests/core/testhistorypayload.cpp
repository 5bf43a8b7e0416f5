// Tests of tongban::sync::HistoryPayload: a contribution history's payload in the columns of
// protocol 2 and the rows of protocol 1 read as the same months; every malformed payload refused
// with the field named (one row per case).

#include "sync/historypayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using tongban::sync::HistoryMonth;
using tongban::sync::HistoryPayload;

namespace {

const QString kEmployer = QStringLiteral("1c9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

/// Three months: two with the employer, one flexibly employed, as columns.
QJsonObject columns()
{
    return QJsonObject {{QStringLiteral("month"), QJsonArray {202301, 202302, 202303}},
                        {QStringLiteral("kind"), QJsonArray {0, 0, 1}},
                        {QStringLiteral("base_fen"), QJsonArray {600000, 600000, 450000}},
                        {QStringLiteral("employer_fen"), QJsonArray {96000, 96000, 0}},
                        {QStringLiteral("personal_fen"), QJsonArray {48000, 48000, 90000}},
                        {QStringLiteral("employer_id"), QJsonArray {kEmployer, kEmployer, QJsonValue()}},
                        {QStringLiteral("region"), QJsonArray {110105, 110105, 110101}}};
}

/// The same months as rows (protocol 1).
QJsonObject rows()
{
    const auto month = [](int m, int kind, int base, int employerFen, int personal, const QJsonValue &employer, int region) {
        return QJsonObject {{QStringLiteral("month"), m},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("base_fen"), base},
                            {QStringLiteral("employer_fen"), employerFen},
                            {QStringLiteral("personal_fen"), personal},
                            {QStringLiteral("employer_id"), employer},
                            {QStringLiteral("region"), region}};
    };
    return QJsonObject {
        {QStringLiteral("records"),
         QJsonArray {month(202301, 0, 600000, 96000, 48000, kEmployer, 110105), month(202302, 0, 600000, 96000, 48000, kEmployer, 110105),
                     month(202303, 1, 450000, 0, 90000, QJsonValue(), 110101)}}};
}

QJsonObject with(QJsonObject payload, const char *key, const QJsonValue &value)
{
    payload.insert(QLatin1String(key), value);
    return payload;
}

QJsonObject without(QJsonObject payload, const char *key)
{
    payload.remove(QLatin1String(key));
    return payload;
}

} // namespace

class TestHistoryPayload : public QObject
{
    Q_OBJECT

private slots:
    void bothFormsReadAsTheSameMonths_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::newRow("columns (protocol 2)") << columns();
        QTest::newRow("rows (protocol 1)") << rows();
    }

    void bothFormsReadAsTheSameMonths()
    {
        QFETCH(QJsonObject, payload);
        QList<HistoryMonth> months {HistoryMonth {1, 1, 1, 1, 1, QStringLiteral("stale"), 1}}; // cleared first
        const auto read = HistoryPayload::read(payload, months);
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().field + QStringLiteral(": ") + read.error().message));
        QCOMPARE(months.size(), 3);
        QCOMPARE(months.at(0).month, 202301);
        QCOMPARE(months.at(1).kind, 0);
        QCOMPARE(months.at(1).baseFen, 600000);
        QCOMPARE(months.at(1).employerFen, 96000);
        QCOMPARE(months.at(1).personalFen, 48000);
        QCOMPARE(months.at(1).employerId, kEmployer);
        QCOMPARE(months.at(1).region, 110105);
        QCOMPARE(months.at(2).kind, 1);
        QVERIFY(months.at(2).employerId.isEmpty());
        QCOMPARE(months.at(2).region, 110101);
        // what DownRecords loads: the columns again
        QCOMPARE(HistoryPayload::toColumns(months), columns());
    }

    void emptyHistory()
    {
        QList<HistoryMonth> months;
        QVERIFY(HistoryPayload::read(HistoryPayload::toColumns({}), months).ok());
        QVERIFY(months.isEmpty());
        QVERIFY(HistoryPayload::read(parse(R"({"records": []})"), months).ok());
        QVERIFY(months.isEmpty());
    }

    void malformedIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("field");
        QTest::newRow("a column one value short") << with(columns(), "kind", QJsonArray {0, 0}) << QStringLiteral("kind");
        QTest::newRow("a column one value long")
            << with(columns(), "region", QJsonArray {110105, 110105, 110101, 110101}) << QStringLiteral("region");
        QTest::newRow("a column that is no list") << with(columns(), "base_fen", 600000) << QStringLiteral("base_fen");
        QTest::newRow("a column missing") << without(columns(), "personal_fen") << QStringLiteral("personal_fen");
        QTest::newRow("an unknown column") << with(columns(), "colour", QJsonArray {1, 2, 3}) << QStringLiteral("colour");
        QTest::newRow("an amount as text") << with(columns(), "base_fen", QJsonArray {600000, QStringLiteral("600000"), 450000})
                                           << QStringLiteral("base_fen[1]");
        QTest::newRow("a fraction of a fen") << with(columns(), "personal_fen", QJsonArray {48000, 48000, 90000.5})
                                             << QStringLiteral("personal_fen[2]");
        QTest::newRow("beyond 2^53") << with(columns(), "employer_fen", QJsonArray {96000, qint64(9007199254740993), 0})
                                     << QStringLiteral("employer_fen[1]");
        QTest::newRow("a month as null") << with(columns(), "month", QJsonArray {202301, QJsonValue(), 202303})
                                         << QStringLiteral("month[1]");
        QTest::newRow("an employer as a number")
            << with(columns(), "employer_id", QJsonArray {kEmployer, 7, QJsonValue()}) << QStringLiteral("employer_id[1]");
        QTest::newRow("rows: not a list") << parse(R"({"records": {}})") << QStringLiteral("records");
        QTest::newRow("rows: a kind as text") << parse(
            R"({"records": [{"month": 202301, "kind": "0", "base_fen": 1, "employer_fen": 0, "personal_fen": 0, "region": 110105}]})")
                                              << QStringLiteral("records[0].kind");
        QTest::newRow("rows: an unknown key") << parse(
            R"({"records": [{"month": 202301, "kind": 1, "base_fen": 1, "employer_fen": 0, "personal_fen": 0, "region": 110105,)"
            R"( "colour": "red"}]})") << QStringLiteral("records[0].colour");
        QTest::newRow("rows beside columns") << with(columns(), "records", QJsonArray {}) << QStringLiteral("base_fen");
    }

    void malformedIsRefusedNamingTheField()
    {
        QFETCH(QJsonObject, payload);
        QFETCH(QString, field);
        QList<HistoryMonth> months;
        const auto read = HistoryPayload::read(payload, months);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, tongban::Error::Kind::BadInput);
        QCOMPARE(read.error().field, field);
        QVERIFY2(read.error().message.contains(field.section(u'.', -1).section(u'[', 0, 0)), qPrintable(read.error().message));
        QVERIFY(months.isEmpty()); // nothing half read
    }
};

QTEST_GUILESS_MAIN(TestHistoryPayload)
#include "testhistorypayload.moc"
