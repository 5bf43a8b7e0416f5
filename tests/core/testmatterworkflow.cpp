// Tests of the matter workflow (core/workflow, services::MatterWorkflowService) on the shipped
// catalog and calendar and a real SQLite file through the real StoreService: the state machine
// as a table (every (from, to) pair of every shipped matter allowed or refused as the design
// says), every change in one write transaction (intake_matter, matter_status_event,
// session_event), returns with a reason, resubmission keeping the documents and counting the
// due date again across 国庆 2026 and its make-up Saturday, the back-office queue, the batch
// import (all or nothing), the return and completion notices, and the catalog's "workflow" key.

#include "identity/citizenid.h"
#include "intake/mattercatalogloader.h"
#include "services/intakeservice.h"
#include "services/matterworkflowservice.h"
#include "storage/storeservice.h"
#include "workflow/intakebatch.h"
#include "workflow/matterstatemachine.h"
#include "workflow/workflownotices.h"

#include "signedinusers.h"
#include "testcontext.h"
#include "tests/core/intaketestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace tongban;
using intake::IntakeCase;
using intake::IntakeMatter;
using services::MatterWorkflowService;
using workflow::MatterStatus;
using workflow::MatterStatusText;

namespace {

/// The design's table, written out again here (not read from MatterStateMachine): the pairs a
/// matter with @p steps may take.
QSet<QString> designAllowed(const QStringList &steps)
{
    QSet<QString> allowed {QStringLiteral("received>returned"), QStringLiteral("pre-reviewed>returned"), QStringLiteral("forwarded>done"),
                           QStringLiteral("forwarded>returned"), QStringLiteral("returned>received")};
    if (steps.contains(QStringLiteral("pre-review")))
        allowed << QStringLiteral("received>pre-reviewed");
    if (steps.isEmpty())
        allowed << QStringLiteral("received>done");
    if (steps.contains(QStringLiteral("forward")))
        allowed << QStringLiteral("pre-reviewed>forwarded");
    else
        allowed << QStringLiteral("pre-reviewed>done");
    return allowed;
}

QString allText(const notice::Notice &n)
{
    QStringList parts {n.title, n.subtitle, n.footer, n.issuer, n.sealText};
    for (const notice::NoticeSection &s : n.sections) {
        parts << s.heading << s.paragraphs;
        for (const auto &[label, value] : s.rows)
            parts << label << value;
    }
    parts << n.bases << n.remarks << n.staffNotes;
    return parts.join(u'\n');
}

/// A clock the test moves (read on the store's threads, set between operations).
struct MovableClock
{
    std::shared_ptr<std::mutex> mutex = std::make_shared<std::mutex>();
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(test::fixedNow());

    Clock clock() const
    {
        return Clock([mutex = mutex, now = now] {
            std::lock_guard lock(*mutex);
            return *now;
        });
    }
    /// 10:00 in Beijing on @p day.
    void setDay(QDate day) const
    {
        std::lock_guard lock(*mutex);
        *now = QDateTime(day, QTime(2, 0), QTimeZone::utc());
    }
};

} // namespace

class TestMatterWorkflow : public QObject
{
    Q_OBJECT

private:
    intake::MatterCatalog m_catalog;
    intake::WorkingDayCalendar m_calendar;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    MovableClock m_clock;
    std::unique_ptr<test::TestContext> m_context;
    QString m_applicant = identity::CitizenId::make(QStringLiteral("110105"), QDate(1967, 3, 12), 31);
    QString m_other = identity::CitizenId::make(QStringLiteral("110105"), QDate(1971, 8, 9), 42);

    std::unique_ptr<MatterWorkflowService> service()
    {
        return std::make_unique<MatterWorkflowService>(m_context->context(), m_catalog, m_calendar, nullptr);
    }

