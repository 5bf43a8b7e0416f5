// The central store keeps each office's rows to that office, whatever SQL a clerk sends
// (resources/server/0002-row-level-security.sql, and 0004-sync.sql for the sync tables: records,
// change log, applied ops, devices): office B's window clerk, expert and supervisor
// try to read, insert, update, delete and upsert office A's rows of every table over plain SQL and
// get no row or an error, and office A's rows are unchanged after; the same statements on their
// own office's rows work (so the refusals are the policies', not a missing grant). The clerks'
// login roles own nothing, bypass nothing and are members of one group role; FORCE ROW LEVEL
// SECURITY is on. Against the test PostgreSQL (TONGBAN_TEST_PG), in a database of its own.

#include "centraltestdatabase.h"

#include "central/centralaccounts.h"
#include "central/servermigrations.h"

#include <QSqlError>
#include <QTest>

using tongban::accounts::Role;
using tongban::central::CentralAccounts;
using tongban::central::CentralSession;
using tongban::central::ServerMigrations;
using tongban::test::CentralTestDatabase;

namespace {

const QString officeA = QStringLiteral("110105");
const QString officeB = QStringLiteral("320102");
const QString password = QStringLiteral("Counter2026");
const QString visitA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString opA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
const QString deviceA = QStringLiteral("aaaaaaaa-0000-4000-8000-0000000000de");
const QString visitB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");

} // namespace

