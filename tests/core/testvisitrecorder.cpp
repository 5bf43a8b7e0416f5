// Tests of tongban::services::VisitRecorder on a real store (StoreService on a demo file): a
// calculation shown again in the same visit is kept once, a changed one is kept; someone else
// joins the visit or starts a new one only as the clerk chose.

#include "demo/demogenerator.h"
#include "pension/casefromrecords.h"
#include "services/visitrecorder.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include "testcontext.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tongban;
using services::VisitRecorder;

namespace {

constexpr int timeoutMs = 60000;

} // namespace

class TestVisitRecorder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sameCalculationShownAgainIsKeptOnce();
    void changedCalculationIsKept();
    void placementSaysWhenToAsk();
    void someoneElseAddedToTheVisit();
    void someoneElseInANewVisit();
    void endedVisitOpensANewOneWithoutAsking();

private:
    /// The person @p citizenId as stored, with the pension the breakdown tab shows on 2026-12
    /// (statutory month, or @p retirement).
    pension::PensionOutcome outcomeOf(const insured::InsuredPerson &person, std::optional<YearMonth> retirement = std::nullopt);
    insured::InsuredPerson person(const QString &citizenId);
    /// Waits until the recorder has reported every job.
    void settle(VisitRecorder &recorder);
    qint64 scalar(const QString &sql);

    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    std::unique_ptr<test::TestContext> m_context;
    int m_file = 0;
};

void TestVisitRecorder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_parameters = test::shippedParameters();
}

void TestVisitRecorder::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_file));
    const auto written = demo::DemoGenerator(m_parameters, 5).writeNewFile(m_path, 5);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    m_context = std::make_unique<test::TestContext>(m_path);
    QVERIFY(m_context->open());
}

void TestVisitRecorder::cleanup()
{
    m_context.reset();
}

