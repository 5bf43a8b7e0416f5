// Tests of the visit and its calculation snapshots (tongban::session) on a real SQLite file in a
// temporary directory: queue numbers, snapshots read back exactly, recomputation with the
// parameters of today (from the stored inputs, and from the person's records with the stored
// origin), and writes that fail without leaving anything behind.

#include "demo/demogenerator.h"
#include "history/contributionhistory.h"
#include "pension/casefromrecords.h"
#include "pension/historycasebuilder.h"
#include "pension/pensioncalculator.h"
#include "pension/pensioncasejson.h"
#include "session/snapshotrecomputer.h"
#include "session/snapshotrepository.h"
#include "session/visitsessionrepository.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace tongban;
using session::CalculationSnapshot;
using session::SnapshotRecomputer;
using session::SnapshotRepository;
using session::VisitSessionRepository;
using storage::LocalStore;

namespace {

/// Beijing local time (the tests run with TZ=Asia/Shanghai, see tests/CMakeLists.txt).
QDateTime local(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime);
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s", qPrintable(sql));
    return q.value(0).toLongLong();
}

/// A made-up Beijing case without a transitional pension, simple enough to work out by hand:
/// 30 years at index 1.1, pension from 2024-03 at 60 (139 payout months), balance 139000.
QJsonObject handCase()
{
    return QJsonDocument::fromJson(R"({"region": "110000", "group": "male", "birth": "1964-03", "retirement": "2024-03",
        "average_index": 1.1, "actual_months": 360, "account_balance": 139000, "transitional": {"parts": []}})")
        .object();
}

/// A copy of the shipped parameters in @p directory, with the text @p from (found exactly once)
/// of the file @p changedFile replaced by @p to.
bool copyParametersWith(const QString &directory, const QString &changedFile, const QByteArray &from, const QByteArray &to)
{
    QDirIterator it(QStringLiteral(":/parameters"), QDir::Files, QDirIterator::Subdirectories);
    int copied = 0;
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(QStringLiteral(":/parameters/").size());
        const QString target = QDir(directory).filePath(relative);
        QDir().mkpath(QFileInfo(target).path());
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QByteArray bytes = in.readAll();
        if (relative == changedFile) {
            if (bytes.count(from) != 1)
                return false;
            bytes.replace(from, to);
        }
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return false;
        ++copied;
    }
    return copied > 1;
}

/// A copy of the shipped parameters in @p directory, with Beijing's 2024 calculation base
/// 11883 replaced by @p base.
bool copyParametersWithBeijingBase(const QString &directory, int base)
{
    return copyParametersWith(directory, QStringLiteral("regions/110000.json"), "\"value\": 11883,",
                              QByteArray("\"value\": ") + QByteArray::number(base) + QByteArray(","));
}

/// A copy of the shipped parameters in @p directory, with the crediting rate of 2020
/// (0.0604, 人社部 notice) replaced by 0.0650, as a corrected publication would.
bool copyParametersWithCreditingRate2020(const QString &directory)
{
    return copyParametersWith(directory, QStringLiteral("national.json"), "{\"year\": 2020, \"rate\": 0.0604,",
                              "{\"year\": 2020, \"rate\": 0.0650,");
}

const session::ComponentChange *component(const session::SnapshotComparison &c, const QString &key)
{
    for (const session::ComponentChange &change : c.components)
        if (change.key == key)
            return &change;
    return nullptr;
}

const session::ParameterFileChange *file(const session::SnapshotComparison &c, const QString &name)
{
    for (const session::ParameterFileChange &change : c.files)
        if (change.file == name)
            return &change;
    return nullptr;
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void queueNumbersCountTheLocalDay();
    void openingClosesTheClerksPreviousVisit();
    void openingForAnUnknownPersonChangesNothing();
    void badOpenRequestsAreRefused_data();
    void badOpenRequestsAreRefused();
    void closeIsIdempotentAndKnowsItsVisits();

    void demoCaseReadsBackExactly();
    void snapshotsAreListedPerVisitAndPerPerson();
    void snapshotForMissingOrClosedVisitIsRefused();
    void damagedPayloadIsAnError();
    void sameCalculationIsKeptOncePerVisitAndPerson();
    void personAddedToAVisit();

    void recomputeWithSameParametersSaysNoChange();
    void recomputeWithChangedBaseShowsTheDifference();
    void recomputeDemoCaseWithChangedBase();
    void caseThatNoLongerComputesGivesTheError();
    void caseThatNoLongerParsesGivesTheField();

    void originRoundTripsThroughJson();
    void malformedOriginIsRefusedWithItsPath_data();
    void malformedOriginIsRefusedWithItsPath();
    void originIsStoredAndOldPayloadsStillRead();
    void frozenPayloadOfFormat1StillReads();
    void recomputeFromRecordsWithSameParametersSaysNoChange();
    void recomputeFromRecordsShowsACorrectedCreditingRate();
    void recomputeFromRecordsNeedsTheOriginAndThePerson();

    void provisionalBaseIsStoredAndResolvedWhenPublished();

private:
    /// Records @p caseJson (computed with @p parameters) in a new visit of 王建国.
    CalculationSnapshot recordCase(const QJsonObject &caseJson, const std::shared_ptr<const policy::ParameterSet> &parameters);
    /// Records 王建国's pension built from his records with @p origin (pension::CaseFromRecords,
    /// as the breakdown tab does) in a new visit, with its origin.
    CalculationSnapshot recordFromRecords(const pension::CaseOrigin &origin);
    /// 王建国's pension from his records as the breakdown tab computes it on 2026-01 (statutory month).
    static pension::CaseOrigin wangOrigin();

    QTemporaryDir m_dir;
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    std::unique_ptr<LocalStore> m_store;
    QString m_wangId;
    insured::InsuredPerson m_wang;
    QList<insured::ContributionRecord> m_wangRecords;
    int m_file = 0;
};

void TestSnapshots::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_parameters = test::shippedParameters();
}

void TestSnapshots::init()
{
    // A fresh demo file per test: no test sees another's visits.
    const QString path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_file));
    const auto written = demo::DemoGenerator(m_parameters, 7).writeNewFile(path, 5);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
    auto store = LocalStore::open(path, LocalStore::OpenMode::ExistingOnly);
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
    m_store = std::move(store).value();
    const storage::PersonRepository persons(m_store->database(), test::clock());
    const auto wang = persons.findByCitizenId(demo::DemoGenerator::colleagueWangCitizenId());
    QVERIFY(wang.ok() && wang->has_value());
    m_wang = **wang;
    m_wangId = m_wang.id;
    m_wangRecords = *persons.loadContributionRecords(m_wangId);
    QVERIFY(!m_wangRecords.isEmpty());
}

void TestSnapshots::cleanup()
{
    m_store.reset();
}

CalculationSnapshot TestSnapshots::recordCase(const QJsonObject &caseJson, const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    VisitSessionRepository visits(m_store->database(), test::clock());
    const auto visit = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    if (!visit)
        qFatal("%s", qPrintable(visit.error().message));
    const auto pensionCase = pension::PensionCaseJson::parse(caseJson);
    if (!pensionCase)
        qFatal("%s: %s", qPrintable(pensionCase.error().field), qPrintable(pensionCase.error().message));
    const auto result = pension::PensionCalculator(parameters).calculate(*pensionCase);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    SnapshotRepository snapshots(m_store->database(), test::clock());
    const auto stored
        = snapshots.record({visit->id, QStringLiteral("clerk-1"), *pensionCase, *result, {}, parameters->versionsFor(pensionCase->region)});
    if (!stored)
        qFatal("%s", qPrintable(stored.error().message));
    return *stored;
}

pension::CaseOrigin TestSnapshots::wangOrigin()
{
    pension::CaseOrigin origin;
    origin.today = YearMonth(2026, 1);
    return origin;
}

