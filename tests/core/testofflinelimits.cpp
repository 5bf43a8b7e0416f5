// The offline limits of issue 13 (point 4) on a real file: fine, warning at 80 %, refused past a
// limit of records or of days (audit records not counted); the limits a supervisor sets, checked.

#include "testcontext.h"

#include "sync/offlinelimits.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace tongban;
using sync::OfflineLimits;
using sync::OfflineStanding;

class TestOfflineLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    static Status run(test::TestContext &context, const QString &sql, const QVariantList &values = {})
    {
        return context.store()
            .write<Done>([sql, values](QSqlDatabase db) -> Status {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &v : values)
                    q.addBindValue(v);
                if (!q.exec())
                    return Error::storage(q.lastError().text());
                return Done {};
            })
            .result();
    }

    static void addVisits(test::TestContext &context, int n)
    {
        for (int i = 0; i < n; ++i) {
            QVERIFY(run(context,
                        QStringLiteral("INSERT INTO visit_session (id, queue_number, person_id, clerk, opened_at, status)"
                                       " VALUES (?, ?, NULL, 'wang.fang', '2026-12-03T09:00:00Z', 'open')"),
                        {QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("A%1").arg(i)}));
        }
    }

    static OfflineStanding standing(test::TestContext &context, const QDateTime &now)
    {
        auto s = context.store().read<OfflineStanding>([now](QSqlDatabase db) { return OfflineLimits::standing(db, now); }).result();
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        return *s;
    }

    std::unique_ptr<test::TestContext> newFile()
    {
        auto context = std::make_unique<test::TestContext>(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_files)));
        if (!context->open())
            qFatal("cannot open");
        return context;
    }

private slots:
    void defaultsUntilASupervisorSetsThem()
    {
        auto context = newFile();
        const OfflineStanding s = standing(*context, QDateTime::currentDateTimeUtc());
        QCOMPARE(s.daysLimit, OfflineLimits::kDefaultDays);
        QCOMPARE(s.recordsLimit, OfflineLimits::kDefaultRecords);
        QCOMPARE(s.level, OfflineStanding::Level::Fine);
        QVERIFY(s.message.isEmpty());
    }

    void recordsWarnAt80PercentAndRefusePastTheLimit()
    {
        auto context = newFile();
        QVERIFY(context->store().write<Done>([](QSqlDatabase db) { return OfflineLimits::set(db, 7, 10); }).result());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        addVisits(*context, 7);
        QCOMPARE(standing(*context, now).level, OfflineStanding::Level::Fine);
        // look-ups write audit records: queued too, but they do not count
        QVERIFY(run(*context,
                    QStringLiteral("UPDATE outbox SET entity = 'audit_record' WHERE client_seq IN"
                                   " (SELECT client_seq FROM outbox ORDER BY client_seq LIMIT 2)")));
        addVisits(*context, 2);
        QCOMPARE(standing(*context, now).unsyncedRecords, 7);
        addVisits(*context, 1);
        QCOMPARE(standing(*context, now).level, OfflineStanding::Level::Warning);
        QCOMPARE(standing(*context, now).unsyncedRecords, 8);
        addVisits(*context, 2);
        const OfflineStanding refused = standing(*context, now);
        QCOMPARE(refused.level, OfflineStanding::Level::Refused);
        QVERIFY(!refused.message.isEmpty());
        const Status admitted
            = context->store().write<Done>([now](QSqlDatabase db) { return OfflineLimits::admitIntake(db, now); }).result();
        QVERIFY(!admitted);
        QCOMPARE(admitted.error().kind, Error::Kind::Forbidden);
        QCOMPARE(admitted.error().field, QStringLiteral("sync"));
    }

    void daysCountFromTheOldestUnsentRecord()
    {
        auto context = newFile();
        addVisits(*context, 1);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(standing(*context, now).level, OfflineStanding::Level::Fine);
        QCOMPARE(standing(*context, now.addDays(6)).level, OfflineStanding::Level::Warning); // 6 × 5 ≥ 7 × 4
        QCOMPARE(standing(*context, now.addDays(7)).level, OfflineStanding::Level::Refused);
        QCOMPARE(standing(*context, now.addDays(7)).unsyncedDays, 7);
        // once sent, nothing is unsynced however long ago the last sync was
        QVERIFY(run(*context, QStringLiteral("DELETE FROM outbox")));
        QCOMPARE(standing(*context, now.addDays(30)).level, OfflineStanding::Level::Fine);
    }

    void limitsOutOfRangeAreRefusedNamingTheField()
    {
        auto context = newFile();
        auto set = [&context](int days, int records) {
            return context->store()
                .write<Done>([days, records](QSqlDatabase db) { return OfflineLimits::set(db, days, records); })
                .result();
        };
        QCOMPARE(set(0, 100).error().field, QStringLiteral("days"));
        QCOMPARE(set(91, 100).error().field, QStringLiteral("days"));
        QCOMPARE(set(7, 9).error().field, QStringLiteral("records"));
        QVERIFY(set(30, 5000));
        QCOMPARE(standing(*context, QDateTime::currentDateTimeUtc()).daysLimit, 30);
    }
};

QTEST_GUILESS_MAIN(TestOfflineLimits)
#include "testofflinelimits.moc"
