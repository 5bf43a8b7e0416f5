// AccountProjection: "if you keep paying at base X until retirement" — the projected months,
// the account they build under the stated convention, and every assumption read out.

#include "pension/accountprojection.h"
#include "policy/parameterset.h"

#include "testsupport.h"

#include <QTest>

using namespace tongban;
using insured::ContributionKind;
using insured::ContributionRecord;

namespace {

insured::InsuredPerson person(QDate birth)
{
    insured::InsuredPerson p;
    p.id = QStringLiteral("p1");
    p.region = QStringLiteral("110105");
    p.birthDate = birth;
    p.retirementGroup = insured::RetirementGroup::Male;
    return p;
}

QList<ContributionRecord> months(YearMonth from, YearMonth to, Money base)
{
    return test::monthlyRecords(from, to, base, ContributionKind::Employee, QStringLiteral("e1"));
}

} // namespace

class TestAccountProjection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_parameters = test::shippedParameters(); }

    // Nothing recorded; 24 months at 10000 with an assumed 2 % rate, computed by hand:
    // 2026: credits 12 × 800 = 9600.00, interest 800 × 0.02 × (11 + 10 + … + 0)/12 = 88.00 → 9688.00
    // 2027: 9688.00 × 0.02 = 193.76 on the carried balance + 88.00 → 9688.00 + 9600.00 + 281.76 = 19569.76
    // Pension from 2028-01 at 60 y 1 m: 139 − (139 − 132) × 1/12 = 138.4167 → 138.4; 19569.76 / 138.4 = 141.40
    void accountBuiltFromTheProjectedMonths()
    {
        pension::ProjectionRequest request;
        request.base = Money::fromFen(1000000);
        request.retirement = YearMonth(2028, 1);
        request.today = YearMonth(2026, 1);
        request.creditingRate = Rational(2, 100);
        const auto p = pension::AccountProjection::project(person(QDate(1967, 12, 5)), {}, m_parameters, request);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().field + u": " + p.error().message));
        QCOMPARE(p->projectedMonths, 24);
        QCOMPARE(p->firstProjectedMonth, YearMonth(2026, 1));
        QCOMPARE(p->lastProjectedMonth, YearMonth(2027, 12));
        QCOMPARE(p->projectedCredits, Money::fromFen(1920000));
        QCOMPARE(p->historyCase.pensionCase.accountBalance, Money::fromFen(1956976));
        QCOMPARE(p->result.payoutMonths, *Rational::fromDecimalString(u"138.4"));
        QCOMPARE(p->result.individualAccountPension, Money::fromFen(14140));

        // The calculation base of 2028 is not published: the latest one is assumed and said so.
        const auto latest = (*m_parameters->region(QStringLiteral("110000")))->calculationBases.last();
        QCOMPARE(p->result.calculationBase, Money::fromYuan(latest.figure.value, RoundingMode::HalfUp));
        const QString all = p->assumptions.join(u'\n');
        QVERIFY2(all.contains(u"2026-01") && all.contains(u"2027-12") && all.contains(u"24"), qPrintable(all));
        QVERIFY2(all.contains(u"2%"), qPrintable(all));
        QVERIFY2(all.contains(p->result.calculationBase.toDisplayString()), qPrintable(all));
        // No wage growth is assumed: the projected years' index is the base over the latest wage.
        const Rational wage = (*m_parameters->region(QStringLiteral("110000")))->averageWages.last().value;
        QCOMPARE(p->historyCase.pensionCase.averageIndex, (Rational(10000) / wage).rounded(4, RoundingMode::HalfUp));
    }

    // A career on record continues from the month after the last record; the default rate is
    // the latest published one and the pension starts at the statutory month.
    void continuesTheRecordedCareer()
    {
        const auto records = months(YearMonth(2010, 1), YearMonth(2026, 10), Money::fromFen(1000000));
        pension::ProjectionRequest request;
        request.base = Money::fromFen(800000);
        request.today = YearMonth(2026, 11);
        const auto p = pension::AccountProjection::project(person(QDate(1970, 1, 20)), records, m_parameters, request);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().field + u": " + p.error().message));
        QCOMPARE(p->result.retirement, YearMonth(2031, 5)); // men born 1970-01: 61 y 4 m
        QCOMPARE(p->firstProjectedMonth, YearMonth(2026, 11));
        QCOMPARE(p->projectedMonths, 54);
        QCOMPARE(p->projectedCredits, Money::fromFen(54 * 64000));
        QCOMPARE(p->historyCase.pensionCase.actualMonths, 202 + 54);
        const QString all = p->assumptions.join(u'\n');
        // The latest published crediting rate (2.62 %, 2024) and average wage (Beijing's 2025
        // figure, 12116 a month) carry the projected years.
        QVERIFY2(all.contains(u"2.62%") && all.contains(u"12116") && all.contains(u"2025"), qPrintable(all));
        QVERIFY2(all.contains(u"2031-05"), qPrintable(all));

        // Paying more builds a larger account and a larger pension.
        request.base = Money::fromFen(1600000);
        const auto higher = pension::AccountProjection::project(person(QDate(1970, 1, 20)), records, m_parameters, request);
        QVERIFY(higher.ok());
        QVERIFY(higher->historyCase.pensionCase.accountBalance > p->historyCase.pensionCase.accountBalance);
        QVERIFY(higher->result.total > p->result.total);
    }

    void badRequestsNameTheField_data()
    {
        QTest::addColumn<qint64>("baseFen");
        QTest::addColumn<QString>("retirement");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("field");
        QTest::newRow("no base") << qint64(0) << "2030-01"
                                 << ""
                                 << "base";
        QTest::newRow("below the floor") << qint64(100000) << "2030-01"
                                         << ""
                                         << "base";
        QTest::newRow("above the ceiling") << qint64(5000000) << "2030-01"
                                           << ""
                                           << "base";
        QTest::newRow("already retired") << qint64(800000) << "2026-11"
                                         << ""
                                         << "retirement";
        QTest::newRow("rate out of range") << qint64(800000) << "2030-01"
                                           << "0.5"
                                           << "crediting_rate";
        QTest::newRow("before the last record") << qint64(800000) << "2026-12"
                                                << ""
                                                << "retirement";
    }
    void badRequestsNameTheField()
    {
        QFETCH(qint64, baseFen);
        QFETCH(QString, retirement);
        QFETCH(QString, rate);
        QFETCH(QString, field);
        pension::ProjectionRequest request;
        request.base = Money::fromFen(baseFen);
        request.retirement = YearMonth::parse(retirement);
        request.today = YearMonth(2026, 11);
        if (!rate.isEmpty())
            request.creditingRate = Rational::fromDecimalString(rate);
        const auto records = months(YearMonth(2020, 1), YearMonth(2027, 3), Money::fromFen(1000000));
        const auto p = pension::AccountProjection::project(person(QDate(1970, 1, 20)), records, m_parameters, request);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().field, field);
        QVERIFY(!p.error().message.isEmpty());
    }

private:
    std::shared_ptr<const policy::ParameterSet> m_parameters;
};

QTEST_GUILESS_MAIN(TestAccountProjection)
#include "testaccountprojection.moc"