CalculationSnapshot TestSnapshots::recordFromRecords(const pension::CaseOrigin &origin)
{
    const auto computed = pension::CaseFromRecords::calculate(m_wang, m_wangRecords, m_parameters, origin);
    if (!computed)
        qFatal("%s: %s", qPrintable(computed.error().field), qPrintable(computed.error().message));
    VisitSessionRepository visits(m_store->database(), test::clock());
    const auto visit = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    if (!visit)
        qFatal("%s", qPrintable(visit.error().message));
    SnapshotRepository::NewSnapshot snapshot;
    snapshot.sessionId = visit->id;
    snapshot.clerk = QStringLiteral("clerk-1");
    snapshot.pensionCase = computed->built.pensionCase;
    snapshot.result = computed->result;
    snapshot.assumptions = computed->built.assumptions;
    snapshot.parameterVersions = m_parameters->versionsFor(computed->result.region);
    snapshot.origin = origin;
    const auto stored = SnapshotRepository(m_store->database(), test::clock()).record(snapshot);
    if (!stored)
        qFatal("%s", qPrintable(stored.error().message));
    return *stored;
}

// Showing the same calculation of the same person again in a visit adds no row; a changed
// input, a changed figure, another person or another visit does.
void TestSnapshots::sameCalculationIsKeptOncePerVisitAndPerson()
{
    QDateTime now = local(2026, 3, 2, 9, 0);
    const Clock clock = [&now] { return now; };
    VisitSessionRepository visits(m_store->database(), clock);
    const auto visit = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(visit.ok());
    const auto computed = pension::CaseFromRecords::calculate(m_wang, m_wangRecords, m_parameters, wangOrigin());
    QVERIFY(computed.ok());
    SnapshotRepository::NewSnapshot snapshot;
    snapshot.sessionId = visit->id;
    snapshot.clerk = QStringLiteral("clerk-1");
    snapshot.pensionCase = computed->built.pensionCase;
    snapshot.result = computed->result;
    snapshot.parameterVersions = m_parameters->versionsFor(computed->result.region);
    snapshot.origin = wangOrigin();
    SnapshotRepository snapshots(m_store->database(), clock);

    const auto first = snapshots.keep(snapshot);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QVERIFY(first->added);
    // Later, with other assumptions read out and another origin: the same case and result.
    now = now.addSecs(90);
    SnapshotRepository::NewSnapshot again = snapshot;
    again.assumptions = QStringList {QStringLiteral("read out again")};
    const auto second = snapshots.keep(again);
    QVERIFY(second.ok());
    QVERIFY(!second->added);
    QCOMPARE(second->snapshot.id, first->snapshot.id);
    QCOMPARE(second->snapshot.createdAt, first->snapshot.createdAt);
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM session_event")), 1);

    // A changed input: another start month, computed again.
    pension::CaseOrigin later = wangOrigin();
    later.retirement = YearMonth(2025, 3);
    const auto laterComputed = pension::CaseFromRecords::calculate(m_wang, m_wangRecords, m_parameters, later);
    QVERIFY(laterComputed.ok());
    SnapshotRepository::NewSnapshot changed = snapshot;
    changed.pensionCase = laterComputed->built.pensionCase;
    changed.result = laterComputed->result;
    QVERIFY(snapshots.keep(changed)->added);
    // A changed figure with the same inputs (a parameter file corrected since): kept too.
    SnapshotRepository::NewSnapshot corrected = snapshot;
    corrected.result.total = corrected.result.total + Money::fromFen(1);
    QVERIFY(snapshots.keep(corrected)->added);
    // record() keeps every showing, as before.
    QVERIFY(snapshots.record(snapshot).ok());
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM session_event")), 4);

    // The next visit keeps it again: once per visit.
    const auto next = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(next.ok());
    snapshot.sessionId = next->id;
    QVERIFY(snapshots.keep(snapshot)->added);
    // A closed visit keeps nothing, whether or not it holds the calculation.
    snapshot.sessionId = visit->id;
    const auto closed = snapshots.keep(snapshot);
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error().field, QStringLiteral("session_id"));
}

// A visit may serve another person too (the clerk chose so): their calculation is theirs, listed
// with their earlier ones; a person the visit does not serve is refused.
void TestSnapshots::personAddedToAVisit()
{
    const storage::PersonRepository persons(m_store->database(), test::clock());
    const auto li = persons.findByCitizenId(demo::DemoGenerator::colleagueLiCitizenId());
    QVERIFY(li.ok() && li->has_value());
    const QString liId = (**li).id;
    VisitSessionRepository visits(m_store->database(), test::clock());
    const auto visit = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(visit.ok());
    QCOMPARE(*visits.persons(visit->id), QStringList {m_wangId});

    const auto computed = pension::CaseFromRecords::calculate(**li, *persons.loadContributionRecords(liId), m_parameters, wangOrigin());
    QVERIFY(computed.ok());
    SnapshotRepository::NewSnapshot snapshot;
    snapshot.sessionId = visit->id;
    snapshot.clerk = QStringLiteral("clerk-1");
    snapshot.pensionCase = computed->built.pensionCase;
    snapshot.result = computed->result;
    snapshot.parameterVersions = m_parameters->versionsFor(computed->result.region);
    snapshot.personId = liId;
    SnapshotRepository snapshots(m_store->database(), test::clock());
    const auto refused = snapshots.keep(snapshot);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("person_id"));

    QVERIFY(visits.addPerson(visit->id, liId, QStringLiteral("clerk-1")).ok());
    QVERIFY(visits.addPerson(visit->id, liId, QStringLiteral("clerk-1")).ok()); // once is enough
    QVERIFY(visits.addPerson(visit->id, m_wangId, QStringLiteral("clerk-1")).ok());
    QCOMPARE(*visits.persons(visit->id), (QStringList {m_wangId, liId}));
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'visit.person_added'")), 1);
    QCOMPARE(visits.addPerson(visit->id, QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11"), QStringLiteral("clerk-1")).error().field,
             QStringLiteral("person_id"));

    const auto kept = snapshots.keep(snapshot);
    QVERIFY2(kept.ok(), kept.ok() ? "" : qPrintable(kept.error().message));
    QCOMPARE(kept->snapshot.personId, liId);
    QCOMPARE(snapshots.load(kept->snapshot.id)->personId, liId);
    const auto ofLi = snapshots.listForPerson(liId);
    QVERIFY(ofLi.ok());
    QCOMPARE(ofLi->size(), 1);
    QCOMPARE(ofLi->first().personName, demo::DemoGenerator::colleagueLiName());
    QCOMPARE(snapshots.listForPerson(m_wangId)->size(), 0);
    const auto ofVisit = snapshots.listForSession(visit->id);
    QCOMPARE(ofVisit->size(), 1);
    QCOMPARE(ofVisit->first().personId, liId);

    QVERIFY(visits.close(visit->id).ok());
    const auto closed = visits.addPerson(visit->id, liId, QStringLiteral("clerk-1"));
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error().field, QStringLiteral("session_id"));
}

