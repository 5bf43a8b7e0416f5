// core/central ServerMigrations against the test PostgreSQL (TONGBAN_TEST_PG), in a database of
// its own: from empty, from every older step, a run on an up-to-date server changes nothing, a
// server newer than the program is refused; the schema has row-level security forced on every
// table; step 7 rewrites the stored contribution histories in columns without a new version.

#include "centraltestdatabase.h"

#include "central/centralaccounts.h"
#include "central/servermigrations.h"
#include "central/syncserver.h"
#include "services/centraldemoloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QTest>

using tongban::Error;
using tongban::central::CentralSession;
using tongban::central::ServerMigrations;
using tongban::test::CentralTestDatabase;

class TestServerMigrations : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    std::unique_ptr<CentralSession> m_owner;

    /// Everything of the schema tongban that a step makes, as sorted text: tables with their row
    /// security and grants, columns, constraints, policies, functions with their grants, triggers.
    QString fingerprint()
    {
        QSqlQuery q(m_owner->database());
        const bool ok = q.exec(QStringLiteral(R"SQL(
            SELECT coalesce(string_agg(x, E'\n' ORDER BY x), '') FROM (
              SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' rls=' || c.relrowsecurity || ' force=' || c.relforcerowsecurity
                     || ' acl=' || coalesce(c.relacl::text, '')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'tongban'
              UNION ALL
              SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '
                     || coalesce(column_default, '')
                FROM information_schema.columns WHERE table_schema = 'tongban'
              UNION ALL
              SELECT 'constraint ' || conrelid::regclass::text || ' ' || pg_get_constraintdef(oid)
                FROM pg_constraint WHERE connamespace = 'tongban'::regnamespace
              UNION ALL
              SELECT 'policy ' || tablename || '.' || policyname || ' ' || cmd || ' ' || array_to_string(roles, ',') || ' '
                     || coalesce(qual, '') || ' ' || coalesce(with_check, '')
                FROM pg_policies WHERE schemaname = 'tongban'
              UNION ALL
              SELECT 'function ' || p.oid::regprocedure::text || ' definer=' || p.prosecdef || ' acl=' || coalesce(p.proacl::text, '')
                     || ' ' || md5(p.prosrc)
                FROM pg_proc p WHERE p.pronamespace = 'tongban'::regnamespace
              UNION ALL
              SELECT 'trigger ' || t.tgname || ' on ' || t.tgrelid::regclass::text
                FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE c.relnamespace = 'tongban'::regnamespace AND NOT t.tgisinternal
              UNION ALL
              SELECT 'schema acl ' || coalesce(nspacl::text, '') FROM pg_namespace WHERE nspname = 'tongban'
            ) s(x))SQL"));
        if (!ok || !q.next())
            return QStringLiteral("ERROR: ") + q.lastError().text();
        return q.value(0).toString();
    }

    void dropSchema()
    {
        QSqlQuery q(m_owner->database());
        QVERIFY2(q.exec(QStringLiteral("SET client_min_messages TO warning")), qPrintable(q.lastError().text()));
        QVERIFY2(q.exec(QStringLiteral("DROP SCHEMA IF EXISTS tongban CASCADE")), qPrintable(q.lastError().text()));
    }

    int version()
    {
        const auto v = ServerMigrations::currentVersion(*m_owner);
        return v ? *v : -1;
    }

    QString m_latestFingerprint;

private slots:
    void initTestCase()
    {
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        auto owner = CentralSession::open(m_database.ownerInfo());
        QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error().message));
        m_owner = std::move(owner.value());
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_database.drop();
    }

    void stepsShipped()
    {
        const auto steps = ServerMigrations::steps();
        QVERIFY(steps.size() >= 4);
        QCOMPARE(ServerMigrations::latestVersion(), steps.size());
        QCOMPARE(steps.at(0).name, QStringLiteral("schema"));
        QCOMPARE(steps.at(1).name, QStringLiteral("row-level-security"));
        QCOMPARE(steps.at(2).name, QStringLiteral("accounts"));
        QCOMPARE(steps.at(3).name, QStringLiteral("sync"));
        QCOMPARE(steps.at(4).name, QStringLiteral("parameter-editions"));
        QCOMPARE(steps.at(5).name, QStringLiteral("sync-pull-pages"));
        QCOMPARE(steps.at(6).name, QStringLiteral("history-columns"));
    }

    void fromEmpty()
    {
        dropSchema();
        QCOMPARE(version(), 0);
        const auto outcome = ServerMigrations::migrate(*m_owner);
        QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
        QCOMPARE(outcome->from, 0);
        QCOMPARE(outcome->to, ServerMigrations::latestVersion());
        QCOMPARE(outcome->applied.size(), ServerMigrations::latestVersion());
        QCOMPARE(outcome->applied.first(), QStringLiteral("0001-schema"));
        QCOMPARE(version(), ServerMigrations::latestVersion());
        m_latestFingerprint = fingerprint();
        QVERIFY2(!m_latestFingerprint.startsWith(u"ERROR"), qPrintable(m_latestFingerprint));

        // Each step's row, in order.
        QSqlQuery q(m_owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT version, name, applied_by FROM tongban.schema_version ORDER BY version")));
        for (const auto &step : ServerMigrations::steps()) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), step.version);
            QCOMPARE(q.value(1).toString(), step.name);
            QCOMPARE(q.value(2).toString(), m_database.owner());
        }
        QVERIFY(!q.next());
    }

    void rowSecurityForcedOnEveryTable()
    {
        QSqlQuery q(m_owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class "
                                      "WHERE relnamespace = 'tongban'::regnamespace AND relkind = 'r' AND relname <> 'schema_version' "
                                      "ORDER BY relname")));
        QStringList tables;
        while (q.next()) {
            tables << q.value(0).toString();
            QVERIFY2(q.value(1).toBool(), qPrintable(q.value(0).toString() + QStringLiteral(": row-level security not enabled")));
            QVERIFY2(q.value(2).toBool(), qPrintable(q.value(0).toString() + QStringLiteral(": row-level security not forced")));
        }
        // (step 4 replaced step 1's visit_session and intake_matter by sync_record)
        QCOMPARE(tables,
                 (QStringList {QStringLiteral("app_user"), QStringLiteral("applied_op"), QStringLiteral("audit_record"),
                               QStringLiteral("change_log"), QStringLiteral("office"), QStringLiteral("parameter_edition"),
                               QStringLiteral("sync_device"), QStringLiteral("sync_device_key"), QStringLiteral("sync_epoch"),
                               QStringLiteral("sync_record")}));
        // Every table but schema_version, sync_epoch (one row, the server's), sync_device_key
        // (granted to nobody; its device's office is sync_device's) and parameter_edition (the same
        // figures for every office) has office_code (office: its code).
        QVERIFY(q.exec(QStringLiteral("SELECT table_name FROM information_schema.columns WHERE table_schema = 'tongban' "
                                      "AND column_name = 'office_code' ORDER BY table_name")));
        QStringList withOffice;
        while (q.next())
            withOffice << q.value(0).toString();
        QCOMPARE(withOffice,
                 (QStringList {QStringLiteral("app_user"), QStringLiteral("applied_op"), QStringLiteral("audit_record"),
                               QStringLiteral("change_log"), QStringLiteral("sync_device"), QStringLiteral("sync_record")}));
    }

    void fromEveryOlderStep_data()
    {
        QTest::addColumn<int>("from");
        for (int from = 0; from < ServerMigrations::latestVersion(); ++from)
            QTest::addRow("from step %d", from) << from;
    }

    void fromEveryOlderStep()
    {
        QFETCH(int, from);
        QVERIFY(!m_latestFingerprint.isEmpty());
        dropSchema();
        const auto partial = ServerMigrations::migrate(*m_owner, from);
        QVERIFY2(partial.ok(), qPrintable(partial ? QString() : partial.error().message));
        QCOMPARE(version(), from);
        QCOMPARE(partial->applied.size(), from);
        const auto rest = ServerMigrations::migrate(*m_owner);
        QVERIFY2(rest.ok(), qPrintable(rest ? QString() : rest.error().message));
        QCOMPARE(rest->from, from);
        QCOMPARE(rest->applied.size(), ServerMigrations::latestVersion() - from);
        QCOMPARE(version(), ServerMigrations::latestVersion());
        QCOMPARE(fingerprint(), m_latestFingerprint);
    }

    // Step 7: the histories a server of step 6 holds (one object per month) are stored as arrays
    // of columns, the same months in the same order, at the same version and with no change
    // logged (a device that holds them must not download them again); the old form is what a
    // client of protocol 1 still receives (tongban.history_rows).
    void step7RewritesHistoriesInColumns()
    {
        dropSchema();
        const auto at6 = ServerMigrations::migrate(*m_owner, 6);
        QVERIFY2(at6.ok(), qPrintable(at6 ? QString() : at6.error().message));
        QVERIFY(tongban::central::CentralAccounts(*m_owner).addOffice(QStringLiteral("110105"), QStringLiteral("朝阳区")).ok());
        // this program's loader sends histories in columns: a server of step 6 is refused
        const auto tooOld = tongban::services::CentralDemoLoader::loadFile(*m_owner, QStringLiteral("/nowhere.sqlite"));
        QVERIFY(!tooOld.ok());
        QCOMPARE(tooOld.error().field, QStringLiteral("server"));
        const auto month = [](int yyyymm, const QJsonValue &employer) {
            return QJsonObject {{QStringLiteral("month"), yyyymm},       {QStringLiteral("kind"), employer.isNull() ? 1 : 0},
                                {QStringLiteral("base_fen"), 612345},    {QStringLiteral("employer_fen"), employer.isNull() ? 0 : 97975},
                                {QStringLiteral("personal_fen"), 48988}, {QStringLiteral("employer_id"), employer},
                                {QStringLiteral("region"), 110105}};
        };
        const QString employer = QStringLiteral("1c9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        const QJsonObject rows {
            {QStringLiteral("records"), QJsonArray {month(200501, employer), month(200502, QJsonValue()), month(200503, employer)}}};
        const QJsonObject empty {{QStringLiteral("records"), QJsonArray {}}};
        const QString person = QStringLiteral("0c9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        const QString nobody = QStringLiteral("2c9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        tongban::central::SyncServer owner(*m_owner);
        QVERIFY(
            owner.load(QStringLiteral("110105"), QStringLiteral("contribution_history"), {{person, rows, false}, {nobody, empty, false}})
                .ok());
        QVERIFY(owner.load(QStringLiteral("110105"), QStringLiteral("contribution_history"), {{nobody, {}, true}}).ok()); // a tombstone
        const auto scalar = [this](const QString &sql) {
            QSqlQuery q(m_owner->database());
            return q.exec(sql) && q.next() ? q.value(0).toString() : QStringLiteral("ERROR ") + q.lastError().text();
        };
        const QString logBefore = scalar(QStringLiteral("SELECT string_agg(record_id || ':' || version, ',' ORDER BY txid, seq)"
                                                        " FROM tongban.change_log"));

        const auto migrated = ServerMigrations::migrate(*m_owner);
        QVERIFY2(migrated.ok(), qPrintable(migrated ? QString() : migrated.error().message));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(record_id || ':' || version, ',' ORDER BY txid, seq) FROM tongban.change_log")),
                 logBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT version FROM tongban.sync_record WHERE record_id = '%1'").arg(person)), QStringLiteral("1"));
        const QJsonObject columns
            = QJsonDocument::fromJson(
                  scalar(QStringLiteral("SELECT payload::text FROM tongban.sync_record WHERE record_id = '%1'").arg(person)).toUtf8())
                  .object();
        QCOMPARE(columns,
                 (QJsonObject {{QStringLiteral("month"), QJsonArray {200501, 200502, 200503}},
                               {QStringLiteral("kind"), QJsonArray {0, 1, 0}},
                               {QStringLiteral("base_fen"), QJsonArray {612345, 612345, 612345}},
                               {QStringLiteral("employer_fen"), QJsonArray {97975, 0, 97975}},
                               {QStringLiteral("personal_fen"), QJsonArray {48988, 48988, 48988}},
                               {QStringLiteral("employer_id"), QJsonArray {employer, QJsonValue(), employer}},
                               {QStringLiteral("region"), QJsonArray {110105, 110105, 110105}}}));
        // the deleted history stays a tombstone; the old form comes back whole
        QCOMPARE(scalar(QStringLiteral("SELECT deleted AND payload IS NULL FROM tongban.sync_record WHERE record_id = '%1'").arg(nobody)),
                 QStringLiteral("true"));
        QCOMPARE(QJsonDocument::fromJson(scalar(QStringLiteral("SELECT tongban.history_rows(payload)::text FROM tongban.sync_record"
                                                               " WHERE record_id = '%1'")
                                                    .arg(person))
                                             .toUtf8())
                     .object(),
                 rows);
        QCOMPARE(scalar(QStringLiteral("SELECT tongban.history_rows(tongban.history_columns('{\"records\": []}'))::text")),
                 QStringLiteral("{\"records\": []}"));
    }

    void upToDateChangesNothing()
    {
        const QString before = fingerprint();
        const auto again = ServerMigrations::migrate(*m_owner);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->from, ServerMigrations::latestVersion());
        QCOMPARE(again->to, ServerMigrations::latestVersion());
        QVERIFY(again->applied.isEmpty());
        QCOMPARE(fingerprint(), before);
        QSqlQuery q(m_owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM tongban.schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), ServerMigrations::latestVersion());
    }

    void newerServerRefused()
    {
        QSqlQuery q(m_owner->database());
        q.prepare(QStringLiteral("INSERT INTO tongban.schema_version (version, name) VALUES (?, 'from-the-future')"));
        q.addBindValue(ServerMigrations::latestVersion() + 1);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const QString before = fingerprint();
        const auto refused = ServerMigrations::migrate(*m_owner);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Storage);
        QVERIFY2(refused.error().message.contains(QString::number(ServerMigrations::latestVersion() + 1)),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"newer"));
        QCOMPARE(fingerprint(), before);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM tongban.schema_version WHERE name = 'from-the-future'")));
    }

    void targetBeyondLatestRefused()
    {
        const auto refused = ServerMigrations::migrate(*m_owner, ServerMigrations::latestVersion() + 1);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestServerMigrations)
#include "testservermigrations.moc"
