// Tests of what is recorded before another person's data is shown (个人信息保护法 第十三条):
// tongban::session::DisclosureBasis (every field required, each error naming its field),
// DisclosureRepository on a real SQLite file, and ComparisonService::recordDisclosure in the visit
// open at the clerk's counter.

#include "accounts/signedinuser.h"
#include "demo/demogenerator.h"
#include "services/comparisonservice.h"
#include "session/disclosurerepository.h"
#include "session/visitsessionrepository.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include "testcontext.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <functional>

using namespace tongban;
using session::DisclosureBasis;
using session::DisclosureRepository;

namespace {

/// Someone signed in with @p role, named @p name (the clerk on the records).
accounts::SignedInUser signedIn(accounts::Role role, const QString &name = QStringLiteral("clerk-7"))
{
    accounts::SignedInUser user;
    user.login = QStringLiteral("test.user");
    user.displayName = name;
    user.role = role;
    user.officeCode = QStringLiteral("110105");
    return user;
}

/// The audit records of @p path: "action|subject|object|outcome", oldest first.
QStringList auditRecords(QSqlDatabase db)
{
    QStringList records;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT action, subject, object, outcome FROM audit_record ORDER BY seq")))
        return {q.lastError().text()};
    while (q.next())
        records << QStringLiteral("%1|%2|%3|%4")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    return records;
}

} // namespace

class TestDisclosures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void basisNeedsEveryField_data();
    void basisNeedsEveryField();
    void consentAndApprovalAreStoredAndReadBack();
    void badDisclosuresAreRefused();
    void comparisonRecordsItsBasisInTheOpenVisit();
    void comparisonWithAColleagueNamesThemColleague();
    void comparisonWithAColleagueNeedsTheRight();

private:
    insured::InsuredPerson person(const QString &citizenId) const;

    QTemporaryDir m_dir;
    std::shared_ptr<const policy::ParameterSet> m_parameters;
    QString m_path;
    std::unique_ptr<storage::LocalStore> m_store;
    int m_file = 0;
};

void TestDisclosures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_parameters = test::shippedParameters();
}

void TestDisclosures::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_file));
    QVERIFY(demo::DemoGenerator(m_parameters, 9).writeNewFile(m_path, 5).ok());
    auto store = storage::LocalStore::open(m_path, storage::LocalStore::OpenMode::ExistingOnly);
    QVERIFY(store.ok());
    m_store = std::move(store).value();
}

void TestDisclosures::cleanup()
{
    m_store.reset();
}

insured::InsuredPerson TestDisclosures::person(const QString &citizenId) const
{
    const auto found = storage::PersonRepository(m_store->database(), test::clock()).findByCitizenId(citizenId);
    if (!found || !found->has_value())
        qFatal("no person %s", qPrintable(citizenId));
    return **found;
}

void TestDisclosures::basisNeedsEveryField_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::newRow("consent in writing") << "consent"
                                        << " 李志强 "
                                        << "written"
                                        << ""
                                        << "";
    QTest::newRow("consent in person") << "consent"
                                       << "李志强"
                                       << "in-person"
                                       << ""
                                       << "";
    QTest::newRow("consent without who") << "consent"
                                         << "  "
                                         << "written"
                                         << ""
                                         << "consent_by";
    QTest::newRow("consent without how") << "consent"
                                         << "李志强"
                                         << ""
                                         << ""
                                         << "consent_form";
    QTest::newRow("consent by telephone") << "consent"
                                          << "李志强"
                                          << "telephone"
                                          << ""
                                          << "consent_form";
    QTest::newRow("consent with a reason") << "consent"
                                           << "李志强"
                                           << "written"
                                           << "because"
                                           << "reason";
    QTest::newRow("approval") << "approval"
                              << "张主任"
                              << ""
                              << "家属代办，经核实"
                              << "";
    QTest::newRow("approval without who") << "approval"
                                          << ""
                                          << ""
                                          << "家属代办"
                                          << "approved_by";
    QTest::newRow("approval without reason") << "approval"
                                             << "张主任"
                                             << ""
                                             << " "
                                             << "reason";
    QTest::newRow("approval with a form") << "approval"
                                          << "张主任"
                                          << "written"
                                          << "家属代办"
                                          << "consent_form";
    QTest::newRow("no basis") << ""
                              << "李志强"
                              << "written"
                              << ""
                              << "basis";
    QTest::newRow("unknown basis") << "agreement"
                                   << "李志强"
                                   << "written"
                                   << ""
                                   << "basis";
}