void TestSnapshots::queueNumbersCountTheLocalDay()
{
    QDateTime now = local(2026, 3, 2, 8, 30);
    VisitSessionRepository visits(m_store->database(), [&now] { return now; });
    const auto first = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->queueNumber, QStringLiteral("A001"));
    now = now.addSecs(600);
    const auto second = visits.open({m_wangId, QStringLiteral("clerk-2"), QString(), QString()});
    QVERIFY(second.ok());
    QCOMPARE(second->queueNumber, QStringLiteral("A002"));
    // A number typed from the queue ticket is kept as typed and does not move the counter.
    const auto typed = visits.open({m_wangId, QStringLiteral("clerk-3"), QStringLiteral(" B017 "), QString()});
    QVERIFY(typed.ok());
    QCOMPARE(typed->queueNumber, QStringLiteral("B017"));
    // 23:59 local is 15:59 UTC of the same date; 00:01 local the next day is still that UTC
    // date: the counter must follow the local day, not the UTC one.
    now = local(2026, 3, 2, 23, 59);
    const auto third = visits.open({m_wangId, QStringLiteral("clerk-4"), QString(), QString()});
    QVERIFY(third.ok());
    QCOMPARE(third->queueNumber, QStringLiteral("A003"));
    now = local(2026, 3, 3, 0, 1);
    QCOMPARE(now.toUTC().date(), QDate(2026, 3, 2));
    const auto nextDay = visits.open({m_wangId, QStringLiteral("clerk-4"), QString(), QString()});
    QVERIFY(nextDay.ok());
    QCOMPARE(nextDay->queueNumber, QStringLiteral("A001"));
    QCOMPARE(nextDay->openedAt, now.toUTC());
    QCOMPARE(nextDay->openedAt.timeSpec(), Qt::UTC);
    QCOMPARE(VisitSessionRepository::automaticQueueNumber(1000), QStringLiteral("A1000"));

    // The number after A999 is A1000 and counts as automatic.
    const auto big = visits.open({m_wangId, QStringLiteral("clerk-5"), QStringLiteral("A999"), QString()});
    QVERIFY(big.ok());
    const auto after = visits.open({m_wangId, QStringLiteral("clerk-6"), QString(), QString()});
    QVERIFY(after.ok());
    QCOMPARE(after->queueNumber, QStringLiteral("A1000"));

    // Each window category counts its own numbers: the first B of the day is B001 although
    // A numbers were handed out, and A goes on from its own last one.
    VisitSessionRepository::OpenRequest atB {m_wangId, QStringLiteral("clerk-7"), QString(), QString()};
    atB.queueCategory = u'B';
    const auto firstB = visits.open(atB);
    QVERIFY(firstB.ok());
    QCOMPARE(firstB->queueNumber, QStringLiteral("B001"));
    atB.clerk = QStringLiteral("clerk-8");
    QCOMPARE(visits.open(atB)->queueNumber, QStringLiteral("B002"));
    QCOMPARE(visits.open({m_wangId, QStringLiteral("clerk-9"), QString(), QString()})->queueNumber, QStringLiteral("A1001"));
    VisitSessionRepository::OpenRequest lower {m_wangId, QStringLiteral("clerk-10"), QString(), QString()};
    lower.queueCategory = u'b';
    const auto refused = visits.open(lower);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("queue_category"));

    // The stored rows are what was returned.
    const auto reread = visits.load(first->id);
    QVERIFY(reread.ok());
    QCOMPARE(reread->queueNumber, QStringLiteral("A001"));
    QCOMPARE(reread->personId, m_wangId);
    QCOMPARE(reread->clerk, QStringLiteral("clerk-1"));
    QCOMPARE(reread->openedAt, local(2026, 3, 2, 8, 30).toUTC());
    QVERIFY(reread->isOpen());
}

void TestSnapshots::openingClosesTheClerksPreviousVisit()
{
    QDateTime now = local(2026, 3, 2, 9, 0);
    VisitSessionRepository visits(m_store->database(), [&now] { return now; });
    const auto first = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    const auto other = visits.open({m_wangId, QStringLiteral("clerk-2"), QString(), QString()});
    QVERIFY(first.ok() && other.ok());
    auto open = visits.findOpen(QStringLiteral("clerk-1"));
    QVERIFY(open.ok() && open->has_value());
    QCOMPARE((*open)->id, first->id);

    now = now.addSecs(300);
    const QString presetId = QStringLiteral("0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9");
    const auto second = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), presetId});
    QVERIFY(second.ok());
    QCOMPARE(second->id, presetId);
    const auto closed = visits.load(first->id);
    QVERIFY(closed.ok());
    QVERIFY(!closed->isOpen());
    QCOMPARE(closed->closedAt, now.toUTC());
    QCOMPARE(closed->version, 2);
    // Another clerk's visit is not touched.
    QVERIFY(visits.load(other->id)->isOpen());
    open = visits.findOpen(QStringLiteral("clerk-1"));
    QCOMPARE((*open)->id, presetId);
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visit_session WHERE status = 'open'")), 2);
}

void TestSnapshots::openingForAnUnknownPersonChangesNothing()
{
    VisitSessionRepository visits(m_store->database(), test::clock());
    const auto first = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(first.ok());
    const auto refused
        = visits.open({QStringLiteral("ffffffff-0000-4000-8000-000000000000"), QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::NotFound);
    QCOMPARE(refused.error().field, QStringLiteral("person_id"));
    // The previous visit is still open: its closing was part of the failed transaction.
    QVERIFY(visits.load(first->id)->isOpen());
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visit_session")), 1);
}

void TestSnapshots::badOpenRequestsAreRefused_data()
{
    QTest::addColumn<QString>("clerk");
    QTest::addColumn<QString>("queueNumber");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::newRow("no clerk") << QStringLiteral("  ") << QString() << QString() << QStringLiteral("clerk");
    QTest::newRow("queue number with a space") << QStringLiteral("c") << QStringLiteral("A 01") << QString()
                                               << QStringLiteral("queue_number");
    QTest::newRow("queue number too long") << QStringLiteral("c") << QString(17, u'1') << QString() << QStringLiteral("queue_number");
    QTest::newRow("id not a uuid") << QStringLiteral("c") << QString() << QStringLiteral("visit-1") << QStringLiteral("id");
}

void TestSnapshots::badOpenRequestsAreRefused()
{
    QFETCH(QString, clerk);
    QFETCH(QString, queueNumber);
    QFETCH(QString, id);
    QFETCH(QString, field);
    VisitSessionRepository visits(m_store->database(), test::clock());
    const auto refused = visits.open({m_wangId, clerk, queueNumber, id});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    QCOMPARE(refused.error().field, field);
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM visit_session")), 0);
}

void TestSnapshots::closeIsIdempotentAndKnowsItsVisits()
{
    VisitSessionRepository visits(m_store->database(), test::clock());
    const auto visit = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(visit.ok());
    QVERIFY(visits.close(visit->id).ok());
    const QDateTime closedAt = visits.load(visit->id)->closedAt;
    QVERIFY(closedAt.isValid());
    QVERIFY(visits.close(visit->id).ok());
    QCOMPARE(visits.load(visit->id)->closedAt, closedAt);
    QCOMPARE(visits.load(visit->id)->version, 2);
    QVERIFY(!visits.findOpen(QStringLiteral("clerk-1"))->has_value());
    const auto unknown = visits.close(QStringLiteral("ffffffff-0000-4000-8000-000000000000"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
}

void TestSnapshots::demoCaseReadsBackExactly()
{
    // 王建国 of the demo file, as the window computes him at his statutory month.
    const auto built
        = pension::HistoryCaseBuilder::build(m_wang, m_wangRecords, *m_parameters, std::nullopt, YearMonth(2026, 1), std::nullopt);
    QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
    const auto result = pension::PensionCalculator(m_parameters).calculate(built->pensionCase);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    QVERIFY(!result->lines.isEmpty());

    const QDateTime shownAt(QDate(2026, 3, 2), QTime(1, 2, 3, 456), QTimeZone::utc());
    VisitSessionRepository visits(m_store->database(), test::clock());
    const auto visit = visits.open({m_wangId, QStringLiteral("王丽"), QString(), QString()});
    QVERIFY(visit.ok());
    SnapshotRepository snapshots(m_store->database(), [&shownAt] { return shownAt; });
    const QList<policy::ParameterFileVersion> versions = m_parameters->versionsFor(built->pensionCase.region);
    QCOMPARE(versions.size(), 2);
    QStringList assumptions = built->assumptions;
    assumptions << QStringLiteral("假设：引号 \" 与反斜杠 \\ 原样保存");
    const auto stored = snapshots.record({visit->id, QStringLiteral("王丽"), built->pensionCase, *result, assumptions, versions});
    QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().message));

    const auto loaded = snapshots.load(stored->id);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->id, stored->id);
    QCOMPARE(loaded->sessionId, visit->id);
    QCOMPARE(loaded->personId, m_wangId);
    QCOMPARE(loaded->clerk, QStringLiteral("王丽"));
    QCOMPARE(loaded->createdAt, shownAt);
    QCOMPARE(loaded->kind, QStringLiteral("pension"));
    QCOMPARE(loaded->caseJson, pension::PensionCaseJson::caseToJson(built->pensionCase));
    QCOMPARE(loaded->resultJson, pension::PensionCaseJson::toJson(*result));
    QCOMPARE(loaded->parameterVersions, versions);
    QCOMPARE(loaded->assumptions, assumptions);
    // Byte for byte, as the contract prints them.
    QCOMPARE(QJsonDocument(loaded->caseJson).toJson(), QJsonDocument(pension::PensionCaseJson::caseToJson(built->pensionCase)).toJson());
    QCOMPARE(QJsonDocument(loaded->resultJson).toJson(), QJsonDocument(pension::PensionCaseJson::toJson(*result)).toJson());
    // The stored case gives back the case.
    const auto reparsed = pension::PensionCaseJson::parse(loaded->caseJson);
    QVERIFY(reparsed.ok());
    QCOMPARE(pension::PensionCaseJson::caseToJson(*reparsed), loaded->caseJson);
    // One row, of the agreed kind, valid JSON.
    QCOMPARE(count(m_store->database(),
                   QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'pension.calculation'"
                                  " AND json_valid(payload)")),
             1);
}

