// What a clerk waits for at the window, on the county file (bench/benchsupport.h): finding a
// person by citizen ID number, by part of a name, and opening the person's file (records, history,
// statutory retirement and the default pension breakdown). Each beside the same SQL through
// SQLite's C API (bench/rawsqlite.h). Targets (issue 14): ID look-up p99 ≤ 2 ms and ≤ 3× raw;
// history + breakdown p99 ≤ 20 ms. Figures are printed; nothing here fails on time.

#include "benchsupport.h"
#include "rawsqlite.h"

#include "services/personlookup.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace tongban;

class BenchLookup : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    QString m_path;
    std::unique_ptr<storage::LocalStore> m_store;
    QStringList m_citizenIds; ///< a deterministic spread over the file
    QStringList m_nameParts; ///< the first two characters of names of the same persons

    /// The @p i-th input of a figure, spread over the whole file (a stride prime to its size).
    template<typename T> static const T &pick(const QList<T> &list, int i) { return list.at(qsizetype(i) * 7919 % list.size()); }

private slots:
    void initTestCase()
    {
        m_parameters = test::shippedParameters();
        m_path = bench::countyFile(m_parameters);
        QVERIFY(!m_path.isEmpty());
        auto store = storage::LocalStore::open(m_path, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().message));
        m_store = std::move(store).value();
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT citizen_id, name FROM insured_person ORDER BY key")));
        while (q.next()) {
            m_citizenIds << q.value(0).toString();
            m_nameParts << q.value(1).toString().left(2);
        }
        QVERIFY(m_citizenIds.size() >= 2);
        std::printf("FILE %s: %lld persons\n", qPrintable(m_path), qint64(m_citizenIds.size()));
    }

    void lookUpByCitizenId()
    {
        const storage::PersonRepository repository(m_store->database(), test::clock());
        int found = 0;
        const auto ours = bench::sample(bench::iterations(), [&](int i) {
            const auto person = repository.findByCitizenId(pick(m_citizenIds, i));
            found += person.ok() && person->has_value() ? 1 : 0;
        });
        QVERIFY(found > 0);

        const bench::RawDatabase raw(m_path);
        bench::RawStatement statement(raw,
                                      "SELECT id, citizen_id, name, sex, birth_date, retirement_group, region, first_work_date,"
                                      " deemed_months, account_opening_fen, account_opening_month, phone"
                                      " FROM insured_person WHERE citizen_id = ?");
        qint64 rows = 0;
        const auto baseline = bench::sample(bench::iterations(), [&](int i) {
            statement.bindText(1, pick(m_citizenIds, i).toUtf8());
            rows += statement.readAll();
        });
        QVERIFY(rows > 0);
        bench::report("look-up by citizen ID", ours, baseline);
    }

    void lookUpByPartOfName()
    {
        const storage::PersonRepository repository(m_store->database(), test::clock());
        qint64 matches = 0;
        const int count = std::max(5, bench::iterations() / 20); // a scan of the names each: fewer calls
        const auto ours = bench::sample(count, [&](int i) {
            const auto persons = repository.searchByName(pick(m_nameParts, i), services::PersonLookup::maxMatches);
            matches += persons.ok() ? persons->size() : 0;
        });
        QVERIFY(matches > 0);

        const bench::RawDatabase raw(m_path);
        bench::RawStatement statement(raw,
                                      "SELECT id, citizen_id, name, sex, birth_date, retirement_group, region, first_work_date,"
                                      " deemed_months, account_opening_fen, account_opening_month, phone"
                                      " FROM insured_person WHERE name LIKE ? ESCAPE '\\' ORDER BY name, citizen_id LIMIT 50");
        qint64 rows = 0;
        const auto baseline = bench::sample(count, [&](int i) {
            statement.bindText(1, (QLatin1Char('%') + pick(m_nameParts, i) + QLatin1Char('%')).toUtf8());
            rows += statement.readAll();
        });
        QVERIFY(rows > 0);
        bench::report("look-up by part of a name", ours, baseline);
    }

    void historyAndBreakdown()
    {
        const std::atomic_bool never {false};
        int computed = 0;
        const int count = std::max(5, bench::iterations() / 4);
        const auto ours = bench::sample(count, [&](int i) {
            services::PersonLookup::Request request;
            request.query = pick(m_citizenIds, i);
            const auto outcome = services::PersonLookup::run(m_store->database(), request, m_parameters, test::clock(), never);
            computed += outcome.kind == services::LookupOutcome::Kind::Person && outcome.person && outcome.person->history ? 1 : 0;
        });
        QVERIFY(computed > 0);

        // Raw: the same rows read (the person by ID, then the records with their employers' ids),
        // nothing computed.
        const bench::RawDatabase raw(m_path);
        bench::RawStatement person(raw,
                                   "SELECT id, citizen_id, name, sex, birth_date, retirement_group, region, first_work_date,"
                                   " deemed_months, account_opening_fen, account_opening_month, phone"
                                   " FROM insured_person WHERE citizen_id = ?");
        bench::RawStatement records(raw,
                                    "SELECT c.month, c.base_fen, c.employer_fen, c.personal_fen, c.kind, e.id, c.region"
                                    " FROM contribution_record c LEFT JOIN employer e ON e.key = c.employer_key"
                                    " WHERE c.person_key = (SELECT key FROM insured_person WHERE citizen_id = ?)"
                                    " ORDER BY c.month, c.kind");
        qint64 rows = 0;
        const auto baseline = bench::sample(count, [&](int i) {
            const QByteArray id = pick(m_citizenIds, i).toUtf8();
            person.bindText(1, id);
            rows += person.readAll();
            records.bindText(1, id);
            rows += records.readAll();
        });
        QVERIFY(rows > 0);
        bench::report("history + breakdown", ours, baseline);
        std::printf("MEMORY resident %.1f MB after the look-ups\n", double(bench::residentBytes()) / 1048576.0);
    }
};

QTEST_GUILESS_MAIN(BenchLookup)
#include "benchlookup.moc"