void TestDisclosures::basisNeedsEveryField()
{
    QFETCH(QString, kind);
    QFETCH(QString, by);
    QFETCH(QString, form);
    QFETCH(QString, reason);
    QFETCH(QString, field);
    const auto basis = DisclosureBasis::fromKeys(kind, by, form, reason);
    if (field.isEmpty()) {
        QVERIFY2(basis.ok(), basis.ok() ? "" : qPrintable(basis.error().message));
        QCOMPARE(basis->kindKey(), kind);
        QCOMPARE(basis->by(), by.trimmed());
        QCOMPARE(basis->consentFormKey(), form);
        QCOMPARE(basis->reason(), reason.trimmed());
        return;
    }
    QVERIFY(!basis.ok());
    QCOMPARE(basis.error().kind, Error::Kind::BadInput);
    QCOMPARE(basis.error().field, field);
    QVERIFY(!basis.error().message.isEmpty());
}

void TestDisclosures::consentAndApprovalAreStoredAndReadBack()
{
    const insured::InsuredPerson wang = person(demo::DemoGenerator::colleagueWangCitizenId());
    const insured::InsuredPerson li = person(demo::DemoGenerator::colleagueLiCitizenId());
    const auto visit = session::VisitSessionRepository(m_store->database(), test::clock())
                           .open({li.id, QStringLiteral("clerk-1"), QString(), QString()});
    QVERIFY(visit.ok());

    DisclosureRepository disclosures(m_store->database(), test::clock());
    DisclosureRepository::NewDisclosure consent;
    consent.sessionId = visit->id;
    consent.subjectPersonId = wang.id;
    consent.recipientPersonId = li.id;
    consent.purpose = DisclosureRepository::comparisonPurpose();
    consent.basis = *DisclosureBasis::consent(wang.name, DisclosureBasis::ConsentForm::Written);
    consent.detail = QJsonObject {{QStringLiteral("difference"), 370.93}};
    consent.clerk = QStringLiteral(" clerk-1 ");
    const auto first = disclosures.record(consent);
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    QCOMPARE(first->clerk, QStringLiteral("clerk-1"));
    QCOMPARE(first->createdAt, test::clock().now().toUTC());

    DisclosureRepository::NewDisclosure approval = consent;
    approval.sessionId.clear();
    approval.recipientPersonId.clear();
    approval.basis = *DisclosureBasis::approval(QStringLiteral("张主任"), QStringLiteral("家属代办"));
    const auto second = disclosures.record(approval);
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));

    const auto loaded = disclosures.load(first->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->sessionId, visit->id);
    QCOMPARE(loaded->subjectPersonId, wang.id);
    QCOMPARE(loaded->recipientPersonId, li.id);
    QCOMPARE(loaded->purpose, QStringLiteral("pension-comparison"));
    QCOMPARE(loaded->basis.kind(), DisclosureBasis::Kind::Consent);
    QCOMPARE(loaded->basis.by(), wang.name);
    QCOMPARE(loaded->basis.consentFormKey(), QStringLiteral("written"));
    QCOMPARE(loaded->detail.value(QStringLiteral("difference")).toDouble(), 370.93);

    // What a supervisor reads: whose data, newest first, with the basis of each.
    const auto ofWang = disclosures.listForSubject(wang.id);
    QVERIFY(ofWang.ok());
    QCOMPARE(ofWang->size(), 2);
    QCOMPARE(ofWang->at(0).id, second->id);
    QCOMPARE(ofWang->at(0).basis.kind(), DisclosureBasis::Kind::Approval);
    QCOMPARE(ofWang->at(0).basis.by(), QStringLiteral("张主任"));
    QCOMPARE(ofWang->at(0).basis.reason(), QStringLiteral("家属代办"));
    QVERIFY(ofWang->at(0).sessionId.isEmpty());
    QCOMPARE(disclosures.listForSubject(li.id)->size(), 0);

    // The stored columns, as a supervisor's query would read them.
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT basis, consent_by, consent_form, approved_by, reason FROM data_disclosure ORDER BY rowid")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("consent"));
    QCOMPARE(q.value(1).toString(), wang.name);
    QCOMPARE(q.value(2).toString(), QStringLiteral("written"));
    QVERIFY(q.value(3).isNull() && q.value(4).isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("approval"));
    QVERIFY(q.value(1).isNull() && q.value(2).isNull());
}

