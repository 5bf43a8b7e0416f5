// Tests of tongban::unemployment::ClaimEvaluator against the shipped rules
// (resources/parameters/unemployment/unemployment.json): 失业保险条例 (1999) Art. 14, 15, 17, 18;
// 社会保险法 Art. 45, 46, 50, 51.

#include "unemployment/claimevaluator.h"
#include "unemployment/claimnotice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using unemployment::ClaimAssessment;
using unemployment::ClaimEvaluator;
using unemployment::ClaimInput;
using unemployment::UnemploymentRules;

namespace {

std::shared_ptr<const UnemploymentRules> shippedRules()
{
    auto rules = UnemploymentRules::loadBuiltIn();
    if (!rules)
        qFatal("the shipped unemployment rules do not load: %s: %s", qPrintable(rules.error().field), qPrintable(rules.error().message));
    return *rules;
}

/// An involuntary, registered claim in 长沙 urban districts (1530 CNY per month) on 2026-03-10.
ClaimInput claim(int monthsPaid, int carried = 0)
{
    ClaimInput c;
    c.region = QStringLiteral("430102");
    c.claimDate = QDate(2026, 3, 10);
    c.monthsPaid = monthsPaid;
    c.carriedMonths = carried;
    c.jobLossReason = QStringLiteral("contract-expired");
    c.registered = true;
    return c;
}

const unemployment::ConditionCheck *condition(const ClaimAssessment &a, const QString &key)
{
    for (const auto &c : a.conditions) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestUnemployment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_evaluator = std::make_unique<ClaimEvaluator>(shippedRules()); }

    // 条例 Art. 17 / 社会保险法 Art. 46: 1 to under 5 years → 12, 5 to under 10 → 18, 10+ → 24.
    void entitlementFromYearsPaid_data()
    {
        QTest::addColumn<int>("monthsPaid");
        QTest::addColumn<bool>("eligible");
        QTest::addColumn<int>("months");
        QTest::newRow("0.9 years (11 months): below one year") << 11 << false << 0;
        QTest::newRow("1 year (12 months)") << 12 << true << 12;
        QTest::newRow("4.99 years (59 months)") << 59 << true << 12;
        QTest::newRow("5 years (60 months)") << 60 << true << 18;
        QTest::newRow("9.99 years (119 months)") << 119 << true << 18;
        QTest::newRow("10 years (120 months)") << 120 << true << 24;
        QTest::newRow("30 years (360 months)") << 360 << true << 24;
    }
    void entitlementFromYearsPaid()
    {
        QFETCH(int, monthsPaid);
        QFETCH(bool, eligible);
        QFETCH(int, months);
        const auto a = m_evaluator->evaluate(claim(monthsPaid));
        QVERIFY2(a.ok(), a.ok() ? "" : qPrintable(a.error().message));
        QCOMPARE(a->eligible, eligible);
        QCOMPARE(a->entitlementMonths, months);
        const auto *paid = condition(*a, QStringLiteral("paid-one-year"));
        QVERIFY(paid);
        QCOMPARE(paid->met, eligible);
        QVERIFY2(paid->source.contains(QStringLiteral("失业保险条例")), qPrintable(paid->source));
        if (!eligible) {
            QVERIFY2(paid->reason.contains(QStringLiteral("at least 12 months")), qPrintable(paid->reason));
            QVERIFY(!a->firstMonth.isValid());
            QVERIFY(!a->total);
        } else {
            QCOMPARE(a->firstMonth, YearMonth(2026, 3));
            QCOMPARE(a->lastMonth, YearMonth(2026, 3).addMonths(months - 1));
        }
    }

    // 条例 Art. 17: unused months of an earlier claim are added, at most 24 together.
    void carriedMonthsAreAddedAndCapped_data()
    {
        QTest::addColumn<int>("monthsPaid");
        QTest::addColumn<int>("carried");
        QTest::addColumn<int>("months");
        QTest::addColumn<bool>("capped");
        QTest::newRow("carried 10 + new 18 → 24 (cap)") << 60 << 10 << 24 << true;
        QTest::newRow("carried 3 + new 12 → 15") << 12 << 3 << 15 << false;
        QTest::newRow("carried 6 + new 18 → 24 exactly") << 60 << 6 << 24 << false;
    }
    void carriedMonthsAreAddedAndCapped()
    {
        QFETCH(int, monthsPaid);
        QFETCH(int, carried);
        QFETCH(int, months);
        QFETCH(bool, capped);
        const auto a = m_evaluator->evaluate(claim(monthsPaid, carried));
        QVERIFY(a.ok());
        QVERIFY(a->eligible);
        QCOMPARE(a->entitlementMonths, months);
        QCOMPARE(a->capped, capped);
        QVERIFY2(a->durationReason.contains(QString::number(carried)), qPrintable(a->durationReason));
        QVERIFY2(a->durationSource.contains(QStringLiteral("Art. 17")), qPrintable(a->durationSource));
    }