class TestCentralRls : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    std::unique_ptr<CentralSession> m_owner;

    /// The rows of office A, as the owner sees them, as text.
    QString officeARows()
    {
        QSqlQuery q(m_owner->database());
        const bool ok = q.exec(QStringLiteral(R"SQL(
            SELECT concat_ws(E'\n',
              (SELECT string_agg(o::text, ';' ORDER BY code) FROM tongban.office o WHERE code = '110105'),
              (SELECT string_agg(u::text, ';' ORDER BY login) FROM tongban.app_user u WHERE office_code = '110105'),
              (SELECT string_agg(a::text, ';' ORDER BY seq) FROM tongban.audit_record a WHERE office_code = '110105'),
              (SELECT string_agg(r::text, ';' ORDER BY entity, record_id) FROM tongban.sync_record r WHERE office_code = '110105'),
              (SELECT string_agg(c::text, ';' ORDER BY txid, seq) FROM tongban.change_log c WHERE office_code = '110105'),
              (SELECT string_agg(a::text, ';' ORDER BY op_id) FROM tongban.applied_op a WHERE office_code = '110105'),
              (SELECT string_agg(d::text, ';' ORDER BY device_id) FROM tongban.sync_device d WHERE office_code = '110105'),
              (SELECT string_agg(e::text, ';') FROM tongban.sync_epoch e)))SQL"));
        if (!ok || !q.next())
            return QStringLiteral("ERROR ") + q.lastError().text();
        return q.value(0).toString();
    }

    std::unique_ptr<CentralSession> signIn(const QString &name)
    {
        auto session = CentralSession::open(m_database.as(m_database.login(name), password));
        if (!session)
            qWarning("%s cannot connect: %s", qPrintable(name), qPrintable(session.error().message));
        return session ? std::move(session.value()) : nullptr;
    }

    /// Runs @p sql on @p session: -1 when the server refused it, else the number of rows it read
    /// or changed.
    static int attempt(CentralSession &session, const QString &sql)
    {
        QSqlQuery q(session.database());
        if (!q.exec(sql))
            return -1;
        if (q.isSelect()) {
            int rows = 0;
            while (q.next())
                ++rows;
            return rows;
        }
        return q.numRowsAffected();
    }

private slots:
    void initTestCase()
    {
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        auto owner = CentralSession::open(m_database.ownerInfo());
        QVERIFY2(owner.ok(), qPrintable(owner ? QString() : owner.error().message));
        m_owner = std::move(owner.value());
        const auto migrated = ServerMigrations::migrate(*m_owner);
        QVERIFY2(migrated.ok(), qPrintable(migrated ? QString() : migrated.error().message));
        CentralAccounts accounts(*m_owner);
        QVERIFY(accounts.addOffice(officeA, QStringLiteral("朝阳区社保中心")).ok());
        QVERIFY(accounts.addOffice(officeB, QStringLiteral("玄武区社保中心")).ok());
        const struct
        {
            const char *name;
            Role role;
            const QString &office;
        } users[] = {{"clerk_a", Role::WindowClerk, officeA},
                     {"clerk_b", Role::WindowClerk, officeB},
                     {"expert_b", Role::AssistingExpert, officeB},
                     {"supervisor_b", Role::Supervisor, officeB}};
        for (const auto &u : users) {
            const auto added = accounts.addUser(
                {m_database.login(QString::fromLatin1(u.name)), QString::fromLatin1(u.name), u.role, u.office, password});
            QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().message));
        }
        // Office A's rows of every table, written by office A's clerk (the owner writes the audit
        // record of another device too).
        auto clerkA = signIn(QStringLiteral("clerk_a"));
        QVERIFY(clerkA);
        const QString loginA = m_database.login(QStringLiteral("clerk_a"));
        // a device enrolled, a visit pushed through sync_push (sync_record, change_log, applied_op)
        QCOMPARE(attempt(*clerkA, QStringLiteral("SELECT tongban.sync_enrol('%1', 'nonce-of-a')").arg(deviceA)), 1);
        QCOMPARE(attempt(*clerkA,
                         QStringLiteral("SELECT tongban.sync_push('%1', 1, 9, '[{\"op_id\": \"%2\", \"entity\": "
                                        "\"visit_session\", \"record_id\": \"%3\", \"kind\": \"upsert\", \"base_version\": 0, "
                                        "\"payload\": {\"id\": \"%3\", \"queue_number\": \"A001\"}, \"clerk\": \"%4\"}]')")
                             .arg(deviceA, opA, visitA, loginA)),
                 1);
        QCOMPARE(attempt(*clerkA,
                         QStringLiteral("INSERT INTO tongban.audit_record (device_id, seq, office_code, clerk, at, action, "
                                        "subject, outcome, prev_hash, hash) VALUES ('%1', 1, '110105', '%2', now(), 'look-up', "
                                        "'11010519491231002X', 'ok', '', 'h1')")
                             .arg(deviceA, loginA)),
                 1);
        // Office A's clerk sees them (the policies let the right office through).
        QCOMPARE(attempt(*clerkA, QStringLiteral("SELECT * FROM tongban.sync_record")), 1);
        QCOMPARE(attempt(*clerkA, QStringLiteral("SELECT * FROM tongban.change_log")), 1);
        QCOMPARE(attempt(*clerkA, QStringLiteral("SELECT * FROM tongban.applied_op")), 1);
        QCOMPARE(attempt(*clerkA, QStringLiteral("SELECT * FROM tongban.sync_device")), 1);
        QCOMPARE(attempt(*clerkA, QStringLiteral("SELECT * FROM tongban.office")), 1);
        QVERIFY(!officeARows().startsWith(u"ERROR"));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_database.drop();
    }

    void otherOfficeGetsNothing_data()
    {
        QTest::addColumn<QString>("clerk");
        QTest::addColumn<QString>("sql");
        const QStringList clerks {QStringLiteral("clerk_b"), QStringLiteral("expert_b"), QStringLiteral("supervisor_b")};
        const QList<std::pair<const char *, QString>> statements {
            // read
            {"select office", QStringLiteral("SELECT * FROM tongban.office WHERE code = '110105'")},
            {"select app_user", QStringLiteral("SELECT * FROM tongban.app_user WHERE office_code = '110105'")},
            {"select audit_record", QStringLiteral("SELECT * FROM tongban.audit_record WHERE office_code = '110105'")},
            {"select sync_record", QStringLiteral("SELECT * FROM tongban.sync_record WHERE office_code = '110105'")},
            {"select record by id", QStringLiteral("SELECT * FROM tongban.sync_record WHERE record_id = '%1'").arg(visitA)},
            {"select change_log", QStringLiteral("SELECT * FROM tongban.change_log WHERE office_code <> '320102'")},
            {"select applied_op", QStringLiteral("SELECT * FROM tongban.applied_op WHERE office_code <> '320102'")},
            {"select applied_op by id", QStringLiteral("SELECT * FROM tongban.applied_op WHERE op_id = '%1'").arg(opA)},
            {"select sync_device", QStringLiteral("SELECT * FROM tongban.sync_device WHERE office_code = '110105'")},
            // insert into office A
            {"insert office", QStringLiteral("INSERT INTO tongban.office (code, name) VALUES ('110106', 'x')")},
            {"insert app_user",
             QStringLiteral("INSERT INTO tongban.app_user (login, display_name, office_code, role) "
                            "VALUES ('intruder', 'x', '110105', 'supervisor')")},
            {"insert audit_record",
             QStringLiteral("INSERT INTO tongban.audit_record (device_id, seq, office_code, clerk, at, action, "
                            "outcome, prev_hash, hash) VALUES (gen_random_uuid(), 1, '110105', session_user, "
                            "now(), 'look-up', 'ok', '', 'h')")},
            {"insert sync_record",
             QStringLiteral("INSERT INTO tongban.sync_record (entity, record_id, office_code, version, payload) "
                            "VALUES ('visit_session', gen_random_uuid()::text, '110105', 1, '{}')")},
            {"insert change_log",
             QStringLiteral("INSERT INTO tongban.change_log (office_code, entity, record_id, version) "
                            "VALUES ('110105', 'visit_session', '%1', 9)")
                 .arg(visitA)},
            {"insert change_log of B",
             QStringLiteral("INSERT INTO tongban.change_log (office_code, entity, record_id, version) "
                            "VALUES ('320102', 'visit_session', '%1', 9)")
                 .arg(visitB)},
            {"insert applied_op",
             QStringLiteral("INSERT INTO tongban.applied_op (op_id, device_id, office_code, entity, record_id, result) "
                            "VALUES (gen_random_uuid(), '%1', '110105', 'visit_session', '%2', '{}')")
                 .arg(deviceA, visitA)},
            {"insert sync_device",
             QStringLiteral("INSERT INTO tongban.sync_device (device_id, office_code, install_nonce) "
                            "VALUES (gen_random_uuid(), '110105', 'nonce-of-b')")},
            // update office A's rows
            {"update office", QStringLiteral("UPDATE tongban.office SET name = 'taken' WHERE code = '110105'")},
            {"update app_user", QStringLiteral("UPDATE tongban.app_user SET enabled = false WHERE office_code = '110105'")},
            {"update audit_record", QStringLiteral("UPDATE tongban.audit_record SET reason = 'x' WHERE office_code = '110105'")},
            {"update sync_record",
             QStringLiteral("UPDATE tongban.sync_record SET version = version + 1, payload = '{}' WHERE office_code = '110105'")},
            {"update record to B",
             QStringLiteral("UPDATE tongban.sync_record SET office_code = '320102' WHERE record_id = '%1'").arg(visitA)},
            {"update change_log", QStringLiteral("UPDATE tongban.change_log SET version = 99")},
            {"update applied_op", QStringLiteral("UPDATE tongban.applied_op SET result = '{}'")},
            {"update sync_device", QStringLiteral("UPDATE tongban.sync_device SET install_nonce = 'nonce-of-b'")},
            {"update sync_epoch", QStringLiteral("UPDATE tongban.sync_epoch SET epoch = epoch + 1")},
            // delete office A's rows
            {"delete office", QStringLiteral("DELETE FROM tongban.office WHERE code = '110105'")},
            {"delete app_user", QStringLiteral("DELETE FROM tongban.app_user WHERE office_code = '110105'")},
            {"delete audit_record", QStringLiteral("DELETE FROM tongban.audit_record WHERE office_code = '110105'")},
            {"delete sync_record", QStringLiteral("DELETE FROM tongban.sync_record WHERE office_code = '110105'")},
            {"delete change_log", QStringLiteral("DELETE FROM tongban.change_log")},
            {"delete applied_op", QStringLiteral("DELETE FROM tongban.applied_op")},
            {"delete sync_device", QStringLiteral("DELETE FROM tongban.sync_device")},
            {"truncate sync_record", QStringLiteral("TRUNCATE tongban.sync_record")},
            {"truncate change_log", QStringLiteral("TRUNCATE tongban.change_log")},
            // upserts that would take over office A's row of the same key
            {"upsert sync_record",
             QStringLiteral("INSERT INTO tongban.sync_record (entity, record_id, office_code, version, payload) "
                            "VALUES ('visit_session', '%1', '320102', 1, '{}') ON CONFLICT (entity, record_id) DO UPDATE "
                            "SET office_code = '320102', version = tongban.sync_record.version + 1, payload = '{}'")
                 .arg(visitA)},
            {"upsert sync_record keeping office",
             QStringLiteral("INSERT INTO tongban.sync_record (entity, record_id, office_code, version, payload) "
                            "VALUES ('visit_session', '%1', '320102', 1, '{}') ON CONFLICT (entity, record_id) DO UPDATE "
                            "SET version = tongban.sync_record.version + 1, payload = '{}'")
                 .arg(visitA)},
            {"upsert applied_op",
             QStringLiteral("INSERT INTO tongban.applied_op (op_id, device_id, office_code, entity, record_id, result) "
                            "VALUES ('%1', '%2', '320102', 'visit_session', '%3', '{}') ON CONFLICT (op_id) DO UPDATE "
                            "SET result = '{}'")
                 .arg(opA, deviceA, visitA)},
            {"upsert applied_op doing nothing",
             QStringLiteral("INSERT INTO tongban.applied_op (op_id, device_id, office_code, entity, record_id, result) "
                            "VALUES ('%1', '%2', '320102', 'visit_session', '%3', '{}') ON CONFLICT (op_id) DO NOTHING")
                 .arg(opA, deviceA, visitA)},
            {"upsert audit_record",
             QStringLiteral("INSERT INTO tongban.audit_record (device_id, seq, office_code, clerk, at, action, "
                            "outcome, prev_hash, hash) VALUES ('%1', 1, '320102', session_user, now(), "
                            "'look-up', 'ok', '', 'h') ON CONFLICT (device_id, seq) DO UPDATE SET reason = 'x'")
                 .arg(deviceA)},
            {"upsert office",
             QStringLiteral("INSERT INTO tongban.office (code, name) VALUES ('110105', 'x') "
                            "ON CONFLICT (code) DO UPDATE SET name = 'taken'")},
            {"upsert app_user",
             QStringLiteral("INSERT INTO tongban.app_user (login, display_name, office_code, role) "
                            "VALUES ('%1', 'x', '320102', 'window-clerk') ON CONFLICT (login) DO UPDATE "
                            "SET office_code = '320102'")
                 .arg(m_database.login(QStringLiteral("clerk_a")))},
            // the account functions are no way round (a supervisor of B on A's clerk; the others have no right)
            {"disable A's clerk",
             QStringLiteral("SELECT * FROM tongban.user_disable('%1')").arg(m_database.login(QStringLiteral("clerk_a")))},
            {"grace of A's clerk",
             QStringLiteral("SELECT * FROM tongban.user_set_grace('%1', 30)").arg(m_database.login(QStringLiteral("clerk_a")))},
            // nor are the sync functions: A's device is refused to B (TB103), its nonce or not
            {"enrol A's device", QStringLiteral("SELECT tongban.sync_enrol('%1', 'nonce-of-a')").arg(deviceA)},
            {"pull as A's device", QStringLiteral("SELECT tongban.sync_pull('%1', 1, 9, '', 100)").arg(deviceA)},
            {"push as A's device",
             QStringLiteral("SELECT tongban.sync_push('%1', 1, 9, '[{\"op_id\": \"%2\", \"entity\": \"visit_session\", "
                            "\"record_id\": \"%3\", \"kind\": \"delete\", \"base_version\": 9, \"clerk\": \"%4\"}]')")
                 .arg(deviceA, QStringLiteral("bbbbbbbb-0000-4000-8000-0000000000aa"), visitA,
                      m_database.login(QStringLiteral("clerk_a")))},
            {"load into A",
             QStringLiteral("SELECT tongban.sync_load('110105', 'visit_session', '[{\"record_id\": \"%1\", "
                            "\"payload\": {}}]')")
                 .arg(visitA)},
            {"new epoch", QStringLiteral("SELECT tongban.sync_new_epoch()")},
        };
        for (const QString &clerk : clerks) {
            for (const auto &[name, sql] : statements)
                QTest::addRow("%s: %s", qPrintable(clerk), name) << clerk << sql;
        }
    }

    void otherOfficeGetsNothing()
    {
        QFETCH(QString, clerk);
        QFETCH(QString, sql);
        const QString before = officeARows();
        auto session = signIn(clerk);
        QVERIFY(session);
        const int rows = attempt(*session, sql);
        QVERIFY2(rows <= 0, qPrintable(QStringLiteral("%1 rows of office A reached").arg(rows)));
        QCOMPARE(officeARows(), before);
    }

    // The same kinds of statements on office B's own rows work: the refusals above are the
    // office's, not a grant that is missing.
    void ownOfficeWorks()
    {
        auto clerk = signIn(QStringLiteral("clerk_b"));
        QVERIFY(clerk);
        const QString visit = QStringLiteral("bbbbbbbb-0000-4000-8000-0000000000f1");
        QCOMPARE(attempt(*clerk,
                         QStringLiteral("INSERT INTO tongban.sync_record (entity, record_id, office_code, version, payload) "
                                        "VALUES ('visit_session', '%1', '320102', 1, '{\"q\": \"B7\"}')")
                             .arg(visit)),
                 1);
        QCOMPARE(attempt(*clerk,
                         QStringLiteral("UPDATE tongban.sync_record SET version = version + 1, payload = '{\"q\": \"B8\"}' "
                                        "WHERE record_id = '%1'")
                             .arg(visit)),
                 1);
        QCOMPARE(attempt(*clerk,
                         QStringLiteral("INSERT INTO tongban.sync_record (entity, record_id, office_code, version, payload) "
                                        "VALUES ('visit_session', '%1', '320102', 1, '{}') ON CONFLICT (entity, record_id) DO UPDATE "
                                        "SET version = tongban.sync_record.version + 1, payload = '{\"q\": \"B9\"}'")
                             .arg(visit)),
                 1);
        // each change of the record is in the change log, which the office reads but nobody writes
        QCOMPARE(attempt(*clerk, QStringLiteral("SELECT * FROM tongban.change_log WHERE record_id = '%1'").arg(visit)), 3);
        QCOMPARE(attempt(*clerk, QStringLiteral("UPDATE tongban.change_log SET version = 1 WHERE record_id = '%1'").arg(visit)), -1);
        QCOMPARE(attempt(*clerk, QStringLiteral("DELETE FROM tongban.change_log WHERE record_id = '%1'").arg(visit)), -1);
        // a version is never set back nor skipped, and a record is never moved to office A
        QCOMPARE(attempt(*clerk, QStringLiteral("UPDATE tongban.sync_record SET version = 1 WHERE record_id = '%1'").arg(visit)), -1);
        QCOMPARE(attempt(*clerk, QStringLiteral("UPDATE tongban.sync_record SET version = 9 WHERE record_id = '%1'").arg(visit)), -1);
        QCOMPARE(attempt(*clerk,
                         QStringLiteral("UPDATE tongban.sync_record SET version = version + 1, office_code = '110105' "
                                        "WHERE record_id = '%1'")
                             .arg(visit)),
                 -1);
        QCOMPARE(attempt(*clerk, QStringLiteral("DELETE FROM tongban.sync_record WHERE record_id = '%1'").arg(visit)), -1);
        QCOMPARE(attempt(*clerk,
                         QStringLiteral("INSERT INTO tongban.applied_op (op_id, device_id, office_code, entity, record_id, result) "
                                        "VALUES (gen_random_uuid(), gen_random_uuid(), '320102', 'visit_session', '%1', '{}')")
                             .arg(visit)),
                 1);
        QCOMPARE(attempt(*clerk, QStringLiteral("SELECT * FROM tongban.applied_op")), 1);
        QCOMPARE(attempt(*clerk, QStringLiteral("SELECT tongban.sync_enrol(gen_random_uuid(), 'nonce-of-b')")), 1);
        QCOMPARE(attempt(*clerk, QStringLiteral("SELECT * FROM tongban.sync_device")), 1);
        QCOMPARE(attempt(*clerk, QStringLiteral("SELECT * FROM tongban.sync_epoch")), 1);
        QCOMPARE(attempt(*clerk,
                         QStringLiteral("INSERT INTO tongban.audit_record (device_id, seq, office_code, clerk, at, action, "
                                        "outcome, prev_hash, hash) VALUES (gen_random_uuid(), 1, '320102', session_user, "
                                        "now(), 'look-up', 'ok', '', 'h')")),
                 1);
        QCOMPARE(attempt(*clerk, QStringLiteral("SELECT * FROM tongban.office")), 1);
        QCOMPARE(attempt(*clerk, QStringLiteral("SELECT * FROM tongban.app_user")), 1); // themselves only
        // a window clerk does not read the audit; the supervisor reads their office's
        QCOMPARE(attempt(*clerk, QStringLiteral("SELECT * FROM tongban.audit_record")), -1);
        auto supervisor = signIn(QStringLiteral("supervisor_b"));
        QVERIFY(supervisor);
        QCOMPARE(attempt(*supervisor, QStringLiteral("SELECT * FROM tongban.audit_record")), 1);
        QCOMPARE(attempt(*supervisor, QStringLiteral("SELECT * FROM tongban.app_user")), 3);
        // nobody changes an audit record, not even their own
        QCOMPARE(attempt(*supervisor, QStringLiteral("UPDATE tongban.audit_record SET reason = 'x'")), -1);
        QCOMPARE(attempt(*supervisor, QStringLiteral("DELETE FROM tongban.audit_record")), -1);
    }

    void clerkRolesOwnNothingAndBypassNothing_data()
    {
        QTest::addColumn<QString>("clerk");
        for (const char *name : {"clerk_a", "clerk_b", "expert_b", "supervisor_b"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void clerkRolesOwnNothingAndBypassNothing()
    {
        QFETCH(QString, clerk);
        const QString login = m_database.login(clerk);
        auto admin = CentralSession::open(m_database.superuserInfo());
        QVERIFY(admin.ok());
        QSqlQuery q((*admin)->database());
        const bool ok = q.exec(
            QStringLiteral(
                "SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolcanlogin, r.rolinherit, "
                "(SELECT count(*) FROM pg_class WHERE relowner = r.oid) + (SELECT count(*) FROM pg_proc WHERE proowner "
                "= r.oid) + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) + (SELECT count(*) FROM pg_type "
                "WHERE typowner = r.oid) + (SELECT count(*) FROM pg_database WHERE datdba = r.oid), "
                "(SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "WHERE m.member = r.oid), left(a.rolpassword, 14) "
                "FROM pg_roles r JOIN pg_authid a ON a.oid = r.oid WHERE r.rolname = '%1'")
                .arg(login));
        QVERIFY2(ok && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toBool(), false); // superuser
        QCOMPARE(q.value(1).toBool(), false); // BYPASSRLS
        QCOMPARE(q.value(2).toBool(), false); // CREATEROLE
        QCOMPARE(q.value(3).toBool(), false); // CREATEDB
        QCOMPARE(q.value(4).toBool(), false); // REPLICATION
        QCOMPARE(q.value(5).toBool(), true); // LOGIN
        QCOMPARE(q.value(6).toBool(), true); // INHERIT (its group role's rights)
        QCOMPARE(q.value(7).toInt(), 0); // owns nothing
        const QString groups = q.value(8).toString();
        QVERIFY2(groups == u"tongban_window_clerk" || groups == u"tongban_expert" || groups == u"tongban_supervisor", qPrintable(groups));
        QCOMPARE(q.value(9).toString(), QStringLiteral("SCRAM-SHA-256$")); // a verifier, never the password
        // the group roles bypass nothing either
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'tongban\\_%' AND (rolbypassrls OR rolsuper OR "
                                      "rolcanlogin)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralRls)
#include "testcentralrls.moc"