void TestDisclosures::badDisclosuresAreRefused()
{
    const insured::InsuredPerson wang = person(demo::DemoGenerator::colleagueWangCitizenId());
    const insured::InsuredPerson li = person(demo::DemoGenerator::colleagueLiCitizenId());
    DisclosureRepository disclosures(m_store->database(), test::clock());
    DisclosureRepository::NewDisclosure good;
    good.subjectPersonId = wang.id;
    good.recipientPersonId = li.id;
    good.purpose = DisclosureRepository::comparisonPurpose();
    good.basis = *DisclosureBasis::consent(wang.name, DisclosureBasis::ConsentForm::InPerson);
    good.clerk = QStringLiteral("clerk-1");

    const struct
    {
        const char *what;
        std::function<void(DisclosureRepository::NewDisclosure &)> change;
        QString field;
    } cases[] = {
        {"no clerk", [](auto &d) { d.clerk = QStringLiteral(" "); }, QStringLiteral("clerk")},
        {"unknown purpose", [](auto &d) { d.purpose = QStringLiteral("gossip"); }, QStringLiteral("purpose")},
        {"to themselves", [&](auto &d) { d.recipientPersonId = wang.id; }, QStringLiteral("recipient_person_id")},
        {"unknown subject", [](auto &d) { d.subjectPersonId = QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11"); },
         QStringLiteral("subject_person_id")},
        {"no subject", [](auto &d) { d.subjectPersonId.clear(); }, QStringLiteral("subject_person_id")},
        {"unknown recipient", [](auto &d) { d.recipientPersonId = QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11"); },
         QStringLiteral("recipient_person_id")},
        {"unknown visit", [](auto &d) { d.sessionId = QStringLiteral("0b9c3f0e-5a51-4a36-9d43-3a4f0d8e2c11"); },
         QStringLiteral("session_id")},
        {"empty basis", [](auto &d) { d.basis = DisclosureBasis(); }, QStringLiteral("consent_by")},
    };
    for (const auto &c : cases) {
        DisclosureRepository::NewDisclosure d = good;
        c.change(d);
        const auto recorded = disclosures.record(d);
        QVERIFY2(!recorded.ok(), c.what);
        if (!c.field.isEmpty())
            QCOMPARE(recorded.error().field, c.field);
    }
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM data_disclosure")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(disclosures.record(good).ok());
}

void TestDisclosures::comparisonRecordsItsBasisInTheOpenVisit()
{
    m_store.reset();
    test::TestContext context(m_path, QStringLiteral("clerk-7"));
    QVERIFY(context.open());
    // Comparing with someone else is an expert's right (Permission::Compare).
    context.context().setSignedIn(signedIn(accounts::Role::AssistingExpert));
    const auto li = context.store()
                        .read<insured::InsuredPerson>([](QSqlDatabase db) -> Result<insured::InsuredPerson> {
                            const auto found
                                = storage::PersonRepository(db, test::clock()).findByCitizenId(demo::DemoGenerator::colleagueLiCitizenId());
                            if (!found)
                                return found.error();
                            return **found;
                        })
                        .result();
    QVERIFY(li.ok());
    const auto visit = context.store()
                           .write<session::VisitSession>([id = li->id](QSqlDatabase db) {
                               return session::VisitSessionRepository(db, test::clock()).open({id, QStringLiteral("clerk-7"), {}, {}});
                           })
                           .result();
    QVERIFY(visit.ok());

    services::ComparisonService service(context.context());
    services::ComparisonService::Request request;
    request.a.query = demo::DemoGenerator::colleagueLiCitizenId();
    request.b.query = demo::DemoGenerator::colleagueWangCitizenId();
    request.today = YearMonth(2026, 12);
    const auto outcome = service.compare(request, std::make_shared<std::atomic_bool>(false)).result();
    QVERIFY(outcome.comparison && outcome.colleague && outcome.visitor);
    const auto basis = DisclosureBasis::approval(QStringLiteral("张主任"), QStringLiteral("同事本人在场，口头同意后补签"));
    QVERIFY(basis.ok());
    const auto recorded = service.recordDisclosure({*outcome.colleague, *outcome.visitor, *basis, *outcome.comparison}).result();
    QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().message));
    QCOMPARE(recorded->sessionId, visit->id);
    QCOMPARE(recorded->subjectPersonId, outcome.colleague->id);
    QCOMPARE(recorded->recipientPersonId, li->id);
    QCOMPARE(recorded->clerk, QStringLiteral("clerk-7"));
    // What was shown is kept with it: the two totals and their difference.
    const Money totalA = outcome.comparison->components.last().a;
    QCOMPARE(Money::fromJsonDouble(recorded->detail.value(QStringLiteral("total_a")).toDouble()), std::optional<Money>(totalA));
    QCOMPARE(Money::fromJsonDouble(recorded->detail.value(QStringLiteral("difference")).toDouble()),
             std::optional<Money>(outcome.comparison->difference));
    QCOMPARE(recorded->detail.value(QStringLiteral("retirement_b")).toString(), QStringLiteral("2024-03"));
    // The colleague's data shown is audited with the disclosure (same write transaction).
    const QStringList audit
        = context.store().read<QStringList>([](QSqlDatabase db) { return Result<QStringList>(auditRecords(db)); }).result().value();
    QCOMPARE(audit.filter(QStringLiteral("compare|")),
             QStringList {QStringLiteral("compare|%1|pension-comparison|ok").arg(demo::DemoGenerator::colleagueWangCitizenId())});
}