void TestSnapshots::snapshotsAreListedPerVisitAndPerPerson()
{
    QDateTime now = local(2026, 3, 2, 9, 0);
    auto clock = [&now] { return now; };
    VisitSessionRepository visits(m_store->database(), clock);
    SnapshotRepository snapshots(m_store->database(), clock);
    const auto pensionCase = pension::PensionCaseJson::parse(handCase());
    QVERIFY(pensionCase.ok());
    const auto result = pension::PensionCalculator(m_parameters).calculate(*pensionCase);
    QVERIFY(result.ok());
    const auto versions = m_parameters->versionsFor(QStringLiteral("110000"));

    const auto morning = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(morning.ok());
    QStringList morningIds;
    for (int i = 0; i < 2; ++i) {
        now = now.addSecs(60);
        const auto s = snapshots.record({morning->id, QStringLiteral("clerk-1"), *pensionCase, *result, {}, versions});
        QVERIFY(s.ok());
        morningIds << s->id;
    }
    now = now.addSecs(3600);
    const auto afternoon = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(afternoon.ok());
    now = now.addSecs(60);
    const auto later = snapshots.record({afternoon->id, QStringLiteral("clerk-1"), *pensionCase, *result, {}, versions});
    QVERIFY(later.ok());

    const auto ofMorning = snapshots.listForSession(morning->id);
    QVERIFY(ofMorning.ok());
    QCOMPARE(ofMorning->size(), 2);
    QCOMPARE(ofMorning->at(0).id, morningIds.at(0));
    QCOMPARE(ofMorning->at(1).id, morningIds.at(1));
    QCOMPARE(ofMorning->at(0).queueNumber, QStringLiteral("A001"));
    QCOMPARE(ofMorning->at(0).total, result->total);
    QCOMPARE(ofMorning->at(0).retirement, QStringLiteral("2024-03"));
    QCOMPARE(ofMorning->at(0).region, QStringLiteral("110000"));
    QCOMPARE(ofMorning->at(0).kind, QStringLiteral("pension"));
    QCOMPARE(ofMorning->at(0).createdAt, local(2026, 3, 2, 9, 1).toUTC());

    const auto ofPerson = snapshots.listForPerson(m_wangId);
    QVERIFY(ofPerson.ok());
    QCOMPARE(ofPerson->size(), 3);
    QCOMPARE(ofPerson->at(0).id, later->id); // newest first
    QCOMPARE(ofPerson->at(0).queueNumber, QStringLiteral("A002"));
    QCOMPARE(ofPerson->at(2).id, morningIds.at(0));
    QCOMPARE(snapshots.listForPerson(m_wangId, 1)->size(), 1);
    QVERIFY(snapshots.listForPerson(QStringLiteral("ffffffff-0000-4000-8000-000000000000"))->isEmpty());
    QVERIFY(snapshots.listForSession(QStringLiteral("ffffffff-0000-4000-8000-000000000000"))->isEmpty());
}

