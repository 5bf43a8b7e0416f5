// The back office's retirement screening (screening::RetirementScreening, issue 14): every person
// of a demo file whose statutory month falls in the window, checked against the rule and the
// records person by person; the fixed cast; a person short of the minimum period; cancel; bad
// windows.

#include "demo/demogenerator.h"
#include "identity/citizenid.h"
#include "retirement/retirementrule.h"
#include "screening/retirementscreening.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using screening::RetirementScreening;

class TestRetirementScreening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    std::unique_ptr<storage::LocalStore> m_store;
    const std::atomic_bool m_never {false};

    static constexpr auto kShortId = "110105196601010010"; // made below: 24 months paid, no deemed service

private slots:
    void initTestCase()
    {
        m_parameters = test::shippedParameters();
        const QString path = m_dir.filePath(QStringLiteral("screening.sqlite"));
        QVERIFY(demo::DemoGenerator(m_parameters, 5).writeNewFile(path, 400).ok());
        auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        m_store = std::move(store).value();

        // A man born 1966-01 (statutory 2026-05 at 60 years 4 months, 180 months needed) with
        // two years of records.
        insured::InsuredPerson p;
        p.id = QStringLiteral("5c1e0000-0000-4000-8000-000000000001");
        p.citizenId = QString::fromLatin1(kShortId);
        QCOMPARE(identity::CitizenId::make(QStringLiteral("110105"), QDate(1966, 1, 1), 1), p.citizenId);
        p.name = QStringLiteral("缴费短");
        p.birthDate = QDate(1966, 1, 1);
        p.region = QStringLiteral("110105");
        storage::PersonRepository repository(m_store->database(), test::clock());
        QVERIFY(repository.upsertPersons({p}).ok());
        QList<insured::ContributionRecord> records;
        for (YearMonth m(2020, 1); m <= YearMonth(2021, 12); m = m.addMonths(1))
            records << insured::ContributionRecord {
                m, Money::fromFen(500000), Money(), Money::fromFen(100000), insured::ContributionKind::Flexible, QString(), p.region};
        QVERIFY(repository.insertContributionRecords(p.id, records).ok());
    }

    /// Every person due, and no one else, with the months the records hold, computed here person
    /// by person from the rule and the repository.
    void matchesTheRulePersonByPerson()
    {
        const YearMonth from(2024, 1), to(2027, 12);
        const auto result = RetirementScreening::run(m_store->database(), from, to, *m_parameters, m_never);
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QVERIFY(!result->cancelled);
        QCOMPARE(result->screened, result->personsTotal);

        const storage::PersonRepository repository(m_store->database(), test::clock());
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT citizen_id FROM insured_person")));
        QMap<QString, int> expected; // citizen ID → contribution months, of the persons due
        qint64 persons = 0;
        while (q.next()) {
            ++persons;
            const auto person = repository.findByCitizenId(q.value(0).toString());
            QVERIFY(person.ok() && person->has_value());
            const insured::InsuredPerson &p = **person;
            const auto rule = retirement::RetirementRule::statutory(YearMonth::fromDate(p.birthDate), p.retirementGroup, *m_parameters);
            QVERIFY(rule.ok());
            if (rule->statutoryRetirement < from || to < rule->statutoryRetirement)
                continue;
            QSet<int> months;
            const auto records = repository.loadContributionRecords(p.id);
            QVERIFY(records.ok());
            for (const insured::ContributionRecord &r : *records)
                if (r.month < rule->statutoryRetirement)
                    months.insert(r.month.ordinal());
            expected.insert(p.citizenId, p.deemedMonths + int(months.size()));
        }
        QCOMPARE(result->personsTotal, persons);
        QVERIFY(expected.size() > 10);
        QCOMPARE(result->due.size(), expected.size());
        for (int i = 0; i < result->due.size(); ++i) {
            const screening::RetirementDue &due = result->due.at(i);
            QVERIFY2(expected.contains(due.citizenId), qPrintable(due.citizenId));
            QCOMPARE(due.contributionMonths, expected.value(due.citizenId));
            QCOMPARE(due.shortMonths, std::max(0, due.statutory.minimumContributionMonths - due.contributionMonths));
            if (i > 0) { // ordered by month, then ID number
                const auto &before = result->due.at(i - 1);
                QVERIFY(before.statutory.statutoryRetirement < due.statutory.statutoryRetirement
                        || (before.statutory.statutoryRetirement == due.statutory.statutoryRetirement && before.citizenId < due.citizenId));
            }
        }
    }

    void theColleaguesRetireIn2024March()
    {
        const auto result = RetirementScreening::run(m_store->database(), YearMonth(2024, 3), YearMonth(2024, 3), *m_parameters, m_never);
        QVERIFY(result.ok());
        QStringList ids;
        for (const auto &due : result->due) {
            ids << due.citizenId;
            if (due.citizenId == demo::DemoGenerator::colleagueLiCitizenId()) {
                // 99 deemed months (1984-07…1992-09) + records 1992-10…2024-02 (377 months).
                QCOMPARE(due.contributionMonths, 99 + 377);
                QCOMPARE(due.shortMonths, 0);
                QCOMPARE(due.name, demo::DemoGenerator::colleagueLiName());
            }
        }
        QVERIFY(ids.contains(demo::DemoGenerator::colleagueLiCitizenId()));
        QVERIFY(ids.contains(demo::DemoGenerator::colleagueWangCitizenId()));
    }

    void aPersonShortOfTheMinimumIsFlagged()
    {
        const auto result = RetirementScreening::run(m_store->database(), YearMonth(2026, 5), YearMonth(2026, 5), *m_parameters, m_never);
        QVERIFY(result.ok());
        const auto found = std::find_if(result->due.cbegin(), result->due.cend(),
                                        [](const screening::RetirementDue &d) { return d.citizenId == QLatin1String(kShortId); });
        QVERIFY(found != result->due.cend());
        QCOMPARE(found->statutory.statutoryRetirement, YearMonth(2026, 5));
        QCOMPARE(found->statutory.minimumContributionMonths, 180);
        QCOMPARE(found->contributionMonths, 24);
        QCOMPARE(found->shortMonths, 156);
        QVERIFY(result->shortCount() >= 1);
    }

    void cancelStopsAndSaysSo()
    {
        const std::atomic_bool cancelled {true};
        const auto result
            = RetirementScreening::run(m_store->database(), YearMonth(2024, 1), YearMonth(2030, 12), *m_parameters, cancelled);
        QVERIFY(result.ok());
        QVERIFY(result->cancelled);
        QCOMPARE(result->screened, 0);
        QVERIFY(result->due.isEmpty());
    }

    void badWindowsAreNamed()
    {
        const auto backwards
            = RetirementScreening::run(m_store->database(), YearMonth(2026, 5), YearMonth(2026, 4), *m_parameters, m_never);
        QVERIFY(!backwards.ok());
        QCOMPARE(backwards.error().field, QStringLiteral("to"));
        const auto invalid = RetirementScreening::run(m_store->database(), YearMonth(), YearMonth(2026, 4), *m_parameters, m_never);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().field, QStringLiteral("from"));
    }
};

QTEST_GUILESS_MAIN(TestRetirementScreening)
#include "testretirementscreening.moc"
