// Tests of core/prereview: each pre-review engine of the intake on real inputs — persons, records,
// claims and employers stored in a real SQLite file through the real StoreService (with the demo
// generator's fixed cast), read back by PreReviewInputs on a reader connection as the intake does.
// "Today" is test::clock()'s 2026-12-02.

#include "demo/demogenerator.h"
#include "identity/citizenid.h"
#include "identity/uscc.h"
#include "prereview/eligibilityverificationprereview.h"
#include "prereview/prereviewinputs.h"
#include "prereview/prereviewregistry.h"
#include "services/registryprereviewrunner.h"
#include "storage/employerrepository.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"
#include "unemployment/claimevaluator.h"
#include "unemployment/unemploymentclaimrepository.h"

#include "testcontext.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using prereview::PreReviewInputs;
using prereview::PreReviewRegistry;
using prereview::PreReviewRequest;
using prereview::PreReviewResult;
using prereview::Verdict;

namespace {

// A man born 1967-03 in Beijing: statutory retirement 2027-10 (60 years 7 months), flexible
// 2027-03…2030-10; employee records 2005-01…2026-11 except 2010-03…2010-08.
const QString kManId = QStringLiteral("5f0c1a2e-0000-4000-8000-000000000001");
// A woman worker (original age 50) born 1977-06: statutory 2028-09 (51 years 3 months), flexible
// from 2027-06; records 2016-01…2026-11 (131 months).
const QString kWomanId = QStringLiteral("5f0c1a2e-0000-4000-8000-000000000002");
// A man born 1985-04 in 长沙 (430102): employee records 2019-01…2026-10 (94 months).
const QString kChangshaId = QStringLiteral("5f0c1a2e-0000-4000-8000-000000000003");
const QString kEmployerId = QStringLiteral("5f0c1a2e-0000-4000-8000-0000000000e1");

insured::InsuredPerson person(const QString &id, const QString &region, QDate birth, int sequence, insured::RetirementGroup group)
{
    insured::InsuredPerson p;
    p.id = id;
    p.citizenId = identity::CitizenId::make(region, birth, sequence);
    p.name = QStringLiteral("测试%1").arg(sequence);
    p.sex = group == insured::RetirementGroup::Male ? insured::Sex::Male : insured::Sex::Female;
    p.birthDate = birth;
    p.retirementGroup = group;
    p.region = region;
    return p;
}

QList<insured::ContributionRecord> records(YearMonth from, YearMonth to, const QString &region, QList<YearMonth> skip = {})
{
    QList<insured::ContributionRecord> list;
    for (YearMonth m = from; m <= to; m = m.addMonths(1)) {
        if (skip.contains(m))
            continue;
        insured::ContributionRecord r;
        r.month = m;
        r.base = Money::fromFen(800000);
        r.employerAmount = Money::fromFen(128000);
        r.personalAmount = Money::fromFen(64000);
        r.employerId = kEmployerId;
        r.region = region;
        list.append(r);
    }
    return list;
}

QList<YearMonth> months(YearMonth from, YearMonth to)
{
    QList<YearMonth> list;
    for (YearMonth m = from; m <= to; m = m.addMonths(1))
        list.append(m);
    return list;
}

QStringList texts(const PreReviewResult &r)
{
    QStringList list;
    for (const auto &f : r.findings)
        list.append(prereview::verdictKey(f.level) + QStringLiteral(": ") + f.text);
    return list;
}

} // namespace

class TestPreReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("prereview.sqlite"));
        const demo::DemoGenerator generator(test::shippedParameters(), 11);
        const auto written = generator.writeNewFile(m_path, 12);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        m_context = std::make_unique<test::TestContext>(m_path);
        QVERIFY(m_context->open());

        const auto added
            = m_context->store()
                  .write<Done>([](QSqlDatabase db) -> Result<Done> {
                      const Clock clock = test::clock();
                      insured::Employer employer;
                      employer.id = kEmployerId;
                      employer.uscc = identity::Uscc::make(QStringLiteral("110105"), 4242);
                      employer.name = QStringLiteral("北京市测试餐饮有限公司");
                      employer.industryCode = QStringLiteral("H62");
                      employer.sizeClass = QStringLiteral("small");
                      employer.kind = QStringLiteral("enterprise");
                      employer.region = QStringLiteral("110105");
                      storage::EmployerRepository employers(db, clock);
                      if (const Status s = employers.upsert({employer}); !s)
                          return s.error();
                      storage::PersonRepository persons(db, clock);
                      const auto man = person(kManId, QStringLiteral("110105"), QDate(1967, 3, 12), 31, insured::RetirementGroup::Male);
                      const auto woman
                          = person(kWomanId, QStringLiteral("110105"), QDate(1977, 6, 2), 42, insured::RetirementGroup::Female50);
                      const auto changsha
                          = person(kChangshaId, QStringLiteral("430102"), QDate(1985, 4, 20), 51, insured::RetirementGroup::Male);
                      if (const Status s = persons.upsertPersons({man, woman, changsha}); !s)
                          return s.error();
                      for (const auto &[id, list] :
                           {std::pair(kManId,
                                      records(YearMonth(2005, 1), YearMonth(2026, 11), QStringLiteral("110105"),
                                              months(YearMonth(2010, 3), YearMonth(2010, 8)))),
                            std::pair(kWomanId, records(YearMonth(2016, 1), YearMonth(2026, 11), QStringLiteral("110105"))),
                            std::pair(kChangshaId, records(YearMonth(2019, 1), YearMonth(2026, 10), QStringLiteral("430102")))})
                          if (const Status s = persons.insertContributionRecords(id, list); !s)
                              return s.error();
                      return Done {};
                  })
                  .result();
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        m_man = identity::CitizenId::make(QStringLiteral("110105"), QDate(1967, 3, 12), 31);
        m_woman = identity::CitizenId::make(QStringLiteral("110105"), QDate(1977, 6, 2), 42);
        m_changsha = identity::CitizenId::make(QStringLiteral("430102"), QDate(1985, 4, 20), 51);
    }

    void registryHasTheSevenEngines()
    {
        const PreReviewRegistry &registry = PreReviewRegistry::builtIn();
        QCOMPARE(registry.ids(),
                 (QStringList {QStringLiteral("retirement"), QStringLiteral("back-payment"), QStringLiteral("service-years"),
                               QStringLiteral("unemployment-claim"), QStringLiteral("unemployment-stop"), QStringLiteral("deferral"),
                               QStringLiteral("eligibility-verification")}));
        for (const QString &id : registry.ids())
            QCOMPARE(registry.find(id)->id(), id);
        QVERIFY(!registry.find(QStringLiteral("pension")));
        QCOMPARE(services::RegistryPreReviewRunner::builtIn()->ids(), registry.ids());
    }

    void resultJsonRoundTrip()
    {
        PreReviewResult r;
        r.engine = QStringLiteral("back-payment");
        r.add(Verdict::Ready, QStringLiteral("一"));
        r.add(Verdict::NeedsAttention, QStringLiteral("二"));
        r.add(Verdict::Ready, QStringLiteral("三"));
        QCOMPARE(r.verdict, Verdict::NeedsAttention);
        r.details.insert(QStringLiteral("missing_months"), 6);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(u"verdict").toString(), QStringLiteral("needs-attention"));
        QCOMPARE(prereview::PreReviewResult::fromJson(json), std::optional(r));
        // The intake keeps the same form.
        const intake::PreReviewRecord record = intake::PreReviewRecord::fromJson(json);
        QCOMPARE(record.verdict, QStringLiteral("needs-attention"));
        QCOMPARE(record.findings.size(), 3);
    }

    void retirement_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("month");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("missing");
        // 2027-10 is the man's statutory month; 263 months recorded by then, 180 needed.
        QTest::newRow("statutory, minimum met") << "man"
                                                << "2027-10"
                                                << "ready" << 0;
        QTest::newRow("5 months early, minimum met") << "man"
                                                     << "2027-05"
                                                     << "ready" << 0;
        QTest::newRow("before the earliest flexible month 2027-03") << "man"
                                                                    << "2027-01"
                                                                    << "cannot-proceed" << -1;
        QTest::newRow("after the latest flexible month 2030-10") << "man"
                                                                 << "2030-11"
                                                                 << "cannot-proceed" << -1;
        // The woman has 131 months; 180 needed in 2028: 49 missing, only 21 months to go.
        QTest::newRow("statutory, 49 months missing") << "woman"
                                                      << "2028-09"
                                                      << "needs-attention" << 49;
        QTest::newRow("early without the minimum") << "woman"
                                                   << "2028-01"
                                                   << "cannot-proceed" << 49;
    }

    void retirement()
    {
        QFETCH(QString, who);
        QFETCH(QString, month);
        QFETCH(QString, verdict);
        QFETCH(int, missing);
        const PreReviewResult r = review(QStringLiteral("retirement"), who == QLatin1String("man") ? m_man : m_woman,
                                         {{QStringLiteral("retirement_month"), month}});
        QCOMPARE(prereview::verdictKey(r.verdict), verdict);
        if (who == QLatin1String("man")) {
            QCOMPARE(r.details.value(u"statutory_month").toString(), QStringLiteral("2027-10"));
            QCOMPARE(r.details.value(u"earliest_flexible_month").toString(), QStringLiteral("2027-03"));
            QCOMPARE(r.details.value(u"latest_flexible_month").toString(), QStringLiteral("2030-10"));
            QCOMPARE(r.details.value(u"statutory_age_months").toInt(), 60 * 12 + 7);
        } else {
            QCOMPARE(r.details.value(u"statutory_month").toString(), QStringLiteral("2028-09"));
            QCOMPARE(r.details.value(u"earliest_flexible_month").toString(), QStringLiteral("2027-06"));
            QCOMPARE(r.details.value(u"contribution_months").toInt(), 131);
        }
        QCOMPARE(r.details.value(u"minimum_contribution_months").toInt(), 180);
        if (missing >= 0)
            QCOMPARE(r.details.value(u"missing_months").toInt(), missing);
        if (verdict != QLatin1String("cannot-proceed")) {
            // The estimate is there, said to be one, with its calculation base.
            const QJsonObject estimate = r.details.value(u"estimate").toObject();
            QVERIFY2(!estimate.isEmpty(), qPrintable(texts(r).join(u'\n')));
            // amounts are JSON numbers in CNY, as everywhere in the CLI's output (contract)
            QVERIFY(estimate.value(u"total").isDouble() && estimate.value(u"total").toDouble() > 0);
            QVERIFY(estimate.value(u"calculation_base").isDouble() && estimate.value(u"calculation_base").toDouble() > 0);
            const auto fen = [&](const char16_t *key) { return qRound64(estimate.value(QStringView(key)).toDouble() * 100); };
            QCOMPARE(fen(u"basic_pension") + fen(u"individual_account_pension") + fen(u"transitional_pension") + fen(u"supplements"),
                     fen(u"total"));
            QCOMPARE(estimate.value(u"account_as_of").toString(), QStringLiteral("2026-12"));
            QVERIFY(texts(r).join(u'\n').contains(QStringLiteral("estimate")));
        }
        qInfo().noquote() << texts(r).join(u'\n');
    }

    void backPayment_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("missingMonths");
        QTest::addColumn<int>("paidMonths");
        QTest::addColumn<int>("outsideMonths");
        QTest::newRow("the gap alone") << "2010-03"
                                       << "2010-08"
                                       << "ready" << 6 << 0 << 0;
        QTest::newRow("the gap with paid months around it") << "2009-11"
                                                            << "2010-12"
                                                            << "needs-attention" << 6 << 8 << 0;
        QTest::newRow("up to the future") << "2026-10"
                                          << "2027-02"
                                          << "needs-attention" << 1 << 2 << 2;
        // Born 1967-03: 16 in 1983-03; Beijing's account began 1992-10 (京劳社养发〔2007〕31号).
        QTest::newRow("under 16 and before the account") << "1982-01"
                                                         << "1983-05"
                                                         << "cannot-proceed" << 0 << 0 << 17;
        QTest::newRow("only paid months") << "2012-01"
                                          << "2012-12"
                                          << "cannot-proceed" << 0 << 12 << 0;
    }

    void backPayment()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, verdict);
        QFETCH(int, missingMonths);
        QFETCH(int, paidMonths);
        QFETCH(int, outsideMonths);
        // The catalog may call the field anything: it is found by its type (a month range).
        const PreReviewResult r
            = review(QStringLiteral("back-payment"), m_man,
                     {{QStringLiteral("months_to_pay"), QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}}});
        QCOMPARE(prereview::verdictKey(r.verdict), verdict);
        QCOMPARE(r.details.value(u"missing_months").toInt(), missingMonths);
        QCOMPARE(r.details.value(u"already_paid_months").toInt(), paidMonths);
        QCOMPARE(r.details.value(u"outside_months").toInt(), outsideMonths);
        if (missingMonths > 0)
            QVERIFY(texts(r).join(u'\n').contains(QStringLiteral("regional")));
        qInfo().noquote() << texts(r).join(u'\n');
    }

    void backPaymentOfTheDemoColleague()
    {
        // 李志强: deemed service 1984-07…1992-09, records 1992-10…2024-02.
        const PreReviewResult r = review(
            QStringLiteral("back-payment"), demo::DemoGenerator::colleagueLiCitizenId(),
            {{QStringLiteral("back_payment_months"),
              QJsonObject {{QStringLiteral("from"), QStringLiteral("1990-01")}, {QStringLiteral("to"), QStringLiteral("1994-12")}}}});
        QCOMPARE(r.verdict, Verdict::CannotProceed);
        const QJsonArray before = r.details.value(u"outside").toObject().value(u"before_individual_account").toArray();
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.first().toObject().value(u"from").toString(), QStringLiteral("1990-01"));
        QCOMPARE(before.first().toObject().value(u"to").toString(), QStringLiteral("1992-09"));
        QCOMPARE(r.details.value(u"already_paid_months").toInt(), 27);
    }

    void serviceYears()
    {
        // 李志强 claims 1982-01…1993-06: before his recorded start of work 1984-07 the months may be
        // deemed; 1984-07…1992-09 are his 99 stored deemed months; from 1992-10 recorded.
        const QJsonArray periods {QJsonObject {{QStringLiteral("from"), QStringLiteral("1982-01")},
                                               {QStringLiteral("to"), QStringLiteral("1993-06")},
                                               {QStringLiteral("employer"), QStringLiteral("北京市朝阳区星光电子厂")}}};
        const PreReviewResult r = review(QStringLiteral("service-years"), demo::DemoGenerator::colleagueLiCitizenId(),
                                         {{QStringLiteral("service_periods"), periods}});
        QCOMPARE(r.verdict, Verdict::NeedsAttention);
        QCOMPARE(r.details.value(u"deemable_months").toInt(), 30);
        QCOMPARE(r.details.value(u"already_deemed").toArray().first().toObject().value(u"months").toInt(), 99);
        QCOMPARE(r.details.value(u"already_recorded").toArray().first().toObject().value(u"months").toInt(), 9);
        QVERIFY(texts(r).join(u'\n').contains(QStringLiteral("personnel file")));

        // Two periods that overlap, and one after the account began without a record.
        const QJsonArray twice {
            QJsonObject {{QStringLiteral("from"), QStringLiteral("1985-01")}, {QStringLiteral("to"), QStringLiteral("1985-12")}},
            QJsonObject {{QStringLiteral("from"), QStringLiteral("1985-07")}, {QStringLiteral("to"), QStringLiteral("1986-06")}},
            QJsonObject {{QStringLiteral("from"), QStringLiteral("2010-03")}, {QStringLiteral("to"), QStringLiteral("2010-08")}}};
        const PreReviewResult man = review(QStringLiteral("service-years"), m_man, {{QStringLiteral("periods"), twice}});
        QCOMPARE(man.verdict, Verdict::NeedsAttention);
        QCOMPARE(man.details.value(u"deemable_months").toInt(), 18);
        QCOMPARE(man.details.value(u"overlaps").toArray().first().toObject().value(u"months").toInt(), 6);
        QCOMPARE(man.details.value(u"after_individual_account").toArray().first().toObject().value(u"months").toInt(), 6);

        // Nothing deemable.
        const PreReviewResult none = review(QStringLiteral("service-years"), m_man,
                                            {{QStringLiteral("periods"),
                                              QJsonArray {QJsonObject {{QStringLiteral("from"), QStringLiteral("2011-01")},
                                                                       {QStringLiteral("to"), QStringLiteral("2011-12")}}}}});
        QCOMPARE(none.verdict, Verdict::CannotProceed);
    }

    void unemploymentClaimAndStop()
    {
        const QJsonObject fields {{QStringLiteral("job_loss_reason"), QStringLiteral("contract-expired")},
                                  {QStringLiteral("unemployment_registered"), true},
                                  {QStringLiteral("claim_date"), QStringLiteral("2026-11-20")}};
        PreReviewResult r = review(QStringLiteral("unemployment-claim"), m_changsha, fields);
        // 94 months paid (2019-01…2026-10): 60 to under 120 → 18 months; 长沙 1530 a month.
        QCOMPARE(r.details.value(u"months_paid").toInt(), 94);
        QCOMPARE(r.details.value(u"entitlement_months").toInt(), 18);
        QVERIFY(r.details.value(u"eligible").toBool());
        QCOMPARE(r.details.value(u"monthly_amount").toString(), QStringLiteral("1530.00"));
        QCOMPARE(r.details.value(u"first_month").toString(), QStringLiteral("2026-11"));
        QCOMPARE(r.details.value(u"last_month").toString(), QStringLiteral("2028-04"));
        QCOMPARE(r.verdict, Verdict::NeedsAttention); // the months paid are to be confirmed

        // A worker who resigned is refused.
        QJsonObject resigned = fields;
        resigned.insert(QStringLiteral("job_loss_reason"), QStringLiteral("resigned"));
        QCOMPARE(review(QStringLiteral("unemployment-claim"), m_changsha, resigned).verdict, Verdict::CannotProceed);

        // No claim to stop yet.
        const QJsonObject stop {{QStringLiteral("stop_ground"), QStringLiteral("re-employment")},
                                {QStringLiteral("stop_date"), QStringLiteral("2026-12-01")}};
        QCOMPARE(review(QStringLiteral("unemployment-stop"), m_changsha, stop).verdict, Verdict::CannotProceed);

        // Open the claim as the unemployment tab does, then: a second claim is refused, the
        // person draws a benefit (verification), and the stop finds it.
        auto rules = unemployment::UnemploymentRules::loadBuiltIn();
        QVERIFY(rules.ok());
        unemployment::ClaimInput input;
        input.region = QStringLiteral("430102");
        input.claimDate = QDate(2026, 11, 20);
        input.monthsPaid = 94;
        input.jobLossReason = QStringLiteral("contract-expired");
        input.registered = true;
        const auto assessed = unemployment::ClaimEvaluator(*rules).evaluate(input);
        QVERIFY(assessed.ok() && assessed->eligible);
        const QString personId = kChangshaId;
        const auto opened = m_context->store()
                                .write<unemployment::StoredClaim>([&](QSqlDatabase db) {
                                    return unemployment::UnemploymentClaimRepository(db, test::clock()).openClaim(personId, *assessed);
                                })
                                .result();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));

        QCOMPARE(review(QStringLiteral("unemployment-claim"), m_changsha, fields).verdict, Verdict::CannotProceed);
        const PreReviewResult verified = review(QStringLiteral("eligibility-verification"), m_changsha,
                                                {{QStringLiteral("verification_method"), QStringLiteral("counter")}});
        QCOMPARE(verified.verdict, Verdict::Ready);
        QCOMPARE(verified.details.value(u"drawing").toString(), QStringLiteral("unemployment-benefit"));

        r = review(QStringLiteral("unemployment-stop"), m_changsha, stop);
        QCOMPARE(r.verdict, Verdict::Ready);
        QCOMPARE(r.details.value(u"claim").toInteger(), opened->id);
        // Re-employed 2026-12-01: paid 2026-11 and 2026-12 (stops the month after), 16 left, kept.
        QCOMPARE(r.details.value(u"first_unpaid_month").toString(), QStringLiteral("2027-01"));
        QCOMPARE(r.details.value(u"months_received").toInt(), 2);
        QCOMPARE(r.details.value(u"months_left").toInt(), 16);
        QVERIFY(r.details.value(u"months_left_carried").toBool());

        // A stop dated after today is not recorded.
        QJsonObject later = stop;
        later.insert(QStringLiteral("stop_date"), QStringLiteral("2026-12-20"));
        QCOMPARE(review(QStringLiteral("unemployment-stop"), m_changsha, later).verdict, Verdict::CannotProceed);
    }

    void deferral()
    {
        // Stored employer, a restaurant (H62, one of the five hardship industries): in 2026 the
        // application period has long ended.
        const QJsonObject fields {{QStringLiteral("uscc"), identity::Uscc::make(QStringLiteral("110105"), 4242)}};
        const PreReviewResult late = review(QStringLiteral("deferral"), QString(), fields);
        QCOMPARE(late.verdict, Verdict::CannotProceed);
        QCOMPARE(late.details.value(u"employer").toString(), QStringLiteral("北京市测试餐饮有限公司"));
        QVERIFY(!late.details.value(u"eligible").toBool());

        // The same employer applying in June 2022 (the request built by hand, today moved).
        PreReviewRequest request = requestFor(QStringLiteral("deferral"), QString(), fields);
        QVERIFY(request.employer);
        request.today = QDate(2022, 6, 15);
        const auto r = PreReviewRegistry::builtIn().find(QStringLiteral("deferral"))->review(request);
        QVERIFY(r.ok());
        QCOMPARE(r->verdict, Verdict::Ready);
        QVERIFY(r->details.value(u"eligible").toBool());
        qInfo().noquote() << texts(*r).join(u'\n');

        // An employer not stored.
        const PreReviewResult unknown = review(QStringLiteral("deferral"), QString(),
                                               {{QStringLiteral("employer_uscc"), identity::Uscc::make(QStringLiteral("350100"), 1001)}});
        QCOMPARE(unknown.verdict, Verdict::NeedsAttention);
    }

    void eligibilityVerification()
    {
        // 李志强 retired in 2024-03 and pays nothing since: drawing a pension.
        PreReviewResult r = review(QStringLiteral("eligibility-verification"), demo::DemoGenerator::colleagueLiCitizenId(),
                                   {{QStringLiteral("verification_method"), QStringLiteral("home")}});
        QCOMPARE(r.verdict, Verdict::Ready);
        QCOMPARE(r.details.value(u"method").toString(), QStringLiteral("home"));
        QCOMPARE(r.details.value(u"verified_on").toString(), QStringLiteral("2026-12-02"));
        QCOMPARE(r.details.value(u"next_due").toString(), QStringLiteral("2027-12-02"));
        QCOMPARE(r.details.value(u"drawing").toString(), QStringLiteral("pension"));
        // The man still pays (2026-11) and is below his earliest pension month 2027-03: refused.
        r = review(QStringLiteral("eligibility-verification"), m_man,
                   {{QStringLiteral("verification_method"), QStringLiteral("outreach")}});
        QCOMPARE(r.verdict, Verdict::CannotProceed);
        // A method not in the list is an input error naming the field.
        const auto bad = PreReviewRegistry::builtIn()
                             .find(QStringLiteral("eligibility-verification"))
                             ->review(requestFor(QStringLiteral("eligibility-verification"), m_man,
                                                 {{QStringLiteral("verification_method"), QStringLiteral("phone")}}));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("fields.verification_method"));
        // 12 months on; 29 February → 28 February.
        QCOMPARE(prereview::EligibilityVerificationPreReview::nextDue(QDate(2028, 2, 29)), QDate(2029, 2, 28));
    }

    void subjectNotStored()
    {
        const QString stranger = identity::CitizenId::make(QStringLiteral("110105"), QDate(1966, 1, 1), 77);
        for (const QString &engine : {QStringLiteral("retirement"), QStringLiteral("unemployment-stop")}) {
            const PreReviewResult r = review(engine, stranger, {});
            QCOMPARE(r.verdict, Verdict::NeedsAttention);
        }
    }

    void cleanupTestCase() { m_context.reset(); }