void TestSnapshots::snapshotForMissingOrClosedVisitIsRefused()
{
    const auto pensionCase = pension::PensionCaseJson::parse(handCase());
    const auto result = pension::PensionCalculator(m_parameters).calculate(*pensionCase);
    QVERIFY(result.ok());
    const auto versions = m_parameters->versionsFor(QStringLiteral("110000"));
    SnapshotRepository snapshots(m_store->database(), test::clock());

    const auto missing = snapshots.record(
        {QStringLiteral("ffffffff-0000-4000-8000-000000000000"), QStringLiteral("clerk-1"), *pensionCase, *result, {}, versions});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QCOMPARE(missing.error().field, QStringLiteral("session_id"));

    VisitSessionRepository visits(m_store->database(), test::clock());
    const auto visit = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(visit.ok());
    const auto noVersions = snapshots.record({visit->id, QStringLiteral("clerk-1"), *pensionCase, *result, {}, {}});
    QVERIFY(!noVersions.ok());
    QCOMPARE(noVersions.error().field, QStringLiteral("parameters"));
    const auto noClerk = snapshots.record({visit->id, QStringLiteral(" "), *pensionCase, *result, {}, versions});
    QVERIFY(!noClerk.ok());
    QCOMPARE(noClerk.error().field, QStringLiteral("clerk"));

    QVERIFY(visits.close(visit->id).ok());
    const auto closed = snapshots.record({visit->id, QStringLiteral("clerk-1"), *pensionCase, *result, {}, versions});
    QVERIFY(!closed.ok());
    QCOMPARE(closed.error().kind, Error::Kind::BadInput);
    QCOMPARE(closed.error().field, QStringLiteral("session_id"));

    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM session_event")), 0);
    // The connection is usable afterwards: no transaction was left open.
    const auto next = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(next.ok());
    QVERIFY(snapshots.record({next->id, QStringLiteral("clerk-1"), *pensionCase, *result, {}, versions}).ok());
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM session_event")), 1);

    const auto unknown = snapshots.load(QStringLiteral("ffffffff-0000-4000-8000-000000000000"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
}

void TestSnapshots::damagedPayloadIsAnError()
{
    const CalculationSnapshot stored = recordCase(handCase(), m_parameters);
    QSqlQuery q(m_store->database());
    QVERIFY(q.prepare(QStringLiteral("UPDATE session_event SET payload = json_remove(payload, '$.result') WHERE id = :id")));
    q.bindValue(QStringLiteral(":id"), stored.id);
    QVERIFY(q.exec());
    const auto loaded = SnapshotRepository(m_store->database(), test::clock()).load(stored.id);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, Error::Kind::Storage);
    QVERIFY2(loaded.error().message.contains(QStringLiteral("result")), qPrintable(loaded.error().message));
}

void TestSnapshots::recomputeWithSameParametersSaysNoChange()
{
    const CalculationSnapshot stored = recordCase(handCase(), m_parameters);
    const auto loaded = SnapshotRepository(m_store->database(), test::clock()).load(stored.id);
    QVERIFY(loaded.ok());
    // A separately loaded, equal parameter set: equal versions, equal figures.
    const auto again = policy::ParameterSet::loadBuiltIn();
    QVERIFY(again.ok());
    const auto comparison = SnapshotRecomputer(*again).recompute(*loaded);
    QVERIFY2(comparison.ok(), comparison.ok() ? "" : qPrintable(comparison.error().message));
    QVERIFY(comparison->isUnchanged());
    QVERIFY(!comparison->parametersChanged());
    QVERIFY(!comparison->resultChanged());
    QVERIFY(comparison->lines.isEmpty());
    QCOMPARE(comparison->components.size(), 8);
    for (const session::ComponentChange &c : comparison->components) {
        QVERIFY2(!c.changed(), qPrintable(c.key));
        if (c.isAmount)
            QCOMPARE(c.differenceFen().value(), qint64(0));
    }
    QCOMPARE(comparison->files.size(), 2);
    QCOMPARE(comparison->resultJson, loaded->resultJson);
}

void TestSnapshots::recomputeWithChangedBaseShowsTheDifference()
{
    const CalculationSnapshot stored = recordCase(handCase(), m_parameters);
    QTemporaryDir changedDir;
    QVERIFY(copyParametersWithBeijingBase(changedDir.path(), 11900));
    const auto changed = policy::ParameterSet::loadFromDirectory(changedDir.path());
    QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().message));

    const auto loaded = SnapshotRepository(m_store->database(), test::clock()).load(stored.id);
    QVERIFY(loaded.ok());
    const auto comparison = SnapshotRecomputer(*changed).recompute(*loaded);
    QVERIFY2(comparison.ok(), comparison.ok() ? "" : qPrintable(comparison.error().message));
    QVERIFY(!comparison->isUnchanged());

    // By hand (Beijing: indexed wage and amounts half-up to the fen, 30 whole years):
    //   then  C = 11883: C × I = 13071.30; (11883 + 13071.30) / 2 × 30 × 1 % = 3743.145 → 3743.15
    //   now   C = 11900: C × I = 13090.00; (11900 + 13090.00) / 2 × 30 × 1 % = 3748.50
    //   individual account 139000 / 139 = 1000.00 both times; no transitional pension.
    const auto *base = component(*comparison, QStringLiteral("calculation_base"));
    QVERIFY(base && base->changed() && base->isAmount);
    QCOMPARE(Money::fromYuan(base->before, RoundingMode::HalfUp), Money::fromFen(1188300));
    QCOMPARE(Money::fromYuan(base->after, RoundingMode::HalfUp), Money::fromFen(1190000));
    QCOMPARE(base->differenceFen().value(), qint64(1700));
    const auto *basic = component(*comparison, QStringLiteral("basic_pension"));
    QVERIFY(basic && basic->changed());
    QCOMPARE(Money::fromYuan(basic->before, RoundingMode::HalfUp), Money::fromFen(374315));
    QCOMPARE(Money::fromYuan(basic->after, RoundingMode::HalfUp), Money::fromFen(374850));
    QCOMPARE(basic->differenceFen().value(), qint64(535));
    const auto *total = component(*comparison, QStringLiteral("total"));
    QVERIFY(total && total->changed());
    QCOMPARE(Money::fromYuan(total->before, RoundingMode::HalfUp), Money::fromFen(474315));
    QCOMPARE(total->differenceFen().value(), qint64(535));
    for (const QString &key :
         {QStringLiteral("payout_months"), QStringLiteral("contribution_years"), QStringLiteral("individual_account_pension"),
          QStringLiteral("transitional_pension"), QStringLiteral("supplements")}) {
        const auto *c = component(*comparison, key);
        QVERIFY2(c && !c->changed(), qPrintable(key));
    }
    QVERIFY(!component(*comparison, QStringLiteral("payout_months"))->differenceFen().has_value());

    // The files: Beijing's changed, the national one did not.
    const auto *beijing = file(*comparison, QStringLiteral("regions/110000.json"));
    QVERIFY(beijing && beijing->changed());
    QVERIFY(beijing->before && beijing->after);
    QVERIFY(beijing->before->digest != beijing->after->digest);
    const auto *national = file(*comparison, QStringLiteral("national.json"));
    QVERIFY(national && !national->changed());
    QCOMPARE(comparison->files.size(), 2);

    // The lines: those carrying the base changed, with old and new values; the account line did not.
    QStringList changedKeys;
    for (const session::LineChange &l : comparison->lines) {
        QVERIFY(l.before && l.after);
        QVERIFY(l.before->formula != l.after->formula || l.before->value != l.after->value);
        changedKeys << l.key;
    }
    QVERIFY2(changedKeys.contains(QStringLiteral("basic_pension")), qPrintable(changedKeys.join(u',')));
    QVERIFY2(changedKeys.contains(QStringLiteral("total")), qPrintable(changedKeys.join(u',')));
    QVERIFY2(!changedKeys.contains(QStringLiteral("individual_account_pension")), qPrintable(changedKeys.join(u',')));
    for (const session::LineChange &l : comparison->lines) {
        if (l.key == u"basic_pension") {
            QCOMPARE(l.before->value, QStringLiteral("3743.15"));
            QCOMPARE(l.after->value, QStringLiteral("3748.50"));
        }
    }

    // The parameter changes are known without a recomputation too.
    const auto files = SnapshotRecomputer(*changed).parameterChanges(*loaded);
    QCOMPARE(files.size(), 2);
    QVERIFY(files.at(1).changed() || files.at(0).changed());
}

void TestSnapshots::recomputeDemoCaseWithChangedBase()
{
    const auto built
        = pension::HistoryCaseBuilder::build(m_wang, m_wangRecords, *m_parameters, std::nullopt, YearMonth(2026, 1), std::nullopt);
    QVERIFY(built.ok());
    const pension::PensionCase &c = built->pensionCase;
    QVERIFY(!c.calculationBase); // the region's figure, so that a change of it shows
    const CalculationSnapshot stored = recordCase(pension::PensionCaseJson::caseToJson(c), m_parameters);
    QCOMPARE(stored.resultJson.value(QStringLiteral("retirement")).toString(), QStringLiteral("2024-03"));

    QTemporaryDir changedDir;
    QVERIFY(copyParametersWithBeijingBase(changedDir.path(), 11900));
    const auto changed = policy::ParameterSet::loadFromDirectory(changedDir.path());
    QVERIFY(changed.ok());
    const auto comparison = SnapshotRecomputer(*changed).recompute(stored);
    QVERIFY2(comparison.ok(), comparison.ok() ? "" : qPrintable(comparison.error().message));

    // Independently: N = months / 12 half-up to 2 decimals (Beijing); C × I half-up to the fen;
    // basic pension = (C + C × I) / 2 × N × 1 %, half-up to the fen.
    const Rational years = Rational(c.actualMonths + c.deemedMonths, 12).rounded(2, RoundingMode::HalfUp);
    auto basicFor = [&](qint64 base) {
        const Money indexed = Money::fromYuan(Rational(base) * c.averageIndex, RoundingMode::HalfUp);
        return Money::fromYuan((Rational(base) + indexed.yuan()) / Rational(2) * years / Rational(100), RoundingMode::HalfUp);
    };
    const qint64 expectedBasicDifference = (basicFor(11900) - basicFor(11883)).fen();
    QVERIFY(expectedBasicDifference > 0);
    QCOMPARE(component(*comparison, QStringLiteral("calculation_base"))->differenceFen().value(), qint64(1700));
    QCOMPARE(Money::fromYuan(component(*comparison, QStringLiteral("basic_pension"))->before, RoundingMode::HalfUp), basicFor(11883));
    QCOMPARE(component(*comparison, QStringLiteral("basic_pension"))->differenceFen().value(), expectedBasicDifference);
    // The total moves by the sum of its components' moves (Beijing adds the rounded components).
    qint64 sum = 0;
    for (const QString &key : {QStringLiteral("basic_pension"), QStringLiteral("individual_account_pension"),
                               QStringLiteral("transitional_pension"), QStringLiteral("supplements")})
        sum += component(*comparison, key)->differenceFen().value();
    QCOMPARE(component(*comparison, QStringLiteral("total"))->differenceFen().value(), sum);
    QVERIFY(component(*comparison, QStringLiteral("total"))->changed());
    QVERIFY(file(*comparison, QStringLiteral("regions/110000.json"))->changed());
    QVERIFY(!file(*comparison, QStringLiteral("national.json"))->changed());
}

