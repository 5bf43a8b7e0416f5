#pragma once

#include "insured/insuredperson.h"
#include "services/appcontext.h"
#include "services/storemaintenance.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QTabWidget;

namespace tongban::deferral {
class DeferralEvaluator;
}

namespace tongban::settings {
class AppSettings;
}

namespace tongban::services {
class StoreMaintenance;
class VisitRecorder;
} // namespace tongban::services

namespace tongban::ui {

class BackOfficePage;
class CounterPage;
class AuditView;
class DayWorkPage;
class IntakePage;
class LedgerPage;
class RatingView;
class SearchPage;
class SessionPanel;

/// The counter window: the workspaces (insured persons at the counter, the intake of the
/// integrated window, premium deferral, the 免申即享 sweep, the back office's queue of matters,
/// the search over visits and matters, the difficult-case ledger, the day's work, and for a
/// supervisor the audit log) in tabs, Ctrl+1 … Ctrl+9 from anywhere; beside the counter, the visit at the counter (本次办理), in which
/// every pension result shown is recorded once, and which a look-up of someone else changes only
/// as the clerk chooses; the store's state in the status bar and its upkeep
/// (backups, checks, restore) in the menu. The store is opened and checked off the UI thread;
/// a damaged file is refused with what to do.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The answers to the question asked before someone the open visit does not serve is shown
    /// (the ids ui::MessageBox::question returns; tests set the next one).
    enum VisitAnswer {
        AddToVisitAnswer, ///< the visit goes on, serving them too
        NewVisitAnswer, ///< the visit ends and a new one starts for them
        CancelAnswer, ///< the person on screen stays
    };

    /// The window of @p context's clerk on its store (opened, and created when missing, now).
    /// @p settings (may be null: tests) keep the window's geometry and what the settings dialog
    /// changes; without them the changes last until the program ends. Without a clerk's name the
    /// settings dialog asks for it once the store is open.
    explicit MainWindow(services::AppContext &context, settings::AppSettings *settings = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts a look-up of @p text as if typed into the field and confirmed with Enter.
    void lookUp(const QString &text);
    /// Opens the settings dialog (window-modal); the context and the settings change on OK.
    void openSettings();

    /// Asks the visitor to rate the matters of the last intake taken (F9, Visitor → Rating): the
    /// rating window on the visitor's screen, active, so that the keypad types into it. Nothing
    /// when no intake was taken since the last rating.
    void askForRating();
    /// Asks the visitor of queue number @p queueNumber to rate the matters @p matterIds
    /// (intake_matter ids) with their catalog ids @p catalogIds, in that order.
    void askForRating(const QString &queueNumber, const QStringList &matterIds, const QStringList &catalogIds);
    /// The rating window, once opened.
    RatingView *ratingView() const { return m_rating; }

    /// Shows the workspaces the signed-in clerk's role may use and hides the others (the audit
    /// log: a supervisor's); called again after a sign-in.
    void showRightsOfTheSignedIn();

protected:
    void closeEvent(QCloseEvent *event) override;

signals:
    /// The store is open, checked and migrated (@p ok), or could not be opened or is damaged.
    void databaseReady(bool ok);
    /// The outcome of a look-up is on screen (a person, a list, or a message).
    void lookupFinished();

private:
    /// CounterPage's gate: the visit learns of @p person before they are shown; someone the open
    /// visit does not serve is shown only once the clerk chose to add them or to start a new
    /// visit (false: cancelled).
    bool admitToVisit(const insured::InsuredPerson &person);
    void openStore();
    void storeOpened(const QString &path, const Result<services::StoreMaintenance::Opened> &opened);
    void showStoreProblem(const QString &message);
    void openStoreDialog();
    QWidget *makeDeferralPage();
    QWidget *makeSweepPage();
    QWidget *makeIntakePage();
    void makeWorkflowPages();
    /// The ledger and the day's work, and the visit and the rating they follow.
    void makeCaseworkPages();
    void makeWorkspaceShortcuts();
    void makeVisitDock();
    void makeStatusBar();
    void makeMenus();

    services::AppContext &m_context;
    settings::AppSettings *m_settings = nullptr;
    QLabel *m_clerkStatus = nullptr;
    services::StoreMaintenance *m_maintenance = nullptr;
    CounterPage *m_counter = nullptr;
    IntakePage *m_intake = nullptr;
    BackOfficePage *m_backOffice = nullptr;
    SearchPage *m_search = nullptr;
    LedgerPage *m_ledger = nullptr;
    DayWorkPage *m_dayWork = nullptr;
    AuditView *m_audit = nullptr;
    RatingView *m_rating = nullptr;
    QAction *m_ratingAction = nullptr;
    /// The intake last taken, until its visitor rated it: queue number, matter ids, catalog ids.
    QString m_ratingQueueNumber;
    QStringList m_ratingMatterIds;
    QStringList m_ratingCatalogIds;
    QTabWidget *m_workspaces = nullptr;
    std::shared_ptr<const deferral::DeferralEvaluator> m_evaluator; ///< shared by the deferral page and the sweep
    SessionPanel *m_sessionPanel = nullptr;
    services::VisitRecorder *m_visitRecorder = nullptr;
    QLabel *m_databaseStatus = nullptr;
    QLabel *m_sessionStatus = nullptr;
};

} // namespace tongban::ui
