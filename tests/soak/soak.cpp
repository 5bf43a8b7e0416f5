// The sync soak (issue 13, point 7): N clients of two offices work and sync against one central
// PostgreSQL for a bounded number of rounds, each round a client either stays offline or syncs
// through the real tongban-cli, which is SIGKILLed at random during push or pull. At the end every
// client syncs once more without kills, and the soak checks:
// - losses: every operation a client queued (its outbox's AUTOINCREMENT) is on the server once
//   (tongban.applied_op) — must be 0;
// - duplicates: no record twice on the server, no operation applied twice — must be 0;
// - agreement: every client holds exactly the server's records of its office, each at the server's
//   version, with the same queue number and status for every visit.
// Not part of scripts/test (it runs for minutes): tests/soak/run-soak starts a throw-away server
// and runs it. Usage: tongban-soak --server CONNINFO (a role with CREATEROLE and CREATEDB)
//   --cli PATH [--clients N] [--rounds R] [--seed S] [--dir DIR]

#include "central/centralaccounts.h"
#include "central/centralconnectioninfo.h"
#include "central/centralsession.h"
#include "central/servermigrations.h"
#include "policy/parameterset.h"
#include "services/centraldemoloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace tongban;

namespace {

const QString kPassword = QStringLiteral("Soak2026pass");

struct Client
{
    QString file;
    QString login;
    QString office;
    QStringList visits; ///< the visits this client opened
};

struct Figures
{
    int syncs = 0;
    int kills = 0;
    int offlineRounds = 0;
    int unreachable = 0;
    qint64 visitsOpened = 0;
    qint64 visitsChanged = 0;
};

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &text)
{
    std::fprintf(stderr, "soak: %s\n", qPrintable(text));
    std::exit(2);
}

QSqlDatabase openFile(const QString &file)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QUuid::createUuid().toString());
    db.setDatabaseName(file);
    if (!db.open())
        fail(QStringLiteral("cannot open %1").arg(file));
    return db;
}

