// Tests of tongban::storage::Migrations and the pragmas of tongban::storage::LocalStore.

#include "demo/demogenerator.h"
#include "storage/localstore.h"
#include "storage/migrations.h"
#include "storage/personrepository.h"
#include "storage/writetransaction.h"

#include "synctestdata.h"
#include "testsupport.h"

#include <QFile>
#include <QMap>

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <thread>

using tongban::storage::LocalStore;
using tongban::storage::Migrations;
using tongban::storage::WriteTransaction;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

const QString kPersonId = QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
const QString kSessionId = QStringLiteral("ab9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
const QString kMatterId = QStringLiteral("cb9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");

// A visit with one intake matter (schema step 5 or later), status 'received'.
bool insertIntakeMatter(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("INSERT INTO visit_session (id, queue_number, clerk, opened_at, status)"
                                 " VALUES ('%1', 'A001', 'clerk1', '2026-12-02T08:00:00Z', 'open')")
                      .arg(kSessionId))
        && q.exec(QStringLiteral("INSERT INTO intake_matter (id, session_id, position, matter_id, subject_id_number, subject_name,"
                                 " fields_json, documents_json, missing_json, status, received_on, due_on, clerk, created_at)"
                                 " VALUES ('%1', '%2', 0, 'retirement-application', '11010519491231002X', '测试', '{}', '[\"id-card\"]',"
                                 " '[]', 'received', '2026-12-02', '2026-12-16', 'clerk1', '2026-12-02T08:00:00Z')")
                      .arg(kMatterId, kSessionId));
}

