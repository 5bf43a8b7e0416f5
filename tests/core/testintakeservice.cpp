// Tests of services::IntakeService on a real SQLite file through the real StoreService
// (test::TestContext), the test catalog (tests/data/matters), the shipped calendar and a
// pre-review runner of the test's own: take() stores the visit, the matters and the
// intake_received event in one transaction or nothing; due dates in working days (a limit
// reaching into 2027 leaves the date out and says why); drafts (saved, coalesced, discarded,
// deleted with the intake); the receipt and the one-time notice. Today is 2026-12-02.

#include "identity/citizenid.h"
#include "intake/intakecasecodec.h"
#include "intake/intakenotices.h"
#include "intake/mattercatalogloader.h"
#include "services/intakeservice.h"
#include "storage/storeservice.h"

#include "testcontext.h"
#include "tests/core/intaketestdata.h"

#include <QJsonArray>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace tongban;
using intake::IntakeCase;
using intake::IntakeMatter;
using services::IntakeService;

namespace {

/// A runner with the test catalog's engines: each gives one finding; the engine named in
/// failEngine returns an Error; the one named in missingEngine is not there.
class TestRunner : public services::PreReviewRunner
{
public:
    QStringList ids() const override
    {
        return {QStringLiteral("retirement"), QStringLiteral("eligibility-verification"), QStringLiteral("deferral")};
    }

    std::optional<Result<intake::PreReviewRecord>> run(const QString &engineId, const services::PreReviewInput &input) const override
    {
        {
            std::lock_guard lock(mutex);
            calls << engineId + u'|' + input.entry.matter;
        }
        if (engineId == missingEngine)
            return std::nullopt;
        if (engineId == failEngine)
            return Result<intake::PreReviewRecord>(
                Error::badInput(QStringLiteral("fields.retirement_month"), QStringLiteral("the engine refused")));
        intake::PreReviewRecord r;
        r.engine = engineId;
        r.verdict = QStringLiteral("needs-attention");
        r.findings << qMakePair(QStringLiteral("needs-attention"),
                                QStringLiteral("预审发现：%1 尚缺 24 个月缴费").arg(input.matter.nameZh));
        r.details = {{QStringLiteral("missing_months"), 24}};
        return Result<intake::PreReviewRecord>(r);
    }

    QString failEngine;
    QString missingEngine;
    mutable std::mutex mutex;
    mutable QStringList calls;
};

QString sectionText(const notice::NoticeSection &s)
{
    QStringList parts {s.heading};
    parts << s.paragraphs;
    for (const auto &[label, value] : s.rows)
        parts << label << value;
    return parts.join(u'\n');
}

QString allText(const notice::Notice &n)
{
    QStringList parts {n.title, n.subtitle, n.footer, n.issuer, n.sealText};
    for (const notice::NoticeSection &s : n.sections)
        parts << sectionText(s);
    parts << n.bases << n.remarks << n.staffNotes;
    return parts.join(u'\n');
}

} // namespace

