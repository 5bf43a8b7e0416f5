#include "visitrecorder.h"

#include "session/snapshotrecomputer.h"
#include "session/snapshotrepository.h"
#include "session/visitsessionrepository.h"
#include "storage/personrepository.h"
#include "storage/storeservice.h"

#include <QFutureWatcher>
#include <QUuid>

namespace tongban::services {

namespace {

/// What a job that changes the visit hands back.
struct StateChange
{
    VisitState state;
    std::optional<session::CalculationSnapshot> recorded;
    bool added = false; ///< @c recorded is a new row (else the visit held it already)
};

/// The visit @p sessionId (if any) and the lists the panel shows, read on @p db.
Result<VisitState> readState(const QSqlDatabase &db, const Clock &clock, const QString &sessionId, const QString &personId,
                             const QString &personName)
{
    VisitState state;
    state.personName = personName;
    const session::SnapshotRepository snapshots(db, clock);
    if (!sessionId.isEmpty()) {
        const session::VisitSessionRepository visits(db, clock);
        const auto visit = visits.load(sessionId);
        if (!visit)
            return visit.error();
        if (visit->isOpen()) {
            state.session = *visit;
            const auto persons = visits.persons(sessionId);
            if (!persons)
                return persons.error();
            QStringList names;
            for (const QString &id : *persons) {
                const auto person = storage::PersonRepository(db, clock).loadPerson(id);
                if (!person)
                    return person.error();
                names << person->name;
            }
            if (!names.isEmpty())
                state.personName = names.join(VisitRecorder::tr(", "));
        }
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
        for (const session::SnapshotSummary &s : std::as_const(*ofPerson)) {
            if (!state.session || s.sessionId != state.session->id)
                state.earlier.append(s);
        }
    }
    return state;
}

/// The snapshot @p id computed again: from the person's records as stored now when the
/// snapshot says how its case was built from them, else from its stored inputs.
Result<Recomputation> recomputeSnapshot(const QSqlDatabase &db, const Clock &clock, const QString &id,
                                        const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    const auto loaded = session::SnapshotRepository(db, clock).load(id);
    if (!loaded)
        return loaded.error();
    const session::SnapshotRecomputer recomputer(parameters);
    Recomputation r;
    r.snapshot = *loaded;
    r.files = recomputer.parameterChanges(*loaded);
    std::optional<Result<session::SnapshotComparison>> comparison;
    if (loaded->origin && !loaded->personId.isEmpty()) {
        const storage::PersonRepository persons(db, clock);
        const auto person = persons.loadPerson(loaded->personId);
        const auto records
            = person ? persons.loadContributionRecords(loaded->personId) : Result<QList<insured::ContributionRecord>>(person.error());
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

VisitRecorder::VisitRecorder(const AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

VisitRecorder::~VisitRecorder()
{
    if (m_sessionId.isEmpty())
        return;
    // Nobody is left to show an error: a visit left open is closed when the clerk's next visit
    // opens (VisitSessionRepository::open). The store runs queued writes before it closes.
    m_context.store().write<Done>(
        [id = m_sessionId, clock = m_context.clock()](QSqlDatabase db) { return session::VisitSessionRepository(db, clock).close(id); });
}

template<typename T, typename Done> void VisitRecorder::track(QFuture<T> future, Done done)
{
    // The answers may arrive out of order: the writer finishes the jobs in order, but an answer
    // whose job was already done when it was attached is delivered at once, ahead of an earlier
    // job's answer still waiting in the event queue. done() gets the job's ticket, so that a
    // state read after an earlier write never replaces one read after a later write.
    ++m_pending;
    const quint64 ticket = ++m_submitted;
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, done = std::move(done)]() {
        watcher->deleteLater();
        --m_pending;
        done(watcher->result(), ticket);
        if (m_pending == 0)
            emit idle();
    });
    watcher->setFuture(future);
}

void VisitRecorder::showState(const VisitState &state, quint64 ticket)
{
    if (ticket < m_stateTicket)
        return;
    m_stateTicket = ticket;
    emit stateChanged(state);
}

VisitRecorder::Placement VisitRecorder::placementOf(const QString &personId) const
{
    if (m_sessionId.isEmpty())
        return Placement::NoVisitOpen;
    return m_visitPersonIds.contains(personId) ? Placement::InVisit : Placement::SomeoneElse;
}

QStringList VisitRecorder::visitPersonNames() const
{
    return m_sessionId.isEmpty() ? QStringList() : m_visitPersonNames;
}

void VisitRecorder::personShown(const insured::InsuredPerson &person, Choice choice, const QString &queueNumber)
{
    m_personId = person.id;
    m_personName = person.name;
    switch (placementOf(person.id)) {
    case Placement::InVisit:
        return;
    case Placement::NoVisitOpen:
        openVisit(queueNumber);
        return;
    case Placement::SomeoneElse:
        if (choice == Choice::AddToVisit)
            addPersonToVisit();
        else
            openVisit(queueNumber);
        return;
    }
}

void VisitRecorder::openVisit(const QString &queueNumber)
{
    // The id is chosen here so that calculations shown before the open job reports can already
    // be queued for this visit; the writer runs them in order.
    m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_visitPersonIds = QStringList {m_personId};
    m_visitPersonNames = QStringList {m_personName};
    session::VisitSessionRepository::OpenRequest request {m_personId, m_context.clerk(), queueNumber, m_sessionId};
    if (m_context.queueCategory().size() == 1)
        request.queueCategory = m_context.queueCategory().front();
    auto job = [request, name = m_personName, clock = m_context.clock()](QSqlDatabase db) -> Result<StateChange> {
        const auto visit = session::VisitSessionRepository(db, clock).open(request);
        if (!visit)
            return Error::storage(tr("The visit could not be opened: %1").arg(visit.error().message));
        auto state = readState(db, clock, visit->id, request.personId, name);
        if (!state)
            return Error::storage(tr("The visit's calculations could not be read: %1").arg(state.error().message));
        return StateChange {*state, std::nullopt};
    };
    track(m_context.store().write<StateChange>(job), [this, id = m_sessionId](const Result<StateChange> &change, quint64 ticket) {
        if (!change) {
            // The next result shown tries a new visit rather than this missing one.
            if (m_sessionId == id) {
                m_sessionId.clear();
                m_visitPersonIds.clear();
                m_visitPersonNames.clear();
            }
            emit failed(change.error().message);
            return;
        }
        showState(change->state, ticket);
    });
}

void VisitRecorder::addPersonToVisit()
{
    m_visitPersonIds << m_personId;
    m_visitPersonNames << m_personName;
    auto job = [session = m_sessionId, person = m_personId, name = m_personName, clerk = m_context.clerk(),
                clock = m_context.clock()](QSqlDatabase db) -> Result<StateChange> {
        if (const Status s = session::VisitSessionRepository(db, clock).addPerson(session, person, clerk); !s)
            return Error::storage(tr("%1 could not be added to the visit: %2").arg(name, s.error().message));
        auto state = readState(db, clock, session, person, name);
        if (!state)
            return Error::storage(tr("The visit's calculations could not be read: %1").arg(state.error().message));
        return StateChange {*state, std::nullopt};
    };
    track(m_context.store().write<StateChange>(job), [this, person = m_personId](const Result<StateChange> &change, quint64 ticket) {
        if (!change) {
            // Not in the visit after all: showing them again asks again.
            const qsizetype i = m_visitPersonIds.indexOf(person);
            if (i >= 0) {
                m_visitPersonIds.removeAt(i);
                m_visitPersonNames.removeAt(i);
            }
            emit failed(change.error().message);
            return;
        }
        showState(change->state, ticket);
    });
}

void VisitRecorder::resultShown(const pension::PensionOutcome &outcome)
{
    if (!outcome.result || !outcome.pensionCase)
        return;
    if (m_personId.isEmpty()) {
        emit failed(tr("The calculation could not be recorded: no insured person is shown."));
        return;
    }
    if (m_sessionId.isEmpty())
        openVisit(QString());
    session::SnapshotRepository::NewSnapshot snapshot {m_sessionId,          m_context.clerk(),
                                                       *outcome.pensionCase, *outcome.result,
                                                       outcome.assumptions,  m_context.parameters()->versionsFor(outcome.result->region),
                                                       outcome.origin};
    snapshot.personId = m_personId;
    auto job = [snapshot, person = m_personId, name = m_personName, clock = m_context.clock()](QSqlDatabase db) -> Result<StateChange> {
        const auto kept = session::SnapshotRepository(db, clock).keep(snapshot);
        if (!kept)
            return Error::storage(tr("The calculation could not be recorded: %1").arg(kept.error().message));
        auto state = readState(db, clock, snapshot.sessionId, person, name);
        if (!state)
            return Error::storage(tr("The visit's calculations could not be read: %1").arg(state.error().message));
        return StateChange {*state, kept->snapshot, kept->added};
    };
    track(m_context.store().write<StateChange>(job), [this](const Result<StateChange> &change, quint64 ticket) {
        if (!change) {
            emit failed(change.error().message);
            return;
        }
        showState(change->state, ticket);
        if (change->recorded && change->added)
            emit recorded(*change->recorded);
        else if (change->recorded)
            emit alreadyRecorded(*change->recorded);
    });
}

void VisitRecorder::endVisit()
{
    if (m_sessionId.isEmpty())
        return;
    const QString id = m_sessionId;
    m_sessionId.clear();
    m_visitPersonIds.clear();
    m_visitPersonNames.clear();
    auto job = [id, person = m_personId, name = m_personName, clock = m_context.clock()](QSqlDatabase db) -> Result<StateChange> {
        if (const Status s = session::VisitSessionRepository(db, clock).close(id); !s)
            return Error::storage(tr("The visit could not be ended: %1").arg(s.error().message));
        auto state = readState(db, clock, id, person, name);
        if (!state)
            return Error::storage(tr("The visit's calculations could not be read: %1").arg(state.error().message));
        return StateChange {*state, std::nullopt};
    };
    track(m_context.store().write<StateChange>(job), [this](const Result<StateChange> &change, quint64 ticket) {
        if (!change) {
            emit failed(change.error().message);
            return;
        }
        showState(change->state, ticket);
    });
}

void VisitRecorder::reopen(const QString &snapshotId)
{
    auto job = [snapshotId, clock = m_context.clock()](QSqlDatabase db) { return session::SnapshotRepository(db, clock).load(snapshotId); };
    track(m_context.store().read<session::CalculationSnapshot>(job), [this](const Result<session::CalculationSnapshot> &loaded, quint64) {
        if (loaded)
            emit reopened(*loaded);
        else
            emit failed(tr("The stored calculation could not be read: %1").arg(loaded.error().message));
    });
}

void VisitRecorder::recompute(const QString &snapshotId)
{
    auto job = [snapshotId, clock = m_context.clock(), parameters = m_context.parameters()](QSqlDatabase db) {
        return recomputeSnapshot(db, clock, snapshotId, parameters);
    };
    track(m_context.store().read<Recomputation>(job), [this](const Result<Recomputation> &r, quint64) {
        if (r)
            emit recomputed(*r);
        else
            emit failed(tr("The stored calculation could not be read: %1").arg(r.error().message));
    });
}

} // namespace tongban::services
