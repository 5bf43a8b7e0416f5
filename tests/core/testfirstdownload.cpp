// A first download (services::SyncRound into a new file) against the test PostgreSQL
// (TONGBAN_TEST_PG), with the histories of a generated county loaded by the real loader
// (services::CentralDemoLoader) and pages and batches small enough that a page's first histories
// are stored ahead of its rest: the file then holds what the server holds, month for month; a
// history the file cannot take stops the round with what came before it stored and nothing after
// it, and the next round, once the history is corrected, completes the download; the employer
// index of the records, set aside while the file fills, is there once the download is complete.

#include "centraltestdatabase.h"
#include "testcontext.h"

#include "central/centralaccounts.h"
#include "central/centralsession.h"
#include "central/servermigrations.h"
#include "central/syncserver.h"
#include "demo/demogenerator.h"
#include "services/centraldemoloader.h"
#include "services/syncround.h"
#include "sync/historypayload.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using tongban::test::CentralTestDatabase;

namespace {

const QString kPassword = QStringLiteral("Counter2026");

qint64 localScalar(storage::StoreService &store, const QString &sql)
{
    return store
        .read<qint64>([sql](QSqlDatabase db) -> Result<qint64> {
            QSqlQuery q(db);
            if (!q.exec(sql) || !q.next())
                return Error::storage(q.lastError().text());
            return q.value(0).toLongLong();
        })
        .result()
        .value();
}

} // namespace

class TestFirstDownload : public QObject
{
    Q_OBJECT

    CentralTestDatabase m_database;
    std::unique_ptr<central::CentralSession> m_owner;
    QTemporaryDir m_dir;
    QString m_office; ///< the office with the most persons
    QString m_clerk;

    qint64 serverScalar(const QString &sql)
    {
        QSqlQuery q(m_owner->database());
        if (!q.exec(sql) || !q.next()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return -1;
        }
        return q.value(0).toLongLong();
    }

    /// A round of @p file as the office's clerk, pages of 10 changes, a batch from 500 months.
    Result<services::SyncReport> download(test::TestContext &device)
    {
        auto session = central::CentralSession::open(m_database.as(m_clerk, kPassword));
        if (!session)
            return session.error();
        central::SyncServer server(**session);
        services::SyncRoundOptions options;
        options.pullPage = 10;
        options.batchMonths = 500;
        return services::SyncRound(device.store(), server, device.context().clock(), options).run();
    }

