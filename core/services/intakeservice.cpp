#include "intakeservice.h"

#include "sync/offlinelimits.h"

#include "identity/citizenid.h"
#include "intake/intakenotices.h"
#include "intake/intakevalidator.h"
#include "intake/missingdocuments.h"
#include "storage/personrepository.h"
#include "storage/storeservice.h"

#include <QPromise>

#include <mutex>

namespace tongban::services {

/// The current draft and the save waiting on the writer (coalesced).
struct IntakeService::DraftState
{
    std::mutex mutex;
    QString draftId; ///< the draft being typed (empty: none saved yet)
    std::optional<QJsonObject> pending; ///< the newest save not yet written
    QList<std::shared_ptr<QPromise<Result<intake::StoredDraft>>>> waiting;
};

IntakeService::IntakeService(const AppContext &context, intake::MatterCatalog catalog, intake::WorkingDayCalendar calendar,
                             std::shared_ptr<const PreReviewRunner> preReviews)
    : m_context(context)
    , m_catalog(std::move(catalog))
    , m_calendar(std::move(calendar))
    , m_preReviews(std::move(preReviews))
    , m_drafts(std::make_shared<DraftState>())
{ }

IntakeService::~IntakeService() = default;

Result<std::unique_ptr<IntakeService>> IntakeService::builtIn(const AppContext &context, std::shared_ptr<const PreReviewRunner> preReviews)
{
    auto catalog = intake::MatterCatalog::builtIn(preReviews ? preReviews->ids() : PreReviewRunner::designEngineIds());
    if (!catalog)
        return catalog.error();
    auto calendar = intake::WorkingDayCalendar::builtIn();
    if (!calendar)
        return calendar.error();
    return std::make_unique<IntakeService>(context, std::move(catalog).value(), std::move(calendar).value(), std::move(preReviews));
}

QList<Error> IntakeService::validate(const intake::IntakeCase &intake) const
{
    return intake::IntakeValidator::issues(m_catalog, intake, m_context.clock().today());
}

Result<IntakeService::Prepared> IntakeService::prepare(QSqlDatabase db, const intake::MatterCatalog &catalog,
                                                       const intake::WorkingDayCalendar &calendar, const PreReviewRunner *runner,
                                                       const policy::ParameterSet &parameters, const Clock &clock, const QString &clerk,
                                                       const intake::IntakeCase &intake, QDate today)
{
    Prepared p;
    intake::IntakeReceipt &r = p.receipt;
    r.queueNumber = intake.queueNumber.trimmed();
    r.clerk = clerk;
    r.catalogEdition = catalog.edition();
    const auto applicantCheck = identity::CitizenId::validate(intake.applicant.idNumber, today);
    r.applicantIdNumber = applicantCheck.normalized;
    r.applicantName = intake.applicant.name.trimmed();
    r.applicantPhone = intake.applicant.phone.trimmed();
    storage::PersonRepository persons(db, clock);
    if (const auto applicant = persons.findByCitizenId(r.applicantIdNumber); !applicant)
        return applicant.error();
    else if (*applicant)
        p.personId = (*applicant)->id;

    for (int i = 0; i < intake.matters.size(); ++i) {
        const intake::IntakeMatter &entry = intake.matters.at(i);
        const intake::MatterDefinition *matter = catalog.matter(entry.matter);
        const QString at = QStringLiteral("matters[%1]").arg(i);
        intake::ReceiptMatter m;
        m.position = i;
        m.matter = matter->id;
        m.department = matter->department;
        m.subjectIdNumber = intake::IntakeValidator::subjectIdNumber(intake, i);
        m.subjectName = entry.agentFor ? entry.agentFor->name.trimmed() : r.applicantName;
        m.agentRelation = entry.agentFor ? entry.agentFor->relation : QString();
        m.status = QStringLiteral("received");
        m.missingDocuments = intake::MissingDocuments::forMatter(catalog, intake, i);
        if (matter->timeLimit.hasPromisedDays)
            m.promisedDays = matter->timeLimit.promisedDays;
        m.statutoryDays = matter->timeLimit.statutoryDays;
        m.immediate = matter->timeLimit.immediate;
        m.receivedOn = today;
        // A limit reaching into a year without a holiday arrangement gets no date and says
        // why: the matter is still taken in (the clerk cannot wait for the State Council).
        if (m.promisedDays) {
            const auto due = calendar.addWorkingDays(today, *m.promisedDays);
            if (due)
                m.dueOn = *due;
            else
                m.dueNote = due.error().message;
        }
        if (m.statutoryDays) {
            const auto statutory = calendar.addWorkingDays(today, *m.statutoryDays);
            if (statutory)
                m.statutoryDueOn = *statutory;
            else if (m.dueNote.isEmpty())
                m.dueNote = statutory.error().message;
        } else if (matter->timeLimit.statutoryCalendarDays) {
            m.statutoryDueOn = today.addDays(*matter->timeLimit.statutoryCalendarDays); // the law counts calendar days
        }
        if (!matter->preReview.isEmpty()) {
            std::optional<insured::InsuredPerson> subject;
            std::optional<history::ContributionHistory> history;
            if (matter->subject == intake::Subject::Person) {
                const auto found = persons.findByCitizenId(m.subjectIdNumber);
                if (!found)
                    return found.error();
                subject = *found;
                if (subject) {
                    const auto records = persons.loadContributionRecords(subject->id);
                    if (!records)
                        return records.error();
                    auto built = history::ContributionHistory::build(*subject, *records, parameters, YearMonth::fromDate(today));
                    if (built)
                        history = std::move(built).value();
                }
            }
            const PreReviewInput input {*matter, entry, subject, history, today, parameters, db};
            const auto outcome = runner ? runner->run(matter->preReview, input) : std::nullopt;
            if (!outcome)
                return Error::notFound(at + QStringLiteral(".matter"),
                                       IntakeService::tr("the pre-review \"%1\" that the matter %2 names is not available in this program")
                                           .arg(matter->preReview, matter->nameZh));
            if (!*outcome)
                return outcome->error().nested(at);
            m.preReview = outcome->value();
        }
        r.matters.append(m);
    }
    return p;
}

QFuture<Result<intake::IntakeReceipt>> IntakeService::take(const intake::IntakeCase &intake)
{
    const QDate today = m_context.clock().today();
    if (const Status valid = intake::IntakeValidator::validate(m_catalog, intake, today); !valid)
        return QtFuture::makeReadyFuture(Result<intake::IntakeReceipt>(valid.error()));
    storage::StoreService *store = &m_context.store();
    const Clock clock = m_context.clock();
    const QString clerk = intake.clerk.trimmed().isEmpty() ? m_context.clerk() : intake.clerk.trimmed();
    auto parameters = m_context.parameters();

    auto prepared = store->read<Prepared>([catalog = m_catalog, calendar = m_calendar, runner = m_preReviews, parameters, clock, clerk,
                                           intake, today](QSqlDatabase db) -> Result<Prepared> {
        return prepare(db, catalog, calendar, runner.get(), *parameters, clock, clerk, intake, today);
    });

    std::shared_ptr<DraftState> drafts = m_drafts;
    intake::IntakeCase withCategory = intake;
    if (withCategory.queueCategory.isEmpty())
        withCategory.queueCategory = m_context.queueCategory();
    return prepared
        .then([store, clock, intake = std::move(withCategory),
               drafts](const Result<Prepared> &p) -> QFuture<Result<intake::IntakeReceipt>> {
            if (!p)
                return QtFuture::makeReadyFuture(Result<intake::IntakeReceipt>(p.error()));
            return store->write<intake::IntakeReceipt>([p = *p, clock, intake, drafts](QSqlDatabase db) -> Result<intake::IntakeReceipt> {
                // An outreach laptop past the supervisor's limit of unsynced work takes no more.
                if (const Status admitted = sync::OfflineLimits::admitIntake(db, clock.nowUtc()); !admitted)
                    return admitted.error();
                QString draftId;
                {
                    std::lock_guard lock(drafts->mutex);
                    draftId = drafts->draftId;
                }
                auto stored = intake::IntakeRepository(db, clock).store(p.receipt, intake, p.personId, draftId);
                if (stored && !draftId.isEmpty()) {
                    std::lock_guard lock(drafts->mutex);
                    if (drafts->draftId == draftId)
                        drafts->draftId.clear();
                }
                return stored;
            });
        })
        .unwrap();
}

QFuture<Result<intake::StoredDraft>> IntakeService::saveDraft(const QJsonObject &caseJson)
{
    auto promise = std::make_shared<QPromise<Result<intake::StoredDraft>>>();
    QFuture<Result<intake::StoredDraft>> future = promise->future();
    promise->start();
    bool queue = false;
    {
        std::lock_guard lock(m_drafts->mutex);
        queue = !m_drafts->pending.has_value();
        m_drafts->pending = caseJson;
        m_drafts->waiting.append(promise);
    }
    if (!queue)
        return future; // a save is queued: it will write this newer content
    const Clock clock = m_context.clock();
    const QString clerk = m_context.clerk();
    std::shared_ptr<DraftState> drafts = m_drafts;
    m_context.store()
        .write<Done>([drafts, clock, clerk](QSqlDatabase db) -> Result<Done> {
            QJsonObject json;
            QString id;
            QList<std::shared_ptr<QPromise<Result<intake::StoredDraft>>>> waiting;
            {
                std::lock_guard lock(drafts->mutex);
                json = drafts->pending.value_or(QJsonObject());
                drafts->pending.reset();
                waiting.swap(drafts->waiting);
                id = drafts->draftId;
            }
            const auto saved = intake::IntakeRepository(db, clock).saveDraft(id, clerk, json);
            if (saved) {
                std::lock_guard lock(drafts->mutex);
                if (drafts->draftId.isEmpty() || drafts->draftId == id)
                    drafts->draftId = saved->id;
            }
            for (const auto &p : waiting) {
                p->addResult(saved);
                p->finish();
            }
            return Done {};
        })
        .then([drafts](const Result<Done> &written) {
            if (written)
                return;
            // The store refused the job (a damaged file): the saves waiting get its error.
            QList<std::shared_ptr<QPromise<Result<intake::StoredDraft>>>> waiting;
            {
                std::lock_guard lock(drafts->mutex);
                drafts->pending.reset();
                waiting.swap(drafts->waiting);
            }
            for (const auto &p : waiting) {
                p->addResult(Result<intake::StoredDraft>(written.error()));
                p->finish();
            }
        });
    return future;
}

QFuture<Result<std::optional<intake::StoredDraft>>> IntakeService::latestDraft()
{
    std::shared_ptr<DraftState> drafts = m_drafts;
    const Clock clock = m_context.clock();
    const QString clerk = m_context.clerk();
    return m_context.store().read<std::optional<intake::StoredDraft>>(
        [drafts, clock, clerk](QSqlDatabase db) -> Result<std::optional<intake::StoredDraft>> {
            auto found = intake::IntakeRepository(db, clock).latestDraft(clerk);
            if (found && *found) {
                std::lock_guard lock(drafts->mutex);
                drafts->draftId = (*found)->id;
            }
            return found;
        });
}

QFuture<Status> IntakeService::discardDraft()
{
    std::shared_ptr<DraftState> drafts = m_drafts;
    const Clock clock = m_context.clock();
    return m_context.store().write<Done>([drafts, clock](QSqlDatabase db) -> Status {
        QString id;
        {
            std::lock_guard lock(drafts->mutex);
            id.swap(drafts->draftId);
        }
        if (id.isEmpty())
            return Done {};
        return intake::IntakeRepository(db, clock).discardDraft(id);
    });
}

notice::Notice IntakeService::receiptNotice(const intake::IntakeReceipt &receipt, notice::Copy copy) const
{
    const settings::AgencyProfile &agency = m_context.agency();
    return intake::IntakeNotices::receipt(receipt, m_catalog, {agency.name, agency.sealText, m_context.clock().today()}, copy);
}

notice::Notice IntakeService::oneTimeNotice(const intake::IntakeCase &intake, notice::Copy copy) const
{
    const settings::AgencyProfile &agency = m_context.agency();
    return intake::IntakeNotices::oneTimeNotice(intake, m_catalog, {agency.name, agency.sealText, m_context.clock().today()}, copy);
}

} // namespace tongban::services
