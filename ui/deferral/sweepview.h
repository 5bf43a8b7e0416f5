#pragma once

#include "services/appcontext.h"
#include "services/sweepservice.h"
#include "sweep/sweepparameters.h"
#include "sweep/sweepresult.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QFutureWatcherBase;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tongban::deferral {
class DeferralEvaluator;
}

namespace tongban::ui {

class SweepTableModel;

/// The 免申即享 page: screens every employer of the local database for the 2022 premium deferral
/// (sweep::DeferralSweep) and lists the eligible ones with their deferrable amounts.
///
/// The clerk sets the date the rules are applied on, the regions declared hard hit and whether
/// difficulty is taken as attested (sweep::SweepParameters says what each means), then Start.
/// The sweep runs on a reader thread of the store (services::SweepService); progress arrives by queued calls
/// ("n of N employers" on the progress bar), the UI thread never waits. Cancel stops it at the
/// next employer: the employers screened so far are shown, marked as a partial, cancelled list.
/// Every sweep that ran, cancelled or not, is recorded in the session store by the service
/// (sweep::SweepRecorder: a back-office visit and a "deferral.sweep" event). Export CSV… writes
/// the list (sweep::SweepCsv, all or nothing) off the UI thread.
class SweepView : public QWidget
{
    Q_OBJECT

public:
    /// A page on the context's store (the sweep is recorded for its clerk), showing
    /// @p parameters. @p evaluator: the deferral rules; null loads the shipped ones
    /// (DeferralRules::loadBuiltIn, IndustryCatalog::loadBuiltIn) at the first start.
    SweepView(const services::AppContext &context, const sweep::SweepParameters &parameters,
              std::shared_ptr<const deferral::DeferralEvaluator> evaluator = nullptr, QWidget *parent = nullptr);
    /// Cancels a sweep in flight and waits for its worker to stop (at the next employer).
    ~SweepView() override;

    /// The parameters as the fields hold them.
    sweep::SweepParameters parameters() const;
    /// Puts @p parameters into the fields.
    void setParameters(const sweep::SweepParameters &parameters);

    bool isRunning() const { return m_running; }
    /// The last sweep's result (partial when cancelled), if any.
    const std::optional<sweep::SweepResult> &result() const { return m_result; }
    /// The table as shown (sorted through a proxy).
    QTableView *table() const { return m_table; }
    QProgressBar *progressBar() const { return m_progress; }

public slots:
    /// Starts a sweep with the fields' parameters (refused with a message when they are wrong or
    /// one is running).
    void start();
    /// Asks the sweep in flight to stop.
    void cancel();
    /// Asks for a file (QFileDialog) and writes the list to it.
    void exportCsv();
    /// Writes the list to @p path off the UI thread; csvWritten or csvFailed follows.
    void exportCsvTo(const QString &path);

signals:
    /// After each page of employers: screened so far, in all.
    void progressChanged(qint64 done, qint64 total);
    /// A sweep ended and its result is on screen; @p cancelled for a partial list.
    void sweepFinished(bool cancelled);
    /// A sweep could not run (bad parameters, database error); @p message says why.
    void sweepFailed(const QString &message);
    /// The sweep was recorded (session_event id), or recording failed (@p eventId empty).
    void sweepRecorded(const QString &eventId);
    void csvWritten(const QString &path);
    void csvFailed(const QString &message);

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(const services::SweepService::Outcome &outcome);
    void setRunning(bool running);

    const services::AppContext &m_context;
    std::shared_ptr<const deferral::DeferralEvaluator> m_evaluator;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<sweep::SweepResult> m_result;
    bool m_running = false;
    QFutureWatcherBase *m_watcher = nullptr;

    QDateEdit *m_asOf = nullptr;
    QLineEdit *m_regions = nullptr;
    QCheckBox *m_difficulty = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_assumptions = nullptr;
    SweepTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace tongban::ui