void execLocal(const QString &file, const QString &sql, const QVariantList &values)
{
    QSqlDatabase db = openFile(file);
    {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            fail(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
    }
    db.close();
}

/// Runs the CLI's sync; returns whether it was killed, and its exit code otherwise.
std::pair<bool, int> runSync(const QString &cli, const QString &conninfo, const Client &client, const QString &passwordFile,
                             const QString &killAt, int pageSize)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!killAt.isEmpty())
        env.insert(QStringLiteral("TONGBAN_SYNC_KILL_AT"), killAt);
    process.setProcessEnvironment(env);
    process.start(cli,
                  {QStringLiteral("sync"), QStringLiteral("--db"), client.file, QStringLiteral("--server"), conninfo,
                   QStringLiteral("--user"), client.login, QStringLiteral("--password-file"), passwordFile, QStringLiteral("--page-size"),
                   QString::number(pageSize), QStringLiteral("--batch"), QStringLiteral("7")});
    if (!process.waitForFinished(300000))
        fail(QStringLiteral("sync of %1 did not end").arg(client.file));
    if (process.exitStatus() == QProcess::CrashExit)
        return {true, -1};
    if (process.exitCode() != 0 && process.exitCode() != 3)
        fail(QStringLiteral("sync of %1 failed (%2): %3")
                 .arg(client.file)
                 .arg(process.exitCode())
                 .arg(QString::fromUtf8(process.readAllStandardOutput())));
    return {false, process.exitCode()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("server"), QStringLiteral("admin connection"), QStringLiteral("CONNINFO")},
         {QStringLiteral("cli"), QStringLiteral("tongban-cli"), QStringLiteral("PATH")},
         {QStringLiteral("clients"), QStringLiteral("clients"), QStringLiteral("N"), QStringLiteral("6")},
         {QStringLiteral("rounds"), QStringLiteral("rounds"), QStringLiteral("R"), QStringLiteral("12")},
         {QStringLiteral("seed"), QStringLiteral("seed"), QStringLiteral("S"), QStringLiteral("1")},
         {QStringLiteral("kill-rate"), QStringLiteral("percent of syncs killed"), QStringLiteral("P"), QStringLiteral("35")}});
    parser.process(app);
    const auto admin = central::CentralConnectionInfo::parse(parser.value(QStringLiteral("server")), QStringLiteral("--server"));
    if (!admin)
        fail(admin.error().message);
    const QString cli = parser.value(QStringLiteral("cli"));
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int rounds = parser.value(QStringLiteral("rounds")).toInt();
    const int killRate = parser.value(QStringLiteral("kill-rate")).toInt();
    QRandomGenerator random(parser.value(QStringLiteral("seed")).toUInt());
    QTemporaryDir dir;
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly))
            fail(QStringLiteral("cannot write the password file"));
        file.write(kPassword.toUtf8() + '\n');
    }

    // A database of its own, migrated, with the demo's offices, persons and histories.
    const QString database = QStringLiteral("soak%1").arg(random.generate(), 8, 16, QLatin1Char('0'));
    {
        auto session = central::CentralSession::open(*admin);
        if (!session)
            fail(session.error().message);
        QSqlQuery q((*session)->database());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(database)))
            fail(q.lastError().text());
    }
    const central::CentralConnectionInfo server = admin->with(QStringLiteral("dbname"), database);
    auto owner = central::CentralSession::open(server);
    if (!owner)
        fail(owner.error().message);
    if (auto migrated = central::ServerMigrations::migrate(**owner); !migrated)
        fail(migrated.error().message);
    auto parameters = policy::ParameterSet::loadBuiltIn();
    if (!parameters)
        fail(parameters.error().message);
    auto loaded = services::CentralDemoLoader::load(**owner, *parameters, 11, 120, 0);
    if (!loaded)
        fail(loaded.error().message);
    const QStringList offices {QStringLiteral("110105"), QStringLiteral("110108")};
    QList<Client> fleet;
    central::CentralAccounts accounts(**owner);
    for (int i = 0; i < clients; ++i) {
        Client client;
        client.office = offices.at(i % 2);
        client.login = QStringLiteral("%1_clerk%2").arg(database).arg(i);
        client.file = dir.filePath(QStringLiteral("client%1.sqlite").arg(i));
        central::CentralAccounts::NewUser user;
        user.login = client.login;
        user.displayName = QStringLiteral("Clerk %1").arg(i);
        user.role = accounts::Role::WindowClerk;
        user.officeCode = client.office;
        user.password = kPassword;
        if (auto added = accounts.addUser(user); !added)
            fail(added.error().message);
        fleet.append(client);
    }
    const QString conninfo = [&server] {
        QStringList parts;
        for (const QString &key : {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("dbname"), QStringLiteral("sslmode"),
                                   QStringLiteral("sslrootcert")}) {
            if (server.has(key))
                parts << key + QStringLiteral("='") + server.value(key) + u'\'';
        }
        return parts.join(u' ');
    }();

    Figures figures;
    // Every client first downloads its office (killed at random too).
    for (int r = 0; r < rounds + 1; ++r) {
        for (int c = 0; c < fleet.size(); ++c) {
            Client &client = fleet[c];
            const bool exists = QFile::exists(client.file);
            if (exists && r > 0) {
                // work: open visits, change some of this office's visits (own or pulled)
                const int opened = int(random.bounded(4));
                for (int v = 0; v < opened; ++v) {
                    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    execLocal(client.file,
                              QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status)"
                                             " VALUES (?, ?, NULL, ?, '2026-12-03T09:00:00Z', 'open')"),
                              {id, QStringLiteral("S%1-%2-%3").arg(r).arg(c).arg(v), client.login});
                    client.visits << id;
                    ++figures.visitsOpened;
                }
                // a change to one of its own visits (two devices changing the same visit is the
                // conflict test's business, tests/core/testsyncfailures)
                if (!client.visits.isEmpty() && random.bounded(3) == 0) {
                    execLocal(client.file, QStringLiteral("UPDATE visit_session SET queue_number = queue_number || '*' WHERE id = ?"),
                              {client.visits.at(int(random.bounded(qsizetype(client.visits.size()))))});
                    ++figures.visitsChanged;
                }
            }
            if (exists && r > 0 && random.bounded(4) == 0) {
                ++figures.offlineRounds; // stays offline this round
                continue;
            }
            QString killAt;
            if (int(random.bounded(100)) < killRate)
                killAt = random.bounded(2) == 0 ? QStringLiteral("after-push") : QStringLiteral("apply:%1").arg(random.bounded(5));
            const auto [killed, code] = runSync(cli, conninfo, client, passwordFile, killAt, 5 + int(random.bounded(20)));
            ++figures.syncs;
            figures.kills += killed ? 1 : 0;
            figures.unreachable += code == 3 ? 1 : 0;
        }
        say(QStringLiteral("round %1: %2 syncs, %3 kills, %4 visits opened")
                .arg(r)
                .arg(figures.syncs)
                .arg(figures.kills)
                .arg(figures.visitsOpened));
    }
    // Everyone syncs until quiet: twice, so that each receives what the others sent last.
    for (int pass = 0; pass < 2; ++pass) {
        for (const Client &client : std::as_const(fleet)) {
            const auto [killed, code] = runSync(cli, conninfo, client, passwordFile, QString(), 100);
            if (killed || code != 0)
                fail(QStringLiteral("the final sync of %1 failed").arg(client.file));
        }
    }

    // The checks.
    QSqlQuery s((*owner)->database());
    qint64 queued = 0;
    qint64 applied = 0;
    qint64 losses = 0;
    qint64 duplicates = 0;
    int disagreements = 0;
    for (const Client &client : std::as_const(fleet)) {
        QSqlDatabase db = openFile(client.file);
        QString device;
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id FROM device"));
            q.next();
            device = q.value(0).toString();
            q.exec(QStringLiteral(
                "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0), (SELECT count(*) FROM outbox)"));
            q.next();
            const qint64 made = q.value(0).toLongLong();
            if (q.value(1).toLongLong() != 0)
                fail(QStringLiteral("%1: %2 ops still in the outbox after the final syncs").arg(client.file).arg(q.value(1).toLongLong()));
            queued += made;
            s.prepare(QStringLiteral("SELECT count(*), count(DISTINCT op_id) FROM tongban.applied_op WHERE device_id = ?::uuid"));
            s.addBindValue(device);
            if (!s.exec() || !s.next())
                fail(s.lastError().text());
            const qint64 here = s.value(0).toLongLong();
            applied += here;
            losses += qMax<qint64>(0, made - here);
            duplicates += s.value(0).toLongLong() - s.value(1).toLongLong();
            // the client's records equal the server's of its office: same set, same versions
            QHash<QString, qint64> local;
            q.exec(QStringLiteral("SELECT entity || '/' || record_id, version FROM sync_version WHERE deleted = 0"));
            while (q.next())
                local.insert(q.value(0).toString(), q.value(1).toLongLong());
            QHash<QString, QString> visitsHere;
            q.exec(QStringLiteral("SELECT id, queue_number || '|' || status FROM visit_session"));
            while (q.next())
                visitsHere.insert(q.value(0).toString(), q.value(1).toString());
            s.prepare(QStringLiteral("SELECT entity || '/' || record_id, version, entity, record_id,"
                                     " coalesce(payload->>'queue_number', '') || '|' || coalesce(payload->>'status', '')"
                                     " FROM tongban.sync_record WHERE NOT deleted AND (office_code = ? OR entity = 'employer')"));
            s.addBindValue(client.office);
            if (!s.exec())
                fail(s.lastError().text());
            qint64 there = 0;
            while (s.next()) {
                ++there;
                if (local.value(s.value(0).toString(), -1) != s.value(1).toLongLong()) {
                    if (disagreements++ < 5)
                        say(QStringLiteral("%1: %2 at version %3 on the server, %4 here")
                                .arg(client.file, s.value(0).toString())
                                .arg(s.value(1).toLongLong())
                                .arg(local.value(s.value(0).toString(), -1)));
                }
                if (s.value(2).toString() == u"visit_session" && visitsHere.value(s.value(3).toString()) != s.value(4).toString()) {
                    if (disagreements++ < 5)
                        say(QStringLiteral("%1: visit %2 is %3 here, %4 on the server")
                                .arg(client.file, s.value(3).toString(), visitsHere.value(s.value(3).toString()), s.value(4).toString()));
                }
            }
            if (there != local.size()) {
                ++disagreements;
                say(QStringLiteral("%1: %2 records here, %3 on the server").arg(client.file).arg(local.size()).arg(there));
            }
        }
        db.close();
    }
    s.exec(QStringLiteral("SELECT count(*) - count(DISTINCT (entity, record_id)) FROM tongban.sync_record"));
    s.next();
    duplicates += s.value(0).toLongLong();

    say(QStringLiteral("clients %1 (two offices), rounds %2, syncs %3, kills %4, offline rounds %5, unreachable %6")
            .arg(clients)
            .arg(rounds)
            .arg(figures.syncs)
            .arg(figures.kills)
            .arg(figures.offlineRounds)
            .arg(figures.unreachable));
    say(QStringLiteral("visits opened %1, changed %2; operations queued %3, applied on the server %4")
            .arg(figures.visitsOpened)
            .arg(figures.visitsChanged)
            .arg(queued)
            .arg(applied));
    say(QStringLiteral("losses %1, duplicates %2, disagreements %3").arg(losses).arg(duplicates).arg(disagreements));
    {
        auto session = central::CentralSession::open(*admin);
        owner->reset();
        if (session) {
            QSqlQuery q((*session)->database());
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
            q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE '%1%'").arg(database));
            QStringList roles;
            while (q.next())
                roles << q.value(0).toString();
            for (const QString &role : roles)
                q.exec(QStringLiteral("DROP ROLE %1").arg(role));
        }
    }
    return losses == 0 && duplicates == 0 && disagreements == 0 ? 0 : 1;
}
