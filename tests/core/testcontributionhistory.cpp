// ContributionHistory: per-year summary, the account convention, and gaps.

#include "history/contributionhistory.h"
#include "pension/historycasebuilder.h"
#include "pension/pensioncalculator.h"
#include "policy/parameterset.h"

#include "testsupport.h"

#include <QTest>

using namespace tongban;
using insured::ContributionKind;
using insured::ContributionRecord;

namespace {

QList<ContributionRecord> months(YearMonth from, YearMonth to, Money base, ContributionKind kind = ContributionKind::Employee)
{
    return test::monthlyRecords(from, to, base, kind);
}

insured::InsuredPerson person()
{
    insured::InsuredPerson p;
    p.id = QStringLiteral("p1");
    p.region = QStringLiteral("110105");
    p.birthDate = QDate(1964, 3, 15);
    p.retirementGroup = insured::RetirementGroup::Male;
    return p;
}

} // namespace

class TestContributionHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_parameters = test::shippedParameters(); }

    void yearSummaryAndIndex()
    {
        // 2023: twelve months at 11297 = exactly the 2022 statistic-year average → index 1.
        const auto h = history::ContributionHistory::build(
            person(), months(YearMonth(2023, 1), YearMonth(2023, 12), Money::fromFen(1129700)), *m_parameters, YearMonth(2023, 12));
        QVERIFY(h.ok());
        QCOMPARE(h->years().size(), 1);
        const auto &y = h->years().first();
        QCOMPARE(y.monthsPaid, 12);
        QCOMPARE(*y.index, Rational(1));
        QCOMPARE(y.gapMonths, 0);
        QCOMPARE(*h->averageIndex(), Rational(1));
    }

    void accountConventionOneYear()
    {
        // 2024, base 10000 each month → credit 800 a month (8%), rate 2.62 %.
        // Interest = Σ 800 × 0.0262 × (12 − m)/12 for m = 1..12 = 800 × 0.0262 × 66/12 = 115.28.
        const auto h = history::ContributionHistory::build(
            person(), months(YearMonth(2024, 1), YearMonth(2024, 12), Money::fromFen(1000000)), *m_parameters, YearMonth(2024, 12));
        QVERIFY(h.ok());
        const auto &y = h->years().first();
        QCOMPARE(y.accountCredited, Money::fromFen(960000));
        QCOMPARE(y.interest, Money::fromFen(11528));
        QCOMPARE(h->totals().accountBalance, Money::fromFen(971528));
    }

    void openingBalanceEarnsTheFullYear()
    {
        auto p = person();
        p.accountOpeningBalance = Money::fromFen(10000000); // 100000.00 at the end of 2023
        p.accountOpeningMonth = YearMonth(2023, 12);
        const auto h = history::ContributionHistory::build(p, months(YearMonth(2024, 1), YearMonth(2024, 1), Money::fromFen(1000000)),
                                                           *m_parameters, YearMonth(2024, 12));
        QVERIFY(h.ok());
        // 100000 × 2.62 % = 2620.00; the January credit 800 earns 800 × 0.0262 × 11/12 = 19.21.
        QCOMPARE(h->totals().accountBalance, Money::fromFen(10000000 + 80000 + 262000 + 1921));
    }

    void unpublishedRateIsReportedNotGuessed()
    {
        const auto h = history::ContributionHistory::build(
            person(), months(YearMonth(2025, 1), YearMonth(2025, 6), Money::fromFen(1000000)), *m_parameters, YearMonth(2025, 6));
        QVERIFY(h.ok());
        QCOMPARE(h->years().first().interest, Money());
        QVERIFY(h->totals().missingFigures.join(u' ').contains(u"2025"));
    }

    void gapsAndFlexibleYears()
    {
        auto records = months(YearMonth(2010, 1), YearMonth(2010, 3), Money::fromFen(500000));
        records << months(YearMonth(2010, 7), YearMonth(2010, 12), Money::fromFen(300000), ContributionKind::Flexible);
        const auto h = history::ContributionHistory::build(person(), records, *m_parameters, YearMonth(2010, 12));
        QVERIFY(h.ok());
        const auto &y = h->years().first();
        QCOMPARE(y.monthsPaid, 9);
        QCOMPARE(y.gapMonths, 3);
        QCOMPARE(y.kinds, (QList<ContributionKind> {ContributionKind::Employee, ContributionKind::Flexible}));
        QCOMPARE(h->totals().actualMonths, 9);
    }

    void duplicateMonthIsRefused()
    {
        auto records = months(YearMonth(2010, 1), YearMonth(2010, 2), Money::fromFen(500000));
        records << records.first();
        const auto h = history::ContributionHistory::build(person(), records, *m_parameters, YearMonth(2010, 12));
        QVERIFY(!h.ok());
        QCOMPARE(h.error().field, QStringLiteral("records[2010-01]"));
    }

    void pensionFromHistoryIncludesBeijingPeriodPart()
    {
        auto p = person();
        p.deemedMonths = 100;
        // Every year paid at exactly that year's average wage: index 1.
        const auto *beijing = *m_parameters->region(QStringLiteral("110000"));
        QList<ContributionRecord> records;
        for (YearMonth m(1992, 10); m <= YearMonth(2024, 2); m = m.addMonths(1))
            records << months(m, m, Money::fromYuan(beijing->averageWageFor(m.year())->value, RoundingMode::HalfUp));
        const auto built = pension::HistoryCaseBuilder::build(p, records, *m_parameters, std::nullopt, YearMonth(2026, 11), std::nullopt);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
        QCOMPARE(built->pensionCase.retirement->toString(), QStringLiteral("2024-03"));
        QCOMPARE(built->pensionCase.actualMonths, 377);
        QVERIFY(built->pensionCase.transitional.has_value());
        QCOMPARE(built->pensionCase.transitional->parts.size(), 2); // G同 and G实 1992-10…1998-06
        QCOMPARE(built->pensionCase.transitional->parts.at(1).months, 69);
        const auto result = pension::PensionCalculator(m_parameters).calculate(built->pensionCase);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().field + u' ' + result.error().message));
        QCOMPARE(built->pensionCase.averageIndex, Rational(1));
        QCOMPARE(result->calculationBase, Money::fromFen(1188300));
        // 477 months → 39.75 years; (11883 + 11883) / 2 × 39.75 % = 4723.49
        QCOMPARE(result->basicPension.toPlainString(), QStringLiteral("4723.49"));

        // Issue 16: the part labelled "G实" says in words what it counts, and its formula groups
        // the base by thousands.
        const pension::BreakdownLine *part = nullptr;
        for (const pension::BreakdownLine &line : result->lines) {
            if (line.key == u"transitional_pension.part2")
                part = &line;
        }
        QVERIFY(part);
        QVERIFY2(part->label.contains(u"G实"), qPrintable(part->label));
        QVERIFY2(part->explanation.contains(u"1992-10") && part->explanation.contains(u"1998-06")
                     && part->explanation.contains(u"actually paid") && part->explanation.contains(u"own average contribution index"),
                 qPrintable(part->explanation));
        QVERIFY2(part->formula.startsWith(u"11,883.00 × "), qPrintable(part->formula));
    }

    // The balance attributed to the years that built it adds up to the balance itself, up to
    // the yearly rounding of interest to the fen (at most half a fen per year).
    void yearValuesAddUpToTheBalance()
    {
        auto p = person();
        p.accountOpeningBalance = Money::fromFen(5000000);
        p.accountOpeningMonth = YearMonth(2015, 12);
        QList<ContributionRecord> records = months(YearMonth(2016, 1), YearMonth(2019, 12), Money::fromFen(800000));
        records << months(YearMonth(2020, 3), YearMonth(2024, 12), Money::fromFen(1234567));
        const auto h = history::ContributionHistory::build(p, records, *m_parameters, YearMonth(2024, 12));
        QVERIFY(h.ok());
        Rational sum = h->totals().openingValueAtAsOf;
        int years = 0;
        for (const auto &y : h->years()) {
            sum += y.creditsValueAtAsOf;
            years += y.reconstructed ? 1 : 0;
        }
        QCOMPARE(years, 9);
        const Rational gap = sum - h->totals().accountBalance.yuan();
        QVERIFY2(!(gap > Rational(years, 200)) && !(gap < Rational(-years, 200)), qPrintable(gap.toShortString(6)));
        // The opening balance alone grows by every year's rate: 50000 × Π(1 + r) over 2016–2024.
        // 50000 × 1.0831 × 1.0712 × 1.0829 × 1.0761 × 1.0604 × 1.0669 × 1.0612 × 1.0397 × 1.0262
        // = 86592.6118… (Python Decimal)
        QCOMPARE(h->totals().openingValueAtAsOf.rounded(2, RoundingMode::HalfUp), *Rational::fromDecimalString(u"86592.61"));
    }

    // A projection fills unpublished figures with stated assumptions; without them the same
    // years are missing figures.
    void assumptionsFillUnpublishedYears()
    {
        const auto records = months(YearMonth(2026, 1), YearMonth(2027, 12), Money::fromFen(1000000));
        const auto plain = history::ContributionHistory::build(person(), records, *m_parameters, YearMonth(2027, 12));
        QVERIFY(plain.ok());
        QVERIFY(!plain->averageIndex().ok());
        QVERIFY(plain->totals().assumptions.isEmpty());
        QVERIFY(!plain->totals().missingFigures.isEmpty());

        history::HistoryAssumptions assume;
        assume.creditingRate = Rational(2, 100);
        assume.holdLatestAverageWage = true;
        const auto projected = history::ContributionHistory::build(person(), records, *m_parameters, YearMonth(2027, 12), assume);
        QVERIFY(projected.ok());
        QVERIFY(projected->averageIndex().ok());
        QVERIFY(projected->years().at(1).assumedRate);
        QVERIFY(projected->years().at(1).assumedWage);
        QCOMPARE(projected->totals().assumptions.size(), 2); // wage and rate, each for 2026–2027
        QVERIFY2(projected->totals().assumptions.join(u' ').contains(u"2026–2027"), qPrintable(projected->totals().assumptions.join(u' ')));
        // 2026: 12 × 800 credited, interest 800 × 2 % × 66/12 = 88.00; 2027: 9688 × 2 % = 193.76
        // on the carried balance, + 88.00 on the new credits.
        QCOMPARE(projected->years().at(0).interest, Money::fromFen(8800));
        QCOMPARE(projected->years().at(1).interest, Money::fromFen(19376 + 8800));
        const Rational latest = (*m_parameters->region(QStringLiteral("110000")))->averageWages.last().value;
        QCOMPARE(*projected->years().at(1).index, (Rational(10000) / latest).rounded(4, RoundingMode::HalfUp));
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

QTEST_GUILESS_MAIN(TestContributionHistory)
#include "testcontributionhistory.moc"