void TestSnapshots::caseThatNoLongerComputesGivesTheError()
{
    // A Beijing case of 2027, computed then with a base the clerk typed; stored without it
    // (as a case built before a figure was withdrawn would be), it needs a 2027 figure the
    // data does not have.
    QJsonObject caseJson = handCase();
    caseJson.insert(QStringLiteral("retirement"), QStringLiteral("2027-03"));
    caseJson.insert(QStringLiteral("calculation_base"), 12500);
    CalculationSnapshot stored = recordCase(caseJson, m_parameters);
    stored.caseJson.remove(QStringLiteral("calculation_base"));
    const auto comparison = SnapshotRecomputer(m_parameters).recompute(stored);
    QVERIFY(!comparison.ok());
    QCOMPARE(comparison.error().kind, Error::Kind::MissingFigure);
    QVERIFY2(comparison.error().field.startsWith(QStringLiteral("calculation_base")), qPrintable(comparison.error().field));
    // The parameter files can still be compared.
    QCOMPARE(SnapshotRecomputer(m_parameters).parameterChanges(stored).size(), 2);
}

void TestSnapshots::caseThatNoLongerParsesGivesTheField()
{
    CalculationSnapshot stored = recordCase(handCase(), m_parameters);
    stored.caseJson.insert(QStringLiteral("average_index"), QStringLiteral("high"));
    const auto comparison = SnapshotRecomputer(m_parameters).recompute(stored);
    QVERIFY(!comparison.ok());
    QCOMPARE(comparison.error().kind, Error::Kind::BadInput);
    QCOMPARE(comparison.error().field, QStringLiteral("case.average_index"));

    CalculationSnapshot other = recordCase(handCase(), m_parameters);
    other.kind = QStringLiteral("unemployment");
    QCOMPARE(SnapshotRecomputer(m_parameters).recompute(other).error().field, QStringLiteral("kind"));
}

void TestSnapshots::originRoundTripsThroughJson()
{
    pension::CaseOrigin full;
    full.today = YearMonth(2026, 1);
    full.retirement = YearMonth(2027, 3);
    full.calculationBase = Money::fromFen(1250050);
    full.payoutMonths = Rational(1384, 10);
    full.note = QStringLiteral("京人社 通知，引号 \" 照录");
    full.keepPayingBase = Money::fromFen(731050);
    full.keepPayingKind = insured::ContributionKind::Flexible;
    full.assumeUnpublished = true;
    const QJsonObject json = full.toJson();
    QCOMPARE(json.value(QStringLiteral("today")).toString(), QStringLiteral("2026-01"));
    QCOMPARE(json.value(QStringLiteral("keep_paying")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("flexible"));
    // Through the text of a payload, as it is stored.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
    const auto back = pension::CaseOrigin::fromJson(reread);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().field + u": " + back.error().message));
    QVERIFY(*back == full);
    QCOMPARE(back->payoutMonths.value(), Rational(1384, 10));
    QCOMPARE(back->calculationBase->fen(), qint64(1250050));

    // Only what was chosen is written; nothing else reads back.
    const QJsonObject minimal = wangOrigin().toJson();
    QCOMPARE(minimal.keys(), QStringList {QStringLiteral("today")});
    const auto minimalBack = pension::CaseOrigin::fromJson(minimal);
    QVERIFY(minimalBack.ok());
    QVERIFY(*minimalBack == wangOrigin());
    QVERIFY(!minimalBack->keepPayingBase && !minimalBack->retirement && !minimalBack->assumeUnpublished);
}

void TestSnapshots::malformedOriginIsRefusedWithItsPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("no today") << QByteArray(R"({"retirement": "2024-03"})") << QStringLiteral("today");
    QTest::newRow("month 13") << QByteArray(R"({"today": "2026-13"})") << QStringLiteral("today");
    QTest::newRow("month as number") << QByteArray(R"({"today": "2026-01", "retirement": 202403})") << QStringLiteral("retirement");
    QTest::newRow("unknown field") << QByteArray(R"({"today": "2026-01", "base": 8000})") << QStringLiteral("base");
    QTest::newRow("third decimal") << QByteArray(R"({"today": "2026-01", "calculation_base": 11883.005})")
                                   << QStringLiteral("calculation_base");
    QTest::newRow("amount as text") << QByteArray(R"({"today": "2026-01", "calculation_base": "11883"})")
                                    << QStringLiteral("calculation_base");
    QTest::newRow("no payout months") << QByteArray(R"({"today": "2026-01", "payout_months": 0})") << QStringLiteral("payout_months");
    QTest::newRow("note not text") << QByteArray(R"({"today": "2026-01", "note": 1})") << QStringLiteral("note");
    QTest::newRow("flag not bool") << QByteArray(R"({"today": "2026-01", "assume_unpublished": "yes"})")
                                   << QStringLiteral("assume_unpublished");
    QTest::newRow("keep paying not object") << QByteArray(R"({"today": "2026-01", "keep_paying": 8000})") << QStringLiteral("keep_paying");
    QTest::newRow("keep paying kind") << QByteArray(R"({"today": "2026-01", "keep_paying": {"base": 8000, "kind": "self"}})")
                                      << QStringLiteral("keep_paying.kind");
    QTest::newRow("keep paying no base") << QByteArray(R"({"today": "2026-01", "keep_paying": {"kind": "employee"}})")
                                         << QStringLiteral("keep_paying.base");
    QTest::newRow("keep paying negative") << QByteArray(R"({"today": "2026-01", "keep_paying": {"base": -1, "kind": "employee"}})")
                                          << QStringLiteral("keep_paying.base");
    QTest::newRow("keep paying unknown") << QByteArray(
        R"({"today": "2026-01", "keep_paying": {"base": 8000, "kind": "employee", "rate": 1}})")
                                         << QStringLiteral("keep_paying.rate");
}

void TestSnapshots::malformedOriginIsRefusedWithItsPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY(document.isObject());
    const auto refused = pension::CaseOrigin::fromJson(document.object());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::BadInput);
    QCOMPARE(refused.error().field, field);
    QVERIFY(!refused.error().message.isEmpty());
}

// The payload as the program stored it when snapshots began (tests/data/legacy, format 1, written
// before the pension case's codec moved out of the command line): it must read back and compute
// to the same result, whatever later changes of the CLI contract add.
void TestSnapshots::frozenPayloadOfFormat1StillReads()
{
    QFile file(QStringLiteral(TONGBAN_TEST_DATA_DIR "/legacy/snapshot-payload-format1.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject payload = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(payload.value(QStringLiteral("format")).toInt(), 1);

    VisitSessionRepository visits(m_store->database(), test::clock());
    const auto visit = visits.open({m_wangId, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(visit.ok());
    const QString id = QStringLiteral("5b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11");
    QSqlQuery q(m_store->database());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO session_event (id, session_id, kind, payload, clerk, created_at)"
                                     " VALUES (:id, :session, 'pension.calculation', :payload, '王丽', '2026-11-30T02:15:00.000Z')")));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":session"), visit->id);
    q.bindValue(QStringLiteral(":payload"), QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

    const auto loaded = SnapshotRepository(m_store->database(), test::clock()).load(id);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QCOMPARE(loaded->caseJson, payload.value(QStringLiteral("case")).toObject());
    QVERIFY(loaded->origin.has_value());
    QCOMPARE(loaded->origin->today, YearMonth(2026, 1));
    const auto pensionCase = pension::PensionCaseJson::parse(loaded->caseJson);
    QVERIFY2(pensionCase.ok(), pensionCase.ok() ? "" : qPrintable(pensionCase.error().field + u' ' + pensionCase.error().message));
    const auto again = SnapshotRecomputer(m_parameters).recompute(*loaded);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
    QVERIFY(!again->resultChanged());
    QCOMPARE(again->resultJson.value(QStringLiteral("total")),
             payload.value(QStringLiteral("result")).toObject().value(QStringLiteral("total")));
}

