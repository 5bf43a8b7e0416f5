#pragma once

#include "accounts/permission.h"
#include "accounts/signedinuser.h"
#include "central/centralconnectioninfo.h"
#include "central/centralcredentials.h"
#include "insured/insuredperson.h"
#include "services/appcontext.h"
#include "services/storemaintenance.h"

#include <QMainWindow>

#include <QList>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

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
class SignInService;
struct SignInOutcome;
class StoreMaintenance;
class SyncService;
class VisitRecorder;
} // namespace tongban::services

namespace tongban::ui {

class BackOfficePage;
class CounterPage;
class AuditView;
class DayWorkPage;
class DeferredPage;
class FirstFrame;
class IdleSteps;
class IntakePage;
class LedgerPage;
class RatingView;
class SearchPage;
class SessionPanel;
class SignInDialog;
class SyncPage;
class SyncStatusLabel;
class UsersPage;

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

    /// Applies the acting user's role to the window again (applySignedIn of the context's acting
    /// user: the signed-in clerk, else a window clerk), for a sign-in made on the context directly.
    void showRightsOfTheSignedIn();
    /// The central server of the accounts (a libpq connection string; the settings' or the
    /// program's --server). Empty: none. A string that does not parse is shown in the status bar
    /// and no server is used. Takes effect at the next sign-in (call before show()).
    void setCentralServer(const QString &conninfo);
    /// Signs @p outcome's clerk in (SignInDialog's answer): the clerk on every record, their role
    /// applied to the window (applySignedIn), their server credentials held in memory only.
    void signIn(const services::SignInOutcome &outcome);
    /// Signs the clerk out and asks for the next one (Account → Sign out / switch clerk).
    void signOut();
    /// Applies @p user's role to the window: every target registered with addPermissionGate is
    /// shown (or enabled) only when the role may its permission (accounts::AccessPolicy).
    void applySignedIn(const accounts::SignedInUser &user);
    /// Shows @p target (a QAction, or a QWidget: a workspace tab or any widget) only to a role
    /// that may @p permission; a QWidget with @p hideOnly false is disabled instead of hidden.
    /// Applied now to the acting user and again at every sign-in and sign-out.
    void addPermissionGate(QObject *target, accounts::Permission permission, bool hideOnly = true);
    /// The sign-in dialog while it is shown.
    SignInDialog *signInDialog() const;
    /// Opens the supervisor's page of the office's accounts (Account → Accounts of the office).
    void openUsersPage();
    /// The credentials of the signed-in clerk on the central server (memory only); none offline
    /// or without accounts.
    const std::optional<central::CentralCredentials> &centralCredentials() const { return m_credentials; }
    /// The window's sync (issue 13): it syncs while a clerk signed in online holds the server's connection.
    services::SyncService &syncService() const { return *m_sync; }
    /// Whether every workspace page was built (they are, one per turn of the event loop, once
    /// the store is open; pagesBuilt() then).
    bool arePagesBuilt() const;
    /// Whether the window's first frame is on the screen (firstFramePainted() was emitted).
    bool isFirstFramePainted() const;
    /// Builds every workspace page not built yet, now.
    void buildPages();

protected:
    void closeEvent(QCloseEvent *event) override;

signals:
    /// The store is open, checked and migrated (@p ok), or could not be opened or is damaged.
    void databaseReady(bool ok);
    /// The outcome of a look-up is on screen (a person, a list, or a message).
    void lookupFinished();
    /// Once the store is open: whether this computer uses accounts (a server configured or an
    /// offline sign-in kept). With accounts the sign-in dialog is shown and the window waits.
    void accountsChecked(bool inUse);
    /// A clerk signed in (the window is usable with their role).
    void signedIn();
    /// Every workspace page is built (after databaseReady; the first chosen were built then).
    void pagesBuilt();
    /// The window's first frame is on the screen: exposed and painted (once; see FirstFrame).
    void firstFramePainted();
    /// The clerk asked to restart the program (to compute with new policy parameters): whoever
    /// runs the window closes it and starts the program again.
    void restartRequested();

private:
    /// CounterPage's gate: the visit learns of @p person before they are shown; someone the open
    /// visit does not serve is shown only once the clerk chose to add them or to start a new
    /// visit (false: cancelled).
    bool admitToVisit(const insured::InsuredPerson &person);
    void openStore();
    /// Shows the file being opened by @p opening, then what came of it (databaseReady).
    void showOpening(const QFuture<Result<storage::OpenReport>> &opening);
    void storeOpened(const QString &path, const Result<storage::OpenReport> &opened);
    void showStoreProblem(const QString &message);
    void openStoreDialog();
    /// Adds a workspace tab titled @p title whose page @p factory builds when first chosen, or
    /// in its turn after the store opened.
    DeferredPage *addDeferredWorkspace(const QString &title, std::function<QWidget *()> factory);
    /// Builds the pages not built yet, one per turn of the event loop.
    void buildPagesWhenIdle();
    /// The deferral's rules and industries (m_evaluator), loaded once; m_evaluatorProblem says
    /// why not.
    void loadDeferralEvaluator();
    QWidget *makeDeferralPage();
    QWidget *makeSweepPage();
    QWidget *makeIntakePage();
    QWidget *makeBackOfficePage();
    QWidget *makeSearchPage();
    QWidget *makeLedgerPage();
    /// The ledger, built now when it was not yet.
    LedgerPage *ledger();
    void makeWorkspaceShortcuts();
    void makeVisitDock();
    void makeStatusBar();
    void makeMenus();
    /// After the store opened: the sign-in dialog, or the window clerk's rights without accounts.
    void checkAccounts();
    /// Shows the sign-in dialog (with @p note) and keeps the window unusable until a sign-in.
    void requireSignIn(const QString &note);
    void noAccounts();
    void updateAccountStatus();
    /// Shows or hides each gated target for @p who.
    void applyGates(const accounts::SignedInUser &who);

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
    services::SyncService *m_sync = nullptr; ///< rounds with the signed-in clerk's connection, while one is held
    SyncPage *m_syncPage = nullptr;
    SyncStatusLabel *m_syncStatus = nullptr;
    RatingView *m_rating = nullptr;
    QAction *m_ratingAction = nullptr;
    /// The intake last taken, until its visitor rated it: queue number, matter ids, catalog ids.
    QString m_ratingQueueNumber;
    QStringList m_ratingMatterIds;
    QStringList m_ratingCatalogIds;
    QTabWidget *m_workspaces = nullptr;
    std::shared_ptr<const deferral::DeferralEvaluator> m_evaluator; ///< shared by the deferral page and the sweep
    QString m_evaluatorProblem; ///< why m_evaluator could not be loaded
    IdleSteps *m_pageSteps = nullptr; ///< the pages still to build
    FirstFrame *m_firstFrame = nullptr; ///< the pages are built after it
    bool m_firstFrameOverdue = false; ///< no first frame within firstFrameDeadline: the pages go ahead
    bool m_storeReady = false; ///< the store opened (pages built later start at once)
    /// The tabs of the workspaces built when first needed (the pages above are null until then).
    DeferredPage *m_intakeTab = nullptr;
    DeferredPage *m_deferralTab = nullptr;
    DeferredPage *m_sweepTab = nullptr;
    DeferredPage *m_backOfficeTab = nullptr;
    DeferredPage *m_searchTab = nullptr;
    DeferredPage *m_ledgerTab = nullptr;
    DeferredPage *m_dayWorkTab = nullptr;
    DeferredPage *m_auditTab = nullptr;
    DeferredPage *m_syncTab = nullptr;
    /// The visit the ledger files new cases under (the last one at the counter or the intake).
    struct LedgerVisit
    {
        QString sessionId;
        QString queueNumber;
        QString personName;
    };
    LedgerVisit m_ledgerVisit;
    SessionPanel *m_sessionPanel = nullptr;
    services::VisitRecorder *m_visitRecorder = nullptr;
    QLabel *m_databaseStatus = nullptr;
    QLabel *m_sessionStatus = nullptr;

    /// What a role may see: a target and the permission it needs.
    struct PermissionGate
    {
        QPointer<QObject> target;
        accounts::Permission permission;
        bool hideOnly;
    };
    QList<PermissionGate> m_gates;
    services::SignInService *m_signInService = nullptr;
    std::optional<central::CentralConnectionInfo> m_server;
    QString m_serverProblem; ///< the configured server's connection string does not parse: why
    std::optional<central::CentralCredentials> m_credentials; ///< memory only
    QString m_accountText; ///< the status bar's who and how, while signed in
    QString m_lastLogin;
    bool m_accountsInUse = false;
    QPointer<SignInDialog> m_signInDialog;
    QAction *m_signOutAction = nullptr;
    QAction *m_usersAction = nullptr;
};

} // namespace tongban::ui