void TestDisclosures::comparisonWithAColleagueNamesThemColleague()
{
    m_store.reset();
    test::TestContext context(m_path);
    QVERIFY(context.open());
    context.context().setSignedIn(signedIn(accounts::Role::Supervisor));
    services::ComparisonService service(context.context());
    services::ComparisonService::Request request;
    request.a.query = demo::DemoGenerator::colleagueLiCitizenId();
    request.b.query = demo::DemoGenerator::colleagueWangCitizenId();
    request.today = YearMonth(2026, 12);
    const auto named = service.compare(request, std::make_shared<std::atomic_bool>(false)).result();
    QVERIFY(named.comparison);
    QCOMPARE(named.comparison->labelB, demo::DemoGenerator::colleagueWangName());
    QCOMPARE(named.colleagueMaskedId, QStringLiteral("110105********0173"));

    request.colleagueUnnamed = true;
    const auto unnamed = service.compare(request, std::make_shared<std::atomic_bool>(false)).result();
    QVERIFY(unnamed.comparison);
    QCOMPARE(unnamed.comparison->labelB, services::ComparisonService::colleagueLabel());
    // Not in a single explanation either.
    for (const pension::DifferenceCause &cause : unnamed.comparison->causes)
        QVERIFY2(!cause.explanation.contains(demo::DemoGenerator::colleagueWangName()), qPrintable(cause.explanation));
    QCOMPARE(unnamed.comparison->difference, named.comparison->difference);

    // A scenario of the visitor is no one else's data.
    services::ComparisonService::Request scenario;
    scenario.a.query = demo::DemoGenerator::colleagueLiCitizenId();
    scenario.b.query = demo::DemoGenerator::colleagueLiCitizenId();
    scenario.b.scenario.retirement = YearMonth(2025, 3);
    scenario.bIsScenarioOfA = true;
    scenario.colleagueUnnamed = true;
    scenario.today = YearMonth(2026, 12);
    const auto own = service.compare(scenario, std::make_shared<std::atomic_bool>(false)).result();
    QVERIFY(own.comparison);
    QVERIFY(!own.colleague);
}

