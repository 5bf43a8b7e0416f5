// The 免申即享 deferral sweep over a demo database of 10,000 employers (figures, not pass/fail).

#include "deferral/deferralevaluator.h"
#include "demo/demogenerator.h"
#include "storage/localstore.h"
#include "sweep/deferralsweep.h"
#include "sweep/sweepcsv.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

class BenchSweep : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const deferral::DeferralEvaluator> m_evaluator;

private slots:
    void initTestCase()
    {
        const auto parameters = policy::ParameterSet::loadBuiltIn();
        QVERIFY(parameters.ok());
        m_path = m_dir.filePath(QStringLiteral("bench.sqlite"));
        QVERIFY(demo::DemoGenerator(*parameters, 1).writeNewFile(m_path, 2, 10000).ok());
        const auto rules = deferral::DeferralRules::loadBuiltIn();
        const auto catalog = employer::IndustryCatalog::loadBuiltIn();
        QVERIFY(rules.ok() && catalog.ok());
        m_evaluator = std::make_shared<const deferral::DeferralEvaluator>(*rules, *catalog);
    }

    void sweep10000Employers()
    {
        auto store = storage::LocalStore::open(m_path, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        sweep::SweepParameters p;
        p.asOf = QDate(2022, 6, 15);
        p.hardHitRegions = {QStringLiteral("310000"), QStringLiteral("220100")};
        p.difficultyAttested = true;
        const std::atomic_bool never {false};
        qint64 eligible = 0;
        QBENCHMARK
        {
            const auto result = sweep::DeferralSweep(m_evaluator, tongban::test::clock()).run((*store)->database(), p, {}, never);
            QVERIFY(result.ok());
            eligible = result->eligibleCount();
        }
        QVERIFY(eligible > 0);
    }

    void csvOf10000Employers()
    {
        auto store = storage::LocalStore::open(m_path, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        sweep::SweepParameters p;
        p.asOf = QDate(2022, 6, 15);
        p.difficultyAttested = true;
        p.hardHitRegions = {QStringLiteral("310000")};
        const std::atomic_bool never {false};
        const auto result = sweep::DeferralSweep(m_evaluator, tongban::test::clock()).run((*store)->database(), p, {}, never);
        QVERIFY(result.ok());
        QByteArray csv;
        QBENCHMARK
        {
            csv = sweep::SweepCsv::toCsv(*result);
        }
        QVERIFY(csv.size() > 1000);
    }
};

QTEST_GUILESS_MAIN(BenchSweep)
#include "benchsweep.moc"
