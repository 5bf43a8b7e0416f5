// Tests of tongban::sync::PageApplier on real SQLite files: a pulled page applied whole or not at
// all with its cursor (T4), own echoes and foreign changes over pending ops, persons, employers
// and histories.

#include "storage/localstore.h"
#include "sync/outbox.h"
#include "sync/pageapplier.h"
#include "sync/syncstaterepository.h"

#include "synctestdata.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using tongban::storage::LocalStore;
using tongban::sync::Change;
using tongban::sync::Outbox;
using tongban::sync::PageApplier;
using tongban::sync::PullPage;
using tongban::sync::SyncStateRepository;
using namespace tongban::test::sync;

namespace {

const QString kOtherDevice = QStringLiteral("cc9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");

int count(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

std::unique_ptr<LocalStore> openStore(const QString &path)
{
    auto store = LocalStore::open(path);
    if (!store)
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(store.error().message));
    return std::move(store).value();
}

Change change(const QString &entity, const QString &recordId, const QJsonObject &payload, qint64 version = 1,
              const QString &device = kOtherDevice)
{
    Change c;
    c.entity = entity;
    c.recordId = recordId;
    c.version = version;
    c.payload = payload;
    c.deviceId = device;
    return c;
}

PullPage page(const QList<Change> &changes, const QString &cursor = QStringLiteral("1:100:1"))
{
    PullPage p;
    p.epoch = 1;
    p.changes = changes;
    p.cursor = cursor;
    return p;
}

QJsonObject visitPayload(const QString &status = QStringLiteral("open"))
{
    return QJsonObject {
        {QStringLiteral("id"), kVisit},
        {QStringLiteral("queue_number"), QStringLiteral("B007")},
        {QStringLiteral("person_id"), kPerson},
        {QStringLiteral("clerk"), QStringLiteral("zhao.lei")},
        {QStringLiteral("opened_at"), QStringLiteral("2026-12-01T01:00:00.000Z")},
        {QStringLiteral("closed_at"), status == QLatin1String("open") ? QJsonValue() : QStringLiteral("2026-12-01T02:00:00.000Z")},
        {QStringLiteral("status"), status},
        {QStringLiteral("version"), 1}};
}

/// A history of kPerson in the columns of protocol 2: @p months from 2005-01 on, the employer
/// kEmployer, with @p replace put in place of its column (to make it malformed).
QJsonObject historyColumns(int months, const char *replace = nullptr, const QJsonValue &value = {})
{
    QJsonArray month, kind, base, employerFen, personal, employer, region;
    for (int i = 0; i < months; ++i) {
        month.append(200501 + (i / 12) * 100 + i % 12);
        kind.append(0);
        base.append(300000 + i * 100);
        employerFen.append(48000 + i * 16);
        personal.append(24000 + i * 8);
        employer.append(kEmployer);
        region.append(110105);
    }
    QJsonObject payload {{QStringLiteral("month"), month},           {QStringLiteral("kind"), kind},
                         {QStringLiteral("base_fen"), base},         {QStringLiteral("employer_fen"), employerFen},
                         {QStringLiteral("personal_fen"), personal}, {QStringLiteral("employer_id"), employer},
                         {QStringLiteral("region"), region}};
    if (replace)
        payload.insert(QLatin1String(replace), value);
    return payload;
}

/// The same months one object each (protocol 1).
QJsonObject historyRecords(const QJsonObject &columns)
{
    QJsonArray records;
    const QJsonArray months = columns.value(u"month").toArray();
    for (qsizetype i = 0; i < months.size(); ++i) {
        QJsonObject record;
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
            record.insert(it.key(), it.value().toArray().at(i));
        records.append(record);
    }
    return QJsonObject {{QStringLiteral("records"), records}};
}

} // namespace

Q_DECLARE_METATYPE(tongban::sync::Change)