    /// The office's histories' months on the server (not deleted).
    qint64 serverMonths()
    {
        return serverScalar(QStringLiteral("SELECT coalesce(sum(jsonb_array_length(payload->'month')), 0) FROM tongban.sync_record"
                                           " WHERE entity = 'contribution_history' AND office_code = '%1' AND NOT deleted")
                                .arg(m_office));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        TONGBAN_CREATE_CENTRAL_TEST_DATABASE(m_database);
        auto owner = central::CentralSession::open(m_database.ownerInfo());
        QVERIFY(owner);
        m_owner = std::move(owner).value();
        QVERIFY(central::ServerMigrations::migrate(*m_owner));
        const QString county = m_dir.filePath(QStringLiteral("county.sqlite"));
        QVERIFY(demo::DemoGenerator(test::shippedParameters(), 7).writeNewFile(county, 300, 20).ok());
        const auto loaded = services::CentralDemoLoader::loadFile(*m_owner, county);
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().message));
        QSqlQuery q(m_owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT office_code FROM tongban.sync_record WHERE entity = 'contribution_history'"
                                      " GROUP BY office_code ORDER BY count(*) DESC, office_code LIMIT 1"))
                && q.next());
        m_office = q.value(0).toString();
        m_clerk = m_database.login(QStringLiteral("clerk"));
        central::CentralAccounts::NewUser user;
        user.login = m_clerk;
        user.displayName = QStringLiteral("clerk");
        user.role = accounts::Role::WindowClerk;
        user.officeCode = m_office;
        user.password = kPassword;
        QVERIFY(central::CentralAccounts(*m_owner).addUser(user));
        // enough months that pages of 10 changes hold several batches of 500
        QVERIFY2(serverMonths() > 5000, qPrintable(QString::number(serverMonths())));
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_database.drop();
    }

    // Every record and every month of the office, the counts checked by the round itself.
    void downloadHoldsWhatTheServerHolds()
    {
        test::TestContext device(m_dir.filePath(QStringLiteral("whole.sqlite")));
        QVERIFY(device.open());
        const auto round = download(device);
        QVERIFY2(round.ok(), qPrintable(round ? QString() : round.error().field + QStringLiteral(": ") + round.error().message));
        QVERIFY(round->firstDownload);
        QVERIFY(round->complete);
        QCOMPARE(localScalar(device.store(), QStringLiteral("SELECT count(*) FROM contribution_record")), serverMonths());
        QCOMPARE(localScalar(device.store(), QStringLiteral("SELECT count(DISTINCT person_key) FROM contribution_record")),
                 serverScalar(QStringLiteral("SELECT count(*) FROM tongban.sync_record WHERE entity = 'contribution_history'"
                                             " AND office_code = '%1' AND NOT deleted AND jsonb_array_length(payload->'month') > 0")
                                  .arg(m_office)));
        QCOMPARE(
            localScalar(device.store(),
                        QStringLiteral("SELECT sum(base_fen) + sum(employer_fen) + sum(personal_fen)"
                                       " FROM contribution_record")),
            serverScalar(QStringLiteral("SELECT sum(b.v::bigint) FROM tongban.sync_record r, LATERAL (SELECT jsonb_array_elements_text("
                                        "r.payload->'base_fen') UNION ALL SELECT jsonb_array_elements_text(r.payload->'employer_fen')"
                                        " UNION ALL SELECT jsonb_array_elements_text(r.payload->'personal_fen')) b(v)"
                                        " WHERE r.entity = 'contribution_history' AND r.office_code = '%1' AND NOT r.deleted")
                             .arg(m_office)));
        QCOMPARE(localScalar(device.store(), QStringLiteral("SELECT first_download_complete FROM sync_state")), 1);
        // the employer index, set aside while the file filled, is there again
        QCOMPARE(
            localScalar(device.store(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'contribution_record_employer'")),
            1);
        // and the write-ahead log the pages left was copied into the file: a few frames of the
        // round's last writes remain, not the download
        const qint64 frames = device.store()
                                  .write<qint64>([](QSqlDatabase db) -> Result<qint64> {
                                      QSqlQuery l(db);
                                      if (!l.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !l.next())
                                          return Error::storage(l.lastError().text());
                                      return l.value(1).toLongLong();
                                  })
                                  .result()
                                  .value();
        QVERIFY2(frames >= 0 && frames < 50, qPrintable(QString::number(frames)));
    }

    // A history naming an employer the file does not hold: the round stops at its batch; what
    // came before is stored with the cursor after it, nothing after it; corrected on the server,
    // the next round completes the download.
    void badHistoryStopsTheRoundAtItsBatch()
    {
        QSqlQuery q(m_owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT record_id, payload::text FROM tongban.sync_record WHERE entity = 'contribution_history'"
                                      " AND office_code = '%1' AND jsonb_array_length(payload->'month') > 10 ORDER BY record_id LIMIT 1")
                           .arg(m_office))
                && q.next());
        const QString person = q.value(0).toString();
        const QJsonObject good = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QList<sync::HistoryMonth> months;
        QVERIFY(sync::HistoryPayload::read(good, months));
        const QString stranger = QStringLiteral("ee9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
        for (sync::HistoryMonth &m : months) {
            m.kind = 0;
            m.employerId = stranger;
        }
        central::SyncServer owner(*m_owner);
        QVERIFY(owner.load(m_office, QStringLiteral("contribution_history"), {{person, sync::HistoryPayload::toColumns(months), false}}));

        test::TestContext device(m_dir.filePath(QStringLiteral("stopped.sqlite")));
        QVERIFY(device.open());
        const auto stopped = download(device);
        QVERIFY(!stopped.ok());
        QVERIFY2(stopped.error().message.contains(stranger), qPrintable(stopped.error().message));
        QVERIFY2(stopped.error().field.contains(QStringLiteral("employer_id")), qPrintable(stopped.error().field));
        // The changed history is the office's last change, so its batch is the last: the histories
        // stored are whole, the changed one is not there (nor its version), and the cursor is
        // the one after the last change stored.
        QHash<QString, qint64> serverMonthsOf;
        QVERIFY(q.exec(QStringLiteral("SELECT record_id, jsonb_array_length(payload->'month') FROM tongban.sync_record"
                                      " WHERE entity = 'contribution_history' AND office_code = '%1'")
                           .arg(m_office)));
        while (q.next())
            serverMonthsOf.insert(q.value(0).toString(), q.value(1).toLongLong());
        const auto stored = device.store()
                                .read<QHash<QString, qint64>>([](QSqlDatabase db) -> Result<QHash<QString, qint64>> {
                                    QSqlQuery l(db);
                                    if (!l.exec(QStringLiteral("SELECT p.id, count(*) FROM contribution_record c JOIN insured_person p"
                                                               " ON p.key = c.person_key GROUP BY p.id")))
                                        return Error::storage(l.lastError().text());
                                    QHash<QString, qint64> counts;
                                    while (l.next())
                                        counts.insert(l.value(0).toString(), l.value(1).toLongLong());
                                    return counts;
                                })
                                .result()
                                .value();
        QVERIFY(!stored.isEmpty());
        QVERIFY(!stored.contains(person));
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QCOMPARE(it.value(), serverMonthsOf.value(it.key()));
        QCOMPARE(localScalar(device.store(), QStringLiteral("SELECT count(*) FROM sync_version WHERE entity = 'contribution_history'")),
                 qint64(stored.size()));
        QVERIFY(
            q.exec(QStringLiteral("SELECT (SELECT epoch FROM tongban.sync_epoch) || ':' || txid::text || ':' || seq FROM tongban.change_log"
                                  " WHERE entity = 'contribution_history' AND record_id IN ('%1') ORDER BY txid DESC, seq DESC LIMIT 1")
                       .arg(QStringList(stored.keys()).join(QStringLiteral("','")))));
        QVERIFY(q.next());
        const QString lastStored = q.value(0).toString();
        q.finish();
        const QString cursor = device.store()
                                   .read<QString>([](QSqlDatabase db) -> Result<QString> {
                                       QSqlQuery l(db);
                                       if (!l.exec(QStringLiteral("SELECT cursor FROM sync_state")) || !l.next())
                                           return Error::storage(l.lastError().text());
                                       return l.value(0).toString();
                                   })
                                   .result()
                                   .value();
        QCOMPARE(cursor, lastStored);
        QCOMPARE(localScalar(device.store(), QStringLiteral("SELECT first_download_complete FROM sync_state")), 0);
        // the employer index is still set aside: it is built when the download completes
        QCOMPARE(
            localScalar(device.store(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'contribution_record_employer'")),
            0);

        QVERIFY(owner.load(m_office, QStringLiteral("contribution_history"), {{person, good, false}}));
        const auto resumed = download(device);
        QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : resumed.error().message));
        QVERIFY(resumed->complete);
        QCOMPARE(localScalar(device.store(), QStringLiteral("SELECT count(*) FROM contribution_record")), serverMonths());
        QCOMPARE(
            localScalar(device.store(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'contribution_record_employer'")),
            1);
        const QString check = device.store()
                                  .read<QString>([](QSqlDatabase db) -> Result<QString> {
                                      QSqlQuery l(db);
                                      if (!l.exec(QStringLiteral("PRAGMA integrity_check")) || !l.next())
                                          return Error::storage(l.lastError().text());
                                      return l.value(0).toString();
                                  })
                                  .result()
                                  .value();
        QCOMPARE(check, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestFirstDownload)
#include "testfirstdownload.moc"