class TestIntakeService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<test::TestContext> m_context;
    intake::MatterCatalog m_catalog;
    intake::WorkingDayCalendar m_calendar;
    std::shared_ptr<TestRunner> m_runner;
    QString m_applicant = identity::CitizenId::make(QStringLiteral("110105"), QDate(1967, 3, 12), 31);
    QString m_parent = identity::CitizenId::make(QStringLiteral("110105"), QDate(1940, 5, 1), 22);

    std::unique_ptr<IntakeService> service()
    {
        return std::make_unique<IntakeService>(m_context->context(), m_catalog, m_calendar, m_runner);
    }

    qint64 count(const QString &table)
    {
        qint64 n = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            c.setDatabaseName(m_path);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next())
                    n = q.value(0).toLongLong();
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return n;
    }

    bool execute(const QString &sql)
    {
        bool ok = false;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("exec"));
            c.setDatabaseName(m_path);
            if (c.open()) {
                QSqlQuery q(c);
                ok = q.exec(sql);
                if (!ok)
                    qWarning("%s", qPrintable(q.lastError().text()));
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("exec"));
        return ok;
    }

    QString value(const QString &sql)
    {
        QString v;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("value"));
            c.setDatabaseName(m_path);
            if (c.open()) {
                QSqlQuery q(c);
                if (q.exec(sql) && q.next())
                    v = q.value(0).isNull() ? QStringLiteral("NULL") : q.value(0).toString();
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("value"));
        return v;
    }

    struct Counts
    {
        qint64 sessions, visits, matters, events;
        bool operator==(const Counts &) const = default;
    };
    Counts counts()
    {
        return {count(QStringLiteral("visit_session")), count(QStringLiteral("intake_visit")), count(QStringLiteral("intake_matter")),
                count(QStringLiteral("session_event"))};
    }

    /// Retirement for the parent (agent, nothing brought), eligibility verification for the
    /// applicant (ID card brought), minimum living allowance (disabled; 25 working days promised).
    IntakeCase threeMatters() const
    {
        IntakeCase c;
        c.applicant = {m_applicant, QStringLiteral("张三"), QStringLiteral("13800138000")};
        c.clerk = QStringLiteral("王芳");
        IntakeMatter retirement;
        retirement.matter = QStringLiteral("retirement-application");
        retirement.agentFor = intake::AgentFor {m_parent, QStringLiteral("李四"), QStringLiteral("parent")};
        retirement.fields = {{QStringLiteral("retirement_month"), QStringLiteral("2027-10")},
                             {QStringLiteral("bank_account"), QStringLiteral("6222021234567890123")}};
        IntakeMatter verification;
        verification.matter = QStringLiteral("eligibility-verification");
        verification.fields = {{QStringLiteral("verification_method"), QStringLiteral("counter")}};
        verification.documents = {QStringLiteral("id-card")};
        IntakeMatter allowance;
        allowance.matter = QStringLiteral("minimum-living-allowance");
        allowance.fields = {{QStringLiteral("household_size"), 3},
                            {QStringLiteral("monthly_income"), QStringLiteral("1200.00")},
                            {QStringLiteral("disabled"), true}};
        allowance.documents = {QStringLiteral("id-card")};
        c.matters << retirement << verification << allowance;
        return c;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("intake.sqlite"));
        m_context = std::make_unique<test::TestContext>(m_path, QStringLiteral("王芳"));
        QVERIFY(m_context->open());
        m_context->context().setAgency({QStringLiteral("某市社会保险事业管理中心"), QStringLiteral("（盖章）")});
        m_runner = std::make_shared<TestRunner>();
        auto catalog = intake::MatterCatalogLoader::load(test::testCatalogDir(), m_runner->ids());
        QVERIFY(catalog.ok());
        m_catalog = std::move(catalog).value();
        auto calendar = intake::WorkingDayCalendar::builtIn();
        QVERIFY(calendar.ok());
        m_calendar = std::move(calendar).value();
    }

    void init()
    {
        m_runner->failEngine.clear();
        m_runner->missingEngine.clear();
        std::lock_guard lock(m_runner->mutex);
        m_runner->calls.clear();
    }

    // The visit, its matters and the intake_received event, stored together; due dates counted
    // on the calendar, a limit reaching into 2027 left without a date and saying why.
    void takeStoresTheIntake()
    {
        auto intakes = service();
        const Counts before = counts();
        const auto taken = intakes->take(threeMatters()).result();
        QVERIFY2(taken.ok(), qPrintable(taken ? QString() : taken.error().field + u' ' + taken.error().message));
        const intake::IntakeReceipt &r = *taken;
        QCOMPARE(r.sessionId.size(), 36);
        QVERIFY(r.queueNumber.startsWith(u'A'));
        QCOMPARE(r.clerk, QStringLiteral("王芳"));
        QCOMPARE(r.applicantIdNumber, m_applicant);
        QCOMPARE(r.catalogEdition, m_catalog.edition());
        QCOMPARE(r.matters.size(), 3);
        QCOMPARE(counts(), (Counts {before.sessions + 1, before.visits + 1, before.matters + 3, before.events + 1}));
        QCOMPARE(
            value(
                QStringLiteral("SELECT count(*) FROM session_event WHERE kind = 'intake_received' AND session_id = '%1'").arg(r.sessionId)),
            QStringLiteral("1"));

        const intake::ReceiptMatter &retirement = r.matters.at(0);
        QCOMPARE(retirement.department, QStringLiteral("social-insurance"));
        QCOMPARE(retirement.status, QStringLiteral("received"));
        QCOMPARE(retirement.subjectIdNumber, m_parent);
        QCOMPARE(retirement.agentRelation, QStringLiteral("parent"));
        QCOMPARE(retirement.receivedOn, QDate(2026, 12, 2));
        // 10 working days promised: 3, 4, 7–11, 14–16 December; 20 by law: 30 December.
        QCOMPARE(retirement.dueOn, QDate(2026, 12, 16));
        QCOMPARE(retirement.statutoryDueOn, QDate(2026, 12, 30));
        QVERIFY(retirement.dueNote.isEmpty());
        QCOMPARE(retirement.missingDocuments,
                 (QStringList {QStringLiteral("id-card"), QStringLiteral("personnel-file"), QStringLiteral("power-of-attorney")}));
        QVERIFY(retirement.preReview);
        QCOMPARE(retirement.preReview->engine, QStringLiteral("retirement"));
        // Done at the counter: due today, no statutory limit.
        const intake::ReceiptMatter &verification = r.matters.at(1);
        QVERIFY(verification.immediate);
        QCOMPARE(verification.dueOn, QDate(2026, 12, 2));
        QVERIFY(!verification.statutoryDueOn.isValid());
        QVERIFY(verification.missingDocuments.isEmpty());
        // 25 working days promised, 30 by law: both fall in 2027, which has no arrangement yet.
        const intake::ReceiptMatter &allowance = r.matters.at(2);
        QCOMPARE(allowance.department, QStringLiteral("civil-affairs"));
        QCOMPARE(allowance.promisedDays, std::optional<int>(25));
        QVERIFY(!allowance.dueOn.isValid());
        QVERIFY(!allowance.statutoryDueOn.isValid());
        QVERIFY2(allowance.dueNote.contains(QStringLiteral("2027")), qPrintable(allowance.dueNote));
        QVERIFY(!allowance.preReview);

        // As stored.
        const QString rows = QStringLiteral("SELECT %1 FROM intake_matter WHERE session_id = '%2' AND position = %3");
        QCOMPARE(value(rows.arg(QStringLiteral("due_on"), r.sessionId).arg(0)), QStringLiteral("2026-12-16"));
        QCOMPARE(value(rows.arg(QStringLiteral("statutory_due_on"), r.sessionId).arg(0)), QStringLiteral("2026-12-30"));
        QCOMPARE(value(rows.arg(QStringLiteral("subject_id_number"), r.sessionId).arg(0)), m_parent);
        QVERIFY(
            value(rows.arg(QStringLiteral("pre_review_json"), r.sessionId).arg(0)).contains(QStringLiteral("\"engine\":\"retirement\"")));
        QCOMPARE(value(rows.arg(QStringLiteral("due_on"), r.sessionId).arg(2)), QStringLiteral("NULL"));
        QCOMPARE(value(rows.arg(QStringLiteral("statutory_due_on"), r.sessionId).arg(2)), QStringLiteral("NULL"));
        QCOMPARE(value(rows.arg(QStringLiteral("pre_review_json"), r.sessionId).arg(2)), QStringLiteral("NULL"));
        QCOMPARE(value(QStringLiteral("SELECT applicant_id_number FROM intake_visit WHERE session_id = '%1'").arg(r.sessionId)),
                 m_applicant);
        // The engines ran for the matters that name one, in order.
        QCOMPARE(m_runner->calls,
                 (QStringList {QStringLiteral("retirement|retirement-application"),
                               QStringLiteral("eligibility-verification|eligibility-verification")}));
    }

    void typedQueueNumber()
    {
        IntakeCase c = threeMatters();
        c.queueNumber = QStringLiteral("B007");
        const auto taken = service()->take(c).result();
        QVERIFY(taken.ok());
        QCOMPARE(taken->queueNumber, QStringLiteral("B007"));
    }

    // Bad input: the first fault with its path, and nothing stored.
    void badInputStoresNothing()
    {
        const Counts before = counts();
        IntakeCase c = threeMatters();
        c.matters[2].fields.insert(QStringLiteral("household_size"), 0);
        const auto taken = service()->take(c).result();
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().kind, Error::Kind::BadInput);
        QCOMPARE(taken.error().field, QStringLiteral("matters[2].fields.household_size"));
        QCOMPARE(counts(), before);
        QVERIFY(m_runner->calls.isEmpty());
    }

    // A pre-review that fails for the second matter: its Error under matters[1], nothing stored.
    void preReviewErrorStoresNothing()
    {
        const Counts before = counts();
        m_runner->failEngine = QStringLiteral("eligibility-verification");
        const auto taken = service()->take(threeMatters()).result();
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().field, QStringLiteral("matters[1].fields.retirement_month"));
        QCOMPARE(counts(), before);
        QCOMPARE(m_runner->calls.size(), 2); // the first matter's engine ran
    }

    // A named engine that is not there is an Error, never skipped.
    void missingEngineStoresNothing()
    {
        const Counts before = counts();
        m_runner->missingEngine = QStringLiteral("eligibility-verification");
        const auto taken = service()->take(threeMatters()).result();
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().kind, Error::Kind::NotFound);
        QCOMPARE(taken.error().field, QStringLiteral("matters[1].matter"));
        QCOMPARE(counts(), before);
        // Without any runner too.
        IntakeService none(m_context->context(), m_catalog, m_calendar, nullptr);
        const auto refused = none.take(threeMatters()).result();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("matters[0].matter"));
        QCOMPARE(counts(), before);
    }

    // The store fails while writing the second matter: the visit, the first matter and the event
    // written before it are rolled back with it (one transaction).
    void storageFailureMidWayStoresNothing()
    {
        QVERIFY(execute(QStringLiteral("CREATE TRIGGER test_fail_second_matter BEFORE INSERT ON intake_matter WHEN NEW.position = 1"
                                       " BEGIN SELECT RAISE(ABORT, 'the test refuses the second matter'); END")));
        const Counts before = counts();
        const auto taken = service()->take(threeMatters()).result();
        QVERIFY(execute(QStringLiteral("DROP TRIGGER test_fail_second_matter")));
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().kind, Error::Kind::Storage);
        QCOMPARE(counts(), before);
        // The store still takes the next intake.
        QVERIFY(service()->take(threeMatters()).result().ok());
        QCOMPARE(counts().matters, before.matters + 3);
    }

    void drafts()
    {
        auto intakes = service();
        QVERIFY(intakes->discardDraft().result().ok());
        const auto none = intakes->latestDraft().result();
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());

        QJsonObject json = intake::IntakeCaseCodec::toJson(threeMatters());
        json.insert(QStringLiteral("draft"), QJsonObject {{QStringLiteral("focus"), QStringLiteral("matters[0].fields.bank_account")}});
        const auto first = intakes->saveDraft(json).result();
        QVERIFY(first.ok());
        QCOMPARE(first->version, 1);
        QCOMPARE(first->clerk, QStringLiteral("王芳"));
        json.insert(QStringLiteral("queue_number"), QStringLiteral("A099"));
        const auto second = intakes->saveDraft(json).result();
        QVERIFY(second.ok());
        QCOMPARE(second->id, first->id); // the same draft, replaced
        QCOMPARE(second->version, 2);
        QCOMPARE(count(QStringLiteral("intake_draft")), 1);

        // After a restart (a new service): the draft exactly as saved.
        auto restarted = service();
        const auto latest = restarted->latestDraft().result();
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->id, first->id);
        QCOMPARE((*latest)->caseJson, json);
        QVERIFY(restarted->discardDraft().result().ok());
        QCOMPARE(count(QStringLiteral("intake_draft")), 0);
        QVERIFY(!restarted->latestDraft().result()->has_value());
    }

    // Saves queued while the writer is busy are coalesced: the newest is stored once, and every
    // future completes with that save's result.
    void draftSavesCoalesce()
    {
        auto intakes = service();
        QVERIFY(intakes->saveDraft(QJsonObject {{QStringLiteral("n"), 0}}).result().ok());
        const int versionBefore = (*intakes->latestDraft().result())->version;

        QSemaphore gate;
        QSemaphore busy;
        auto blocker = m_context->store().write<Done>([&gate, &busy](QSqlDatabase) -> Result<Done> {
            busy.release();
            gate.acquire();
            return Done {};
        });
        busy.acquire(); // the writer is in the blocker
        QList<QFuture<Result<intake::StoredDraft>>> saves;
        for (int n = 1; n <= 5; ++n)
            saves << intakes->saveDraft(QJsonObject {{QStringLiteral("n"), n}});
        for (const auto &f : saves)
            QVERIFY(!f.isFinished());
        gate.release();
        QVERIFY(blocker.result().ok());
        for (const auto &f : saves) {
            const auto saved = f.result();
            QVERIFY(saved.ok());
            QCOMPARE(saved->caseJson.value(u"n").toInt(), 5);
            QCOMPARE(saved->version, versionBefore + 1); // written once
        }
        // Every write queued so far has run: nothing else was written after the newest save.
        QVERIFY(m_context->store().write<Done>([](QSqlDatabase) -> Result<Done> { return Done {}; }).result().ok());
        const auto latest = intakes->latestDraft().result();
        QCOMPARE((*latest)->caseJson.value(u"n").toInt(), 5);
        QCOMPARE((*latest)->version, versionBefore + 1);
        QVERIFY(intakes->discardDraft().result().ok());
    }

    // Taking the intake deletes the draft it was typed in, in the same transaction.
    void draftDeletedWhenTaken()
    {
        auto intakes = service();
        QVERIFY(intakes->saveDraft(intake::IntakeCaseCodec::toJson(threeMatters())).result().ok());
        QCOMPARE(count(QStringLiteral("intake_draft")), 1);
        QVERIFY(intakes->take(threeMatters()).result().ok());
        QCOMPARE(count(QStringLiteral("intake_draft")), 0);
        QVERIFY(!intakes->latestDraft().result()->has_value());
        // A failed intake keeps it.
        QVERIFY(intakes->saveDraft(intake::IntakeCaseCodec::toJson(threeMatters())).result().ok());
        m_runner->failEngine = QStringLiteral("retirement");
        QVERIFY(!intakes->take(threeMatters()).result().ok());
        QCOMPARE(count(QStringLiteral("intake_draft")), 1);
        QVERIFY(intakes->discardDraft().result().ok());
    }

    // The receipt: the queue number, the applicant with a masked ID number (no full ID number
    // anywhere on the visitor's copy), every matter with department, due date, missing documents,
    // pre-review findings, and the clerk.
    void receiptNotice()
    {
        auto intakes = service();
        IntakeCase c = threeMatters();
        c.queueNumber = QStringLiteral("C012");
        const auto taken = intakes->take(c).result();
        QVERIFY(taken.ok());
        const notice::Notice visitor = intakes->receiptNotice(*taken, notice::Copy::Visitor);
        QVERIFY(visitor.readyFor(notice::Copy::Visitor).ok());
        const QString text = allText(visitor);
        QVERIFY(!text.contains(m_applicant));
        QVERIFY(!text.contains(m_parent));
        QVERIFY(!text.contains(taken->sessionId));
        QVERIFY(text.contains(identity::CitizenId::mask(m_applicant)));
        QVERIFY(text.contains(identity::CitizenId::mask(m_parent)));
        QVERIFY(text.contains(QStringLiteral("C012")));
        QVERIFY(text.contains(QStringLiteral("王芳")));
        QVERIFY(text.contains(QStringLiteral("某市社会保险事业管理中心")));
        QCOMPARE(visitor.sections.size(), 4); // the applicant, then one per matter
        const QStringList names {QStringLiteral("职工基本养老保险退休申请"), QStringLiteral("养老保险待遇领取资格认证"),
                                 QStringLiteral("最低生活保障申请")};
        const QStringList departments {QStringLiteral("社会保险"), QStringLiteral("社会保险"), QStringLiteral("民政")};
        for (int i = 0; i < 3; ++i) {
            const notice::NoticeSection &s = visitor.sections.at(i + 1);
            QVERIFY2(s.heading.contains(names.at(i)), qPrintable(s.heading));
            QStringList values;
            for (const auto &[label, v] : s.rows)
                values << v;
            QVERIFY(values.contains(departments.at(i)));
            QVERIFY(values.contains(QStringLiteral("2026-12-02"))); // received
        }
        const QString retirement = sectionText(visitor.sections.at(1));
        QVERIFY(retirement.contains(QStringLiteral("2026-12-16")));
        QVERIFY(retirement.contains(QStringLiteral("2026-12-30")));
        QVERIFY(retirement.contains(QStringLiteral("人事档案")));
        QVERIFY(retirement.contains(QStringLiteral("授权委托书")));
        QVERIFY(retirement.contains(QStringLiteral("预审发现：职工基本养老保险退休申请 尚缺 24 个月缴费")));
        const QString allowance = sectionText(visitor.sections.at(3));
        QVERIFY(allowance.contains(QStringLiteral("2027")));
        QVERIFY(allowance.contains(QStringLiteral("收入证明")));
        QVERIFY(allowance.contains(QStringLiteral("残疾人证")));
        QVERIFY(visitor.staffNotes.isEmpty());
        // The staff copy adds the visit and the catalog edition.
        const QString staff = allText(intakes->receiptNotice(*taken, notice::Copy::Staff));
        QVERIFY(staff.contains(taken->sessionId));
        QVERIFY(staff.contains(m_catalog.edition()));
    }

    // The one-time notice: each missing document once, why, and which matters need it.
    void oneTimeNotice()
    {
        IntakeCase c = threeMatters();
        c.matters[1].agentFor = intake::AgentFor {m_parent, QStringLiteral("李四"), QStringLiteral("parent")};
        const notice::Notice n = service()->oneTimeNotice(c, notice::Copy::Visitor);
        QVERIFY(n.readyFor(notice::Copy::Visitor).ok());
        const QString text = allText(n);
        QVERIFY(!text.contains(m_applicant));
        QVERIFY(!text.contains(m_parent));
        const notice::NoticeSection *documents = nullptr;
        for (const auto &s : n.sections)
            if (s.rows.size() > 0 && s.rows.first().first.startsWith(QStringLiteral("1. ")))
                documents = &s;
        QVERIFY(documents);
        // id-card (retirement), personnel-file, power-of-attorney (retirement and verification),
        // agent-id-card (verification), income-proof, disability-certificate (allowance).
        QCOMPARE(documents->rows.size(), 6);
        const auto row = [&](const QString &name) -> QString {
            QString found;
            int times = 0;
            for (const auto &[label, value] : documents->rows)
                if (label.endsWith(name)) {
                    found = value;
                    ++times;
                }
            return times == 1 ? found : QString();
        };
        const QString attorney = row(QStringLiteral("授权委托书"));
        QVERIFY2(attorney.contains(QStringLiteral("由他人代为办理时，证明申请人授权代办")), qPrintable(attorney));
        QVERIFY(attorney.contains(QStringLiteral("职工基本养老保险退休申请")));
        QVERIFY(attorney.contains(QStringLiteral("养老保险待遇领取资格认证")));
        QVERIFY(!attorney.contains(QStringLiteral("最低生活保障申请")));
        const QString idCard = row(QStringLiteral("居民身份证"));
        QVERIFY(idCard.contains(QStringLiteral("核对申请人身份")));
        QVERIFY(idCard.contains(QStringLiteral("职工基本养老保险退休申请")));
        QVERIFY(!idCard.contains(QStringLiteral("最低生活保障申请"))); // brought for that one
        QVERIFY(row(QStringLiteral("残疾人证")).contains(QStringLiteral("最低生活保障申请")));
        QVERIFY(!row(QStringLiteral("代办人身份证")).isEmpty());
        // The time limits of each matter, with its department.
        const notice::NoticeSection &limits = n.sections.last();
        QCOMPARE(limits.rows.size(), 3);
        QCOMPARE(limits.rows.at(2).first, QStringLiteral("最低生活保障申请"));
        QVERIFY(limits.rows.at(2).second.startsWith(QStringLiteral("民政")));
    }

    // The visitor's paper names each document the way a visitor can look it up: 《title》 and,
    // where it has one, its number — never a bare number or a date (shipped catalog).
    void papersCiteDocumentsByTitleAndNumber()
    {
        const auto catalog = intake::MatterCatalog::builtIn(services::PreReviewRunner::designEngineIds());
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));
        IntakeCase c;
        c.applicant.idNumber = m_applicant;
        c.applicant.name = QStringLiteral("张三");
        for (const QString &id :
             {QStringLiteral("retirement-application"), QStringLiteral("eligibility-verification"), QStringLiteral("pension-transfer")}) {
            IntakeMatter m;
            m.matter = id;
            c.matters << m;
        }
        const notice::Notice n = intake::IntakeNotices::oneTimeNotice(
            c, *catalog, {QStringLiteral("北京市西城区社会保险事业管理中心"), QStringLiteral("（盖章）"), QDate(2026, 12, 2)},
            notice::Copy::Visitor);
        QCOMPARE(n.bases.size(), 3);
        for (const QString &basis : n.bases)
            QVERIFY2(basis.startsWith(u'《'), qPrintable(basis));
        QVERIFY2(n.bases.contains(QStringLiteral("《中华人民共和国社会保险法》（中华人民共和国主席令第三十五号（2010年，2018年修正））")),
                 qPrintable(n.bases.join(u'|')));
        QVERIFY2(n.bases.contains(QStringLiteral("《国务院办公厅关于转发人力资源社会保障部 "
                                                 "财政部城镇企业职工基本养老保险关系转移接续暂行办法的通知》（国办发〔2009〕66号）")),
                 qPrintable(n.bases.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestIntakeService)
#include "testintakeservice.moc"
