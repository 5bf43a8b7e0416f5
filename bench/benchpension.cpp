// Benchmarks of the calculations a clerk waits for: one pension breakdown, a 40-year history
// with its account reconstruction, a projection to a future retirement and the comparison of
// two careers. Figures are printed; nothing here passes or fails on time.

#include "history/contributionhistory.h"
#include "pension/accountprojection.h"
#include "pension/historycasebuilder.h"
#include "pension/pensioncalculator.h"
#include "pension/pensioncomparison.h"
#include "policy/parameterset.h"

#include "testsupport.h"

#include <QTest>

using namespace tongban;

class BenchPension : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_parameters = test::shippedParameters();
        m_person.id = QStringLiteral("bench");
        m_person.region = QStringLiteral("110105");
        m_person.birthDate = QDate(1964, 3, 1);
        m_person.deemedMonths = 99;
        const auto *beijing = *m_parameters->region(QStringLiteral("110000"));
        for (YearMonth m(1992, 10); m <= YearMonth(2024, 2); m = m.addMonths(1)) {
            const Money base = Money::fromYuan(beijing->averageWageFor(m.year())->value * Rational(11, 10), RoundingMode::HalfUp);
            m_records << insured::ContributionRecord {m,         base,           Money(), Money(), insured::ContributionKind::Employee,
                                                      QString(), m_person.region};
        }
    }

    void loadParameters()
    {
        QBENCHMARK
        {
            auto p = policy::ParameterSet::loadBuiltIn();
            QVERIFY(p.ok());
        }
    }

    void historyOf377Months()
    {
        QBENCHMARK
        {
            auto h = history::ContributionHistory::build(m_person, m_records, *m_parameters, YearMonth(2024, 2));
            QVERIFY(h.ok());
        }
    }

    void breakdownFromHistory()
    {
        const pension::PensionCalculator calculator(m_parameters);
        QBENCHMARK
        {
            auto c
                = pension::HistoryCaseBuilder::build(m_person, m_records, *m_parameters, std::nullopt, YearMonth(2026, 11), std::nullopt);
            QVERIFY(c.ok());
            auto r = calculator.calculate(c->pensionCase);
            QVERIFY(r.ok());
        }
    }

    void projectionOf84Months()
    {
        pension::ProjectionRequest request;
        request.base = Money::fromFen(1000000);
        request.retirement = YearMonth(2031, 3);
        request.today = YearMonth(2024, 3);
        QBENCHMARK
        {
            auto p = pension::AccountProjection::project(m_person, m_records, m_parameters, request);
            QVERIFY(p.ok());
        }
    }

    // Two 377-month careers, one with seven years at the floor: cases, results and causes.
    void comparisonOfTwoCareers()
    {
        QList<insured::ContributionRecord> other = m_records;
        for (insured::ContributionRecord &r : other) {
            if (r.month.year() >= 2003 && r.month.year() <= 2009) {
                r.kind = insured::ContributionKind::Flexible;
                r.base = Money::fromYuan(r.base.yuan() * Rational(6, 11), RoundingMode::HalfUp);
            }
        }
        const pension::PensionCalculator calculator(m_parameters);
        auto side = [&](const QList<insured::ContributionRecord> &records) {
            auto c = pension::HistoryCaseBuilder::build(m_person, records, *m_parameters, std::nullopt, YearMonth(2026, 11), std::nullopt);
            auto r = calculator.calculate(c->pensionCase);
            return pension::ComparisonSide {QStringLiteral("x"), c->pensionCase, *r, c->history};
        };
        QBENCHMARK
        {
            const auto c = pension::PensionComparer::compare(side(m_records), side(other));
            QVERIFY(!c.causes.isEmpty());
        }
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    insured::InsuredPerson m_person;
    QList<insured::ContributionRecord> m_records;
};

QTEST_GUILESS_MAIN(BenchPension)
#include "benchpension.moc"