bool insertPerson(const QSqlDatabase &db, const QString &sex, const QString &birth, qint64 openingFen = 0)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO insured_person (id, citizen_id, name, sex, birth_date, retirement_group, region,"
                             " deemed_months, account_opening_fen, created_at, updated_at)"
                             " VALUES (:id, '11010519491231002X', '测试', :sex, :birth, 'female-55', '110105', 0, :fen,"
                             " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
    q.bindValue(QStringLiteral(":id"), kPersonId);
    q.bindValue(QStringLiteral(":sex"), sex);
    q.bindValue(QStringLiteral(":birth"), birth);
    q.bindValue(QStringLiteral(":fen"), openingFen);
    return q.exec();
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void fromEmptyFileStepByStep()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = LocalStore::open(path, LocalStore::OpenMode::NoMigration);
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
            const QSqlDatabase db = (*store)->database();
            QCOMPARE(Migrations::currentVersion(db).value(), 0);
            QVERIFY(tables(db).isEmpty());
            for (int step = 1; step <= Migrations::latestVersion(); ++step) {
                QVERIFY(!Migrations::statements(step).isEmpty());
                const auto s = Migrations::migrate(db, step);
                QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
                QCOMPARE(Migrations::currentVersion(db).value(), step);
            }
            QVERIFY(Migrations::statements(Migrations::latestVersion() + 1).isEmpty());
            // Running again is a no-op.
            QVERIFY(Migrations::migrate(db).ok());
        }
        // A fresh connection sees the whole schema and gets the pragmas.
        auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
        const QStringList expected {QStringLiteral("audit_record"),       QStringLiteral("contribution_record"),
                                    QStringLiteral("data_disclosure"),    QStringLiteral("device"),
                                    QStringLiteral("difficult_case"),     QStringLiteral("difficult_case_event"),
                                    QStringLiteral("employer"),           QStringLiteral("insured_person"),
                                    QStringLiteral("intake_draft"),       QStringLiteral("intake_matter"),
                                    QStringLiteral("intake_visit"),       QStringLiteral("matter_status_event"),
                                    QStringLiteral("offline_credential"), QStringLiteral("outbox"),
                                    QStringLiteral("parameter_edition"),  QStringLiteral("rating_followup"),
                                    QStringLiteral("service_rating"),     QStringLiteral("session_event"),
                                    QStringLiteral("sqlite_sequence"),    QStringLiteral("store_maintenance"),
                                    QStringLiteral("sync_applying"),      QStringLiteral("sync_conflict"),
                                    QStringLiteral("sync_rejection"),     QStringLiteral("sync_state"),
                                    QStringLiteral("sync_version"),       QStringLiteral("unemployment_claim"),
                                    QStringLiteral("visit_session")};
        QCOMPARE(tables(db), expected);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN"
                                       " ('insured_person_name', 'contribution_record_employer')"))
                     .toInt(),
                 2);
        // Step 3: (person, month) is served by the clustered key alone, not by a second index.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'contribution_record_person_month'")).toInt(),
                 0);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema WHERE name = 'contribution_record'")).toInt(),
            1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void checkConstraintsRejectBadRows_data()
    {
        QTest::addColumn<QString>("sql");
        // Schema step 3's layout: the person's key, the month as YYYYMM, the kind as 0 (employee)
        // or 1 (flexible), the region as an integer.
        const QString record
            = QStringLiteral("INSERT INTO contribution_record (person_key, month, base_fen, employer_fen, personal_fen, kind,"
                             " employer_key, region) VALUES ((SELECT key FROM insured_person), %1)");
        QTest::newRow("negative personal amount") << record.arg(QStringLiteral("202001, 100000, 16000, -8000, 0, NULL, 110105"));
        QTest::newRow("amount as text") << record.arg(QStringLiteral("202001, '1000.5', 16000, 8000, 0, NULL, 110105"));
        QTest::newRow("month 13") << record.arg(QStringLiteral("202013, 100000, 16000, 8000, 0, NULL, 110105"));
        QTest::newRow("month as date") << record.arg(QStringLiteral("'2020-01-01', 100000, 16000, 8000, 0, NULL, 110105"));
        QTest::newRow("unknown kind") << record.arg(QStringLiteral("202001, 100000, 16000, 8000, 2, NULL, 110105"));
        QTest::newRow("flexible with employer share") << record.arg(QStringLiteral("202001, 100000, 16000, 20000, 1, NULL, 110105"));
        QTest::newRow("unknown employer") << record.arg(QStringLiteral("202001, 100000, 16000, 8000, 0, 999, 110105"));
        QTest::newRow("bad region") << record.arg(QStringLiteral("202001, 100000, 16000, 8000, 0, NULL, 11010"));
        QTest::newRow("unknown person") << QStringLiteral("INSERT INTO contribution_record (person_key, month, base_fen, employer_fen,"
                                                          " personal_fen, kind, region) VALUES (999, 202001, 1, 0, 0, 0, 110105)");
        QTest::newRow("bad retirement group") << QStringLiteral("UPDATE insured_person SET retirement_group = 'female-60'");
        QTest::newRow("impossible birth date") << QStringLiteral("UPDATE insured_person SET birth_date = '1999-02-30'");
        QTest::newRow("negative deemed months") << QStringLiteral("UPDATE insured_person SET deemed_months = -1");
        QTest::newRow("opening balance without month") << QStringLiteral("UPDATE insured_person SET account_opening_fen = 100");
        QTest::newRow("lower-case x in citizen ID") << QStringLiteral("UPDATE insured_person SET citizen_id = '11010519491231002x'");
        QTest::newRow("empty name") << QStringLiteral("UPDATE insured_person SET name = '  '");
        // Step 4: a disclosure needs its whole basis, and only that basis's fields.
        const QString disclosure
            = QStringLiteral("INSERT INTO data_disclosure (id, subject_person_id, purpose, basis, consent_by, consent_form, approved_by,"
                             " reason, clerk, created_at) VALUES ('3b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '%1', %2, 'clerk1',"
                             " '2026-01-01T08:00:00Z')")
                  .arg(kPersonId);
        QTest::newRow("consent without how") << disclosure.arg(QStringLiteral("'pension-comparison', 'consent', '李', NULL, NULL, NULL"));
        QTest::newRow("consent without who") << disclosure.arg(
            QStringLiteral("'pension-comparison', 'consent', NULL, 'written', NULL, NULL"));
        QTest::newRow("consent by a blank name")
            << disclosure.arg(QStringLiteral("'pension-comparison', 'consent', ' ', 'written', NULL, NULL"));
        QTest::newRow("consent with a reason") << disclosure.arg(
            QStringLiteral("'pension-comparison', 'consent', '李', 'written', NULL, 'why'"));
        QTest::newRow("consent by telephone") << disclosure.arg(
            QStringLiteral("'pension-comparison', 'consent', '李', 'phone', NULL, NULL"));
        QTest::newRow("approval without reason")
            << disclosure.arg(QStringLiteral("'pension-comparison', 'approval', NULL, NULL, '张主任', NULL"));
        QTest::newRow("approval without who") << disclosure.arg(QStringLiteral("'pension-comparison', 'approval', NULL, NULL, '', 'why'"));
        QTest::newRow("approval with a form") << disclosure.arg(
            QStringLiteral("'pension-comparison', 'approval', NULL, 'written', '张主任', 'why'"));
        QTest::newRow("unknown basis") << disclosure.arg(QStringLiteral("'pension-comparison', 'rumour', '李', 'written', NULL, NULL"));
        QTest::newRow("unknown purpose") << disclosure.arg(QStringLiteral("'gossip', 'consent', '李', 'written', NULL, NULL"));
        QTest::newRow("disclosure of an unknown person")
            << QString(disclosure)
                   .replace(kPersonId, QStringLiteral("4b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11"))
                   .arg(QStringLiteral("'pension-comparison', 'consent', '李', 'written', NULL, NULL"));
        // Step 5: the intake's rows.
        QTest::newRow("intake draft that is not JSON")
            << QStringLiteral("INSERT INTO intake_draft (id, clerk, case_json, saved_at)"
                              " VALUES ('5b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'clerk1', '{not json', '2026-01-01T08:00:00Z')");
        QTest::newRow("intake draft without clerk")
            << QStringLiteral("INSERT INTO intake_draft (id, clerk, case_json, saved_at)"
                              " VALUES ('5b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', ' ', '{}', '2026-01-01T08:00:00Z')");
        QTest::newRow("intake of an unknown visit")
            << QStringLiteral("INSERT INTO intake_visit (session_id, applicant_id_number, applicant_name, catalog_edition)"
                              " VALUES ('6b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '11010519491231002X', '测试', '2026-12-03')");
        QTest::newRow("intake matter of an unknown visit")
            << QStringLiteral("INSERT INTO intake_matter (id, session_id, position, matter_id, subject_id_number, subject_name,"
                              " fields_json, documents_json, missing_json, status, received_on, due_on, clerk, created_at)"
                              " VALUES ('7b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '6b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 0, 'x',"
                              " '11010519491231002X', '测试', '{}', '[]', '[]', 'received', '2026-12-02', '2026-12-03', 'c',"
                              " '2026-12-02T08:00:00Z')");
        // Step 6: the matter workflow's rows (on a stored visit with one matter, see below).
        const QString event = QStringLiteral("INSERT INTO matter_status_event (id, matter_id, from_status, to_status, reason, clerk, at)"
                                             " VALUES ('8b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', %1)");
        QTest::newRow("status event of an unknown matter") << event.arg(
            QStringLiteral("'9b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'received', 'done', NULL, 'clerk1', '2026-12-02T08:00:00Z'"));
        QTest::newRow("status event to an unknown status")
            << event.arg(QStringLiteral("'%1', 'received', 'approved', NULL, 'clerk1', '2026-12-02T08:00:00Z'").arg(kMatterId));
        QTest::newRow("status event to the same status")
            << event.arg(QStringLiteral("'%1', 'received', 'received', NULL, 'clerk1', '2026-12-02T08:00:00Z'").arg(kMatterId));
        QTest::newRow("return without reason") << event.arg(
            QStringLiteral("'%1', 'received', 'returned', '  ', 'clerk1', '2026-12-02T08:00:00Z'").arg(kMatterId));
        QTest::newRow("status event without clerk")
            << event.arg(QStringLiteral("'%1', 'received', 'done', NULL, ' ', '2026-12-02T08:00:00Z'").arg(kMatterId));
        QTest::newRow("status event without time")
            << event.arg(QStringLiteral("'%1', 'received', 'done', NULL, 'clerk1', 'today'").arg(kMatterId));
        QTest::newRow("matter in an unknown status") << QStringLiteral("UPDATE intake_matter SET status = 'approved'");
        QTest::newRow("matter returned without reason") << QStringLiteral("UPDATE intake_matter SET status = 'returned'");
        QTest::newRow("matter from an unknown channel") << QStringLiteral("UPDATE intake_matter SET channel = 'fax'");
        QTest::newRow("session closed without time")
            << QStringLiteral("INSERT INTO visit_session (id, queue_number, clerk, opened_at, status)"
                              " VALUES ('1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'A001', 'clerk1', '2026-01-01T08:00:00Z', 'closed')");
        // Step 7: casework's rows (on the stored visit and matter).
        const QString difficultCase
            = QStringLiteral("INSERT INTO difficult_case (id, session_id, opened_on, description, departments_json,"
                             " status, answer, closed_on, clerk) VALUES ('db9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', %1)");
        QTest::newRow("difficult case of an unknown visit") << difficultCase.arg(
            QStringLiteral("'9b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '2026-12-02', '工龄档案缺失', '[]', 'open', NULL, NULL, 'c'"));
        QTest::newRow("difficult case closed without answer") << difficultCase.arg(
            QStringLiteral("'%1', '2026-12-02', '工龄档案缺失', '[]', 'closed', '  ', '2026-12-02', 'c'").arg(kSessionId));
        QTest::newRow("difficult case open with an answer")
            << difficultCase.arg(QStringLiteral("'%1', '2026-12-02', '工龄档案缺失', '[]', 'open', '已答复', NULL, 'c'").arg(kSessionId));
        QTest::newRow("difficult case with departments not a list")
            << difficultCase.arg(QStringLiteral("'%1', '2026-12-02', '工龄档案缺失', '{}', 'open', NULL, NULL, 'c'").arg(kSessionId));
        QTest::newRow("difficult case event of an unknown kind") << QStringLiteral(
            "INSERT INTO difficult_case_event (id, case_id, kind, clerk, at) VALUES ('eb9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11',"
            " 'db9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'deleted', 'c', '2026-12-02T08:00:00Z')");
        const QString rating = QStringLiteral("INSERT INTO service_rating (id, matter_id, level, channel, at)"
                                              " VALUES ('fb9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '%1', %2, '%3', '2026-12-02T08:00:00Z')");
        QTest::newRow("rating level 6") << rating.arg(kMatterId, QStringLiteral("6"), QStringLiteral("keypad"));
        QTest::newRow("rating level 4.5") << rating.arg(kMatterId, QStringLiteral("4.5"), QStringLiteral("keypad"));
        QTest::newRow("rating from an unknown channel") << rating.arg(kMatterId, QStringLiteral("5"), QStringLiteral("sms"));
        QTest::newRow("rating of an unknown matter")
            << rating.arg(QStringLiteral("9b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11"), QStringLiteral("5"), QStringLiteral("keypad"));
    }

    void checkConstraintsRejectBadRows()
    {
        QFETCH(QString, sql);
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        QVERIFY(insertPerson(db, QStringLiteral("female"), QStringLiteral("1949-12-31")));
        QVERIFY(insertIntakeMatter(db));
        QSqlQuery q(db);
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QVERIFY(!q.lastError().text().isEmpty());
        // The good rows are still as they were.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contribution_record")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT status || ' ' || channel FROM intake_matter")).toString(),
                 QStringLiteral("received counter"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM matter_status_event")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT retirement_group FROM insured_person")).toString(), QStringLiteral("female-55"));
    }

    void goodRowsAreAccepted()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        QVERIFY(!insertPerson(db, QStringLiteral("unknown"), QStringLiteral("1949-12-31")));
        QVERIFY(insertPerson(db, QStringLiteral("female"), QStringLiteral("1949-12-31")));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO contribution_record (person_key, month, base_fen, employer_fen, personal_fen, kind,"
                                       " region) VALUES ((SELECT key FROM insured_person), 202001, 600000, 0, 120000, 1, 110105)")),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status)"
                                       " VALUES ('1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'A001', '%1', 'clerk1',"
                                       " '2026-01-01T08:00:00Z', 'open')")
                            .arg(kPersonId)),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO session_event (id, session_id, kind, payload, clerk, created_at) VALUES"
                                       " ('2b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'note',"
                                       " '{not json', 'clerk1', '2026-01-01T08:01:00Z')")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO session_event (id, session_id, kind, payload, clerk, created_at) VALUES"
                                       " ('2b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'note',"
                                       " '{\"text\": \"ok\"}', 'clerk1', '2026-01-01T08:01:00Z')")),
                 qPrintable(q.lastError().text()));
        // Step 4: a colleague's consent, a supervisor's approval.
        for (const QString &basis : {QStringLiteral("'consent', '李志强', 'in-person', NULL, NULL"),
                                     QStringLiteral("'approval', NULL, NULL, '张主任', '家属代办'")}) {
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO data_disclosure (id, session_id, subject_person_id, purpose, basis, consent_by,"
                                           " consent_form, approved_by, reason, clerk, created_at) VALUES (lower(hex(randomblob(4))) ||"
                                           " '-5a51-4a36-9d43-3a4f0d8e2c11', '1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '%1',"
                                           " 'pension-comparison', %2, 'clerk1', '2026-01-01T08:02:00Z')")
                                .arg(kPersonId, basis)),
                     qPrintable(q.lastError().text()));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM data_disclosure")).toInt(), 2);
        // A disclosure is what a supervisor reads later: it keeps its visit and its person.
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM visit_session")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM data_disclosure")));

        // Deleting the person removes the records (ON DELETE CASCADE) but not while a visit
        // still refers to it.
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM insured_person")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM visit_session")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM session_event")).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM insured_person")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contribution_record")).toInt(), 0);
    }

    // Step 2 (unemployment_claim) on a file that holds step 1's data: the data stays, the new
    // table takes claims and refuses inconsistent ones.
    void step2FromStep1Data()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = LocalStore::open(path, LocalStore::OpenMode::NoMigration);
            QVERIFY(store.ok());
            const QSqlDatabase db = (*store)->database();
            QVERIFY(Migrations::migrate(db, 1).ok());
            QVERIFY(insertPerson(db, QStringLiteral("female"), QStringLiteral("1949-12-31")));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO contribution_record (person_id, month, base_fen, employer_fen, personal_fen, kind,"
                                           " region) VALUES ('%1', '2020-01', 600000, 0, 120000, 'flexible', '110105')")
                                .arg(kPersonId)),
                     qPrintable(q.lastError().text()));
            QVERIFY(!tables(db).contains(QStringLiteral("unemployment_claim")));
        }
        auto store = LocalStore::open(path); // upgrades to the latest step
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        const QSqlDatabase db = (*store)->database();
        QVERIFY(Migrations::currentVersion(db).value() >= 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contribution_record")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM insured_person")).toString(), QStringLiteral("测试"));
        QVERIFY(tables(db).contains(QStringLiteral("unemployment_claim")));

        const QString insert
            = QStringLiteral(
                  "INSERT INTO unemployment_claim (person_id, region, claim_date, first_month, job_loss_reason, months_paid, band_months,"
                  " carried_months, months_entitled, monthly_amount_fen, status, stop_date, stop_ground, first_unpaid_month, "
                  "months_received,"
                  " months_left, months_left_carried, created_at, updated_at) VALUES ('%1', %2, '2026-01-01T00:00:00Z', "
                  "'2026-01-01T00:00:00Z')")
                  .arg(kPersonId);
        QSqlQuery q(db);
        QVERIFY2(q.exec(insert.arg(QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, 153000, 'open',"
                                                  " NULL, NULL, NULL, NULL, NULL, NULL"))),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(insert.arg(QStringLiteral("'110105', '2024-01-10', '2024-01', 'dismissed', 60, 18, 0, 18, NULL, 'stopped',"
                                                  " '2024-05-20', 're-employment', '2024-06', 5, 13, 1"))),
                 qPrintable(q.lastError().text()));
        const QStringList bad {
            // stopped without its figures
            QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, 153000, 'stopped', '2026-05-20',"
                           " 're-employment', '2026-06', NULL, NULL, 1"),
            // received + left ≠ entitled
            QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, 153000, 'stopped', '2026-05-20',"
                           " 're-employment', '2026-06', 5, 12, 1"),
            // stop before the claim
            QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, 153000, 'stopped', '2026-03-09',"
                           " 're-employment', '2026-04', 0, 18, 1"),
            // open with a stop date
            QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, 153000, 'open', '2026-05-20',"
                           " NULL, NULL, NULL, NULL, NULL"),
            // more months than band + carried
            QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 19, 153000,"
                           " 'open', NULL, NULL, NULL, NULL, NULL, NULL"),
            // above 24 months
            QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 24, 6, 30, 153000,"
                           " 'open', NULL, NULL, NULL, NULL, NULL, NULL"),
            // amount not in whole fen, zero amount
            QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, '1530.5',"
                           " 'open', NULL, NULL, NULL, NULL, NULL, NULL"),
            QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, 0, 'open', NULL, NULL, NULL, NULL, NULL, NULL"),
            // unknown status, impossible date, bad region
            QStringLiteral("'430102', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, 153000,"
                           " 'paused', NULL, NULL, NULL, NULL, NULL, NULL"),
            QStringLiteral("'430102', '2026-02-30', '2026-02', 'dismissed', 60, 18, 0, 18, 153000,"
                           " 'open', NULL, NULL, NULL, NULL, NULL, NULL"),
            QStringLiteral("'4301', '2026-03-10', '2026-03', 'dismissed', 60, 18, 0, 18, 153000,"
                           " 'open', NULL, NULL, NULL, NULL, NULL, NULL"),
        };
        for (const QString &values : bad)
            QVERIFY2(!q.exec(insert.arg(values)), qPrintable(values));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM unemployment_claim")).toInt(), 2);
        // Claims go with the person (ON DELETE CASCADE).
        QVERIFY(q.exec(QStringLiteral("DELETE FROM insured_person")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM unemployment_claim")).toInt(), 0);
    }

    // Step 3 on a file made by the program before it (schema 2, tests/data/legacy): every
    // contribution record, person, employer, visit, event and claim is still there and reads back
    // the same through the repositories; the compact table is clustered and the file is sound.
    void step3OnAFileOfSchema2()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("schema2.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(TONGBAN_TEST_DATA_DIR "/legacy/schema2-demo.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        // Before: read with the layout of schema 2.
        QMap<QString, QStringList> before;
        QMap<QString, qint64> counts;
        {
            auto store = LocalStore::open(path, LocalStore::OpenMode::NoMigration);
            QVERIFY(store.ok());
            const QSqlDatabase db = (*store)->database();
            QCOMPARE(Migrations::currentVersion(db).value(), 2);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT person_id, month, kind, base_fen, employer_fen, personal_fen, coalesce(employer_id, ''),"
                                          " region FROM contribution_record ORDER BY person_id, month, kind")));
            while (q.next())
                before[q.value(0).toString()] << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                                                     .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                                          q.value(7).toString());
            for (const QString &table : {QStringLiteral("insured_person"), QStringLiteral("employer"), QStringLiteral("visit_session"),
                                         QStringLiteral("session_event"), QStringLiteral("unemployment_claim")})
                counts[table] = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
        }
        QVERIFY(before.size() > 10);

        auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        const QSqlDatabase db = (*store)->database();
        QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QSqlQuery fk(db);
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!fk.next());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(it.key())).toLongLong(), it.value());

        const tongban::storage::PersonRepository persons(db, tongban::test::clock());
        qint64 records = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto loaded = persons.loadContributionRecords(it.key());
            QVERIFY(loaded.ok());
            QStringList after;
            for (const auto &r : *loaded)
                after << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                             .arg(r.month.toString(), tongban::insured::contributionKindKey(r.kind))
                             .arg(r.base.fen())
                             .arg(r.employerAmount.fen())
                             .arg(r.personalAmount.fen())
                             .arg(r.employerId, r.region);
            QCOMPARE(after, it.value());
            records += after.size();
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contribution_record")).toLongLong(), records);
    }

    // The compact layout keeps a contribution record, its table entry and its index entry, under
    // 100 bytes (issue: 307 bytes a record before step 3). Measured with SQLite's dbstat on a
    // generated file: the pages of the table and its indexes over the number of records.
    void compactLayoutStaysUnder100BytesPerRecord()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(tongban::demo::DemoGenerator(tongban::test::shippedParameters(), 11).writeNewFile(path, 300).ok());
        auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        QSqlQuery vacuum(db);
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM")));
        const qint64 records = scalar(db, QStringLiteral("SELECT count(*) FROM contribution_record")).toLongLong();
        const qint64 bytes = scalar(db,
                                    QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name IN ('contribution_record',"
                                                   " 'contribution_record_employer')"))
                                 .toLongLong();
        QVERIFY(records > 50000);
        qInfo("%lld contribution records in %lld bytes: %.1f bytes a record", records, bytes, double(bytes) / double(records));
        QVERIFY2(bytes <= 100 * records, qPrintable(QStringLiteral("%1 bytes a record").arg(double(bytes) / double(records))));
    }

    // Step 6 (the matter workflow) on a file left at every older step, with a visit and an intake
    // matter where the schema has them: the matter keeps every value, takes the channel 'counter'
    // and the new statuses, and takes a status event; its indexes are there again after the rebuild.
    void step6FromEveryOlderStep()
    {
        for (int from = 0; from < 6; ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("store.sqlite"));
            QString before;
            const QString columns = QStringLiteral("SELECT id || session_id || position || matter_id || subject_id_number || subject_name"
                                                   " || fields_json || documents_json || missing_json || status || received_on || due_on"
                                                   " || clerk || created_at FROM intake_matter");
            {
                auto store = LocalStore::open(path, LocalStore::OpenMode::NoMigration);
                QVERIFY(store.ok());
                const QSqlDatabase db = (*store)->database();
                QVERIFY(Migrations::migrate(db, from).ok());
                if (from >= 5) {
                    QVERIFY(insertIntakeMatter(db));
                    before = scalar(db, columns).toString();
                    QVERIFY(!before.isEmpty());
                    QSqlQuery q(db);
                    QVERIFY(!q.exec(QStringLiteral("UPDATE intake_matter SET status = 'done'")));
                }
                QVERIFY(!tables(db).contains(QStringLiteral("matter_status_event")));
            }
            // from 0: a new, empty file, which only CreateOrUpgrade takes
            auto store = LocalStore::open(path);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            const QSqlDatabase db = (*store)->database();
            QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
            QVERIFY(tables(db).contains(QStringLiteral("matter_status_event")));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN"
                                           " ('intake_matter_subject', 'intake_matter_open_due', 'matter_status_event_matter')"))
                         .toInt(),
                     3);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'intake_matter_v6'")).toInt(), 0);
            if (from < 5)
                QVERIFY(insertIntakeMatter(db));
            else
                QCOMPARE(scalar(db, columns).toString(), before);
            QCOMPARE(scalar(db, QStringLiteral("SELECT channel FROM intake_matter")).toString(), QStringLiteral("counter"));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("UPDATE intake_matter SET status = 'returned', returned_reason = '请补交户口簿原件'")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO matter_status_event (id, matter_id, from_status, to_status, reason, clerk, at,"
                                           " department) VALUES ('8b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '%1', 'received', 'returned',"
                                           " '请补交户口簿原件', 'clerk1', '2026-12-02T08:00:00.000Z', NULL)")
                                .arg(kMatterId)),
                     qPrintable(q.lastError().text()));
            // The history goes with its visit.
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM visit_session WHERE id = '%1'").arg(kSessionId)), qPrintable(q.lastError().text()));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM matter_status_event")).toInt(), 0);
        }
    }

    // Step 5 (the intake tables) on a file left at every older step, with a visit where the
    // schema has one: the visit stays and takes an intake, its matters and a draft.
    void step5FromEveryOlderStep()
    {
        for (int from = 0; from < 5; ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("store.sqlite"));
            {
                auto store = LocalStore::open(path, LocalStore::OpenMode::NoMigration);
                QVERIFY(store.ok());
                const QSqlDatabase db = (*store)->database();
                QVERIFY(Migrations::migrate(db, from).ok());
                if (from >= 1) {
                    QSqlQuery q(db);
                    QVERIFY2(q.exec(QStringLiteral("INSERT INTO visit_session (id, queue_number, clerk, opened_at, status)"
                                                   " VALUES ('1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'A001', 'clerk1',"
                                                   " '2026-01-01T08:00:00Z', 'open')")),
                             qPrintable(q.lastError().text()));
                }
                QVERIFY(!tables(db).contains(QStringLiteral("intake_matter")));
            }
            // from 0: a new, empty file, which only CreateOrUpgrade takes
            auto store = LocalStore::open(path);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            const QSqlDatabase db = (*store)->database();
            QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
            for (const char *table : {"intake_visit", "intake_matter", "intake_draft"})
                QVERIFY2(tables(db).contains(QLatin1String(table)), table);
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO intake_draft (id, clerk, case_json, saved_at)"
                                           " VALUES ('5b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'clerk1', '{}', '2026-01-01T08:00:00Z')")),
                     qPrintable(q.lastError().text()));
            if (from == 0)
                continue;
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM visit_session")).toInt(), 1);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO intake_visit (session_id, applicant_id_number, applicant_name, catalog_edition)"
                                           " VALUES ('1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '11010519491231002X', '测试', '2026-12-03')")),
                     qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO intake_matter (id, session_id, position, matter_id, subject_id_number,"
                                           " subject_name, fields_json, documents_json, missing_json, status, received_on, due_on,"
                                           " clerk, created_at) VALUES ('7b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11',"
                                           " '1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 0, 'retirement-application', '11010519491231002X',"
                                           " '测试', '{}', '[]', '[]', 'received', '2026-12-02', '2026-12-16', 'clerk1',"
                                           " '2026-12-02T08:00:00Z')")),
                     qPrintable(q.lastError().text()));
            // A due date before the received date is refused.
            QVERIFY(!q.exec(QStringLiteral("UPDATE intake_matter SET due_on = '2026-12-01'")));
        }
    }

    // Step 4 (data_disclosure, the index of a calculation's person) on a file left at every older
    // step, with a visit and its calculation where the schema has them: the rows stay, the new
    // table takes a disclosure, and a person's calculations are found through the new index.
    void step4FromEveryOlderStep()
    {
        for (int from = 0; from < 4; ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("store.sqlite"));
            {
                auto store = LocalStore::open(path, LocalStore::OpenMode::NoMigration);
                QVERIFY(store.ok());
                const QSqlDatabase db = (*store)->database();
                QVERIFY(Migrations::migrate(db, from).ok());
                QCOMPARE(Migrations::currentVersion(db).value(), from);
                if (from >= 1) {
                    QVERIFY(insertPerson(db, QStringLiteral("female"), QStringLiteral("1949-12-31")));
                    QSqlQuery q(db);
                    QVERIFY2(q.exec(QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status)"
                                                   " VALUES ('1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'A001', '%1', 'clerk1',"
                                                   " '2026-01-01T08:00:00Z', 'open')")
                                        .arg(kPersonId)),
                             qPrintable(q.lastError().text()));
                    QVERIFY2(q.exec(QStringLiteral("INSERT INTO session_event (id, session_id, kind, payload, clerk, created_at) VALUES"
                                                   " ('2b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11',"
                                                   " 'pension.calculation', '{\"person_id\": \"%1\"}', 'clerk1', '2026-01-01T08:01:00Z')")
                                        .arg(kPersonId)),
                             qPrintable(q.lastError().text()));
                }
                QVERIFY(!tables(db).contains(QStringLiteral("data_disclosure")));
            }
            // from 0: a new, empty file, which only CreateOrUpgrade takes
            auto store = LocalStore::open(path);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            const QSqlDatabase db = (*store)->database();
            QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
            QVERIFY(tables(db).contains(QStringLiteral("data_disclosure")));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            if (from == 0)
                continue;
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM session_event")).toInt(), 1);
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO data_disclosure (id, session_id, subject_person_id, purpose, basis, consent_by,"
                                           " consent_form, clerk, created_at) VALUES ('3b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11',"
                                           " '1b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '%1', 'pension-comparison', 'consent', '测试',"
                                           " 'written', 'clerk1', '2026-01-01T08:02:00Z')")
                                .arg(kPersonId)),
                     qPrintable(q.lastError().text()));
            // The query of SnapshotRepository::listForPerson uses the index on the payload's person.
            QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT e.id FROM session_event e JOIN visit_session s ON s.id = e.session_id"
                                          " WHERE e.kind = 'pension.calculation' AND json_extract(e.payload, '$.person_id') = '%1'")
                               .arg(kPersonId)));
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(QStringLiteral("session_event_person")), qPrintable(plan));
        }
    }

    void newerFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        {
            auto store = LocalStore::open(path);
            QVERIFY(store.ok());
            QSqlQuery q((*store)->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        }
        const auto reopened = LocalStore::open(path);
        QVERIFY(!reopened.ok());
        QCOMPARE(reopened.error().kind, tongban::Error::Kind::Storage);
        QVERIFY2(reopened.error().message.contains(QStringLiteral("newer version")), qPrintable(reopened.error().message));
    }

    // Step 7 (casework) on a file left at every older step: the ledger, ratings and follow-ups take
    // their rows, a follow-up closes only with an outcome, intake_visit takes the ticket time, and
    // the search's indexes are there.
    void step7FromEveryOlderStep()
    {
        for (int from = 0; from < 7; ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("store.sqlite"));
            {
                auto store = LocalStore::open(path, LocalStore::OpenMode::NoMigration);
                QVERIFY(store.ok());
                const QSqlDatabase db = (*store)->database();
                QVERIFY(Migrations::migrate(db, from).ok());
                if (from >= 5)
                    QVERIFY(insertIntakeMatter(db));
                QVERIFY(!tables(db).contains(QStringLiteral("service_rating")));
            }
            // from 0: a new, empty file, which only CreateOrUpgrade takes
            auto store = LocalStore::open(path);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            const QSqlDatabase db = (*store)->database();
            QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            if (from < 5)
                QVERIFY(insertIntakeMatter(db));
            QCOMPARE(scalar(db,
                            QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN ('intake_matter_created',"
                                           " 'intake_matter_received', 'intake_matter_matter', 'intake_matter_clerk',"
                                           " 'intake_matter_subject_name', 'intake_visit_applicant', 'intake_visit_name',"
                                           " 'visit_session_queue', 'visit_session_opened', 'service_rating_at', 'rating_followup_open',"
                                           " 'difficult_case_open', 'difficult_case_event_case', 'visit_session_open_clerk')"))
                         .toInt(),
                     14);
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral(
                                "INSERT INTO intake_visit (session_id, applicant_id_number, applicant_name, catalog_edition, ticket_at)"
                                " VALUES ('%1', '11010519491231002X', '测试', '2026-11-01', '2026-12-02T07:40:00.000Z')")
                                .arg(kSessionId)),
                     qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("UPDATE intake_visit SET ticket_at = 'soon'")));
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO difficult_case (id, session_id, opened_on, description, departments_json, status, clerk)"
                                      " VALUES ('db9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '%1', '2026-12-02', '工龄档案缺失',"
                                      " '[\"social-insurance\"]', 'open', 'c')")
                           .arg(kSessionId)),
                qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO service_rating (id, matter_id, level, channel, at) VALUES"
                                           " ('fb9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '%1', 1, 'keypad', '2026-12-02T08:00:00.000Z')")
                                .arg(kMatterId)),
                     qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO service_rating (id, matter_id, level, channel, at) VALUES"
                                           " ('0c9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '%1', 5, 'keypad', '2026-12-02T08:00:00.000Z')")
                                .arg(kMatterId))); // one rating per matter
            QVERIFY2(
                q.exec(QStringLiteral("INSERT INTO rating_followup (id, rating_id, due_on) VALUES"
                                      " ('1c9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', 'fb9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11', '2026-12-23')")),
                qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("UPDATE rating_followup SET closed_at = '2026-12-03T08:00:00.000Z', clerk = 'c'")));
            QVERIFY2(q.exec(QStringLiteral("UPDATE rating_followup SET closed_at = '2026-12-03T08:00:00.000Z', clerk = 'c',"
                                           " outcome = '已回访并整改'")),
                     qPrintable(q.lastError().text()));
        }
    }

    // Step 8 (accounts and audit) on a file left at every older step: one device row with a UUID,
    // offline credentials, and an audit log that takes records in order and refuses every change
    // but marking a record synced once, every delete, a gap and a replace.
    void step8FromEveryOlderStep()
    {
        const QString zeros(64, u'0');
        const QString hashA(64, u'a');
        const QString hashB(64, u'b');
        for (int from = 0; from < 8; ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("store.sqlite"));
            {
                auto store = LocalStore::open(path, LocalStore::OpenMode::NoMigration);
                QVERIFY(store.ok());
                const QSqlDatabase db = (*store)->database();
                QVERIFY(Migrations::migrate(db, from).ok());
                QVERIFY(!tables(db).contains(QStringLiteral("audit_record")));
            }
            // from 0: a new, empty file, which only CreateOrUpgrade takes
            auto store = LocalStore::open(path);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            const QSqlDatabase db = (*store)->database();
            QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM device")).toInt(), 1);
            const QString device = scalar(db, QStringLiteral("SELECT id FROM device")).toString();
            QVERIFY2(QUuid::fromString(device).version() == QUuid::Random, qPrintable(device));
            QSqlQuery q(db);
            QVERIFY(
                !q.exec(QStringLiteral("INSERT INTO device (id) VALUES ('%1')").arg(QUuid::createUuid().toString(QUuid::WithoutBraces))));

            q.prepare(QStringLiteral("INSERT INTO offline_credential (login, display_name, role, office_code, office_name, salt, hash,"
                                     " t_cost, m_cost, parallelism, verified_online_at) VALUES ('wang.fang', '王芳', 'expert',"
                                     " '110102', '西城', :salt, :hash, 3, 65536, 1, '2026-12-01T08:00:00.000Z')"));
            q.bindValue(QStringLiteral(":salt"), QByteArray(16, 's'));
            q.bindValue(QStringLiteral(":hash"), QByteArray(32, 'h'));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("UPDATE offline_credential SET role = 'admin'")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE offline_credential SET grace_days = 31")));

            const auto insert = [&](int seq, const QString &prev, const QString &hash) {
                return q.exec(QStringLiteral("INSERT INTO audit_record (seq, device_id, at, clerk, action, subject, outcome, prev_hash,"
                                             " hash) VALUES (%1, '%2', '2026-12-02T02:00:00.000Z', '王芳', 'look-up',"
                                             " '11010519491231002X', 'ok', '%3', '%4')")
                                  .arg(seq)
                                  .arg(device, prev, hash));
            };
            QVERIFY(!insert(2, zeros, hashA)); // the first record is seq 1
            QVERIFY2(insert(1, zeros, hashA), qPrintable(q.lastError().text()));
            QVERIFY(!insert(3, hashA, hashB)); // no gap
            QVERIFY(!q.exec(QStringLiteral("INSERT OR REPLACE INTO audit_record (seq, device_id, at, clerk, action, outcome, prev_hash,"
                                           " hash) VALUES (1, '%1', '2026-12-02T02:00:00.000Z', 'x', 'look-up', 'ok', '%2', '%3')")
                                .arg(device, zeros, hashB)));
            QVERIFY2(insert(2, hashA, hashB), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("INSERT INTO audit_record (seq, device_id, at, clerk, action, outcome, prev_hash, hash)"
                                           " VALUES (3, '%1', '2026-12-02T02:00:00.000Z', 'x', 'delete-everything', 'ok', '%2', '%3')")
                                .arg(device, hashB, hashA))); // unknown action

            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_record SET subject = '' WHERE seq = 1")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_record SET synced_at = '2026-12-02T03:00:00.000Z', clerk = 'x' WHERE seq = 1")));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_record WHERE seq = 2")));
            QVERIFY2(q.lastError().text().contains(QStringLiteral("append-only")), qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_record")));
            // Marking synced: once.
            QVERIFY2(q.exec(QStringLiteral("UPDATE audit_record SET synced_at = '2026-12-02T03:00:00.000Z' WHERE seq = 1")),
                     qPrintable(q.lastError().text()));
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_record SET synced_at = '2026-12-02T04:00:00.000Z' WHERE seq = 1")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_record SET synced_at = NULL WHERE seq = 1")));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_record")).toInt(), 2);
            QCOMPARE(scalar(db, QStringLiteral("SELECT subject FROM audit_record WHERE seq = 1")).toString(),
                     QStringLiteral("11010519491231002X"));
        }
    }

    // Step 9 (sync) from every older step; a step-8 file holding a row of every up table ends up
    // with each queued once (upsert, base version 0), and unemployment claims get their uuid.
    void step9FromEveryOlderStep()
    {
        namespace st = tongban::test::sync;
        // A claim as the program before step 9 stores it: without uuid.
        const auto claimWithoutUuid = [] {
            QString sql = st::upRows().at(5).insert;
            return sql.replace(QStringLiteral("(uuid, "), QStringLiteral("("))
                .replace(QStringLiteral("VALUES ('%1', ").arg(st::kClaim), QStringLiteral("VALUES ("));
        };
        for (int from = 0; from <= 8; ++from) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("store.sqlite"));
            QString claimId;
            {
                auto store = LocalStore::open(path, LocalStore::OpenMode::NoMigration);
                QVERIFY(store.ok());
                const QSqlDatabase db = (*store)->database();
                QVERIFY(Migrations::migrate(db, from).ok());
                QVERIFY(!tables(db).contains(QStringLiteral("outbox")));
                if (from == 8) {
                    QVERIFY(st::insertPersonAndEmployer(db));
                    for (const st::UpRow &row : st::upRows()) {
                        const QString sql = row.entity == QLatin1String("unemployment_claim") ? claimWithoutUuid() : row.insert;
                        QString error;
                        QVERIFY2(st::exec(db, sql, &error), qPrintable(row.entity + QStringLiteral(": ") + error));
                    }
                    QVERIFY(st::exec(db, claimWithoutUuid()));
                }
            }
            // from 0: a new, empty file, which only CreateOrUpgrade takes
            auto store = LocalStore::open(path);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            const QSqlDatabase db = (*store)->database();
            QCOMPARE(Migrations::currentVersion(db).value(), Migrations::latestVersion());
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sync_state")).toInt(), 1);
            QCOMPARE(scalar(db, QStringLiteral("SELECT cursor || first_download_complete FROM sync_state")).toString(),
                     QStringLiteral("0"));
            const int rows = from == 8 ? static_cast<int>(st::upRows().size()) + 1 : 0; // two claims
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), rows);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'upsert' AND base_version = 0")).toInt(), rows);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT entity || record_id) FROM outbox")).toInt(), rows);
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT op_id) FROM outbox")).toInt(), rows);
            if (from == 8) {
                // Parents before children: the visit first, the audit record last.
                QCOMPARE(scalar(db, QStringLiteral("SELECT entity FROM outbox ORDER BY client_seq LIMIT 1")).toString(),
                         QStringLiteral("visit_session"));
                QCOMPARE(scalar(db, QStringLiteral("SELECT entity FROM outbox ORDER BY client_seq DESC LIMIT 1")).toString(),
                         QStringLiteral("audit_record"));
                QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT uuid) FROM unemployment_claim WHERE uuid IS NOT NULL")).toInt(),
                         2);
                QCOMPARE(
                    scalar(db,
                           QStringLiteral("SELECT count(*) FROM outbox o JOIN unemployment_claim c ON c.uuid = o.record_id"
                                          " WHERE json_extract(o.payload, '$.uuid') = c.uuid AND json_extract(o.payload, '$.id') IS NULL"))
                        .toInt(),
                    2);
                const QString uuid = scalar(db, QStringLiteral("SELECT uuid FROM unemployment_claim ORDER BY id LIMIT 1")).toString();
                QVERIFY2(QUuid::fromString(uuid).version() == QUuid::Random, qPrintable(uuid));
                // A uuid is unique.
                QSqlQuery q(db);
                QVERIFY(!q.exec(QStringLiteral("UPDATE unemployment_claim SET uuid = '%1'").arg(uuid)));
            }
            // The triggers work on the upgraded file, and a claim stored as before gets a uuid.
            QVERIFY(st::exec(db, QStringLiteral("DELETE FROM outbox")));
            if (from < 8)
                QVERIFY(st::insertPersonAndEmployer(db));
            QVERIFY(st::exec(db, claimWithoutUuid()));
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox o JOIN unemployment_claim c ON c.uuid = o.record_id")).toInt(),
                     1);
        }
    }

    void notADatabaseIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("text.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const auto store = LocalStore::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, tongban::Error::Kind::Storage);
        QVERIFY(!store.error().message.isEmpty());
        const auto missing = LocalStore::open(dir.filePath(QStringLiteral("missing.sqlite")), LocalStore::OpenMode::ExistingOnly);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, tongban::Error::Kind::NotFound);
    }

    void writeTransactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        {
            WriteTransaction tx(db);
            QVERIFY(tx.begin().ok());
            QVERIFY(tx.isActive());
            QVERIFY(insertPerson(db, QStringLiteral("female"), QStringLiteral("1949-12-31")));
        } // destroyed without commit
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM insured_person")).toInt(), 0);
        {
            WriteTransaction tx(db);
            QVERIFY(tx.begin().ok());
            QVERIFY(insertPerson(db, QStringLiteral("female"), QStringLiteral("1949-12-31")));
            QVERIFY(tx.commit().ok());
            QVERIFY(!tx.isActive());
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM insured_person")).toInt(), 1);
    }

    void writeTransactionIsImmediate()
    {
        // BEGIN IMMEDIATE takes the write lock at once: a second connection cannot begin a
        // write transaction while the first holds one (it gives up after busy_timeout).
        QTemporaryDir dir;
        auto store = LocalStore::open(dir.filePath(QStringLiteral("store.sqlite")));
        QVERIFY(store.ok());
        WriteTransaction first((*store)->database());
        QVERIFY(first.begin().ok());

        QString secondError;
        std::thread other([&] {
            auto another = (*store)->openAnother();
            if (!another.ok()) {
                secondError = another.error().message;
                return;
            }
            QSqlQuery q((*another)->database());
            q.exec(QStringLiteral("PRAGMA busy_timeout = 100"));
            WriteTransaction second((*another)->database());
            const auto s = second.begin();
            secondError = s.ok() ? QString() : s.error().message;
        });
        other.join();
        QVERIFY2(secondError.contains(QStringLiteral("locked")), qPrintable(secondError));
        QVERIFY(first.commit().ok());
    }

    void connectionsAreUniqueAndRemoved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        QString name;
        {
            auto a = LocalStore::open(path);
            QVERIFY(a.ok());
            auto b = (*a)->openAnother();
            QVERIFY(b.ok());
            QVERIFY((*a)->connectionName() != (*b)->connectionName());
            QVERIFY(QSqlDatabase::contains((*b)->connectionName()));
            name = (*b)->connectionName();
        }
        QVERIFY(!QSqlDatabase::contains(name));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "testmigrations.moc"
