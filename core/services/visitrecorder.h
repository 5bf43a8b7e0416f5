#pragma once

#include "appcontext.h"

#include "common/error.h"
#include "insured/insuredperson.h"
#include "pension/pensionoutcome.h"
#include "session/calculationsnapshot.h"
#include "session/snapshotcomparison.h"
#include "session/visitsession.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::services {

/// What the window knows of the visit at the counter, as last read from the store.
struct VisitState
{
    std::optional<session::VisitSession> session; ///< the open visit; none once ended
    /// For the panel: the names of the persons the open visit serves ("王建国、李秀英"), else of
    /// the person on screen.
    QString personName;
    QList<session::SnapshotSummary> thisVisit; ///< oldest first
    QList<session::SnapshotSummary> earlier; ///< the person's snapshots of other visits, newest first
};

/// A stored calculation computed again: the comparison, or why it could not be made (then the
/// parameter files are still compared). A snapshot with an origin is built again from the
/// person's records as stored now; when they cannot be read it is recomputed from its stored
/// inputs and @c recordsUnavailable says why.
struct Recomputation
{
    session::CalculationSnapshot snapshot;
    std::optional<session::SnapshotComparison> comparison;
    std::optional<Error> error;
    QList<session::ParameterFileChange> files;
    session::RecomputedFrom from = session::RecomputedFrom::StoredInputs; ///< the way tried (also on an error)
    QString recordsUnavailable;
};

/// Keeps the visit at the counter in the local store: opens one when a person is shown, adds
/// another person to it or closes it for a new one as the clerk chose (never on its own), keeps
/// every pension result shown to the visitor as a calculation snapshot — once: the same
/// calculation of the same person shown again in the visit adds nothing — and reads snapshots
/// back for reopening and recomputing.
///
/// Every change runs on the store's writer, in the order asked (a visit is open before anything
/// is recorded in it), and reads what the panel shows in the same job; every failure is
/// reported through failed(), never dropped. Signals arrive on this object's thread.
class VisitRecorder : public QObject
{
    Q_OBJECT

public:
    explicit VisitRecorder(const AppContext &context, QObject *parent = nullptr);
    /// Closes the open visit (the store runs the write before it closes).
    ~VisitRecorder() override;

    /// Where a person about to be shown stands with the visit at the counter.
    enum class Placement {
        InVisit, ///< the open visit serves them: it goes on
        NoVisitOpen, ///< a new visit opens for them
        SomeoneElse, ///< the open visit serves others: the clerk chooses (Choice) before they are shown
    };
    /// What the clerk chose for a person the open visit does not serve.
    enum class Choice {
        AddToVisit, ///< the visit goes on, serving them too (a family member at the same counter)
        NewVisit, ///< the visit is closed and a new one opens for them
    };

    /// Where the person @p personId stands (see Placement), as this window knows the visit.
    Placement placementOf(const QString &personId) const;
    /// The names of the persons the open visit serves, in the order they came; empty when none.
    QStringList visitPersonNames() const;

    /// @p person is on screen: the visit goes on when it serves them; with no visit open a new
    /// one opens with @p queueNumber (empty: the next automatic one); else as @p choice says:
    /// they are added to the visit, or it is closed and a new one opened with @p queueNumber.
    void personShown(const insured::InsuredPerson &person, Choice choice, const QString &queueNumber);
    /// @p outcome is on screen: kept in the visit, for the person on screen, when it has a
    /// result and the visit does not hold the same calculation of them yet (recorded(), else
    /// alreadyRecorded()); a visit is opened for the person shown when the clerk ended the
    /// previous one.
    void resultShown(const pension::PensionOutcome &outcome);
    /// Ends the visit at the counter.
    void endVisit();
    /// Reads the snapshot @p id (reopened()) / reads and computes it again (recomputed()).
    void reopen(const QString &snapshotId);
    void recompute(const QString &snapshotId);

    /// Jobs still running or queued.
    bool isBusy() const { return m_pending > 0; }

signals:
    /// The visit or its list of calculations changed (after a write or a read).
    void stateChanged(const tongban::services::VisitState &state);
    /// A calculation was stored (after stateChanged).
    void recorded(const tongban::session::CalculationSnapshot &snapshot);
    /// A calculation shown was not stored again: the visit already holds @p snapshot, the same
    /// calculation of the same person.
    void alreadyRecorded(const tongban::session::CalculationSnapshot &snapshot);
    void reopened(const tongban::session::CalculationSnapshot &snapshot);
    void recomputed(const tongban::services::Recomputation &recomputation);
    /// A job failed; @p message says what and why, for the status bar.
    void failed(const QString &message);
    /// Every job queued so far has reported.
    void idle();

private:
    void openVisit(const QString &queueNumber);
    void addPersonToVisit();
    /// Counts @p future as pending and calls @p done(result, ticket) with its result on this
    /// thread; tickets number the jobs in the order they were submitted.
    template<typename T, typename Done> void track(QFuture<T> future, Done done);
    /// Emits stateChanged(@p state) unless a later job's state is already shown.
    void showState(const VisitState &state, quint64 ticket);

    const AppContext &m_context;
    QString m_personId; ///< the person on screen
    QString m_personName;
    QString m_sessionId; ///< the visit jobs write to; empty when none is open
    QStringList m_visitPersonIds; ///< the persons the open visit serves, in the order they came
    QStringList m_visitPersonNames; ///< their names, in the same order
    int m_pending = 0;
    quint64 m_submitted = 0; ///< tickets handed out
    quint64 m_stateTicket = 0; ///< ticket of the state last shown
};

} // namespace tongban::services
