// PensionComparer: two pensions side by side, and causes that add up to the difference —
// exactly, component by component — naming the periods that make it.

#include "demo/demogenerator.h"
#include "pension/historycasebuilder.h"
#include "pension/pensioncalculator.h"
#include "pension/pensioncomparison.h"
#include "policy/parameterset.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tongban;

namespace {

/// Checks the promise of PensionComparer: per component, the causes add up to b − a.
void verifyCausesAddUp(const pension::PensionComparison &c)
{
    Money basic, account, transitional, supplements, total;
    for (const auto &cause : c.causes) {
        basic += cause.basicPension;
        account += cause.individualAccountPension;
        transitional += cause.transitionalPension;
        supplements += cause.supplements;
        total += cause.total();
    }
    QCOMPARE(c.components.size(), 5);
    QCOMPARE(basic, c.components.at(0).difference());
    QCOMPARE(account, c.components.at(1).difference());
    QCOMPARE(transitional, c.components.at(2).difference());
    QCOMPARE(supplements, c.components.at(3).difference());
    QCOMPARE(total, c.difference);
    QCOMPARE(c.components.at(4).difference(), c.difference);
}

const pension::DifferenceCause *cause(const pension::PensionComparison &c, const QString &key)
{
    for (const auto &x : c.causes) {
        if (x.key == key)
            return &x;
    }
    return nullptr;
}

} // namespace

