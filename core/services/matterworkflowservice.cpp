#include "matterworkflowservice.h"

#include "auditservice.h"
#include "intakeservice.h"

#include "accounts/accesspolicy.h"

#include "intake/intakerepository.h"
#include "storage/storeservice.h"
#include "storage/writetransaction.h"
#include "workflow/matterstatemachine.h"
#include "workflow/matterworkflowrepository.h"
#include "workflow/workflownotices.h"

namespace tongban::services {

MatterWorkflowService::MatterWorkflowService(const AppContext &context, intake::MatterCatalog catalog, intake::WorkingDayCalendar calendar,
                                             std::shared_ptr<const PreReviewRunner> preReviews)
    : m_context(context)
    , m_catalog(std::move(catalog))
    , m_calendar(std::move(calendar))
    , m_preReviews(std::move(preReviews))
{ }

MatterWorkflowService::~MatterWorkflowService() = default;

Result<std::unique_ptr<MatterWorkflowService>> MatterWorkflowService::builtIn(const AppContext &context,
                                                                              std::shared_ptr<const PreReviewRunner> preReviews)
{
    auto catalog = intake::MatterCatalog::builtIn(preReviews ? preReviews->ids() : PreReviewRunner::designEngineIds());
    if (!catalog)
        return catalog.error();
    auto calendar = intake::WorkingDayCalendar::builtIn();
    if (!calendar)
        return calendar.error();
    return std::make_unique<MatterWorkflowService>(context, std::move(catalog).value(), std::move(calendar).value(), std::move(preReviews));
}

QFuture<Result<MatterWorkflowService::MatterDetail>> MatterWorkflowService::matter(const QString &matterId) const
{
    return m_context.store().read<MatterDetail>(
        [catalog = m_catalog, clock = m_context.clock(), matterId](QSqlDatabase db) -> Result<MatterDetail> {
            const workflow::MatterWorkflowRepository repository(db, clock);
            auto matter = repository.load(matterId);
            if (!matter)
                return matter.error();
            auto history = repository.history(matterId);
            if (!history)
                return history.error();
            MatterDetail d;
            d.matter = std::move(matter).value();
            d.history = std::move(history).value();
            d.department = workflow::BackOfficeQueue::departmentOf(d.matter, catalog);
            if (const intake::MatterDefinition *definition = catalog.matter(d.matter.matter))
                d.allowed = workflow::MatterStateMachine::allowed(definition->workflow, d.matter.status);
            return d;
        });
}

QFuture<Result<QList<workflow::QueueEntry>>> MatterWorkflowService::queue(const workflow::QueueFilter &filter) const
{
    return m_context.store().read<QList<workflow::QueueEntry>>([catalog = m_catalog, calendar = m_calendar, clock = m_context.clock(),
                                                                filter](QSqlDatabase db) -> Result<QList<workflow::QueueEntry>> {
        const auto open = workflow::MatterWorkflowRepository(db, clock).openMatters(filter.channel);
        if (!open)
            return open.error();
        return workflow::BackOfficeQueue::entries(*open, filter, catalog, calendar, clock.today());
    });
}

accounts::Permission MatterWorkflowService::permissionToChangeTo(workflow::MatterStatus to)
{
    return to == workflow::MatterStatus::Received ? accounts::Permission::Intake : accounts::Permission::BackOffice;
}

bool MatterWorkflowService::mayChangeTo(workflow::MatterStatus to) const
{
    return accounts::AccessPolicy::builtIn().may(m_context.actingUser(), permissionToChangeTo(to));
}

QFuture<Result<workflow::StatusChangeOutcome>> MatterWorkflowService::changeStatus(workflow::StatusChange change)
{
    // A decision of the back office (pre-review, forwarding, done, return) is a supervisor's;
    // taking a returned matter in again is intake, every clerk's.
    const accounts::Permission needed = permissionToChangeTo(change.to);
    const accounts::SignedInUser user = m_context.actingUser();
    if (const auto refusal = accounts::AccessPolicy::builtIn().require(user, needed, QStringLiteral("to")))
        return auditRefusal(m_context, user, accounts::permissionId(needed), QString(), *refusal).then([](const Error &error) {
            return Result<workflow::StatusChangeOutcome>(error);
        });
    // Signed in, the record names who signed in, whatever name was given.
    if (change.clerk.trimmed().isEmpty() || m_context.signedIn())
        change.clerk = m_context.clerk();
    return m_context.store().write<workflow::StatusChangeOutcome>([catalog = m_catalog, calendar = m_calendar, clock = m_context.clock(),
                                                                   change](QSqlDatabase db) -> Result<workflow::StatusChangeOutcome> {
        return workflow::MatterWorkflowRepository(db, clock).change(change, catalog, calendar);
    });
}

QFuture<Result<MatterWorkflowService::ImportOutcome>> MatterWorkflowService::importBatch(const workflow::IntakeBatch &batch)
{
    const QDate today = m_context.clock().today();
    if (!workflow::IntakeBatch::channels().contains(batch.channel))
        return QtFuture::makeReadyFuture(Result<ImportOutcome>(
            Error::badInput(QStringLiteral("channel"),
                            tr("a batch comes from one of %1").arg(workflow::IntakeBatch::channels().join(QStringLiteral(", "))))));
    if (batch.cases.isEmpty())
        return QtFuture::makeReadyFuture(
            Result<ImportOutcome>(Error::badInput(QStringLiteral("cases"), tr("the batch holds no case: nothing to import"))));
    if (const QList<Error> issues = workflow::IntakeBatchCodec::issues(m_catalog, batch, today); !issues.isEmpty())
        return QtFuture::makeReadyFuture(Result<ImportOutcome>(issues.first()));
    storage::StoreService *store = &m_context.store();
    const Clock clock = m_context.clock();
    const QString defaultClerk = m_context.clerk();
    auto parameters = m_context.parameters();
    using PreparedList = QList<IntakeService::Prepared>;
    auto prepared = store->read<PreparedList>([catalog = m_catalog, calendar = m_calendar, runner = m_preReviews, parameters, clock,
                                               defaultClerk, batch, today](QSqlDatabase db) -> Result<PreparedList> {
        PreparedList list;
        for (qsizetype i = 0; i < batch.cases.size(); ++i) {
            const intake::IntakeCase &c = batch.cases.at(i);
            const QString clerk = c.clerk.trimmed().isEmpty() ? defaultClerk : c.clerk.trimmed();
            auto p = IntakeService::prepare(db, catalog, calendar, runner.get(), *parameters, clock, clerk, c, today);
            if (!p)
                return p.error().nested(QStringLiteral("cases[%1]").arg(i));
            p->receipt.channel = batch.channel;
            list.append(std::move(p).value());
        }
        return list;
    });
    return prepared
        .then([store, clock, batch](const Result<PreparedList> &p) -> QFuture<Result<ImportOutcome>> {
            if (!p)
                return QtFuture::makeReadyFuture(Result<ImportOutcome>(p.error()));
            return store->write<ImportOutcome>([list = *p, clock, batch](QSqlDatabase db) -> Result<ImportOutcome> {
                // All cases in one transaction: one that fails rolls back every one before it.
                storage::WriteTransaction tx(db);
                if (const Status s = tx.begin(); !s)
                    return s.error();
                intake::IntakeRepository repository(db, clock);
                ImportOutcome outcome;
                outcome.channel = batch.channel;
                for (qsizetype i = 0; i < list.size(); ++i) {
                    auto stored = repository.storeWithin(list.at(i).receipt, batch.cases.at(i), list.at(i).personId);
                    if (!stored)
                        return stored.error().nested(QStringLiteral("cases[%1]").arg(i));
                    outcome.matterCount += int(stored->matters.size());
                    outcome.receipts.append(std::move(stored).value());
                }
                if (const Status s = tx.commit(); !s)
                    return s.error();
                return outcome;
            });
        })
        .unwrap();
}

namespace {

const workflow::StatusEvent *lastChangeTo(const QList<workflow::StatusEvent> &history, workflow::MatterStatus to)
{
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        if (it->to == to)
            return &*it;
    return nullptr;
}

} // namespace

Result<notice::Notice> MatterWorkflowService::returnNotice(const MatterDetail &detail, notice::Copy copy) const
{
    const workflow::StatusEvent *event = lastChangeTo(detail.history, workflow::MatterStatus::Returned);
    if (detail.matter.status != workflow::MatterStatus::Returned || !event)
        return Error::badInput(QStringLiteral("matter"),
                               tr("the matter is %1: a return notice is printed for a returned matter")
                                   .arg(workflow::MatterStatusText::label(detail.matter.status)));
    const settings::AgencyProfile &agency = m_context.agency();
    return workflow::WorkflowNotices::returnNotice(detail.matter, *event, m_catalog,
                                                   {agency.name, agency.sealText, m_context.clock().today()}, copy);
}

Result<notice::Notice> MatterWorkflowService::completionNotice(const MatterDetail &detail, notice::Copy copy) const
{
    const workflow::StatusEvent *event = lastChangeTo(detail.history, workflow::MatterStatus::Done);
    if (detail.matter.status != workflow::MatterStatus::Done || !event)
        return Error::badInput(QStringLiteral("matter"),
                               tr("the matter is %1: a completion notice is printed for a matter that is done")
                                   .arg(workflow::MatterStatusText::label(detail.matter.status)));
    const settings::AgencyProfile &agency = m_context.agency();
    return workflow::WorkflowNotices::completionNotice(detail.matter, *event, m_catalog,
                                                       {agency.name, agency.sealText, m_context.clock().today()}, copy);
}

} // namespace tongban::services