class TestPageApplier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    QSqlDatabase m_db;
    QString m_device;

    tongban::Result<tongban::sync::ApplyReport> apply(const PullPage &p)
    {
        return PageApplier::apply(m_db, p, m_device, tongban::test::fixedNow());
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("b.sqlite")));
        m_store = openStore(m_dir.filePath(QStringLiteral("b.sqlite")));
        m_db = m_store->database();
        m_device = scalar(m_db, QStringLiteral("SELECT id FROM device")).toString();
        QVERIFY(insertPersonAndEmployer(m_db));
    }

    void cleanup()
    {
        m_db = QSqlDatabase();
        m_store.reset();
    }

    // What one device queued (every up entity but the push-only audit record) is applied on
    // another device as the same rows, without queueing anything there; the cursor with it.
    void pageOfEveryUpEntityIsAppliedWhole()
    {
        QList<Change> changes;
        {
            QFile::remove(m_dir.filePath(QStringLiteral("a.sqlite")));
            auto a = openStore(m_dir.filePath(QStringLiteral("a.sqlite")));
            const QSqlDatabase db = a->database();
            QVERIFY(insertPersonAndEmployer(db));
            for (const UpRow &row : upRows()) {
                QVERIFY(exec(db, row.insert));
                if (!row.update.isEmpty())
                    QVERIFY(exec(db, row.update));
            }
            const auto ops = Outbox::pending(db, 1000);
            QVERIFY(ops.ok());
            qint64 version = 0;
            for (const auto &op : *ops) {
                if (op.entity != QLatin1String("audit_record"))
                    changes << change(op.entity, op.recordId, op.payload, ++version);
            }
        }
        QCOMPARE(changes.size(), 22);
        const auto report = apply(page(changes, QStringLiteral("1:200:7")));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->applied, 22);
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0);
        for (const UpRow &row : upRows()) {
            if (!row.update.isEmpty())
                QCOMPARE(count(m_db, row.entity), 1);
        }
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT status FROM intake_matter")).toString(), QStringLiteral("done"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT monthly_amount_fen FROM unemployment_claim WHERE uuid = '%1'").arg(kClaim)).toInt(),
                 160000);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT payload FROM session_event")).toString(), QStringLiteral("{\"text\": \"ok\"}"));
        QCOMPARE(count(m_db, QStringLiteral("sync_version")), 11);
        QCOMPARE(
            scalar(m_db, QStringLiteral("SELECT version || ' ' || device_id FROM sync_version WHERE entity = 'visit_session'")).toString(),
            QStringLiteral("2 ") + kOtherDevice);
        const auto state = SyncStateRepository::read(m_db);
        QCOMPARE(state->cursor, QStringLiteral("1:200:7"));
        QCOMPARE(state->epoch.value_or(-1), 1);
        QCOMPARE(state->lastPullAt, tongban::test::fixedNow().toUTC());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sync_applying")).toInt(), 0);

        // Deletes remove the rows, cascading as the schema says, and queue nothing.
        QVERIFY(apply(page({[] {
                                Change c = change(QStringLiteral("rating_followup"), kFollowup, {}, 30);
                                c.deleted = true;
                                return c;
                            }(),
                            [] {
                                Change c = change(QStringLiteral("service_rating"), kRating, {}, 31);
                                c.deleted = true;
                                return c;
                            }()}))
                    .ok());
        QCOMPARE(count(m_db, QStringLiteral("service_rating")), 0);
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT deleted FROM sync_version WHERE entity = 'service_rating'")).toInt(), 1);
    }

    // T4: a bad change in the middle of a page leaves the file and the cursor as they were.
    void badChangeInTheMiddleAppliesNothing_data()
    {
        QTest::addColumn<Change>("bad");
        QTest::addColumn<QString>("named");
        QJsonObject unknownColumn = visitPayload();
        unknownColumn.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QTest::newRow("unknown column") << change(QStringLiteral("visit_session"), kVisit, unknownColumn) << QStringLiteral("colour");
        QTest::newRow("unknown entity") << change(QStringLiteral("pension_payment"), kVisit, visitPayload())
                                        << QStringLiteral("pension_payment");
        QTest::newRow("push-only entity") << change(QStringLiteral("audit_record"), QStringLiteral("x:1"), {})
                                          << QStringLiteral("audit_record");
        QJsonObject withKey {{QStringLiteral("key"), 5}};
        QTest::newRow("local key of a person") << change(QStringLiteral("insured_person"), kPerson, withKey) << QStringLiteral("key");
        QJsonObject claimId {{QStringLiteral("id"), 5}};
        QTest::newRow("local id of a claim") << change(QStringLiteral("unemployment_claim"), kClaim, claimId) << QStringLiteral("id");
        QTest::newRow("check constraint") << change(QStringLiteral("visit_session"), kVisit, visitPayload(QStringLiteral("paused")))
                                          << QStringLiteral("visit_session");
        // A matter of a visit that is not in the file: the page fails (only a visit's person may be missing).
        QTest::newRow("broken reference") << change(
            QStringLiteral("intake_matter"), kMatter,
            QJsonObject {{QStringLiteral("id"), kMatter},
                         {QStringLiteral("session_id"), QStringLiteral("dd9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11")},
                         {QStringLiteral("position"), 0},
                         {QStringLiteral("matter_id"), QStringLiteral("retirement-application")},
                         {QStringLiteral("subject_id_number"), QStringLiteral("11010519491231002X")},
                         {QStringLiteral("subject_name"), QStringLiteral("测试")},
                         {QStringLiteral("fields_json"), QStringLiteral("{}")},
                         {QStringLiteral("documents_json"), QStringLiteral("[]")},
                         {QStringLiteral("missing_json"), QStringLiteral("[]")},
                         {QStringLiteral("status"), QStringLiteral("received")},
                         {QStringLiteral("received_on"), QStringLiteral("2026-12-02")},
                         {QStringLiteral("clerk"), QStringLiteral("zhao.lei")},
                         {QStringLiteral("created_at"), QStringLiteral("2026-12-02T02:05:00.000Z")}})
                                          << QStringLiteral("intake_matter");
        QTest::newRow("history of a missing employer") << change(
            QStringLiteral("contribution_history"), kPerson,
            QJsonObject {{QStringLiteral("records"),
                          QJsonArray {QJsonObject {{QStringLiteral("month"), 202301},
                                                   {QStringLiteral("kind"), 0},
                                                   {QStringLiteral("base_fen"), 600000},
                                                   {QStringLiteral("employer_fen"), 96000},
                                                   {QStringLiteral("personal_fen"), 48000},
                                                   {QStringLiteral("employer_id"), QStringLiteral("ee9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11")},
                                                   {QStringLiteral("region"), 110105}}}}})
                                                       << QStringLiteral("ee9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        // Protocol 2's columns, malformed: the field is named, nothing of the page is applied.
        QTest::newRow("history: columns of two lengths")
            << change(QStringLiteral("contribution_history"), kPerson, historyColumns(3, "kind", QJsonArray {0, 0}))
            << QStringLiteral("payload.kind");
        QTest::newRow("history: an amount as text")
            << change(QStringLiteral("contribution_history"), kPerson,
                      historyColumns(3, "base_fen", QJsonArray {300000, QStringLiteral("300100"), 300200}))
            << QStringLiteral("payload.base_fen[1]");
        QTest::newRow("history: an employer as a number")
            << change(QStringLiteral("contribution_history"), kPerson, historyColumns(2, "employer_id", QJsonArray {kEmployer, 42}))
            << QStringLiteral("payload.employer_id[1]");
        QTest::newRow("history: a column missing")
            << change(QStringLiteral("contribution_history"), kPerson, historyColumns(2, "region", QJsonValue::Undefined))
            << QStringLiteral("payload.region");
        QTest::newRow("history: an employer not in the file")
            << change(QStringLiteral("contribution_history"), kPerson,
                      historyColumns(2, "employer_id", QJsonArray {kEmployer, QStringLiteral("ee9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11")}))
            << QStringLiteral("payload.employer_id[1]");
        QTest::newRow("history: a month the schema refuses")
            << change(QStringLiteral("contribution_history"), kPerson, historyColumns(2, "month", QJsonArray {200501, 200513}))
            << QStringLiteral("CHECK constraint failed");
    }

    void badChangeInTheMiddleAppliesNothing()
    {
        QFETCH(Change, bad);
        QFETCH(QString, named);
        QVERIFY(apply(page({}, QStringLiteral("1:50:1"))).ok());
        const auto report = apply(page({change(QStringLiteral("visit_session"), kVisit, visitPayload()), bad,
                                        change(QStringLiteral("intake_visit"), kVisit,
                                               QJsonObject {{QStringLiteral("session_id"), kVisit},
                                                            {QStringLiteral("applicant_id_number"), QStringLiteral("11010519491231002X")},
                                                            {QStringLiteral("applicant_name"), QStringLiteral("测试")},
                                                            {QStringLiteral("catalog_edition"), QStringLiteral("2026-12-01")}})},
                                       QStringLiteral("1:60:3")));
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(named) || report.error().field.endsWith(named), qPrintable(report.error().message));
        // A broken reference is found once the page is in (the table is named, not the change).
        if (named != QLatin1String("intake_matter"))
            QVERIFY2(report.error().message.contains(QStringLiteral("changes[1]")), qPrintable(report.error().message));
        QCOMPARE(count(m_db, QStringLiteral("visit_session")), 0);
        QCOMPARE(count(m_db, QStringLiteral("intake_visit")), 0);
        QCOMPARE(count(m_db, QStringLiteral("sync_version")), 0);
        QCOMPARE(count(m_db, QStringLiteral("sync_applying")), 0);
        QCOMPARE(SyncStateRepository::read(m_db)->cursor, QStringLiteral("1:50:1"));
        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // T4 with a kill: a page that was being applied when the connection went away (no COMMIT)
    // leaves nothing behind.
    void pageWithoutCommitLeavesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.sqlite"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("killed"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(exec(raw, QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(exec(raw, QStringLiteral("INSERT INTO sync_applying VALUES (1)")));
            QVERIFY(exec(raw, QStringLiteral("UPDATE sync_state SET cursor = '9:9:9'")));
            raw.close(); // no COMMIT, as after a kill
        }
        QSqlDatabase::removeDatabase(QStringLiteral("killed"));
        QCOMPARE(SyncStateRepository::read(m_db)->cursor, QString());
        QCOMPARE(count(m_db, QStringLiteral("sync_applying")), 0);
    }

    // References are checked once the page is in: a child may come before its parent.
    void childBeforeItsParentInOnePage()
    {
        const auto report = apply(page({change(QStringLiteral("intake_visit"), kVisit,
                                               QJsonObject {{QStringLiteral("session_id"), kVisit},
                                                            {QStringLiteral("applicant_id_number"), QStringLiteral("11010519491231002X")},
                                                            {QStringLiteral("applicant_name"), QStringLiteral("测试")},
                                                            {QStringLiteral("catalog_edition"), QStringLiteral("2026-12-01")}}),
                                        change(QStringLiteral("visit_session"), kVisit, visitPayload())}));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(count(m_db, QStringLiteral("intake_visit")), 1);
    }

    void visitOfAnotherCountyKeepsNoPerson()
    {
        QJsonObject payload = visitPayload();
        payload.insert(QStringLiteral("person_id"), QStringLiteral("ff9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11"));
        QVERIFY(apply(page({change(QStringLiteral("visit_session"), kVisit, payload)})).ok());
        QVERIFY(scalar(m_db, QStringLiteral("SELECT person_id FROM visit_session")).isNull());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT queue_number FROM visit_session")).toString(), QStringLiteral("B007"));
        // A person of this file stays linked.
        QVERIFY(apply(page({change(QStringLiteral("visit_session"), kVisit, visitPayload(), 2)})).ok());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT person_id FROM visit_session")).toString(), kPerson);
    }

    // A record with a pending op: this device's own echo only moves the version; another
    // device's change opens a conflict and overwrites nothing.
    void ownEchoAndForeignChangeOverAPendingOp()
    {
        QVERIFY(exec(m_db, upRows().at(0).insert));
        QVERIFY(exec(m_db, upRows().at(0).update)); // closed
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 2);

        const auto echo = apply(page({change(QStringLiteral("visit_session"), kVisit, visitPayload(), 1, m_device)}));
        QVERIFY(echo.ok());
        QCOMPARE(echo->ownEchoes, 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT status FROM visit_session")).toString(), QStringLiteral("closed"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT version || ' ' || device_id FROM sync_version")).toString(),
                 QStringLiteral("1 ") + m_device);
        QCOMPARE(count(m_db, QStringLiteral("sync_conflict")), 0);

        const auto foreign = apply(page({change(QStringLiteral("visit_session"), kVisit, visitPayload(), 5)}));
        QVERIFY(foreign.ok());
        QCOMPARE(foreign->conflicts, 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT status FROM visit_session")).toString(), QStringLiteral("closed"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT version FROM sync_version")).toInt(), 1);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT json_extract(local_payload, '$.status'), json_extract(server_payload, '$.status'),"
                                      " server_version, server_device, server_changed_by FROM sync_conflict")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("closed"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("open"));
        QCOMPARE(q.value(2).toInt(), 5);
        QCOMPARE(q.value(3).toString(), kOtherDevice);
        QCOMPARE(q.value(4).toString(), QStringLiteral("zhao.lei"));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 2); // kept, parked
        QVERIFY(Outbox::pending(m_db, 10)->isEmpty());

        // With the ops gone (acknowledged) the open conflict still holds the record back.
        QVERIFY(exec(m_db, QStringLiteral("DELETE FROM outbox")));
        QVERIFY(apply(page({change(QStringLiteral("visit_session"), kVisit, visitPayload(), 6)})).ok());
        QCOMPARE(count(m_db, QStringLiteral("sync_conflict")), 1);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT server_version FROM sync_conflict")).toInt(), 6);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT status FROM visit_session")).toString(), QStringLiteral("closed"));
    }

    void personEmployerAndHistory()
    {
        const QString person = QStringLiteral("0c9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        const QString employer = QStringLiteral("1c9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        const QJsonObject personPayload {{QStringLiteral("id"), person},
                                         {QStringLiteral("citizen_id"), QStringLiteral("110105196505010016")},
                                         {QStringLiteral("name"), QStringLiteral("李四")},
                                         {QStringLiteral("sex"), QStringLiteral("male")},
                                         {QStringLiteral("birth_date"), QStringLiteral("1965-05-01")},
                                         {QStringLiteral("retirement_group"), QStringLiteral("male")},
                                         {QStringLiteral("region"), QStringLiteral("110105")},
                                         {QStringLiteral("deemed_months"), 0},
                                         {QStringLiteral("account_opening_fen"), 0},
                                         {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                                         {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00.000Z")}};
        const QJsonObject employerPayload {{QStringLiteral("id"), employer},
                                           {QStringLiteral("name"), QStringLiteral("朝阳示例公司")},
                                           {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                                           {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00.000Z")}};
        const auto record = [&](int month, const QJsonValue &employerId) {
            return QJsonObject {{QStringLiteral("month"), month},        {QStringLiteral("kind"), employerId.isNull() ? 1 : 0},
                                {QStringLiteral("base_fen"), 600000},    {QStringLiteral("employer_fen"), employerId.isNull() ? 0 : 96000},
                                {QStringLiteral("personal_fen"), 48000}, {QStringLiteral("employer_id"), employerId},
                                {QStringLiteral("region"), 110105}};
        };
        const auto history = [&](const QJsonArray &records) {
            return change(QStringLiteral("contribution_history"), person, QJsonObject {{QStringLiteral("records"), records}});
        };
        const auto report = apply(page({change(QStringLiteral("employer"), employer, employerPayload),
                                        change(QStringLiteral("insured_person"), person, personPayload),
                                        history({record(202301, employer), record(202302, employer), record(202303, QJsonValue())})}));
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(count(m_db, QStringLiteral("outbox")), 0);
        const qint64 key = scalar(m_db, QStringLiteral("SELECT key FROM insured_person WHERE id = '%1'").arg(person)).toLongLong();
        QVERIFY(key > 0);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM contribution_record WHERE person_key = %1").arg(key)).toInt(), 3);
        QCOMPARE(scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM contribution_record c JOIN employer e ON e.key = c.employer_key"
                                       " WHERE e.id = '%1'")
                            .arg(employer))
                     .toInt(),
                 2);

        // An update of the person keeps its local key and its records; a new history replaces the old.
        QJsonObject renamed = personPayload;
        renamed.insert(QStringLiteral("name"), QStringLiteral("李四光"));
        QVERIFY(apply(page({change(QStringLiteral("insured_person"), person, renamed, 2)})).ok());
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT key FROM insured_person WHERE id = '%1'").arg(person)).toLongLong(), key);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT name FROM insured_person WHERE key = %1").arg(key)).toString(),
                 QStringLiteral("李四光"));
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM contribution_record WHERE person_key = %1").arg(key)).toInt(), 3);
        QVERIFY(apply(page({history({record(202401, QJsonValue())})})).ok());
        QCOMPARE(
            scalar(m_db, QStringLiteral("SELECT group_concat(month) FROM contribution_record WHERE person_key = %1").arg(key)).toString(),
            QStringLiteral("202401"));
        // A history of a person not in the file fails the page.
        Change stray = history({});
        stray.recordId = QStringLiteral("2c9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        QVERIFY(!apply(page({stray})).ok());
        // A deleted person takes its records along.
        Change gone = change(QStringLiteral("insured_person"), person, {}, 3);
        gone.deleted = true;
        QVERIFY(apply(page({gone})).ok());
        QCOMPARE(count(m_db, QStringLiteral("contribution_record")), 0);
    }

    // Protocol 2's history (arrays of columns) writes the same rows as protocol 1's (one object
    // per month), and replaces them whole; the page's employer is looked up once.
    void historyInColumnsAppliesTheSameRowsAsInRecords()
    {
        const auto rowsOf = [this] {
            return scalar(m_db,
                          QStringLiteral("SELECT group_concat(r, ';') FROM (SELECT person_key || ',' || month || ',' || kind || ','"
                                         " || base_fen || ',' || employer_fen || ',' || personal_fen || ',' || employer_key || ','"
                                         " || region AS r FROM contribution_record ORDER BY person_key, month, kind)"))
                .toString();
        };
        const QJsonObject columns = historyColumns(240);
        const auto inRecords = apply(page({change(QStringLiteral("contribution_history"), kPerson, historyRecords(columns))}));
        QVERIFY2(inRecords.ok(), inRecords.ok() ? "" : qPrintable(inRecords.error().message));
        QCOMPARE(count(m_db, QStringLiteral("contribution_record")), 240);
        const QString written = rowsOf();
        QVERIFY(written.startsWith(QStringLiteral("1,200501,0,300000,48000,24000,1,110105;1,200502,0,300100,48016,24008,1,110105;")));

        QVERIFY(exec(m_db, QStringLiteral("DELETE FROM contribution_record")));
        const auto inColumns = apply(page({change(QStringLiteral("contribution_history"), kPerson, columns, 2)}));
        QVERIFY2(inColumns.ok(), inColumns.ok() ? "" : qPrintable(inColumns.error().message));
        QCOMPARE(inColumns->applied, 1);
        QCOMPARE(rowsOf(), written);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT version FROM sync_version WHERE entity = 'contribution_history'")).toInt(), 2);
        // the log's checkpoints are put off, and the disk not waited for, only while a page commits
        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 1000);
        QCOMPARE(scalar(m_db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL, as LocalStore sets it

        // a shorter history replaces the longer one; an empty one leaves none
        QVERIFY(apply(page({change(QStringLiteral("contribution_history"), kPerson, historyColumns(12), 3)})).ok());
        QCOMPARE(count(m_db, QStringLiteral("contribution_record")), 12);
        QVERIFY(apply(page({change(QStringLiteral("contribution_history"), kPerson, historyColumns(0), 4)})).ok());
        QCOMPARE(count(m_db, QStringLiteral("contribution_record")), 0);
    }

    // A batch of a page's first changes (SyncRound hands them over before the rest of the page
    // has come) is stored only when the file's cursor is the one it continues from; otherwise
    // nothing of it is, and the report says stale.
    void batchContinuesOnlyFromItsCursor()
    {
        QVERIFY(apply(page({}, QStringLiteral("1:10:1"))).ok());
        const PullPage batch = page({change(QStringLiteral("visit_session"), kVisit, visitPayload())}, QStringLiteral("1:20:4"));
        const auto stale = PageApplier::apply(m_db, batch, QStringLiteral("1:5:5"), m_device, tongban::test::fixedNow());
        QVERIFY(stale.ok());
        QVERIFY(stale->stale);
        QCOMPARE(stale->applied, 0);
        QCOMPARE(count(m_db, QStringLiteral("visit_session")), 0);
        QCOMPARE(SyncStateRepository::read(m_db)->cursor, QStringLiteral("1:10:1"));
        const auto applied = PageApplier::apply(m_db, batch, QStringLiteral("1:10:1"), m_device, tongban::test::fixedNow());
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        QVERIFY(!applied->stale);
        QCOMPARE(applied->applied, 1);
        QCOMPARE(count(m_db, QStringLiteral("visit_session")), 1);
        QCOMPARE(SyncStateRepository::read(m_db)->cursor, QStringLiteral("1:20:4"));
    }

    void mustResyncResetsTheCursor()
    {
        QVERIFY(apply(page({}, QStringLiteral("1:70:2"))).ok());
        QVERIFY(SyncStateRepository::setFirstDownloadComplete(m_db, true).ok());
        PullPage resync;
        resync.epoch = 2;
        resync.mustResync = true;
        QVERIFY(apply(resync).ok());
        const auto state = SyncStateRepository::read(m_db);
        QCOMPARE(state->cursor, QString());
        QCOMPARE(state->epoch.value_or(-1), 2);
        QVERIFY(!state->firstDownloadComplete);
    }
};

QTEST_GUILESS_MAIN(TestPageApplier)
#include "testpageapplier.moc"
