// Benchmarks of the calculations a clerk waits for: one pension breakdown, and a 40-year history
// with its account reconstruction. Figures are printed; nothing here passes or fails on time.

#include "history/contributionhistory.h"
#include "pension/historycasebuilder.h"
#include "pension/pensioncalculator.h"
#include "policy/parameterset.h"

#include <QTest>

using namespace tongban;

class BenchPension : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto p = policy::ParameterSet::loadBuiltIn();
        QVERIFY(p.ok());
        m_parameters = *p;
        m_person.id = QStringLiteral("bench");
        m_person.region = QStringLiteral("110105");
        m_person.birthDate = QDate(1964, 3, 1);
        m_person.deemedMonths = 99;
        const auto *beijing = *m_parameters->region(QStringLiteral("110000"));
        for (YearMonth m(1992, 10); m <= YearMonth(2024, 2); m = m.addMonths(1)) {
            const Money base = Money::fromYuan(beijing->averageWageFor(m.year())->value * Rational(11, 10), RoundingMode::HalfUp);
            m_records << insured::ContributionRecord{m, base, Money(), Money(), insured::ContributionKind::Employee, QString(), m_person.region};
        }
    }

    void loadParameters()
    {
        QBENCHMARK {
            auto p = policy::ParameterSet::loadBuiltIn();
            QVERIFY(p.ok());
        }
    }

    void historyOf377Months()
    {
        QBENCHMARK {
            auto h = history::ContributionHistory::build(m_person, m_records, *m_parameters, YearMonth(2024, 2));
            QVERIFY(h.ok());
        }
    }

    void breakdownFromHistory()
    {
        const pension::PensionCalculator calculator(m_parameters);
        QBENCHMARK {
            auto c = pension::HistoryCaseBuilder::build(m_person, m_records, *m_parameters, std::nullopt, YearMonth(2026, 11), std::nullopt);
            QVERIFY(c.ok());
            auto r = calculator.calculate(c->pensionCase);
            QVERIFY(r.ok());
        }
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    insured::InsuredPerson m_person;
    QList<insured::ContributionRecord> m_records;
};

QTEST_GUILESS_MAIN(BenchPension)
#include "benchpension.moc"
