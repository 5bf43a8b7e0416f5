// Tests of tongban::services::StoreMaintenance on real SQLite files: opening counts the persons,
// and a store that goes while it is still opening (the program ends during start-up) finishes
// that work first instead of leaving it to run on a store that is gone.

#include "demo/demogenerator.h"
#include "services/storemaintenance.h"
#include "storage/migrations.h"

#include "testcontext.h"
#include "testsupport.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace tongban;
using services::StoreMaintenance;

class TestStoreMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(demo::DemoGenerator(test::shippedParameters(), 5).writeNewFile(m_demo, 30).ok());
    }

    void openingCountsThePersons()
    {
        test::TestContext context(m_demo);
        const StoreMaintenance maintenance(context.context());
        const auto opened = maintenance.open().result();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened->schema, storage::Migrations::latestVersion());
        const auto persons = maintenance.countPersons().result();
        QVERIFY2(persons.ok(), persons.ok() ? "" : qPrintable(persons.error().message));
        QCOMPARE(*persons, qint64(30));
    }

    void aStoreThatGoesRunsTheQueuedCountFirst()
    {
        // The context goes at once, as when the program ends during start-up: the store's
        // threads run what is queued and stop. The count that followed the opening used to be
        // left to a thread of Qt's pool, which then queued it on the store that was gone (the
        // opening never finished, and the program hung at exit). Here Qt's pool is kept busy
        // until the store is gone, so work left to it can only run afterwards.
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

        QFuture<Result<storage::OpenReport>> opening;
        QFuture<Result<qint64>> counting;
        {
            test::TestContext context(m_demo);
            const StoreMaintenance maintenance(context.context());
            opening = maintenance.open();
            opening.waitForFinished();
            counting = maintenance.countPersons();
        }
        QVERIFY(opening.isFinished() && !opening.isCanceled());
        QVERIFY(opening.result().ok());
        QVERIFY2(counting.isFinished(), "still counting after the store went: the count was left to a thread that outlives the store");
        QVERIFY(!counting.isCanceled());
        const auto persons = counting.result();
        QVERIFY2(persons.ok(), persons.ok() ? "" : qPrintable(persons.error().message));
        QCOMPARE(*persons, qint64(30));
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_GUILESS_MAIN(TestStoreMaintenance)
#include "teststoremaintenance.moc"