    QVariant value(const QString &sql)
    {
        QVariant v;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("value"));
            c.setDatabaseName(m_path);
            if (c.open()) {
                QSqlQuery q(c);
                if (!q.exec(sql))
                    qWarning("%s", qPrintable(q.lastError().text()));
                else if (q.next())
                    v = q.value(0);
            }
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("value"));
        return v;
    }

    qint64 count(const QString &table) { return value(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong(); }

    struct Counts
    {
        qint64 sessions, visits, matters, statusEvents, events;
        bool operator==(const Counts &) const = default;
    };
    Counts counts()
    {
        return {count(QStringLiteral("visit_session")), count(QStringLiteral("intake_visit")), count(QStringLiteral("intake_matter")),
                count(QStringLiteral("matter_status_event")), count(QStringLiteral("session_event"))};
    }

    static IntakeMatter sscApplication(const QStringList &documents = {QStringLiteral("id-card")})
    {
        IntakeMatter m;
        m.matter = QStringLiteral("ssc-application");
        m.fields = {{QStringLiteral("card_delivery"), QStringLiteral("counter")},
                    {QStringLiteral("contact_phone"), QStringLiteral("13800138000")}};
        m.documents = documents;
        return m;
    }
    static IntakeMatter lossReport()
    {
        IntakeMatter m;
        m.matter = QStringLiteral("ssc-loss-report");
        m.fields = {{QStringLiteral("loss_kind"), QStringLiteral("formal")},
                    {QStringLiteral("reissue_card"), true},
                    {QStringLiteral("contact_phone"), QStringLiteral("13800138000")}};
        m.documents = {QStringLiteral("id-card")};
        return m;
    }
    static IntakeMatter allowance()
    {
        IntakeMatter m;
        m.matter = QStringLiteral("minimum-living-allowance");
        m.fields = {{QStringLiteral("household_size"), 3},
                    {QStringLiteral("household_monthly_income"), QStringLiteral("1200.00")},
                    {QStringLiteral("hardship_description"), QStringLiteral("因病致贫，家中无其他收入")},
                    {QStringLiteral("disabled"), false},
                    {QStringLiteral("bank_account"), QStringLiteral("6222021234567890123")},
                    {QStringLiteral("contact_phone"), QStringLiteral("13800138000")}};
        m.documents = {QStringLiteral("id-card")};
        return m;
    }
    IntakeCase intakeOf(const QList<IntakeMatter> &matters, const QString &id = {}) const
    {
        IntakeCase c;
        c.applicant = {id.isEmpty() ? m_applicant : id, QStringLiteral("张三"), QStringLiteral("13800138000")};
        c.clerk = QStringLiteral("王芳");
        c.matters = matters;
        return c;
    }

    /// Takes @p intake at the window on @p day; the stored matters' ids.
    QStringList take(const IntakeCase &intake, QDate day = QDate(2026, 12, 2))
    {
        m_clock.setDay(day);
        services::IntakeService intakeService(m_context->context(), m_catalog, m_calendar, nullptr);
        const auto receipt = intakeService.take(intake).result();
        m_clock.setDay(QDate(2026, 12, 2));
        if (!receipt) {
            qWarning("%s: %s", qPrintable(receipt.error().field), qPrintable(receipt.error().message));
            return {};
        }
        QStringList ids;
        for (const intake::ReceiptMatter &m : receipt->matters)
            ids << m.id;
        return ids;
    }

    Result<workflow::StatusChangeOutcome> change(const QString &matterId, MatterStatus to, const QString &reason = {},
                                                 const QStringList &documents = {})
    {
        workflow::StatusChange c;
        c.matterId = matterId;
        c.to = to;
        c.reason = reason;
        c.clerk = QStringLiteral("赵敏");
        c.documentsBrought = documents;
        // The back office's supervisor decides (issue 12 §3); signed out again after.
        m_context->context().setSignedIn(
            test::signedInUser(accounts::Role::Supervisor, QStringLiteral("赵敏"), QStringLiteral("zhao.min")));
        auto changed = service()->changeStatus(c).result();
        m_context->context().signOut();
        return changed;
    }

private slots:
    void initTestCase()
    {
        auto catalog = intake::MatterCatalog::builtIn(services::PreReviewRunner::designEngineIds());
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().field + u' ' + catalog.error().message));
        m_catalog = std::move(catalog).value();
        auto calendar = intake::WorkingDayCalendar::builtIn();
        QVERIFY(calendar.ok());
        m_calendar = std::move(calendar).value();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("workflow.sqlite"));
        m_clock.setDay(QDate(2026, 12, 2));
        m_context = std::make_unique<test::TestContext>(m_path, QStringLiteral("王芳"), m_clock.clock());
        QVERIFY(m_context->open());
        m_context->context().setAgency({QStringLiteral("某市社会保险事业管理中心"), QStringLiteral("（盖章）")});
    }

    void cleanup() { m_context.reset(); }

    // The shipped catalog names the steps the design asks: the matters of other departments
    // forwarded to them, the immediate ones without steps.
    void shippedWorkflows()
    {
        const auto *loss = m_catalog.matter(QStringLiteral("ssc-loss-report"));
        const auto *card = m_catalog.matter(QStringLiteral("ssc-application"));
        const auto *allowanceMatter = m_catalog.matter(QStringLiteral("minimum-living-allowance"));
        QVERIFY(loss && card && allowanceMatter);
        QVERIFY(loss->workflow.steps.isEmpty());
        QCOMPARE(card->workflow.steps, QStringList {QStringLiteral("pre-review")});
        QCOMPARE(allowanceMatter->workflow.steps, (QStringList {QStringLiteral("pre-review"), QStringLiteral("forward")}));
        QCOMPARE(allowanceMatter->workflow.forwardTo, QStringLiteral("civil-affairs"));
        for (const intake::MatterDefinition &m : m_catalog.matters()) {
            QVERIFY2(!m.timeLimit.immediate || m.workflow.steps.isEmpty(), qPrintable(m.id));
            const bool otherDepartment = QStringList {QStringLiteral("civil-affairs"), QStringLiteral("public-security"),
                                                      QStringLiteral("labour-relations"), QStringLiteral("medical-insurance")}
                                             .contains(m.department);
            QVERIFY2(otherDepartment == m.workflow.hasForward(), qPrintable(m.id));
        }
    }

    // Every (from, to) pair of every shipped matter: allowed exactly where the design's table
    // says; a refusal names both statuses and what is allowed.
    void stateMachineTable()
    {
        int allowedCount = 0;
        int refusedCount = 0;
        for (const intake::MatterDefinition &m : m_catalog.matters()) {
            const QSet<QString> expected = designAllowed(m.workflow.steps);
            for (const MatterStatus from : MatterStatusText::all()) {
                QStringList allowedTo;
                for (const MatterStatus to : MatterStatusText::all()) {
                    const QString pair = MatterStatusText::key(from) + u'>' + MatterStatusText::key(to);
                    const Status s = workflow::MatterStateMachine::check(m.workflow, from, to);
                    QVERIFY2(s.ok() == expected.contains(pair), qPrintable(m.id + u' ' + pair));
                    if (s.ok()) {
                        ++allowedCount;
                        allowedTo << MatterStatusText::key(to);
                        continue;
                    }
                    ++refusedCount;
                    QCOMPARE(s.error().kind, Error::Kind::BadInput);
                    QCOMPARE(s.error().field, QStringLiteral("to"));
                    QVERIFY2(s.error().message.contains(u'(' + MatterStatusText::key(from) + u')')
                                 && s.error().message.contains(u'(' + MatterStatusText::key(to) + u')'),
                             qPrintable(s.error().message));
                }
                QStringList listed;
                for (const MatterStatus to : workflow::MatterStateMachine::allowed(m.workflow, from))
                    listed << MatterStatusText::key(to);
                QCOMPARE(listed, allowedTo);
            }
        }
        qInfo("%d pairs allowed, %d refused over %lld matters", allowedCount, refusedCount, qlonglong(m_catalog.matters().size()));
        // What is allowed is named in the refusal.
        const auto *card = m_catalog.matter(QStringLiteral("ssc-application"));
        const Status skip = workflow::MatterStateMachine::check(card->workflow, MatterStatus::Received, MatterStatus::Done);
        QVERIFY(!skip.ok());
        QVERIFY2(skip.error().message.contains(QStringLiteral("(pre-reviewed)"))
                     && skip.error().message.contains(QStringLiteral("(returned)")),
                 qPrintable(skip.error().message));
        const Status fromDone = workflow::MatterStateMachine::check(card->workflow, MatterStatus::Done, MatterStatus::Returned);
        QVERIFY2(fromDone.error().message.contains(QStringLiteral("nothing")), qPrintable(fromDone.error().message));
    }

    // A change: the matter's status, one matter_status_event and one session_event, who, when and
    // why; a forward names the department it goes to.
    void changeWritesStatusHistoryAndEvent()
    {
        const QStringList ids = take(intakeOf({allowance()}));
        QCOMPARE(ids.size(), 1);
        const Counts before = counts();
        m_clock.setDay(QDate(2026, 12, 3));
        const auto reviewed = change(ids[0], MatterStatus::PreReviewed, QStringLiteral("材料齐全"));
        QVERIFY2(reviewed.ok(), reviewed.ok() ? "" : qPrintable(reviewed.error().message));
        const auto forwarded = change(ids[0], MatterStatus::Forwarded);
        QVERIFY(forwarded.ok());
        QCOMPARE(forwarded->event.department, QStringLiteral("civil-affairs"));
        QCOMPARE(forwarded->matter.status, MatterStatus::Forwarded);
        Counts after = before;
        after.statusEvents += 2;
        after.events += 2;
        QCOMPARE(counts(), after);
        QCOMPARE(value(QStringLiteral("SELECT status FROM intake_matter")).toString(), QStringLiteral("forwarded"));
        QCOMPARE(value(QStringLiteral("SELECT group_concat(from_status || '>' || to_status || '|' || coalesce(reason, '') || '|' || clerk"
                                      " || '|' || at || '|' || coalesce(department, ''), ';') FROM (SELECT * FROM matter_status_event"
                                      " ORDER BY at, rowid)"))
                     .toString(),
                 QStringLiteral("received>pre-reviewed|材料齐全|赵敏|2026-12-03T02:00:00.000Z|civil-affairs;"
                                "pre-reviewed>forwarded||赵敏|2026-12-03T02:00:00.000Z|civil-affairs"));
        const QJsonObject payload
            = QJsonDocument::fromJson(value(QStringLiteral("SELECT payload FROM session_event WHERE kind = 'matter_status_changed'"
                                                           " ORDER BY created_at, rowid LIMIT 1"))
                                          .toString()
                                          .toUtf8())
                  .object();
        QCOMPARE(payload.value(u"matter").toString(), ids[0]);
        QCOMPARE(payload.value(u"from").toString(), QStringLiteral("received"));
        QCOMPARE(payload.value(u"to").toString(), QStringLiteral("pre-reviewed"));
        QCOMPARE(payload.value(u"reason").toString(), QStringLiteral("材料齐全"));
        // The history as the detail page reads it.
        const auto detail = service()->matter(ids[0]).result();
        QVERIFY(detail.ok());
        QCOMPARE(detail->history.size(), 2);
        QCOMPARE(detail->history.at(1).to, MatterStatus::Forwarded);
        QCOMPARE(detail->department, QStringLiteral("civil-affairs"));
        QCOMPARE(detail->allowed, (QList<MatterStatus> {MatterStatus::Done, MatterStatus::Returned}));
    }

    // Refused changes store nothing: a skipped step, a return without an actionable reason, an
    // unknown matter, a document on a change that is not a resubmission.
    void refusedChangesStoreNothing()
    {
        const QStringList ids = take(intakeOf({sscApplication(), lossReport()}));
        QCOMPARE(ids.size(), 2);
        const Counts before = counts();
        const auto skip = change(ids[0], MatterStatus::Done);
        QVERIFY(!skip.ok());
        QCOMPARE(skip.error().field, QStringLiteral("to"));
        const auto noReason = change(ids[0], MatterStatus::Returned, QStringLiteral("  不行 "));
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().field, QStringLiteral("reason"));
        const auto unknown = change(QStringLiteral("00000000-0000-4000-8000-000000000000"), MatterStatus::Done);
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        const auto document = change(ids[0], MatterStatus::PreReviewed, {}, {QStringLiteral("photo")});
        QCOMPARE(document.error().field, QStringLiteral("documents"));
        // Issue 12: a window clerk (nobody signed in) may not decide; may take a matter in again.
        QVERIFY(!service()->mayChangeTo(MatterStatus::PreReviewed));
        QVERIFY(service()->mayChangeTo(MatterStatus::Received));
        workflow::StatusChange byClerk;
        byClerk.matterId = ids[0];
        byClerk.to = MatterStatus::PreReviewed;
        const auto clerk = service()->changeStatus(byClerk).result();
        QVERIFY(!clerk.ok());
        QCOMPARE(clerk.error().kind, Error::Kind::Forbidden);
        QCOMPARE(clerk.error().field, QStringLiteral("to"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_record WHERE action = 'refused' AND object = 'back-office'")).toInt(), 1);
        QCOMPARE(counts(), before);
        QCOMPARE(value(QStringLiteral("SELECT group_concat(status) FROM intake_matter")).toString(), QStringLiteral("received,received"));
        // The immediate matter is done at once; the other needs its pre-review first.
        QVERIFY(change(ids[1], MatterStatus::Done).ok());
        QVERIFY(change(ids[0], MatterStatus::PreReviewed).ok());
        QVERIFY(change(ids[0], MatterStatus::Done).ok());
    }

    // One transaction: when the event log refuses the row, the status and the history stay.
    void failureMidWayStoresNothing()
    {
        const QStringList ids = take(intakeOf({sscApplication()}));
        QVERIFY(m_context->context()
                    .store()
                    .write<Done>([](QSqlDatabase db) -> Result<Done> {
                        QSqlQuery q(db);
                        if (!q.exec(QStringLiteral("CREATE TRIGGER refuse_status_event BEFORE INSERT ON session_event"
                                                   " WHEN NEW.kind = 'matter_status_changed' BEGIN SELECT RAISE(ABORT, 'refused'); END")))
                            return Error::storage(q.lastError().text());
                        return Done {};
                    })
                    .result()
                    .ok());
        const Counts before = counts();
        const auto refused = change(ids[0], MatterStatus::PreReviewed);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Storage);
        QCOMPARE(counts(), before);
        QCOMPARE(value(QStringLiteral("SELECT status FROM intake_matter")).toString(), QStringLiteral("received"));
    }

    // A return keeps the reason; the resubmission keeps the documents, adds those brought, counts
    // what is missing again and the due date from the day of resubmission: 2026-09-30 + 10
    // working days = 2026-10-20 (国庆 1–7 October off, Saturday 10 October worked).
    void resubmissionAcrossNationalDay()
    {
        const QStringList ids = take(intakeOf({sscApplication()}), QDate(2026, 9, 15));
        QCOMPARE(value(QStringLiteral("SELECT due_on FROM intake_matter")).toString(), QStringLiteral("2026-09-29"));
        QCOMPARE(value(QStringLiteral("SELECT missing_json FROM intake_matter")).toString(), QStringLiteral("[\"photo\"]"));
        m_clock.setDay(QDate(2026, 9, 16));
        const auto returned = change(ids[0], MatterStatus::Returned, QStringLiteral("缺少近期一寸免冠照片，请补交"));
        QVERIFY(returned.ok());
        QCOMPARE(returned->matter.returnedReason, QStringLiteral("缺少近期一寸免冠照片，请补交"));
        QCOMPARE(value(QStringLiteral("SELECT returned_reason FROM intake_matter")).toString(),
                 QStringLiteral("缺少近期一寸免冠照片，请补交"));

        m_clock.setDay(QDate(2026, 9, 30));
        const auto resubmitted = change(ids[0], MatterStatus::Received, {}, {QStringLiteral("photo")});
        QVERIFY2(resubmitted.ok(), resubmitted.ok() ? "" : qPrintable(resubmitted.error().message));
        QCOMPARE(resubmitted->matter.documents, (QStringList {QStringLiteral("id-card"), QStringLiteral("photo")}));
        QVERIFY(resubmitted->matter.missingDocuments.isEmpty());
        QCOMPARE(resubmitted->matter.receivedOn, QDate(2026, 9, 30));
        QCOMPARE(resubmitted->matter.dueOn, QDate(2026, 10, 20));
        QVERIFY(resubmitted->dueNote.isEmpty());
        // The make-up Saturday counts: without it the date would be the 21st.
        QVERIFY(m_calendar.isWorkingDay(QDate(2026, 10, 10)).value());
        QCOMPARE(value(QStringLiteral("SELECT received_on || ' ' || due_on || ' ' || documents_json || ' ' || missing_json || ' ' || status"
                                      " FROM intake_matter"))
                     .toString(),
                 QStringLiteral("2026-09-30 2026-10-20 [\"id-card\",\"photo\"] [] received"));
        QCOMPARE(count(QStringLiteral("matter_status_event")), 2);
    }

    // The queue: open matters by due date (none last), overdue and due within 2 working days,
    // filtered by department and channel; done and returned matters left out.
    void backOfficeQueue()
    {
        const QStringList overdue = take(intakeOf({sscApplication()}), QDate(2026, 11, 10)); // due 2026-11-24
        const QStringList soon = take(intakeOf({sscApplication()}), QDate(2026, 11, 20)); // due 2026-12-04
        const QStringList later = take(intakeOf({sscApplication()}), QDate(2026, 11, 30)); // due 2026-12-14
        const QStringList mixed = take(intakeOf({allowance(), lossReport()})); // due in 2027: no date yet; immediate: due today
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM intake_matter WHERE due_on IS NULL")).toInt(), 1);
        QVERIFY(change(mixed[1], MatterStatus::Done).ok());
        QVERIFY(change(later[0], MatterStatus::Returned, QStringLiteral("请补交近期一寸照片")).ok());

        const auto all = service()->queue({}).result();
        QVERIFY(all.ok());
        QStringList order;
        for (const workflow::QueueEntry &e : *all)
            order << e.matter.id;
        QCOMPARE(order, (QStringList {overdue[0], soon[0], mixed[0]}));
        QVERIFY(all->at(0).overdue && !all->at(0).dueSoon);
        QVERIFY(!all->at(1).overdue && all->at(1).dueSoon);
        QVERIFY(!all->at(2).overdue && !all->at(2).dueSoon);
        QCOMPARE(all->at(2).department, QStringLiteral("civil-affairs"));

        const auto civil = service()->queue({QStringLiteral("civil-affairs"), {}}).result();
        QCOMPARE(civil->size(), 1);
        QCOMPARE(civil->first().matter.id, mixed[0]);
        QCOMPARE(service()->queue({QStringLiteral("social-insurance"), {}}).result()->size(), 2);
        QCOMPARE(service()->queue({{}, QStringLiteral("counter")}).result()->size(), 3);
        QCOMPARE(service()->queue({{}, QStringLiteral("outreach")}).result()->size(), 0);

        // Due on the second working day after today: Friday 4 December is due soon, Monday 7 is not.
        QVERIFY(change(later[0], MatterStatus::Received).ok()); // resubmitted today: due 2026-12-16
        const auto again = service()->queue({}).result();
        QCOMPARE(again->size(), 4);
        QCOMPARE(again->at(2).matter.dueOn, QDate(2026, 12, 16));
        QVERIFY(!again->at(2).dueSoon);
    }

    // A batch with one bad entry changes nothing; a good one stores every case with its channel.
    void importAllOrNothing()
    {
        take(intakeOf({sscApplication()}));
        const Counts before = counts();
        workflow::IntakeBatch batch;
        batch.channel = QStringLiteral("outreach");
        batch.cases << intakeOf({sscApplication(), allowance()}) << intakeOf({allowance()}, m_other) << intakeOf({sscApplication()});
        workflow::IntakeBatch bad = batch;
        bad.cases[1].matters[0].fields.insert(QStringLiteral("bank_account"), QStringLiteral("12ab"));
        const auto refused = service()->importBatch(bad).result();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QCOMPARE(refused.error().field, QStringLiteral("cases[1].matters[0].fields.bank_account"));
        QCOMPARE(counts(), before);

        // A failure while storing the third case (a trigger refuses its visit) rolls back the first two.
        QVERIFY(m_context->context()
                    .store()
                    .write<Done>([](QSqlDatabase db) -> Result<Done> {
                        QSqlQuery q(db);
                        if (!q.exec(QStringLiteral("CREATE TRIGGER refuse_visit BEFORE INSERT ON intake_visit"
                                                   " WHEN NEW.applicant_name = '存储失败' BEGIN SELECT RAISE(ABORT, 'refused'); END")))
                            return Error::storage(q.lastError().text());
                        return Done {};
                    })
                    .result()
                    .ok());
        workflow::IntakeBatch clash = batch;
        clash.cases[2].applicant.name = QStringLiteral("存储失败");
        const auto failed = service()->importBatch(clash).result();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Storage);
        QCOMPARE(failed.error().field, QStringLiteral("cases[2]"));
        QCOMPARE(counts(), before);

        const auto imported = service()->importBatch(batch).result();
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().field + u' ' + imported.error().message));
        QCOMPARE(imported->receipts.size(), 3);
        QCOMPARE(imported->matterCount, 4);
        Counts after = before;
        after.sessions += 3;
        after.visits += 3;
        after.matters += 4;
        after.events += 3;
        QCOMPARE(counts(), after);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM intake_matter WHERE channel = 'outreach'")).toInt(), 4);
        QCOMPARE(service()->queue({{}, QStringLiteral("outreach")}).result()->size(), 4);
    }

    void batchCodec()
    {
        const QJsonObject json {{QStringLiteral("channel"), QStringLiteral("online")},
                                {QStringLiteral("cases"), QJsonArray {QJsonObject {{QStringLiteral("applicant"), 3}}}}};
        const auto shape = workflow::IntakeBatchCodec::fromJson(json);
        QVERIFY(!shape.ok());
        QVERIFY2(shape.error().field.startsWith(QStringLiteral("cases[0].applicant")), qPrintable(shape.error().field));
        QCOMPARE(workflow::IntakeBatchCodec::fromJson({{QStringLiteral("channel"), QStringLiteral("fax")}}).error().field,
                 QStringLiteral("channel"));
        QCOMPARE(workflow::IntakeBatchCodec::fromJson(
                     {{QStringLiteral("channel"), QStringLiteral("online")}, {QStringLiteral("cases"), QJsonArray()}})
                     .error()
                     .field,
                 QStringLiteral("cases"));
        workflow::IntakeBatch batch;
        batch.channel = QStringLiteral("online");
        batch.cases << intakeOf({sscApplication()});
        const auto back = workflow::IntakeBatchCodec::fromJson(workflow::IntakeBatchCodec::toJson(batch));
        QVERIFY(back.ok());
        QCOMPARE(back->cases.size(), 1);
        QCOMPARE(back->cases[0].matters[0].fields, batch.cases[0].matters[0].fields);
    }

    // The return notice: the matter, the reason, what to bring and why, masked ID; the completion
    // notice: the matter, the date done, masked ID. Each only in its status.
    void notices()
    {
        const QStringList ids = take(intakeOf({sscApplication(), lossReport()}));
        QVERIFY(change(ids[0], MatterStatus::Returned, QStringLiteral("缺少近期一寸免冠照片，请补交")).ok());
        m_clock.setDay(QDate(2026, 12, 3));
        QVERIFY(change(ids[1], MatterStatus::Done).ok());
        auto svc = service();
        const auto returned = svc->matter(ids[0]).result();
        const auto done = svc->matter(ids[1]).result();
        QVERIFY(returned.ok() && done.ok());
        const QString masked = identity::CitizenId::mask(m_applicant);
        QVERIFY(masked != m_applicant);

        const auto back = svc->returnNotice(*returned, notice::Copy::Visitor);
        QVERIFY(back.ok());
        const QString backText = allText(*back);
        QVERIFY(backText.contains(QStringLiteral("缺少近期一寸免冠照片，请补交")));
        QVERIFY(backText.contains(m_catalog.matter(QStringLiteral("ssc-application"))->nameZh));
        QVERIFY(backText.contains(m_catalog.document(QStringLiteral("photo"))->nameZh));
        QVERIFY(backText.contains(m_catalog.document(QStringLiteral("photo"))->whyZh));
        QVERIFY(backText.contains(masked));
        QVERIFY(!backText.contains(m_applicant));
        QVERIFY(back->staffNotes.isEmpty());
        QVERIFY(back->readyFor(notice::Copy::Visitor).ok());
        QVERIFY(!svc->returnNotice(*returned, notice::Copy::Staff)->staffNotes.isEmpty());
        QCOMPARE(svc->returnNotice(*done, notice::Copy::Visitor).error().field, QStringLiteral("matter"));

        const auto completed = svc->completionNotice(*done, notice::Copy::Visitor);
        QVERIFY(completed.ok());
        const QString doneText = allText(*completed);
        QVERIFY(doneText.contains(QStringLiteral("2026-12-03")));
        QVERIFY(doneText.contains(m_catalog.matter(QStringLiteral("ssc-loss-report"))->nameZh));
        QVERIFY(doneText.contains(masked));
        QVERIFY(!doneText.contains(m_applicant));
        QCOMPARE(svc->completionNotice(*returned, notice::Copy::Visitor).error().field, QStringLiteral("matter"));
    }

    // The catalog's "workflow" key: refusals name the file and the JSON path.
    void catalogRefusals_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QString at = QStringLiteral("matters/social-insurance.json: matters[0].workflow");
        QTest::newRow("unknown step") << R"({"steps": ["pre-review", "approve"]})" << at + QStringLiteral(".steps[1]")
                                      << QStringLiteral("unknown step \"approve\"");
        QTest::newRow("step twice") << R"({"steps": ["pre-review", "pre-review"]})" << at + QStringLiteral(".steps[1]")
                                    << QStringLiteral("twice");
        QTest::newRow("forward without department")
            << R"({"steps": ["pre-review", "forward"]})" << at + QStringLiteral(".forward_to") << QStringLiteral("required");
        QTest::newRow("unknown department") << R"({"steps": ["pre-review", "forward"], "forward_to": "tax-office"})"
                                            << at + QStringLiteral(".forward_to") << QStringLiteral("unknown department \"tax-office\"");
        QTest::newRow("department without forward") << R"({"steps": ["pre-review"], "forward_to": "civil-affairs"})"
                                                    << at + QStringLiteral(".forward_to") << QStringLiteral("forward");
        QTest::newRow("forward without pre-review")
            << R"({"steps": ["forward"], "forward_to": "civil-affairs"})" << at + QStringLiteral(".steps") << QStringLiteral("pre-review");
        QTest::newRow("unknown key") << R"({"steps": [], "owner": "x"})" << at + QStringLiteral(".owner") << QStringLiteral("unknown key");
        QTest::newRow("steps missing") << R"({})" << at + QStringLiteral(".steps") << QStringLiteral("required");
        QTest::newRow("not an object") << R"("pre-review")" << at << QStringLiteral("object");
    }

    void catalogRefusals()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(test::copyTree(QStringLiteral(":/matters"), dir.path()));
        const QStringList engines = services::PreReviewRunner::designEngineIds();
        QVERIFY(intake::MatterCatalogLoader::load(dir.path(), engines).ok());
        QVERIFY(
            test::editJson(dir.filePath(QStringLiteral("matters/social-insurance.json")), QStringLiteral("matters[0].workflow"), value));
        const auto catalog = intake::MatterCatalogLoader::load(dir.path(), engines);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().field, field);
        QVERIFY2(catalog.error().message.contains(message), qPrintable(catalog.error().message));
    }

    // A changed copy of the catalog changes the way with no code change; an absent key is a pre-review.
    void catalogChangesTheWay()
    {
        QTemporaryDir dir;
        QVERIFY(test::copyTree(QStringLiteral(":/matters"), dir.path()));
        const QString file = dir.filePath(QStringLiteral("matters/social-insurance.json"));
        QVERIFY(test::editJson(file, QStringLiteral("matters[0].workflow"), QStringLiteral("<remove>")));
        QVERIFY(test::editJson(file, QStringLiteral("matters[1].workflow"),
                               QStringLiteral(R"({"steps": ["pre-review", "forward"], "forward_to": "medical-insurance"})")));
        const auto catalog = intake::MatterCatalogLoader::load(dir.path(), services::PreReviewRunner::designEngineIds());
        QVERIFY(catalog.ok());
        QCOMPARE(catalog->matters().at(0).workflow.steps, QStringList {QStringLiteral("pre-review")});
        const intake::MatterWorkflow &changed = catalog->matters().at(1).workflow;
        QVERIFY(workflow::MatterStateMachine::check(changed, MatterStatus::PreReviewed, MatterStatus::Forwarded).ok());
        QVERIFY(!workflow::MatterStateMachine::check(changed, MatterStatus::Received, MatterStatus::Done).ok());
    }
};

QTEST_GUILESS_MAIN(TestMatterWorkflow)
#include "testmatterworkflow.moc"
