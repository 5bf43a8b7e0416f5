// The back office's retirement screening (到龄筛查) of every person of the county file
// (screening::RetirementScreening), beside the raw baseline: every person's birth date and group
// read, and the months of the same persons due counted, through SQLite's C API with no rule
// computed. Figures, not pass/fail.

#include "benchsupport.h"
#include "rawsqlite.h"

#include "screening/retirementscreening.h"
#include "storage/localstore.h"
#include "testsupport.h"

#include <QTest>

using namespace tongban;

class BenchScreening : public QObject
{
    Q_OBJECT

private slots:
    void screenEveryPerson()
    {
        const auto parameters = test::shippedParameters();
        const QString path = bench::countyFile(parameters);
        QVERIFY(!path.isEmpty());
        auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        // The next twelve months, as the back office screens each December.
        const YearMonth from(2027, 1), to(2027, 12);
        const std::atomic_bool never {false};
        QList<QByteArray> due;
        qint64 persons = 0;
        qint64 short_ = 0;
        const int runs = std::max(3, bench::iterations() / 200);
        const auto ours = bench::sample(runs, [&](int) {
            const auto result = screening::RetirementScreening::run((*store)->database(), from, to, *parameters, never);
            if (!result.ok())
                return;
            persons = result->screened;
            short_ = result->shortCount();
            due.clear();
            for (const auto &d : result->due)
                due << d.citizenId.toUtf8();
        });
        QVERIFY(persons > 0);

        const bench::RawDatabase raw(path);
        bench::RawStatement all(
            raw, "SELECT key, id, citizen_id, name, birth_date, retirement_group, deemed_months FROM insured_person ORDER BY key");
        bench::RawStatement months(raw,
                                   "SELECT count(DISTINCT month) FROM contribution_record"
                                   " WHERE person_key = (SELECT key FROM insured_person WHERE citizen_id = ?) AND month < 202701");
        qint64 rows = 0;
        const auto baseline = bench::sample(runs, [&](int) {
            rows = all.readAll();
            for (const QByteArray &id : std::as_const(due)) {
                months.bindText(1, id);
                months.readAll();
            }
        });
        QCOMPARE(rows, persons);
        std::printf("SCREENING %lld persons, %lld due in 2027, %lld short of the minimum period\n", persons, qint64(due.size()), short_);
        bench::report("retirement screening (all persons)", ours, baseline);
    }
};

QTEST_GUILESS_MAIN(BenchScreening)
#include "benchscreening.moc"