class TestPensionComparison : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_parameters = test::shippedParameters(); }

    pension::ComparisonSide side(const QString &label, pension::PensionCase c)
    {
        const auto result = pension::PensionCalculator(m_parameters).calculate(c);
        if (!result)
            qFatal("%s", qPrintable(result.error().field + u": " + result.error().message));
        return {label, c, *result, std::nullopt};
    }

    // Two bare cases, worked by hand:
    //   a: (10000 + 10000 × 1.0) / 2 × 30 × 1 % = 3000.00; 100000 / 139 = 719.42; total 3719.42
    //   b: (10000 + 10000 × 0.6) / 2 × 30 × 1 % = 2400.00;  80000 / 139 = 575.54; total 2975.54
    //   index: 10000 / 2 × 30 / 100 × (0.6 − 1.0) = −600.00; balance: −20000 / 139 = −143.88
    void bareCasesByHand()
    {
        pension::PensionCase a;
        a.region = QStringLiteral("110000");
        a.retirement = YearMonth(2024, 3);
        a.calculationBase = Money::fromFen(1000000);
        a.averageIndex = Rational(1);
        a.actualMonths = 360;
        a.accountBalance = Money::fromFen(10000000);
        a.payoutMonths = Rational(139);
        pension::PensionCase b = a;
        b.averageIndex = Rational(3, 5);
        b.accountBalance = Money::fromFen(8000000);
        const auto c = pension::PensionComparer::compare(side(QStringLiteral("A"), a), side(QStringLiteral("B"), b));
        QCOMPARE(c.difference, Money::fromFen(297554 - 371942));
        QCOMPARE(cause(c, QStringLiteral("average_index"))->basicPension, Money::fromFen(-60000));
        QCOMPARE(cause(c, QStringLiteral("account_balance"))->individualAccountPension, Money::fromFen(-14388));
        QVERIFY(!cause(c, QStringLiteral("rounding"))); // nothing left over
        QVERIFY(!cause(c, QStringLiteral("calculation_base")));
        verifyCausesAddUp(c);
    }

    // Different bases, years, payout months and a Shanghai total rounded up to 0.1: the causes
    // still add up, the rest shows as rounding.
    void everythingDiffersAndStillAddsUp()
    {
        pension::PensionCase a;
        a.region = QStringLiteral("310000");
        a.birth = YearMonth(1964, 11);
        a.group = insured::RetirementGroup::Male;
        a.retirement = YearMonth(2024, 11);
        a.averageIndex = *Rational::fromDecimalString(u"1.2345");
        a.actualMonths = 333;
        a.deemedMonths = 17;
        a.accountBalance = Money::fromFen(12345678);
        pension::PensionCase b = a;
        b.birth = YearMonth(1965, 2);
        b.retirement = YearMonth(2025, 11);
        b.averageIndex = *Rational::fromDecimalString(u"0.8123");
        b.actualMonths = 401;
        b.deemedMonths = 0;
        b.accountBalance = Money::fromFen(9876543);
        b.supplements << pension::Supplement {QStringLiteral("独生子女补贴"), Money::fromFen(5000)};
        const auto c = pension::PensionComparer::compare(side(QStringLiteral("A"), a), side(QStringLiteral("B"), b));
        QVERIFY(cause(c, QStringLiteral("calculation_base")));
        QVERIFY(cause(c, QStringLiteral("contribution_years")));
        QVERIFY(cause(c, QStringLiteral("payout_months")));
        QVERIFY(cause(c, QStringLiteral("transitional_pension")));
        QCOMPARE(cause(c, QStringLiteral("supplements"))->supplements, Money::fromFen(5000));
        verifyCausesAddUp(c);
        // Rounding is a few fen, not a hidden cause.
        if (const auto *r = cause(c, QStringLiteral("rounding")))
            QVERIFY2(r->total() <= Money::fromFen(20) && r->total() >= Money::fromFen(-20), qPrintable(r->total().toPlainString()));
    }

    // The colleagues of the demo data: same factory, same day, same index — except that 王建国
    // paid 2003–2009 as a flexibly employed person at the minimum base. That period must carry
    // the difference; the years both were employees explain nothing.
    void colleaguesDifferByTheFlexibleYears()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(demo::DemoGenerator(m_parameters, 7).writeNewFile(path, 2).ok());
        auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        storage::PersonRepository repository((*store)->database(), test::clock());
        auto sideOf = [&](const QString &citizenId) {
            const auto person = repository.findByCitizenId(citizenId);
            const auto records = repository.loadContributionRecords((*person)->id);
            const auto built
                = pension::HistoryCaseBuilder::build(**person, *records, *m_parameters, std::nullopt, YearMonth(2026, 11), std::nullopt);
            if (!built)
                qFatal("%s", qPrintable(built.error().message));
            const auto result = pension::PensionCalculator(m_parameters).calculate(built->pensionCase);
            if (!result)
                qFatal("%s", qPrintable(result.error().message));
            return pension::ComparisonSide {(*person)->name, built->pensionCase, *result, built->history};
        };
        const auto li = sideOf(demo::DemoGenerator::colleagueLiCitizenId());
        const auto wang = sideOf(demo::DemoGenerator::colleagueWangCitizenId());
        const auto c = pension::PensionComparer::compare(li, wang);
        verifyCausesAddUp(c);
        QVERIFY(c.difference < Money());

        const auto *flexible = cause(c, QStringLiteral("period.2003-2009"));
        QVERIFY(flexible);
        QCOMPARE(*flexible->from, YearMonth(2003, 1));
        QCOMPARE(*flexible->to, YearMonth(2009, 12));
        QVERIFY(flexible->basicPension < Money());
        QVERIFY(flexible->individualAccountPension < Money());
        QVERIFY2(flexible->explanation.contains(u"0.60") && flexible->explanation.contains(u"1.10"), qPrintable(flexible->explanation));
        // It explains all of it but rounding: the sheets round each average index to 4 decimals,
        // which moves the basic pension by up to C/2 × N × 1 % × 0.0001 per side
        // (11883 / 2 × 39.67 % × 0.0002 = 0.47 for both sides together).
        QCOMPARE(flexible->individualAccountPension, c.components.at(1).difference());
        const Money rest = c.difference - flexible->total();
        QVERIFY2(rest <= Money::fromFen(47) && rest >= Money::fromFen(-47), qPrintable(rest.toPlainString()));
        // Each figure shown side by side has its difference, b − a with its sign.
        const auto figure = [&c](const char *key) {
            for (const pension::ComparedFigure &f : c.figures) {
                if (f.key == QLatin1String(key))
                    return f;
            }
            return pension::ComparedFigure {};
        };
        QCOMPARE(figure("retirement").difference, QStringLiteral("0"));
        QCOMPARE(figure("calculation_base").difference, QStringLiteral("0.00"));
        QCOMPARE(figure("actual_months").difference, QStringLiteral("0 / 0"));
        QCOMPARE(figure("average_index").difference,
                 QStringLiteral("\u2212")
                     + (Rational::fromDecimalString(figure("average_index").a).value()
                        - Rational::fromDecimalString(figure("average_index").b).value())
                           .toString(4));
        QCOMPARE(figure("account_balance").difference,
                 QStringLiteral("\u2212") + (li.pensionCase.accountBalance - wang.pensionCase.accountBalance).toDisplayString());
        for (const pension::ComparedFigure &f : c.figures)
            QVERIFY2(!f.difference.isEmpty(), qPrintable(f.key));
        // Paid the same way, the periods before and after explain nothing.
        for (const auto &x : c.causes) {
            if (x.key.startsWith(u"period.") && x.key != u"period.2003-2009")
                QVERIFY2(x.basicPension.isZero() && x.individualAccountPension.isZero(),
                         qPrintable(x.key + u' ' + x.total().toPlainString()));
        }
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

QTEST_GUILESS_MAIN(TestPensionComparison)
#include "testpensioncomparison.moc"