// A window clerk (and the GUI without a sign-in) may compare only scenarios of the visitor: a
// colleague is refused before anything is read, and the refusal is the only thing written.
void TestDisclosures::comparisonWithAColleagueNeedsTheRight()
{
    m_store.reset();
    test::TestContext context(m_path, QStringLiteral("clerk-7"));
    QVERIFY(context.open());
    const auto readAudit = [&context]() {
        return context.store().read<QStringList>([](QSqlDatabase db) { return Result<QStringList>(auditRecords(db)); }).result().value();
    };
    const auto count = [&context](const QString &table) {
        return context.store()
            .read<int>([table](QSqlDatabase db) -> Result<int> {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
                    return Error::storage(q.lastError().text());
                return q.value(0).toInt();
            })
            .result()
            .value();
    };
    services::ComparisonService service(context.context());
    services::ComparisonService::Request request;
    request.a.query = demo::DemoGenerator::colleagueLiCitizenId();
    request.b.query = demo::DemoGenerator::colleagueWangCitizenId();
    request.b.queryField = QStringLiteral("other");
    request.today = YearMonth(2026, 12);
    const QString refusal = QStringLiteral("refused|%1|compare|refused").arg(demo::DemoGenerator::colleagueWangCitizenId());

    for (const std::optional<accounts::Role> role : {std::optional<accounts::Role>(), std::optional(accounts::Role::WindowClerk)}) {
        if (role)
            context.context().setSignedIn(signedIn(*role));
        const QStringList before = readAudit();
        const auto refused = service.compare(request, std::make_shared<std::atomic_bool>(false)).result();
        QVERIFY(!refused.comparison && !refused.colleague);
        QVERIFY(refused.error);
        QCOMPARE(refused.error->kind, Error::Kind::Forbidden);
        QCOMPARE(refused.error->field, QStringLiteral("other"));
        QCOMPARE(refused.errorSide, 'b');
        QCOMPARE(readAudit(), before + QStringList {refusal});
    }

    // recordDisclosure checks too: an outcome made by an expert, recorded by a clerk.
    context.context().setSignedIn(signedIn(accounts::Role::AssistingExpert));
    const auto outcome = service.compare(request, std::make_shared<std::atomic_bool>(false)).result();
    QVERIFY(outcome.comparison && outcome.colleague && outcome.visitor);
    context.context().setSignedIn(signedIn(accounts::Role::WindowClerk));
    const auto basis = DisclosureBasis::approval(QStringLiteral("张主任"), QStringLiteral("家属代办"));
    QVERIFY(basis.ok());
    const QStringList before = readAudit();
    const auto recorded = service.recordDisclosure({*outcome.colleague, *outcome.visitor, *basis, *outcome.comparison}).result();
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.error().kind, Error::Kind::Forbidden);
    QCOMPARE(readAudit(), before + QStringList {refusal});
    QCOMPARE(count(QStringLiteral("data_disclosure")), 0);
    const auto shown = service.auditShown(*outcome.colleague).result();
    QVERIFY(!shown.ok());
    QCOMPARE(readAudit(), before + QStringList(2, refusal));

    // A scenario of the visitor is no one else's data: a window clerk may.
    services::ComparisonService::Request scenario;
    scenario.a.query = demo::DemoGenerator::colleagueLiCitizenId();
    scenario.b.query = demo::DemoGenerator::colleagueLiCitizenId();
    scenario.b.scenario.retirement = YearMonth(2025, 3);
    scenario.bIsScenarioOfA = true;
    scenario.today = YearMonth(2026, 12);
    QVERIFY(service.compare(scenario, std::make_shared<std::atomic_bool>(false)).result().comparison);

    // The expert's comparison shown without a basis (the CLI) is audited on its own.
    context.context().setSignedIn(signedIn(accounts::Role::AssistingExpert));
    QVERIFY(service.auditShown(*outcome.colleague).result().ok());
    QCOMPARE(readAudit().last(), QStringLiteral("compare|%1|pension-comparison|ok").arg(demo::DemoGenerator::colleagueWangCitizenId()));
}

QTEST_GUILESS_MAIN(TestDisclosures)
#include "testdisclosures.moc"