    void resignedIsNotEligible()
    {
        ClaimInput c = claim(60);
        c.jobLossReason = QStringLiteral("resigned");
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QVERIFY(!a->eligible);
        QCOMPARE(a->entitlementMonths, 0);
        const auto *involuntary = condition(*a, QStringLiteral("involuntary-job-loss"));
        QVERIFY(involuntary);
        QVERIFY(!involuntary->met);
        QVERIFY2(involuntary->reason.contains(QStringLiteral("本人辞职")) && involuntary->reason.contains(QStringLiteral("own choice")),
                 qPrintable(involuntary->reason));
        QVERIFY2(involuntary->source.contains(QStringLiteral("Art. 14(2)")), qPrintable(involuntary->source));
        // The other conditions are still checked and met.
        QVERIFY(condition(*a, QStringLiteral("paid-one-year"))->met);
        QVERIFY(condition(*a, QStringLiteral("registered-seeking-work"))->met);
    }

    void everyJobLossReasonIsClassified()
    {
        for (const auto &reason : m_evaluator->rules().jobLossReasons()) {
            ClaimInput c = claim(60);
            c.jobLossReason = reason.key;
            const auto a = m_evaluator->evaluate(c);
            QVERIFY2(a.ok(), qPrintable(reason.key));
            QCOMPARE(a->eligible, reason.involuntary);
            QVERIFY(!reason.provenance.document.isEmpty());
        }
        QVERIFY(m_evaluator->rules().jobLossReason(QStringLiteral("dismissed"))->involuntary);
        QVERIFY(m_evaluator->rules().jobLossReason(QStringLiteral("employer-closed"))->involuntary);
        QVERIFY(!m_evaluator->rules().jobLossReason(QStringLiteral("resigned"))->involuntary);
    }

    void notRegisteredIsNotEligible()
    {
        ClaimInput c = claim(60);
        c.registered = false;
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QVERIFY(!a->eligible);
        const auto *registered = condition(*a, QStringLiteral("registered-seeking-work"));
        QVERIFY(registered && !registered->met);
        QVERIFY2(registered->reason.contains(QStringLiteral("not registered")), qPrintable(registered->reason));
        QVERIFY2(registered->source.contains(QStringLiteral("Art. 14(3)")), qPrintable(registered->source));
        // The answer names the condition that failed, not just that one did.
        QVERIFY2(a->durationReason.contains(registered->label), qPrintable(a->durationReason));
    }

    // The benefit ends where the basic pension begins: a claim from the statutory retirement
    // month on is refused with that reason; before it the condition is met.
    void statutoryRetirementAgeEndsTheClaim()
    {
        ClaimInput c = claim(60);
        c.statutoryRetirement = YearMonth::fromDate(c.claimDate);
        const auto reached = m_evaluator->evaluate(c);
        QVERIFY(reached.ok());
        QVERIFY(!reached->eligible);
        const auto *age = condition(*reached, QStringLiteral("below-retirement-age"));
        QVERIFY(age && !age->met);
        QVERIFY2(age->source.contains(QStringLiteral("Art. 51(4)")), qPrintable(age->source));
        c.statutoryRetirement = YearMonth::fromDate(c.claimDate).addMonths(1);
        const auto before = m_evaluator->evaluate(c);
        QVERIFY(before.ok());
        QVERIFY(before->eligible);
        QVERIFY(condition(*before, QStringLiteral("below-retirement-age"))->met);
    }

