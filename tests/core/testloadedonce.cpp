// common/loadedonce.h: the shipped data is read once per program, per key, even when two threads
// ask at once; a failure is kept like a value.

#include "common/loadedonce.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace tongban;

class TestLoadedOnce : public QObject
{
    Q_OBJECT

private slots:
    void loadsOncePerKey()
    {
        LoadedOnce<int> cache;
        int loads = 0;
        const auto load = [&] { return Result<int>(++loads * 10); };
        QCOMPARE(cache.get(QStringLiteral("a"), load).value(), 10);
        QCOMPARE(cache.get(QStringLiteral("a"), load).value(), 10);
        QCOMPARE(cache.get(QStringLiteral("b"), load).value(), 20);
        QCOMPARE(loads, 2);
    }

    void keepsAFailure()
    {
        LoadedOnce<int> cache;
        int loads = 0;
        const auto load = [&] {
            ++loads;
            return Result<int>(Error::missingFigure(QStringLiteral("file"), QStringLiteral("missing")));
        };
        QVERIFY(!cache.get(QString(), load).ok());
        const auto again = cache.get(QString(), load);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().field, QStringLiteral("file"));
        QCOMPARE(loads, 1);
    }

    // A second thread asking while the first loads gets that load's value; the load runs once.
    void concurrentCallersShareOneLoad()
    {
        LoadedOnce<int> cache;
        std::atomic_int loads {0};
        std::atomic_bool loading {false};
        std::atomic_bool otherAsks {false};
        const auto load = [&] {
            loading = true;
            ++loads;
            // The load ends only once the other thread is on its way into get().
            while (!otherAsks)
                std::this_thread::yield();
            return Result<int>(42);
        };
        int seenByOther = 0;
        std::thread first([&] { (void)cache.get(QString(), load); });
        while (!loading)
            std::this_thread::yield();
        std::thread second([&] {
            otherAsks = true;
            seenByOther = cache.get(QString(), load).value();
        });
        first.join();
        second.join();
        QCOMPARE(seenByOther, 42);
        QCOMPARE(loads.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLoadedOnce)
#include "testloadedonce.moc"