insured::InsuredPerson TestVisitRecorder::person(const QString &citizenId)
{
    auto store = storage::LocalStore::open(m_path, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    const auto found = storage::PersonRepository((*store)->database(), test::clock()).findByCitizenId(citizenId);
    if (!found || !found->has_value())
        qFatal("no person %s", qPrintable(citizenId));
    return **found;
}

pension::PensionOutcome TestVisitRecorder::outcomeOf(const insured::InsuredPerson &p, std::optional<YearMonth> retirement)
{
    auto store = storage::LocalStore::open(m_path, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    const auto records = storage::PersonRepository((*store)->database(), test::clock()).loadContributionRecords(p.id);
    if (!records)
        qFatal("%s", qPrintable(records.error().message));
    pension::CaseOrigin origin;
    origin.today = YearMonth(2026, 12);
    origin.retirement = retirement;
    const auto computed = pension::CaseFromRecords::calculate(p, *records, m_parameters, origin);
    if (!computed)
        qFatal("%s", qPrintable(computed.error().message));
    pension::PensionOutcome outcome;
    outcome.pensionCase = computed->built.pensionCase;
    outcome.result = computed->result;
    outcome.assumptions = computed->built.assumptions;
    outcome.origin = origin;
    return outcome;
}

void TestVisitRecorder::settle(VisitRecorder &recorder)
{
    QTRY_VERIFY_WITH_TIMEOUT(!recorder.isBusy(), timeoutMs);
}

qint64 TestVisitRecorder::scalar(const QString &sql)
{
    auto store = storage::LocalStore::open(m_path, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    QSqlQuery q((*store)->database());
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

// The issue: one person looked up twelve times had eleven near-identical rows.
void TestVisitRecorder::sameCalculationShownAgainIsKeptOnce()
{
    VisitRecorder recorder(m_context->context());
    QSignalSpy recorded(&recorder, &VisitRecorder::recorded);
    QSignalSpy already(&recorder, &VisitRecorder::alreadyRecorded);
    QSignalSpy failed(&recorder, &VisitRecorder::failed);
    QSignalSpy states(&recorder, &VisitRecorder::stateChanged);
    const insured::InsuredPerson wang = person(demo::DemoGenerator::colleagueWangCitizenId());
    const pension::PensionOutcome outcome = outcomeOf(wang);
    for (int lookUp = 0; lookUp < 12; ++lookUp) {
        recorder.personShown(wang, VisitRecorder::Choice::NewVisit, QString());
        recorder.resultShown(outcome);
    }
    settle(recorder);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(already.size(), 11);
    // The one kept is what each later showing answered with.
    const auto first = recorded.first().first().value<session::CalculationSnapshot>();
    QCOMPARE(already.last().first().value<session::CalculationSnapshot>().id, first.id);
    QCOMPARE(first.personId, wang.id);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'pension.calculation'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 1);
    const auto last = states.last().first().value<services::VisitState>();
    QCOMPARE(last.thisVisit.size(), 1);
}

void TestVisitRecorder::changedCalculationIsKept()
{
    VisitRecorder recorder(m_context->context());
    QSignalSpy recorded(&recorder, &VisitRecorder::recorded);
    QSignalSpy already(&recorder, &VisitRecorder::alreadyRecorded);
    const insured::InsuredPerson wang = person(demo::DemoGenerator::colleagueWangCitizenId());
    const pension::PensionOutcome statutory = outcomeOf(wang);
    const pension::PensionOutcome later = outcomeOf(wang, YearMonth(2025, 3));
    QVERIFY(later.result->total != statutory.result->total);
    recorder.personShown(wang, VisitRecorder::Choice::NewVisit, QString());
    recorder.resultShown(statutory);
    recorder.resultShown(later);
    // Back to the first: the visit holds it already.
    recorder.resultShown(statutory);
    // A different input with the same result is a different calculation: a supplement of 0.
    pension::PensionOutcome sameTotal = statutory;
    sameTotal.pensionCase->supplements.append({QStringLiteral("测试加发"), Money()});
    recorder.resultShown(sameTotal);
    settle(recorder);
    QCOMPARE(recorded.size(), 3);
    QCOMPARE(already.size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'pension.calculation'")), 3);
}

void TestVisitRecorder::placementSaysWhenToAsk()
{
    VisitRecorder recorder(m_context->context());
    const insured::InsuredPerson wang = person(demo::DemoGenerator::colleagueWangCitizenId());
    const insured::InsuredPerson li = person(demo::DemoGenerator::colleagueLiCitizenId());
    QCOMPARE(recorder.placementOf(wang.id), VisitRecorder::Placement::NoVisitOpen);
    recorder.personShown(wang, VisitRecorder::Choice::NewVisit, QString());
    QCOMPARE(recorder.placementOf(wang.id), VisitRecorder::Placement::InVisit);
    QCOMPARE(recorder.placementOf(li.id), VisitRecorder::Placement::SomeoneElse);
    QCOMPARE(recorder.visitPersonNames(), QStringList {wang.name});
    recorder.endVisit();
    QCOMPARE(recorder.placementOf(li.id), VisitRecorder::Placement::NoVisitOpen);
    QVERIFY(recorder.visitPersonNames().isEmpty());
    settle(recorder);
}

void TestVisitRecorder::someoneElseAddedToTheVisit()
{
    VisitRecorder recorder(m_context->context());
    QSignalSpy failed(&recorder, &VisitRecorder::failed);
    QSignalSpy states(&recorder, &VisitRecorder::stateChanged);
    const insured::InsuredPerson wang = person(demo::DemoGenerator::colleagueWangCitizenId());
    const insured::InsuredPerson li = person(demo::DemoGenerator::colleagueLiCitizenId());
    recorder.personShown(wang, VisitRecorder::Choice::NewVisit, QStringLiteral("C007"));
    recorder.resultShown(outcomeOf(wang));
    recorder.personShown(li, VisitRecorder::Choice::AddToVisit, QStringLiteral("C008"));
    recorder.resultShown(outcomeOf(li));
    settle(recorder);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QCOMPARE(recorder.placementOf(li.id), VisitRecorder::Placement::InVisit);
    QCOMPARE(recorder.placementOf(wang.id), VisitRecorder::Placement::InVisit);
    QCOMPARE(recorder.visitPersonNames(), (QStringList {wang.name, li.name}));

    // One visit, still open, with its typed number; a calculation of each, each of its person.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session WHERE status = 'open' AND queue_number = 'C007'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'visit.person_added'")), 1);
    const auto state = states.last().first().value<services::VisitState>();
    QVERIFY(state.session);
    QCOMPARE(state.thisVisit.size(), 2);
    QCOMPARE(state.thisVisit.at(0).personId, wang.id);
    QCOMPARE(state.thisVisit.at(1).personId, li.id);
    QCOMPARE(state.thisVisit.at(1).personName, li.name);
    QVERIFY2(state.personName.contains(wang.name) && state.personName.contains(li.name), qPrintable(state.personName));
    // Li's calculation is listed as Li's, not as the visit's first person's.
    QVERIFY(state.earlier.isEmpty());

    // Showing Wang again goes on with the same visit and keeps nothing new.
    recorder.personShown(wang, VisitRecorder::Choice::NewVisit, QString());
    recorder.resultShown(outcomeOf(wang));
    settle(recorder);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'pension.calculation'")), 2);
}

void TestVisitRecorder::someoneElseInANewVisit()
{
    VisitRecorder recorder(m_context->context());
    QSignalSpy states(&recorder, &VisitRecorder::stateChanged);
    const insured::InsuredPerson wang = person(demo::DemoGenerator::colleagueWangCitizenId());
    const insured::InsuredPerson li = person(demo::DemoGenerator::colleagueLiCitizenId());
    recorder.personShown(wang, VisitRecorder::Choice::NewVisit, QString());
    recorder.resultShown(outcomeOf(wang));
    recorder.personShown(li, VisitRecorder::Choice::NewVisit, QString());
    recorder.resultShown(outcomeOf(li));
    settle(recorder);
    QCOMPARE(recorder.placementOf(wang.id), VisitRecorder::Placement::SomeoneElse);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session WHERE status = 'open'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'visit.person_added'")), 0);
    const auto state = states.last().first().value<services::VisitState>();
    QCOMPARE(state.session->queueNumber, QStringLiteral("A002"));
    QCOMPARE(state.personName, li.name);
    QCOMPARE(state.thisVisit.size(), 1);
}

void TestVisitRecorder::endedVisitOpensANewOneWithoutAsking()
{
    VisitRecorder recorder(m_context->context());
    const insured::InsuredPerson wang = person(demo::DemoGenerator::colleagueWangCitizenId());
    recorder.personShown(wang, VisitRecorder::Choice::AddToVisit, QString());
    recorder.resultShown(outcomeOf(wang));
    recorder.endVisit();
    // The same calculation in the next visit is kept again: it is kept once per visit.
    recorder.resultShown(outcomeOf(wang));
    settle(recorder);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visit_session")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'pension.calculation'")), 2);
}

QTEST_GUILESS_MAIN(TestVisitRecorder)
#include "testvisitrecorder.moc"