    // 条例 Art. 18: the region's standard where the data has it; amounts exact.
    void regionWithAStandard_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<int>("monthsPaid");
        QTest::addColumn<qint64>("monthlyFen");
        QTest::addColumn<qint64>("totalFen");
        QTest::newRow("长沙 芙蓉区 (city entry), 18 months") << QStringLiteral("430102") << 60 << qint64(153000) << qint64(153000 * 18);
        QTest::newRow("长沙 city code itself, 12 months") << QStringLiteral("430100") << 12 << qint64(153000) << qint64(1836000);
        QTest::newRow("浏阳, 24 months") << QStringLiteral("430181") << 120 << qint64(138600) << qint64(3326400);
        QTest::newRow("宁乡, 12 months") << QStringLiteral("430182") << 30 << qint64(138600) << qint64(1663200);
    }
    void regionWithAStandard()
    {
        QFETCH(QString, region);
        QFETCH(int, monthsPaid);
        QFETCH(qint64, monthlyFen);
        QFETCH(qint64, totalFen);
        ClaimInput c = claim(monthsPaid);
        c.region = region;
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QVERIFY(a->monthlyAmount);
        QCOMPARE(a->monthlyAmount->fen(), monthlyFen);
        QVERIFY(a->total);
        QCOMPARE(a->total->fen(), totalFen);
        QCOMPARE(a->amountConfidence, QStringLiteral("LOW"));
        QVERIFY(a->amountMissingReason.isEmpty());
        QVERIFY2(!a->notes.isEmpty() && a->notes.first().contains(QStringLiteral("LOW")), "a LOW figure is flagged");
    }

    void regionWithoutAStandardNamesTheRegion_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Beijing") << QStringLiteral("110105") << QStringLiteral("no unemployment benefit standard for region 110105");
        QTest::newRow("Shanghai") << QStringLiteral("310000") << QStringLiteral("region 310000");
        QTest::newRow("Jiangsu") << QStringLiteral("320800") << QStringLiteral("region 320800");
        QTest::newRow("珠海: only 80 % of the minimum wage")
            << QStringLiteral("440402") << QStringLiteral("80 % of the local minimum wage");
    }
    void regionWithoutAStandardNamesTheRegion()
    {
        QFETCH(QString, region);
        QFETCH(QString, expected);
        ClaimInput c = claim(60);
        c.region = region;
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QVERIFY(a->eligible); // the answer stands; only the amount is missing
        QCOMPARE(a->entitlementMonths, 18);
        QVERIFY(!a->monthlyAmount);
        QVERIFY(!a->total);
        QVERIFY2(a->amountMissingReason.contains(expected), qPrintable(a->amountMissingReason));
        QVERIFY2(a->amountMissingReason.contains(region), qPrintable(a->amountMissingReason));
    }

    void enteredStandardNeedsANote()
    {
        ClaimInput c = claim(60);
        c.region = QStringLiteral("110105");
        c.enteredStandard = Money::fromFen(223850);
        const auto noNote = m_evaluator->evaluate(c);
        QVERIFY(!noNote.ok());
        QCOMPARE(noNote.error().field, QStringLiteral("standard_note"));
        c.enteredStandardNote = QStringLiteral("京人社就发 notice read at the counter");
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(a.ok());
        QCOMPARE(a->monthlyAmount->fen(), qint64(223850));
        QCOMPARE(a->total->fen(), qint64(223850) * 18);
        QCOMPARE(a->amountConfidence, QStringLiteral("ENTERED"));
        QVERIFY(a->amountSource.contains(c.enteredStandardNote));
    }

    void badInputNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("region") << QStringLiteral("region");
        QTest::newRow("claim_date") << QStringLiteral("claim_date");
        QTest::newRow("months_paid") << QStringLiteral("months_paid");
        QTest::newRow("carried_months") << QStringLiteral("carried_months");
        QTest::newRow("job_loss_reason") << QStringLiteral("job_loss_reason");
    }
    void badInputNamesTheField()
    {
        QFETCH(QString, field);
        ClaimInput c = claim(60);
        if (field == u"region")
            c.region = QStringLiteral("4301");
        else if (field == u"claim_date")
            c.claimDate = QDate();
        else if (field == u"months_paid")
            c.monthsPaid = -1;
        else if (field == u"carried_months")
            c.carriedMonths = 25;
        else
            c.jobLossReason = QStringLiteral("quit");
        const auto a = m_evaluator->evaluate(c);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().field, field);
        QCOMPARE(a.error().kind, Error::Kind::BadInput);
        if (field == u"job_loss_reason")
            QVERIFY2(a.error().message.contains(QStringLiteral("contract-expired")), "lists the allowed keys");
    }

    // Stop on re-employment after 5 of 18 months: 13 left, kept, and added to a later claim.
    void stopOnReEmploymentKeepsTheMonthsLeft()
    {
        const auto a = m_evaluator->evaluate(claim(60));
        QVERIFY(a.ok());
        QCOMPARE(a->entitlementMonths, 18);
        // Paid 2026-03 … 2026-07 (5 months); new job on 2026-07-20: stops from 2026-08.
        const auto stop = m_evaluator->stop({a->input.claimDate, a->firstMonth, a->entitlementMonths}, QDate(2026, 7, 20),
                                            QStringLiteral("re-employment"));
        QVERIFY2(stop.ok(), stop.ok() ? "" : qPrintable(stop.error().message));
        QCOMPARE(stop->firstUnpaidMonth, YearMonth(2026, 8));
        QCOMPARE(stop->monthsReceived, 5);
        QCOMPARE(stop->monthsLeft, 13);
        QVERIFY(stop->monthsLeftCarried);
        QVERIFY2(stop->reasons.join(u'\n').contains(QStringLiteral("following month")), qPrintable(stop->reasons.join(u'\n')));
        QVERIFY2(stop->sources.join(u'\n').contains(QStringLiteral("Art. 15(1)")), qPrintable(stop->sources.join(u'\n')));

        // A later claim: 2 years paid (12 months) + 13 carried = 24, not 25.
        const int carried = m_evaluator->carriedFromStop(stop->monthsLeft, stop->monthsLeftCarried);
        QCOMPARE(carried, 13);
        ClaimInput later = claim(24, carried);
        later.claimDate = QDate(2028, 9, 1);
        const auto next = m_evaluator->evaluate(later);
        QVERIFY(next.ok());
        QCOMPARE(next->entitlementMonths, 24);
        QVERIFY(next->capped);
        // With 12 months paid the sum stays below the cap.
        ClaimInput shorter = claim(12, 5);
        const auto small = m_evaluator->evaluate(shorter);
        QCOMPARE(small->entitlementMonths, 17);
    }

    void stopMonthEdges()
    {
        const unemployment::ClaimPeriod period {QDate(2026, 3, 10), YearMonth(2026, 3), 12};
        // A ground arising in the claim month: one month received (that month is paid).
        auto s = m_evaluator->stop(period, QDate(2026, 3, 25), QStringLiteral("re-employment"));
        QVERIFY(s.ok());
        QCOMPARE(s->monthsReceived, 1);
        QCOMPARE(s->monthsLeft, 11);
        // After the last month: nothing left.
        s = m_evaluator->stop(period, QDate(2027, 6, 1), QStringLiteral("re-employment"));
        QVERIFY(s.ok());
        QCOMPARE(s->monthsReceived, 12);
        QCOMPARE(s->monthsLeft, 0);
        QVERIFY(!s->monthsLeftCarried);
        // Before the claim: refused.
        s = m_evaluator->stop(period, QDate(2026, 3, 9), QStringLiteral("re-employment"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("date"));
    }

    void everyStopGroundIsRecognised_data()
    {
        QTest::addColumn<QString>("ground");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<QString>("article");
        QTest::newRow("re-employment") << QStringLiteral("re-employment") << true << QStringLiteral("Art. 15(1)");
        QTest::newRow("military service") << QStringLiteral("military-service") << false << QStringLiteral("Art. 15(2)");
        QTest::newRow("emigration") << QStringLiteral("emigration") << false << QStringLiteral("Art. 15(3)");
        QTest::newRow("basic pension") << QStringLiteral("basic-pension") << false << QStringLiteral("Art. 15(4)");
        QTest::newRow("imprisonment") << QStringLiteral("imprisonment") << false << QStringLiteral("Art. 15(5)");
        QTest::newRow("refused work or training") << QStringLiteral("refused-work-or-training") << false << QStringLiteral("Art. 51(5)");
        QTest::newRow("death") << QStringLiteral("death") << false << QStringLiteral("Art. 20");
        QTest::newRow("other legal ground") << QStringLiteral("other-legal-ground") << false << QStringLiteral("Art. 15(7)");
    }
    void everyStopGroundIsRecognised()
    {
        QFETCH(QString, ground);
        QFETCH(bool, kept);
        QFETCH(QString, article);
        const unemployment::ClaimPeriod period {QDate(2026, 3, 10), YearMonth(2026, 3), 18};
        const auto s = m_evaluator->stop(period, QDate(2026, 7, 20), ground);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->ground, ground);
        QVERIFY(!s->groundLabel.isEmpty());
        QCOMPARE(s->monthsLeft, 13);
        QCOMPARE(s->monthsLeftCarried, kept);
        QCOMPARE(m_evaluator->carriedFromStop(s->monthsLeft, s->monthsLeftCarried), kept ? 13 : 0);
        QVERIFY2(s->sources.join(u'\n').contains(article), qPrintable(s->sources.join(u'\n')));
    }

    void unknownStopGroundIsRefused()
    {
        const unemployment::ClaimPeriod period {QDate(2026, 3, 10), YearMonth(2026, 3), 18};
        const auto s = m_evaluator->stop(period, QDate(2026, 7, 20), QStringLiteral("holiday"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, QStringLiteral("ground"));
        QVERIFY2(s.error().message.contains(QStringLiteral("re-employment")), "lists the allowed grounds");
    }

    void stopMonthIsADataSetting()
    {
        // The shipped setting: the month after the ground arises, with its source.
        QCOMPARE(m_evaluator->rules().stopPayment().value, QStringLiteral("next-month"));
        QVERIFY(!m_evaluator->rules().stopPayment().provenance.url.isEmpty());
        // A copy of the data with "same-month" stops in the month of the ground.
        QTemporaryDir dir;
        QFile shipped(QStringLiteral(":/parameters/unemployment/unemployment.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray bytes = shipped.readAll();
        QVERIFY(bytes.contains("\"value\": \"next-month\""));
        bytes.replace("\"value\": \"next-month\"", "\"value\": \"same-month\"");
        const QString path = dir.filePath(QStringLiteral("unemployment.json"));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(bytes);
        copy.close();
        const auto rules = UnemploymentRules::load(path);
        QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.error().message));
        const ClaimEvaluator sameMonth(*rules);
        const auto s = sameMonth.stop({QDate(2026, 3, 10), YearMonth(2026, 3), 18}, QDate(2026, 7, 20), QStringLiteral("re-employment"));
        QVERIFY(s.ok());
        QCOMPARE(s->firstUnpaidMonth, YearMonth(2026, 7));
        QCOMPARE(s->monthsReceived, 4);
        QCOMPARE(s->monthsLeft, 14);
    }

    void malformedDataIsRefusedWithItsPath()
    {
        QTemporaryDir dir;
        QFile shipped(QStringLiteral(":/parameters/unemployment/unemployment.json"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray bytes = shipped.readAll();
        bytes.replace("\"source\": \"U5\"", "\"source\": \"NOPE\"");
        const QString path = dir.filePath(QStringLiteral("unemployment.json"));
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(bytes);
        copy.close();
        const auto rules = UnemploymentRules::load(path);
        QVERIFY(!rules.ok());
        QVERIFY2(rules.error().field.endsWith(QStringLiteral("standards.regions[0].source")), qPrintable(rules.error().field));
    }

    void awardNoticeCarriesTheAnswer()
    {
        const auto a = m_evaluator->evaluate(claim(60));
        insured::InsuredPerson person;
        person.name = QStringLiteral("李志强");
        person.citizenId = QStringLiteral("110105196403150311");
        const notice::Notice n
            = unemployment::ClaimNotice::award(m_evaluator->rules(), person, *a, 7, QDate(2026, 3, 10), QStringLiteral("张敏"));
        QVERIFY(!n.title.isEmpty());
        QString all;
        for (const auto &section : n.sections) {
            for (const auto &row : section.rows)
                all += row.first + u'=' + row.second + u'\n';
            all += section.paragraphs.join(u'\n');
        }
        QVERIFY2(all.contains(QStringLiteral("1,530.00")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("27,540.00")), qPrintable(all)); // 1530 × 18
        QVERIFY2(all.contains(QStringLiteral("2026-03")) && all.contains(QStringLiteral("2027-08")), qPrintable(all));
        QVERIFY2(!all.contains(person.citizenId), "the ID number is masked");
        // The staff copy's notes name the data's documents and the rules' edition; the visitor's
        // bases are the articles (the data's "basis"/"citation"), never a file name.
        QVERIFY2(n.staffNotes.join(u'\n').contains(QStringLiteral("失业保险条例")), qPrintable(n.staffNotes.join(u'\n')));
        QVERIFY2(n.staffNotes.join(u'\n').contains(m_evaluator->rules().version().digest), qPrintable(n.staffNotes.join(u'\n')));
        QVERIFY2(!n.bases.isEmpty(), "the conditions name their articles");
        for (const QString &basis : n.bases)
            QVERIFY2(!basis.contains(QStringLiteral(".json")) && !basis.contains(QStringLiteral("[")), qPrintable(basis));
    }

private:
    std::unique_ptr<ClaimEvaluator> m_evaluator;
};

QTEST_GUILESS_MAIN(TestUnemployment)
#include "testunemployment.moc"