void TestSnapshots::originIsStoredAndOldPayloadsStillRead()
{
    pension::CaseOrigin origin = wangOrigin();
    origin.payoutMonths = Rational(139);
    origin.note = QStringLiteral("计发月数按窗口核定");
    const CalculationSnapshot stored = recordFromRecords(origin);
    QVERIFY(stored.origin.has_value());
    const auto loaded = SnapshotRepository(m_store->database(), test::clock()).load(stored.id);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
    QVERIFY(loaded->origin.has_value());
    QVERIFY(*loaded->origin == origin);
    // The note went on the field it is about.
    QCOMPARE(loaded->caseJson.value(QStringLiteral("notes")).toObject().value(QStringLiteral("payout_months")).toString(), origin.note);
    QCOMPARE(count(m_store->database(),
                   QStringLiteral("SELECT count(*) FROM session_event WHERE json_extract(payload, '$.origin.today') = '2026-01'")),
             1);

    // A case not built from records stores no origin.
    const CalculationSnapshot entered = recordCase(handCase(), m_parameters);
    QVERIFY(!entered.origin);
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT count(*) FROM session_event WHERE json_type(payload, '$.origin') IS NULL")),
             1);
    QVERIFY(!SnapshotRepository(m_store->database(), test::clock()).load(entered.id)->origin);

    // A payload written before origins were kept (the same row without it) still reads back.
    QSqlQuery q(m_store->database());
    QVERIFY(q.prepare(QStringLiteral("UPDATE session_event SET payload = json_remove(payload, '$.origin') WHERE id = :id")));
    q.bindValue(QStringLiteral(":id"), stored.id);
    QVERIFY(q.exec());
    const auto old = SnapshotRepository(m_store->database(), test::clock()).load(stored.id);
    QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().message));
    QVERIFY(!old->origin);
    QCOMPARE(old->resultJson, loaded->resultJson);

    // A damaged origin is a damaged payload, named down to its field.
    QVERIFY(q.prepare(QStringLiteral("UPDATE session_event SET payload = json_set(payload, '$.origin', json(:origin)) WHERE id = :id")));
    q.bindValue(QStringLiteral(":origin"), QStringLiteral(R"({"today": "2026-01", "keep_paying": {"base": 8000, "kind": "self"}})"));
    q.bindValue(QStringLiteral(":id"), stored.id);
    QVERIFY(q.exec());
    const auto damaged = SnapshotRepository(m_store->database(), test::clock()).load(stored.id);
    QVERIFY(!damaged.ok());
    QCOMPARE(damaged.error().kind, Error::Kind::Storage);
    QVERIFY2(damaged.error().message.contains(QStringLiteral("origin.keep_paying.kind")), qPrintable(damaged.error().message));
}

void TestSnapshots::recomputeFromRecordsWithSameParametersSaysNoChange()
{
    // Built again from the same records with equal parameters, the case and the result are
    // exactly as shown: the rebuild follows the breakdown tab's way.
    pension::CaseOrigin origin = wangOrigin();
    origin.retirement = YearMonth(2025, 3);
    origin.calculationBase = Money::fromFen(1200000);
    origin.note = QStringLiteral("clerk's base");
    const CalculationSnapshot stored = recordFromRecords(origin);
    const auto loaded = SnapshotRepository(m_store->database(), test::clock()).load(stored.id);
    QVERIFY(loaded.ok());
    const auto again = policy::ParameterSet::loadBuiltIn();
    QVERIFY(again.ok());
    const auto comparison = SnapshotRecomputer(*again).recomputeFromRecords(*loaded, m_wang, m_wangRecords);
    QVERIFY2(comparison.ok(), comparison.ok() ? "" : qPrintable(comparison.error().message));
    QCOMPARE(comparison->from, session::RecomputedFrom::ContributionRecords);
    QVERIFY(comparison->isUnchanged());
    QCOMPARE(comparison->caseFigures.size(), 4);
    QCOMPARE(comparison->caseJson, loaded->caseJson);
    QCOMPARE(comparison->resultJson, loaded->resultJson);
}

void TestSnapshots::recomputeFromRecordsShowsACorrectedCreditingRate()
{
    const CalculationSnapshot stored = recordFromRecords(wangOrigin());
    QCOMPARE(stored.resultJson.value(QStringLiteral("retirement")).toString(), QStringLiteral("2024-03"));
    const auto loaded = SnapshotRepository(m_store->database(), test::clock()).load(stored.id);
    QVERIFY(loaded.ok() && loaded->origin);

    QTemporaryDir changedDir;
    QVERIFY(copyParametersWithCreditingRate2020(changedDir.path()));
    const auto changed = policy::ParameterSet::loadFromDirectory(changedDir.path());
    QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().message));

    // Independently: his account with each set of parameters, as of the month before his
    // statutory pension starts (2024-02; his records end in 2009, so 2020 is a year of interest
    // only), and the individual account pension = balance / 139 months (age 60, 国发〔2005〕38号
    // annex), half-up to the fen (Beijing).
    const YearMonth asOf(2024, 2);
    const auto historyThen = history::ContributionHistory::build(m_wang, m_wangRecords, *m_parameters, asOf);
    const auto historyNow = history::ContributionHistory::build(m_wang, m_wangRecords, **changed, asOf);
    QVERIFY(historyThen.ok() && historyNow.ok());
    const Money balanceThen = historyThen->totals().accountBalance;
    const Money balanceNow = historyNow->totals().accountBalance;
    QVERIFY2(balanceNow > balanceThen, qPrintable(balanceThen.toPlainString() + u" → " + balanceNow.toPlainString()));
    auto accountPension = [](Money balance) { return Money::fromYuan(balance.yuan() / Rational(139), RoundingMode::HalfUp); };
    const qint64 expectedPensionDifference = (accountPension(balanceNow) - accountPension(balanceThen)).fen();
    QVERIFY(expectedPensionDifference > 0);
    QCOMPARE(loaded->caseJson.value(QStringLiteral("account_balance")).toDouble(), balanceThen.toJsonDouble());

    const auto comparison = SnapshotRecomputer(*changed).recomputeFromRecords(*loaded, m_wang, m_wangRecords);
    QVERIFY2(comparison.ok(), comparison.ok() ? "" : qPrintable(comparison.error().message));
    QCOMPARE(comparison->from, session::RecomputedFrom::ContributionRecords);
    QVERIFY(!comparison->isUnchanged());

    // The case's figures: the balance moved by exactly the recomputed history's difference;
    // the index and the months did not (the rate is no part of them).
    QCOMPARE(comparison->caseFigures.size(), 4);
    const session::ComponentChange &balance = comparison->caseFigures.at(0);
    QCOMPARE(balance.key, QStringLiteral("account_balance"));
    QVERIFY(balance.isAmount && balance.changed());
    QCOMPARE(Money::fromYuan(balance.before, RoundingMode::HalfUp), balanceThen);
    QCOMPARE(Money::fromYuan(balance.after, RoundingMode::HalfUp), balanceNow);
    QCOMPARE(balance.differenceFen().value(), (balanceNow - balanceThen).fen());
    for (qsizetype i = 1; i < comparison->caseFigures.size(); ++i)
        QVERIFY2(!comparison->caseFigures.at(i).changed(), qPrintable(comparison->caseFigures.at(i).key));
    QCOMPARE(comparison->caseJson.value(QStringLiteral("account_balance")).toDouble(), balanceNow.toJsonDouble());

    // The components: the individual account pension and the total by the derived amount;
    // nothing else.
    const auto *payout = component(*comparison, QStringLiteral("payout_months"));
    QVERIFY(payout && payout->before == Rational(139));
    const auto *account = component(*comparison, QStringLiteral("individual_account_pension"));
    QVERIFY(account && account->changed());
    QCOMPARE(Money::fromYuan(account->before, RoundingMode::HalfUp), accountPension(balanceThen));
    QCOMPARE(Money::fromYuan(account->after, RoundingMode::HalfUp), accountPension(balanceNow));
    QCOMPARE(account->differenceFen().value(), expectedPensionDifference);
    const auto *total = component(*comparison, QStringLiteral("total"));
    QVERIFY(total && total->changed());
    QCOMPARE(total->differenceFen().value(), expectedPensionDifference);
    for (const QString &key : {QStringLiteral("calculation_base"), QStringLiteral("payout_months"), QStringLiteral("contribution_years"),
                               QStringLiteral("basic_pension"), QStringLiteral("transitional_pension"), QStringLiteral("supplements")})
        QVERIFY2(!component(*comparison, key)->changed(), qPrintable(key));
    bool accountLineChanged = false;
    for (const session::LineChange &l : comparison->lines)
        accountLineChanged = accountLineChanged || l.key == u"individual_account_pension";
    QVERIFY(accountLineChanged);

    // The file that changed is named; Beijing's did not.
    const auto *national = file(*comparison, QStringLiteral("national.json"));
    QVERIFY(national && national->changed());
    QVERIFY(!file(*comparison, QStringLiteral("regions/110000.json"))->changed());

    // The frozen case cannot show it: recomputed from the stored inputs, the same change moves
    // nothing but the file's digest.
    const auto frozen = SnapshotRecomputer(*changed).recompute(*loaded);
    QVERIFY2(frozen.ok(), frozen.ok() ? "" : qPrintable(frozen.error().message));
    QCOMPARE(frozen->from, session::RecomputedFrom::StoredInputs);
    QVERIFY(frozen->caseFigures.isEmpty());
    QVERIFY(frozen->parametersChanged());
    QVERIFY(!frozen->resultChanged());
    QCOMPARE(component(*frozen, QStringLiteral("individual_account_pension"))->differenceFen().value(), qint64(0));
    QCOMPARE(component(*frozen, QStringLiteral("total"))->differenceFen().value(), qint64(0));
}

