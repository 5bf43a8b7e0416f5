// Tests of tongban::services::SweepService on a real SQLite file: a sweep is screened on a reader
// and recorded by the writer, also when the store goes while the sweep is still running (the
// window closed during a sweep) — the record is done before the store is gone, not left to a
// thread that outlives it.

#include "deferral/deferralevaluator.h"
#include "deferral/deferralrules.h"
#include "demo/demogenerator.h"
#include "employer/industrycatalog.h"
#include "services/sweepservice.h"

#include "testcontext.h"
#include "testsupport.h"

#include <QFile>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>

using namespace tongban;
using services::SweepService;

namespace {

constexpr int kEmployers = 40;

std::shared_ptr<const deferral::DeferralEvaluator> evaluator()
{
    auto rules = deferral::DeferralRules::loadBuiltIn();
    auto catalog = employer::IndustryCatalog::loadBuiltIn();
    if (!rules || !catalog)
        return nullptr;
    return std::make_shared<const deferral::DeferralEvaluator>(*rules, *catalog);
}

sweep::SweepParameters asOfJune()
{
    sweep::SweepParameters p;
    p.asOf = QDate(2022, 6, 15);
    p.hardHitRegions = {QStringLiteral("310000")};
    return p;
}

/// The sweeps recorded in the file @p path (session_event rows of kind deferral.sweep), or -1.
qint64 recordedSweeps(const QString &path)
{
    test::TestContext context(path);
    if (!context.open())
        return -1;
    const auto counted
        = context.store()
              .read<qint64>([](QSqlDatabase db) -> Result<qint64> {
                  QSqlQuery q(db);
                  if (!q.exec(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'deferral.sweep'")) || !q.next())
                      return Error::storage(q.lastError().text());
                  return q.value(0).toLongLong();
              })
              .result();
    return counted ? *counted : -1;
}

} // namespace

class TestSweepService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(evaluator());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(demo::DemoGenerator(test::shippedParameters(), 7).writeNewFile(m_demo, 2, kEmployers).ok());
    }

    void aSweepIsScreenedAndRecorded()
    {
        const QString path = m_dir.filePath(QStringLiteral("sweep.sqlite"));
        QVERIFY(QFile::copy(m_demo, path));
        {
            test::TestContext context(path, QStringLiteral("张敏"));
            QVERIFY(context.open());
            const auto cancel = std::make_shared<std::atomic_bool>(false);
            const SweepService::Outcome outcome = SweepService(context.context(), evaluator()).run(asOfJune(), {}, cancel).result();
            QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message) : "");
            QVERIFY2(!outcome.recordError, outcome.recordError ? qPrintable(outcome.recordError->message) : "");
            QVERIFY(outcome.result);
            QCOMPARE(outcome.result->screened, qint64(36 + kEmployers));
            QVERIFY(!outcome.eventId.isEmpty());
        }
        QCOMPARE(recordedSweeps(path), qint64(1));
    }

    void aStoreThatGoesWhileSweepingRecordsFirst()
    {
        // The context goes at once, as when the window closes during a sweep: the store's threads
        // run what is queued and stop. The record that follows the screening used to be left to
        // a thread of Qt's pool, which then queued it on the store that was gone (a use after
        // free, or a wait that never ended). Qt's pool is kept busy here until the store is gone,
        // so work left to it can only run afterwards.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        QSemaphore started;
        QSemaphore release;
        for (int i = 0; i < threads; ++i)
            pool->start([&started, &release] {
                started.release();
                release.acquire();
            });
        started.acquire(threads);
        // The blocked tasks are let go and waited for before the semaphores they wait on go.
        const auto freePool = qScopeGuard([pool, &release, threads] {
            release.release(threads);
            pool->waitForDone();
        });

        // Many times: the store may go before, during or after the screening.
        for (int round = 0; round < 20; ++round) {
            const QString path = m_dir.filePath(QStringLiteral("going-%1.sqlite").arg(round));
            QVERIFY(QFile::copy(m_demo, path));
            QFuture<SweepService::Outcome> sweeping;
            {
                test::TestContext context(path, QStringLiteral("张敏"));
                QVERIFY(context.open());
                sweeping = SweepService(context.context(), evaluator()).run(asOfJune(), {}, std::make_shared<std::atomic_bool>(false));
            }
            QVERIFY2(sweeping.isFinished(), "still sweeping after the store went: the record was left to a thread that outlives the store");
            QVERIFY(!sweeping.isCanceled());
            const SweepService::Outcome outcome = sweeping.result();
            QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->message) : "");
            QVERIFY2(!outcome.recordError, outcome.recordError ? qPrintable(outcome.recordError->message) : "");
            QVERIFY(!outcome.eventId.isEmpty());
            QCOMPARE(recordedSweeps(path), qint64(1));
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_GUILESS_MAIN(TestSweepService)
#include "testsweepservice.moc"