private:
    PreReviewRequest requestFor(const QString &engine, const QString &subject, const QJsonObject &fields)
    {
        PreReviewInputs::Matter matter;
        matter.matterId = engine + QStringLiteral("-matter");
        matter.engine = engine;
        matter.fields = fields;
        matter.fieldsByType = services::RegistryPreReviewRunner::fieldsByType(fields);
        matter.subjectIdNumber = subject;
        const auto parameters = m_context->context().parameters();
        const auto loaded
            = m_context->store()
                  .read<PreReviewRequest>([&](QSqlDatabase db) { return PreReviewInputs::load(db, matter, test::clock(), parameters); })
                  .result();
        if (!loaded)
            qFatal("the inputs did not load: %s", qPrintable(loaded.error().message));
        return *loaded;
    }

    PreReviewResult review(const QString &engine, const QString &subject, const QJsonObject &fields)
    {
        const auto r = PreReviewRegistry::builtIn().find(engine)->review(requestFor(engine, subject, fields));
        if (!r)
            qFatal("%s failed: %s: %s", qPrintable(engine), qPrintable(r.error().field), qPrintable(r.error().message));
        return *r;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<test::TestContext> m_context;
    QString m_man, m_woman, m_changsha;
};

QTEST_GUILESS_MAIN(TestPreReview)
#include "testprereview.moc"