void TestSnapshots::recomputeFromRecordsNeedsTheOriginAndThePerson()
{
    const CalculationSnapshot entered = recordCase(handCase(), m_parameters);
    const auto noOrigin = SnapshotRecomputer(m_parameters).recomputeFromRecords(entered, m_wang, m_wangRecords);
    QVERIFY(!noOrigin.ok());
    QCOMPARE(noOrigin.error().kind, Error::Kind::BadInput);
    QCOMPARE(noOrigin.error().field, QStringLiteral("origin"));

    const CalculationSnapshot fromRecords = recordFromRecords(wangOrigin());
    insured::InsuredPerson someoneElse = m_wang;
    someoneElse.id = QStringLiteral("ffffffff-0000-4000-8000-000000000000");
    const auto wrongPerson = SnapshotRecomputer(m_parameters).recomputeFromRecords(fromRecords, someoneElse, m_wangRecords);
    QVERIFY(!wrongPerson.ok());
    QCOMPARE(wrongPerson.error().field, QStringLiteral("person_id"));

    // A record corrected since shows as a change of the records' figures, parameters unchanged.
    QList<insured::ContributionRecord> corrected = m_wangRecords;
    corrected.removeLast();
    const auto afterCorrection = SnapshotRecomputer(m_parameters).recomputeFromRecords(fromRecords, m_wang, corrected);
    QVERIFY2(afterCorrection.ok(), afterCorrection.ok() ? "" : qPrintable(afterCorrection.error().message));
    QVERIFY(!afterCorrection->parametersChanged());
    QVERIFY(afterCorrection->caseFiguresChanged());
    QCOMPARE(afterCorrection->caseFigures.at(2).key, QStringLiteral("actual_months"));
    QCOMPARE(afterCorrection->caseFigures.at(2).difference(), Rational(-1));
}

// Issue 15 point 3: a pension starting before its month's base is published is computed on the
// latest published base, provisional (预发); the snapshot keeps the mark, and recomputed once
// the base is published (added to a copy of the data) it shows the difference.
void TestSnapshots::provisionalBaseIsStoredAndResolvedWhenPublished()
{
    // Beijing, as a region that pays provisionally for 12 months after its latest base (2025).
    const QByteArray convention = "\"average_wage_convention\": {";
    const QByteArray provisional = "\"calculation_base_provisional\": {\"months\": 12, \"source\": \"JRSF-2025-13\", "
                                   "\"confidence\": \"MEDIUM\"}, \"average_wage_convention\": {";
    QTemporaryDir thenDir;
    QVERIFY(copyParametersWith(thenDir.path(), QStringLiteral("regions/110000.json"), convention, provisional));
    const auto then = policy::ParameterSet::loadFromDirectory(thenDir.path());
    QVERIFY2(then.ok(), then.ok() ? "" : qPrintable(then.error().message));

    QJsonObject caseJson = handCase();
    caseJson.insert(QStringLiteral("birth"), QStringLiteral("1966-03"));
    caseJson.insert(QStringLiteral("retirement"), QStringLiteral("2026-03"));
    const CalculationSnapshot stored = recordCase(caseJson, *then);
    const auto loaded = SnapshotRepository(m_store->database(), test::clock()).load(stored.id);
    QVERIFY(loaded.ok());
    // Kept in the snapshot: the flag, the warning and every line on the base.
    QVERIFY(loaded->resultJson[u"provisional"].toBool());
    QCOMPARE(loaded->resultJson[u"calculation_base"].toDouble(), 12049.0);
    bool baseLineMarked = false;
    for (const QJsonValue &line : loaded->resultJson[u"lines"].toArray()) {
        if (line[u"key"].toString() == u"calculation_base")
            baseLineMarked = line[u"provisional"].toBool();
        if (line[u"key"].toString() == u"individual_account_pension")
            QVERIFY(!line[u"provisional"].toBool());
    }
    QVERIFY(baseLineMarked);

    // Recomputed with the same data: still provisional, nothing changed.
    const auto same = SnapshotRecomputer(*then).recompute(*loaded);
    QVERIFY(same.ok());
    QVERIFY(same->isUnchanged());
    QVERIFY(same->wasProvisional());
    QVERIFY(!same->provisionalResolved());

    // The 2026 base is published: a copy of the data with it.
    QTemporaryDir nowDir;
    QVERIFY(copyParametersWith(nowDir.path(), QStringLiteral("regions/110000.json"), convention, provisional));
    {
        const QString path = QDir(nowDir.path()).filePath(QStringLiteral("regions/110000.json"));
        QFile in(path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        in.close();
        QCOMPARE(bytes.count("\"calculation_base\": ["), 1);
        bytes.replace("\"calculation_base\": [",
                      "\"calculation_base\": [{\"from\": \"2026-01\", \"to\": \"2026-12\", \"value\": 12300, "
                      "\"source\": \"JRSF-2025-13\", \"confidence\": \"LOW\", \"note\": \"test: the 2026 base as published later\"},");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    }
    const auto now = policy::ParameterSet::loadFromDirectory(nowDir.path());
    QVERIFY2(now.ok(), now.ok() ? "" : qPrintable(now.error().message));
    const auto comparison = SnapshotRecomputer(*now).recompute(*loaded);
    QVERIFY2(comparison.ok(), comparison.ok() ? "" : qPrintable(comparison.error().message));
    QVERIFY(comparison->provisionalResolved());
    QVERIFY(!comparison->result.provisional);
    // By hand: then (12049 + 13253.90) / 2 × 30 % = 3795.44; now (12300 + 13530.00) / 2 × 30 % = 3874.50
    const auto *base = component(*comparison, QStringLiteral("calculation_base"));
    QVERIFY(base && base->changed());
    QCOMPARE(base->differenceFen().value(), qint64(25100));
    const auto *basic = component(*comparison, QStringLiteral("basic_pension"));
    QCOMPARE(Money::fromYuan(basic->before, RoundingMode::HalfUp), Money::fromFen(379544));
    QCOMPARE(Money::fromYuan(basic->after, RoundingMode::HalfUp), Money::fromFen(387450));
    QCOMPARE(component(*comparison, QStringLiteral("total"))->differenceFen().value(), qint64(387450 - 379544));
    QVERIFY(!component(*comparison, QStringLiteral("individual_account_pension"))->changed());
    QVERIFY(file(*comparison, QStringLiteral("regions/110000.json"))->changed());
}

QTEST_GUILESS_MAIN(TestSnapshots)
#include "testsnapshots.moc"
