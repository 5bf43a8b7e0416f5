#include "visitrecorder.h"

#include "serialtask.h"
#include "session/snapshotrecomputer.h"
#include "session/snapshotrepository.h"
#include "session/visitsessionrepository.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include <QUuid>

namespace tongban::ui {

namespace {

/// What a job that changes or reads the visit hands back to the UI thread.
struct StateOutcome
{
    std::optional<VisitState> state;
    std::optional<session::CalculationSnapshot> recorded;
    QString error;
};

struct SnapshotOutcome
{
    std::optional<session::CalculationSnapshot> snapshot;
    QString error;
};

/// The visit @p sessionId (if any) and the lists the panel shows, read on @p db.
Result<VisitState> readState(const QSqlDatabase &db, const QString &sessionId, const QString &personId, const QString &personName)
{
    VisitState state;
    state.personName = personName;
    const session::SnapshotRepository snapshots(db);
    if (!sessionId.isEmpty()) {
        const auto visit = session::VisitSessionRepository(db).load(sessionId);
        if (!visit)
            return visit.error();
        if (visit->isOpen())
            state.session = *visit;
        auto thisVisit = snapshots.listForSession(sessionId);
        if (!thisVisit)
            return thisVisit.error();
        if (state.session)
            state.thisVisit = *thisVisit;
    }
    if (!personId.isEmpty()) {
        auto ofPerson = snapshots.listForPerson(personId);
        if (!ofPerson)
            return ofPerson.error();
        for (const session::SnapshotSummary &s : *ofPerson) {
            if (!state.session || s.sessionId != state.session->id)
                state.earlier.append(s);
        }
    }
    return state;
}

StateOutcome openVisitJob(const QString &path, const session::VisitSessionRepository::OpenRequest &request,
                          const QString &personName)
{
    auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        return {std::nullopt, std::nullopt, VisitRecorder::tr("The visit could not be opened: %1").arg(store.error().message)};
    const QSqlDatabase db = (*store)->database();
    const auto visit = session::VisitSessionRepository(db).open(request);
    if (!visit)
        return {std::nullopt, std::nullopt, VisitRecorder::tr("The visit could not be opened: %1").arg(visit.error().message)};
    auto state = readState(db, visit->id, request.personId, personName);
    if (!state)
        return {std::nullopt, std::nullopt, VisitRecorder::tr("The visit's calculations could not be read: %1").arg(state.error().message)};
    return {*state, std::nullopt, QString()};
}

StateOutcome recordJob(const QString &path, const session::SnapshotRepository::NewSnapshot &snapshot, const QString &personId,
                       const QString &personName)
{
    auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        return {std::nullopt, std::nullopt, VisitRecorder::tr("The calculation could not be recorded: %1").arg(store.error().message)};
    const QSqlDatabase db = (*store)->database();
    const auto stored = session::SnapshotRepository(db).record(snapshot);
    if (!stored)
        return {std::nullopt, std::nullopt, VisitRecorder::tr("The calculation could not be recorded: %1").arg(stored.error().message)};
    auto state = readState(db, snapshot.sessionId, personId, personName);
    if (!state)
        return {std::nullopt, *stored, VisitRecorder::tr("The visit's calculations could not be read: %1").arg(state.error().message)};
    return {*state, *stored, QString()};
}

StateOutcome closeJob(const QString &path, const QString &sessionId, const QString &personId, const QString &personName)
{
    auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        return {std::nullopt, std::nullopt, VisitRecorder::tr("The visit could not be ended: %1").arg(store.error().message)};
    const QSqlDatabase db = (*store)->database();
    if (const Status s = session::VisitSessionRepository(db).close(sessionId); !s)
        return {std::nullopt, std::nullopt, VisitRecorder::tr("The visit could not be ended: %1").arg(s.error().message)};
    auto state = readState(db, sessionId, personId, personName);
    if (!state)
        return {std::nullopt, std::nullopt, VisitRecorder::tr("The visit's calculations could not be read: %1").arg(state.error().message)};
    return {*state, std::nullopt, QString()};
}

Result<session::CalculationSnapshot> loadSnapshot(const QString &path, const QString &id)
{
    auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        return store.error();
    return session::SnapshotRepository((*store)->database()).load(id);
}

/// The snapshot @p id computed again: from the person's records as stored now when the
/// snapshot says how its case was built from them, else from its stored inputs.
Result<Recomputation> recomputeSnapshot(const QString &path, const QString &id,
                                        const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        return store.error();
    const QSqlDatabase db = (*store)->database();
    const auto loaded = session::SnapshotRepository(db).load(id);
    if (!loaded)
        return loaded.error();
    const session::SnapshotRecomputer recomputer(parameters);
    Recomputation r;
    r.snapshot = *loaded;
    r.files = recomputer.parameterChanges(*loaded);
    std::optional<Result<session::SnapshotComparison>> comparison;
    if (loaded->origin && !loaded->personId.isEmpty()) {
        // The records on this job's connection: the case is built again from them.
        const storage::PersonRepository persons(db);
        const auto person = persons.loadPerson(loaded->personId);
        const auto records = person ? persons.loadContributionRecords(loaded->personId)
                                    : Result<QList<insured::ContributionRecord>>(person.error());
        if (person && records) {
            r.from = session::RecomputedFrom::ContributionRecords;
            comparison = recomputer.recomputeFromRecords(*loaded, *person, *records);
        } else {
            r.recordsUnavailable = person ? records.error().message : person.error().message;
        }
    }
    if (!comparison)
        comparison = recomputer.recompute(*loaded);
    if (*comparison)
        r.comparison = std::move(*comparison).value();
    else
        r.error = comparison->error();
    return r;
}

} // namespace

VisitRecorder::VisitRecorder(std::shared_ptr<const policy::ParameterSet> parameters, QString databasePath, QString clerk,
                             QObject *parent)
    : QObject(parent)
    , m_parameters(std::move(parameters))
    , m_databasePath(std::move(databasePath))
    , m_clerk(std::move(clerk))
    , m_task(new SerialTask(this))
{
    connect(m_task, &SerialTask::idle, this, &VisitRecorder::idle);
}

VisitRecorder::~VisitRecorder()
{
    if (m_sessionId.isEmpty())
        return;
    // Nobody is left to show an error: a visit left open is closed when the clerk's next visit
    // opens (VisitSessionRepository::open).
    m_task->submitDetached([path = m_databasePath, id = m_sessionId]() {
        auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
        if (store)
            (void)session::VisitSessionRepository((*store)->database()).close(id);
    });
}

bool VisitRecorder::isBusy() const
{
    return m_task->pending() > 0;
}

void VisitRecorder::personShown(const insured::InsuredPerson &person, const QString &queueNumber)
{
    const bool samePerson = person.id == m_personId;
    m_personId = person.id;
    m_personName = person.name;
    if (samePerson && !m_sessionId.isEmpty())
        return;
    openVisit(queueNumber);
}

void VisitRecorder::openVisit(const QString &queueNumber)
{
    // The id is chosen here so that calculations shown before the open job reports can already
    // be queued for this visit; the jobs run in order.
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const session::VisitSessionRepository::OpenRequest request{m_personId, m_clerk, queueNumber, m_sessionId};
    m_task->submit([path = m_databasePath, request, name = m_personName]() { return openVisitJob(path, request, name); },
                   [this, id = m_sessionId](const StateOutcome &outcome) {
                       if (!outcome.error.isEmpty()) {
                           // The next result shown tries a new visit rather than this missing one.
                           if (m_sessionId == id)
                               m_sessionId.clear();
                           emit failed(outcome.error);
                           return;
                       }
                       emit stateChanged(*outcome.state);
                   });
}

void VisitRecorder::resultShown(const PensionOutcome &outcome)
{
    if (!outcome.result || !outcome.pensionCase)
        return;
    if (m_personId.isEmpty()) {
        emit failed(tr("The calculation could not be recorded: no insured person is shown."));
        return;
    }
    if (m_sessionId.isEmpty())
        openVisit(QString());
    session::SnapshotRepository::NewSnapshot snapshot{m_sessionId, m_clerk, *outcome.pensionCase, *outcome.result,
                                                      outcome.assumptions, m_parameters->versionsFor(outcome.result->region),
                                                      outcome.origin};
    m_task->submit(
        [path = m_databasePath, snapshot, person = m_personId, name = m_personName]() {
            return recordJob(path, snapshot, person, name);
        },
        [this](const StateOutcome &result) {
            if (result.state)
                emit stateChanged(*result.state);
            if (result.recorded)
                emit recorded(*result.recorded);
            if (!result.error.isEmpty())
                emit failed(result.error);
        });
}

void VisitRecorder::endVisit()
{
    if (m_sessionId.isEmpty())
        return;
    const QString id = m_sessionId;
    m_sessionId.clear();
    m_task->submit([path = m_databasePath, id, person = m_personId, name = m_personName]() { return closeJob(path, id, person, name); },
                   [this](const StateOutcome &outcome) {
                       if (!outcome.error.isEmpty()) {
                           emit failed(outcome.error);
                           return;
                       }
                       emit stateChanged(*outcome.state);
                   });
}

void VisitRecorder::reopen(const QString &snapshotId)
{
    m_task->submit(
        [path = m_databasePath, snapshotId]() {
            const auto loaded = loadSnapshot(path, snapshotId);
            return loaded ? SnapshotOutcome{*loaded, QString()}
                          : SnapshotOutcome{std::nullopt, tr("The stored calculation could not be read: %1").arg(loaded.error().message)};
        },
        [this](const SnapshotOutcome &outcome) {
            if (outcome.snapshot)
                emit reopened(*outcome.snapshot);
            else
                emit failed(outcome.error);
        });
}

void VisitRecorder::recompute(const QString &snapshotId)
{
    struct RecomputeOutcome
    {
        std::optional<Recomputation> recomputation;
        QString error;
    };
    m_task->submit(
        [path = m_databasePath, snapshotId, parameters = m_parameters]() {
            auto r = recomputeSnapshot(path, snapshotId, parameters);
            if (!r)
                return RecomputeOutcome{std::nullopt, tr("The stored calculation could not be read: %1").arg(r.error().message)};
            return RecomputeOutcome{std::move(r).value(), QString()};
        },
        [this](const RecomputeOutcome &outcome) {
            if (outcome.recomputation)
                emit recomputed(*outcome.recomputation);
            else
                emit failed(outcome.error);
        });
}

} // namespace tongban::ui
