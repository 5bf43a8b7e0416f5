// The 免申即享 deferral sweep over the county file (bench/benchsupport.h: 10,000 employers by
// default), beside the raw baseline: the employers read and one premium sum per employer through
// SQLite's C API (bench/rawsqlite.h), no rules. Target (issue 14): ≤ 1 s. Figures, not pass/fail.

#include "benchsupport.h"
#include "rawsqlite.h"

#include "deferral/deferralevaluator.h"
#include "demo/demogenerator.h"
#include "storage/localstore.h"
#include "sweep/deferralsweep.h"
#include "sweep/sweepcsv.h"
#include "testsupport.h"

#include <QTest>

using namespace tongban;

class BenchSweep : public QObject
{
    Q_OBJECT

private:
    QString m_path;
    std::shared_ptr<const deferral::DeferralEvaluator> m_evaluator;

private slots:
    void initTestCase()
    {
        const auto parameters = policy::ParameterSet::loadBuiltIn();
        QVERIFY(parameters.ok());
        m_path = bench::countyFile(*parameters);
        QVERIFY(!m_path.isEmpty());
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
        qint64 employers = 0;
        const int runs = 5;
        const auto ours = bench::sample(runs, [&](int) {
            const auto result = sweep::DeferralSweep(m_evaluator, tongban::test::clock()).run((*store)->database(), p, {}, never);
            eligible = result.ok() ? result->eligibleCount() : -1;
            employers = result.ok() ? result->employersTotal : -1;
        });
        QVERIFY(eligible > 0);

        // Raw: every employer read in id order, and the premiums of 2022-04…2022-12 summed for each
        // from the same covering index, with statements prepared once.
        const bench::RawDatabase raw(m_path);
        bench::RawStatement all(raw, "SELECT key, id, uscc, name, industry_code, size_class, kind, region FROM employer ORDER BY id");
        QList<qint64> employerKeys;
        {
            sqlite3_stmt *statement = nullptr;
            QVERIFY(sqlite3_prepare_v2(raw.handle(), "SELECT key FROM employer ORDER BY id", -1, &statement, nullptr) == SQLITE_OK);
            while (sqlite3_step(statement) == SQLITE_ROW)
                employerKeys << sqlite3_column_int64(statement, 0);
            sqlite3_finalize(statement);
        }
        bench::RawStatement premiums(raw,
                                     "SELECT COALESCE(SUM(employer_fen), 0), COUNT(DISTINCT month), COUNT(*) FROM contribution_record"
                                     " WHERE employer_key = ? AND month BETWEEN 202204 AND 202212 AND kind = 0");
        qint64 rows = 0;
        const auto baseline = bench::sample(runs, [&](int) {
            rows = all.readAll();
            for (const qint64 key : std::as_const(employerKeys)) {
                premiums.bindInt(1, key);
                premiums.readAll();
            }
        });
        QCOMPARE(rows, employers);
        std::printf("SWEEP %lld employers, %lld eligible\n", employers, eligible);
        bench::report("deferral sweep (all employers)", ours, baseline);
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
