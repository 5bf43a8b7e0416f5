#include "ui/shell/mainwindow.h"

#include "services/auditservice.h"
#include "ui/accounts/accountstext.h"
#include "ui/accounts/signindialog.h"
#include "ui/accounts/userspage.h"
#include "ui/audit/auditview.h"

#include "ui/casework/caseworktext.h"
#include "ui/casework/dayworkpage.h"
#include "ui/casework/ledgerpage.h"
#include "ui/casework/ratingview.h"
#include "ui/common/deferredpage.h"
#include "ui/common/firstframe.h"
#include "ui/common/idlesteps.h"
#include "ui/common/messagebox.h"
#include "ui/common/whenfinished.h"
#include "ui/deferral/deferralview.h"
#include "ui/deferral/sweepview.h"
#include "ui/intake/intakepage.h"
#include "ui/shell/counterpage.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/storedialog.h"
#include "ui/sync/parameternotice.h"
#include "ui/sync/syncpage.h"
#include "ui/sync/syncstatuslabel.h"
#include "ui/visit/sessionpanel.h"
#include "ui/workflow/backofficepage.h"
#include "ui/workflow/searchpage.h"

#include "accounts/accesspolicy.h"
#include "deferral/deferralevaluator.h"
#include "deferral/deferralrules.h"
#include "employer/industrycatalog.h"
#include "services/registryprereviewrunner.h"
#include "services/signinservice.h"
#include "services/storemaintenance.h"
#include "services/syncservice.h"
#include "services/useradministration.h"
#include "services/visitrecorder.h"
#include "settings/appsettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace tongban::ui {

namespace {

/// How long the pages wait for the window's first frame before they are built without it.
constexpr std::chrono::seconds firstFrameDeadline(3);

} // namespace

MainWindow::MainWindow(services::AppContext &context, settings::AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(settings)
    , m_maintenance(new services::StoreMaintenance(context, this))
    , m_signInService(new services::SignInService(context, {}, this))
{
    m_pageSteps = new IdleSteps(this);
    m_firstFrame = new FirstFrame(*this, this);
    connect(m_firstFrame, &FirstFrame::painted, this, &MainWindow::firstFramePainted);
    connect(m_firstFrame, &FirstFrame::painted, this, &MainWindow::buildPagesWhenIdle);
    // A window shown but never painted (started minimized, or on a screen no one draws) builds its
    // pages and starts the store's upkeep (the daily backup) all the same, a moment later.
    QTimer::singleShot(firstFrameDeadline, this, [this] {
        m_firstFrameOverdue = true;
        buildPagesWhenIdle();
    });
    connect(m_pageSteps, &IdleSteps::finished, this, &MainWindow::pagesBuilt);
    // The store's upkeep (backups, checks; a county's registry check) once the window is built:
    // its first frame has the two cores to itself.
    connect(m_pageSteps, &IdleSteps::finished, this, [this] {
        if (m_storeReady)
            m_maintenance->startSchedule();
    });
    // Started before the pages are built: the file's check before use (about 100 ms on a county's
    // file) runs on the store's writer while they are, instead of after them.
    const QFuture<Result<storage::OpenReport>> opening = m_maintenance->open();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tongban · Social insurance counter"));
    // As large as the counter's screen allows (1280×720 and up): the layouts say how small it may get.
    const QSize preferred(1280, 800);
    resize(screen() ? preferred.boundedTo(screen()->availableSize()) : preferred);

    m_counter = new CounterPage(m_context);
    m_counter->prepare(*m_pageSteps); // first: what the first look-up shows
    // Beside the visitor's business, the employers' (deferral) and the agency's own screening.
    // Only the counter is built with the window: the others when first chosen, or one after the
    // other once the store is open (buildPagesWhenIdle).
    m_workspaces = new QTabWidget;
    m_workspaces->setObjectName(QStringLiteral("workspaceTabs"));
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(m_counter, tr("Insured persons"));
    m_intakeTab = addDeferredWorkspace(tr("Intake"), [this] { return makeIntakePage(); });
    m_deferralTab = addDeferredWorkspace(tr("Premium deferral"), [this] { return makeDeferralPage(); });
    m_sweepTab = addDeferredWorkspace(tr("Eligible without application"), [this] { return makeSweepPage(); });
    m_backOfficeTab = addDeferredWorkspace(tr("Back office"), [this] { return makeBackOfficePage(); });
    m_searchTab = addDeferredWorkspace(tr("Search"), [this] { return makeSearchPage(); });
    m_ledgerTab = addDeferredWorkspace(tr("Difficult cases"), [this] { return makeLedgerPage(); });
    m_dayWorkTab = addDeferredWorkspace(tr("Day's work"), [this] {
        m_dayWork = new DayWorkPage(m_context);
        if (m_settings)
            m_dayWork->setCounterWindow(m_settings->counterWindow());
        return m_dayWork;
    });
    m_auditTab = addDeferredWorkspace(tr("Audit log"), [this] {
        m_audit = new AuditView(m_context);
        return m_audit;
    });
    // Sync with the central store: offline work goes up by itself once the server answers.
    m_sync = new services::SyncService(m_context.store(), m_context.clock(), std::chrono::minutes(1), this);
    m_syncTab = addDeferredWorkspace(tr("Sync"), [this] {
        m_syncPage = new SyncPage(m_context, *m_sync);
        if (m_storeReady)
            m_syncPage->reload();
        return m_syncPage;
    });
    setCentralWidget(m_workspaces);

    makeVisitDock();
    makeStatusBar();
    makeMenus();
    makeWorkspaceShortcuts();
    // The ledger follows the visit at the counter: the person looked up, or the intake just
    // taken, whichever came last; kept here until the ledger is built.
    connect(m_visitRecorder, &services::VisitRecorder::stateChanged, this, [this](const services::VisitState &state) {
        m_ledgerVisit = state.session ? LedgerVisit {state.session->id, state.session->queueNumber, state.personName} : LedgerVisit {};
        if (m_ledger)
            m_ledger->setVisit(m_ledgerVisit.sessionId, m_ledgerVisit.queueNumber, m_ledgerVisit.personName);
    });

    if (m_settings) {
        restoreGeometry(m_settings->windowGeometry());
        restoreState(m_settings->windowState());
        setCentralServer(m_settings->centralServer());
    }
    // What a role may not do is not offered (the core services refuse it again).
    addPermissionGate(m_usersAction, accounts::Permission::Accounts);
    addPermissionGate(m_auditTab, accounts::Permission::AuditView);

    connect(m_counter, &CounterPage::lookupFinished, this, &MainWindow::lookupFinished);
    connect(m_maintenance, &services::StoreMaintenance::damaged, this, &MainWindow::showStoreProblem);
    connect(m_maintenance, &services::StoreMaintenance::restored, this, &MainWindow::openStore);
    showOpening(opening);
}

MainWindow::~MainWindow()
{
    // The rating window goes with this one: its last "closed" must not reach a window being destroyed.
    if (m_rating)
        disconnect(m_rating, nullptr, this, nullptr);
}

void MainWindow::lookUp(const QString &text)
{
    m_counter->lookUp(text);
}

void MainWindow::makeVisitDock()
{
    // The visit at the counter, beside everything else: what was shown to this visitor.
    m_visitRecorder = new services::VisitRecorder(m_context, this);
    m_sessionPanel = new SessionPanel;
    m_sessionPanel->setObjectName(QStringLiteral("sessionPanel"));
    auto *sessionDock = new QDockWidget(tr("This visit"));
    sessionDock->setObjectName(QStringLiteral("sessionDock"));
    sessionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    sessionDock->setWidget(m_sessionPanel);
    addDockWidget(Qt::RightDockWidgetArea, sessionDock);
    // The visit belongs to the counter: the employers' pages get the whole width.
    connect(m_workspaces, &QTabWidget::currentChanged, sessionDock,
            [this, sessionDock](int index) { sessionDock->setVisible(m_workspaces->widget(index) == m_counter); });

    m_counter->setPersonGate([this](const insured::InsuredPerson &person) { return admitToVisit(person); });
    connect(m_counter, &CounterPage::pensionShown, m_visitRecorder, &services::VisitRecorder::resultShown);
    connect(m_visitRecorder, &services::VisitRecorder::stateChanged, m_sessionPanel, &SessionPanel::showState);
    connect(m_visitRecorder, &services::VisitRecorder::reopened, m_sessionPanel, &SessionPanel::showSnapshot);
    connect(m_visitRecorder, &services::VisitRecorder::recomputed, m_sessionPanel, &SessionPanel::showRecomputation);
    connect(m_sessionPanel, &SessionPanel::reopenRequested, m_visitRecorder, &services::VisitRecorder::reopen);
    connect(m_sessionPanel, &SessionPanel::recomputeRequested, m_visitRecorder, &services::VisitRecorder::recompute);
    connect(m_sessionPanel, &SessionPanel::endVisitRequested, m_visitRecorder, &services::VisitRecorder::endVisit);
}

bool MainWindow::admitToVisit(const insured::InsuredPerson &person)
{
    using Recorder = services::VisitRecorder;
    const Recorder::Placement placement = m_visitRecorder->placementOf(person.id);
    Recorder::Choice choice = Recorder::Choice::NewVisit;
    if (placement == Recorder::Placement::SomeoneElse) {
        // Never behind the clerk's back: the visit goes on with them, or a new one starts.
        const int answer = MessageBox::question(
            this, tr("Someone else"),
            tr("%1 is not among the persons of this visit (%2).").arg(person.name, m_visitRecorder->visitPersonNames().join(tr(", "))),
            tr("Add %1 to this visit (for example a family member at the same counter), or end this visit and start a new one? "
               "Cancel keeps the person on screen.")
                .arg(person.name),
            {{AddToVisitAnswer, tr("Add to this visit"), QMessageBox::AcceptRole},
             {NewVisitAnswer, tr("Start a new visit"), QMessageBox::AcceptRole},
             {CancelAnswer, tr("Cancel"), QMessageBox::RejectRole}},
            CancelAnswer);
        if (answer == CancelAnswer)
            return false;
        choice = answer == AddToVisitAnswer ? Recorder::Choice::AddToVisit : Recorder::Choice::NewVisit;
    }
    const bool opensVisit = placement == Recorder::Placement::NoVisitOpen
        || (placement == Recorder::Placement::SomeoneElse && choice == Recorder::Choice::NewVisit);
    m_visitRecorder->personShown(person, choice, opensVisit ? m_sessionPanel->takeQueueNumber() : QString());
    return true;
}

void MainWindow::makeStatusBar()
{
    m_databaseStatus = new QLabel;
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clerkStatus = new QLabel;
    m_clerkStatus->setObjectName(QStringLiteral("clerkStatus"));
    auto *clerkStatus = m_clerkStatus;
    updateAccountStatus();
    m_sessionStatus = new QLabel;
    m_sessionStatus->setObjectName(QStringLiteral("sessionStatus"));
    m_sessionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseStatus, 1);
    statusBar()->addWidget(m_sessionStatus, 1);
    m_syncStatus = new SyncStatusLabel(*m_sync);
    connect(m_syncStatus, &SyncStatusLabel::activated, this, [this] { m_workspaces->setCurrentWidget(m_syncTab); });
    // New policy parameters received by sync apply from the next start: said here, with a restart.
    auto *parameterNotice = new ParameterNotice(*m_sync);
    connect(parameterNotice, &ParameterNotice::restartRequested, this, &MainWindow::restartRequested);
    statusBar()->addPermanentWidget(parameterNotice);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(clerkStatus);

    connect(m_visitRecorder, &services::VisitRecorder::recorded, this, [this](const session::CalculationSnapshot &snapshot) {
        m_sessionStatus->setStyleSheet(QString());
        m_sessionStatus->setText(
            tr("Calculation recorded in this visit at %1.").arg(snapshot.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    connect(m_visitRecorder, &services::VisitRecorder::alreadyRecorded, this, [this](const session::CalculationSnapshot &snapshot) {
        m_sessionStatus->setStyleSheet(QString());
        m_sessionStatus->setText(tr("The same calculation is already kept in this visit (recorded at %1).")
                                     .arg(snapshot.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    // A failure to record must not pass unnoticed: it stays in the status bar until the next
    // calculation is recorded.
    connect(m_visitRecorder, &services::VisitRecorder::failed, this, [this](const QString &message) {
        m_sessionStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_sessionStatus->setText(message);
    });
}

void MainWindow::makeMenus()
{
    // Database, Settings and Account carry no Alt mnemonic: the pages' labels use Alt+A (add a
    // matter), Alt+D (the documents), Alt+S (the status) for their fields, and of two widgets with
    // one mnemonic the key goes to the one made first — the menu bar, once pages are built after
    // the window's first frame. What a clerk needs at the counter has keys of its own (Ctrl+, F9,
    // Ctrl+Shift+L); Visitor keeps Alt+V, which nothing else uses.
    QMenu *store = menuBar()->addMenu(tr("Database"));
    QAction *upkeep = store->addAction(tr("Backups and checks…"));
    upkeep->setObjectName(QStringLiteral("storeDialogAction"));
    connect(upkeep, &QAction::triggered, this, &MainWindow::openStoreDialog);

    QMenu *settingsMenu = menuBar()->addMenu(tr("Settings"));
    QAction *settingsAction = settingsMenu->addAction(tr("Agency, clerk and region…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    QMenu *account = menuBar()->addMenu(tr("Account"));
    m_signOutAction = account->addAction(tr("Sign out / switch clerk"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_signOutAction->setShortcutContext(Qt::WindowShortcut);
    m_signOutAction->setEnabled(false);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_usersAction = account->addAction(tr("Accounts of the office…"));
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    connect(m_usersAction, &QAction::triggered, this, &MainWindow::openUsersPage);

    QMenu *visitor = menuBar()->addMenu(tr("&Visitor"));
    m_ratingAction = visitor->addAction(tr("Rating of the service…"));
    m_ratingAction->setObjectName(QStringLiteral("ratingAction"));
    m_ratingAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_ratingAction->setShortcutContext(Qt::WindowShortcut);
    m_ratingAction->setEnabled(false);
    connect(m_ratingAction, &QAction::triggered, this, qOverload<>(&MainWindow::askForRating));
}

void MainWindow::openSettings()
{
    if (findChild<SettingsDialog *>())
        return;
    const QString language = m_settings ? m_settings->language() : QStringLiteral("zh_CN");
    auto *dialog = new SettingsDialog(m_context.agency(), m_context.defaultRegion(), m_context.clerk(), language,
                                      m_context.parameters()->provinceNames(), this);
    dialog->setQueueCategory(m_context.queueCategory());
    if (m_settings)
        dialog->setCentralServer(m_settings->centralServer());
    else if (m_server)
        dialog->setCentralServer(m_server->display());
    if (m_context.signedIn())
        dialog->setSignedInClerk(m_context.signedIn()->displayName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_context.setQueueCategory(dialog->queueCategory());
        m_context.setAgency(dialog->agency());
        // Signed in, the clerk's name is the account's: the typed one stays as it was.
        const bool typedClerk = !m_context.signedIn();
        if (typedClerk)
            m_context.setClerk(dialog->clerk());
        m_context.setDefaultRegion(dialog->defaultRegion());
        setCentralServer(dialog->centralServer());
        updateAccountStatus();
        if (m_settings) {
            m_settings->setAgency(dialog->agency());
            if (typedClerk)
                m_settings->setClerkName(dialog->clerk());
            m_settings->setCentralServer(dialog->centralServer());
            m_settings->setDefaultRegion(dialog->defaultRegion());
            m_settings->setQueueCategory(dialog->queueCategory());
            m_settings->setLanguage(dialog->language());
            m_settings->sync();
        }
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setWindowState(saveState());
        m_settings->sync();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::openStoreDialog()
{
    auto *dialog = findChild<StoreDialog *>();
    if (!dialog) {
        dialog = new StoreDialog(*m_maintenance, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        dialog->refresh();
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::openStore()
{
    showOpening(m_maintenance->open());
}

void MainWindow::showOpening(const QFuture<Result<storage::OpenReport>> &opening)
{
    m_counter->setLookupEnabled(false);
    m_storeReady = false;
    const QString path = QDir::toNativeSeparators(m_maintenance->path());
    m_databaseStatus->setStyleSheet(QString());
    m_databaseStatus->setText(tr("Opening %1 …").arg(path));
    // Answered from the event loop, never inside this call (the store may be open already): the
    // window's constructor calls this, and databaseReady must come after anyone could connect to
    // it (the program's --lookup, a test).
    whenFinished(opening, this, [this, path](const Result<storage::OpenReport> &result) { storeOpened(path, result); });
}

void MainWindow::storeOpened(const QString &path, const Result<storage::OpenReport> &opened)
{
    if (!opened) {
        showStoreProblem(m_maintenance->isDamaged() ? m_maintenance->problem()
                                                    : tr("The database could not be opened: %1").arg(opened.error().message));
        emit databaseReady(false);
        return;
    }
    // The count comes after: on a county's file it takes as long as the opening.
    m_databaseStatus->setText(tr("Database: %1").arg(path));
    whenFinished(m_maintenance->countPersons(), this, [this, path](const Result<qint64> &persons) {
        if (persons && m_storeReady)
            m_databaseStatus->setText(tr("Database: %1 (%2 insured persons)").arg(path).arg(*persons));
    });
    m_syncStatus->refresh(); // read before the file was open, it could only say so
    m_storeReady = true;
    if (m_syncPage)
        m_syncPage->reload();
    m_counter->setLookupEnabled(true);
    if (m_intake)
        m_intake->start();
    if (m_backOffice)
        m_backOffice->start();
    emit databaseReady(true);
    if (arePagesBuilt()) // a restored file: the window is built already
        m_maintenance->startSchedule();
    buildPagesWhenIdle();
    checkAccounts();
}

void MainWindow::setCentralServer(const QString &conninfo)
{
    m_server.reset();
    m_serverProblem.clear();
    if (conninfo.trimmed().isEmpty())
        return;
    auto server = central::CentralConnectionInfo::parse(conninfo, QStringLiteral("server"));
    if (!server) {
        m_serverProblem = server.error().message;
        return;
    }
    m_server = std::move(server).value();
}

void MainWindow::checkAccounts()
{
    if (m_context.signedIn() || m_signInDialog)
        return;
    if (m_server) {
        requireSignIn(QString());
        return;
    }
    whenFinished(m_signInService->hasOfflineCredentials(), this, [this](const Result<bool> &has) {
        if (has && *has)
            requireSignIn(QString());
        else
            noAccounts();
    });
}

void MainWindow::noAccounts()
{
    m_accountsInUse = false;
    applyGates(m_context.actingUser());
    updateAccountStatus();
    if (!m_serverProblem.isEmpty()) {
        m_sessionStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_sessionStatus->setText(tr("Central server (Settings): %1").arg(m_serverProblem));
    }
    emit accountsChecked(false);
    // Every paper names its clerk: without a name, the settings ask for it before the first visitor.
    if (m_context.clerk().isEmpty())
        openSettings();
}

void MainWindow::requireSignIn(const QString &note)
{
    m_accountsInUse = true;
    m_signOutAction->setEnabled(false);
    // Nobody works in the window until someone signs in.
    centralWidget()->setEnabled(false);
    if (m_sessionPanel)
        m_sessionPanel->setEnabled(false);
    applyGates(m_context.actingUser());
    updateAccountStatus();
    auto *dialog = new SignInDialog(*m_signInService, m_server, this);
    m_signInDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setLogin(m_lastLogin);
    QString text = note;
    if (!m_serverProblem.isEmpty())
        text = (text.isEmpty() ? QString() : text + u'\n') + tr("Central server (Settings): %1").arg(m_serverProblem);
    dialog->setNote(text);
    connect(dialog, &SignInDialog::signedIn, this, &MainWindow::signIn);
    connect(dialog, &SignInDialog::quitRequested, this, &QMainWindow::close);
    emit accountsChecked(true);
    dialog->open();
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signInDialog.data();
}

void MainWindow::signIn(const services::SignInOutcome &outcome)
{
    m_context.setSignedIn(outcome.user);
    m_credentials = outcome.credentials;
    m_lastLogin = outcome.user.login;
    m_accountText = AccountsText::signedIn(outcome);
    m_accountsInUse = true;
    centralWidget()->setEnabled(true);
    if (m_sessionPanel)
        m_sessionPanel->setEnabled(true);
    m_signOutAction->setEnabled(true);
    applySignedIn(outcome.user);
    updateAccountStatus();
    m_sync->setServer(m_credentials ? std::optional(m_credentials->connection) : std::nullopt);
    m_sync->start();
    if (!outcome.online && !outcome.serverProblem.isEmpty()) {
        m_sessionStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_sessionStatus->setText(
            tr("Signed in offline, valid until %1: the central server cannot be reached (%2).")
                .arg(outcome.graceEnds.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), outcome.serverProblem));
    }
    emit signedIn();
}

void MainWindow::signOut()
{
    if (!m_context.signedIn())
        return;
    if (auto *page = findChild<UsersPage *>())
        page->close();
    m_context.signOut();
    m_credentials.reset();
    m_sync->setServer(std::nullopt);
    m_accountText.clear();
    requireSignIn(tr("Signed out. The next clerk signs in."));
}

void MainWindow::applySignedIn(const accounts::SignedInUser &user)
{
    applyGates(user);
}

void MainWindow::addPermissionGate(QObject *target, accounts::Permission permission, bool hideOnly)
{
    if (!target)
        return;
    m_gates.append({target, permission, hideOnly});
    applyGates(m_context.actingUser());
}

void MainWindow::applyGates(const accounts::SignedInUser &who)
{
    const accounts::AccessPolicy &policy = accounts::AccessPolicy::builtIn();
    for (const PermissionGate &gate : std::as_const(m_gates)) {
        if (!gate.target)
            continue;
        const bool may = policy.may(who, gate.permission);
        if (auto *action = qobject_cast<QAction *>(gate.target.data())) {
            action->setVisible(may);
            action->setEnabled(may);
            continue;
        }
        auto *widget = qobject_cast<QWidget *>(gate.target.data());
        if (!widget)
            continue;
        const int tab = m_workspaces ? m_workspaces->indexOf(widget) : -1;
        if (tab >= 0)
            m_workspaces->setTabVisible(tab, may);
        else if (gate.hideOnly)
            widget->setVisible(may);
        else
            widget->setEnabled(may);
    }
}

void MainWindow::updateAccountStatus()
{
    if (!m_clerkStatus)
        return;
    if (m_context.signedIn())
        m_clerkStatus->setText(m_accountText);
    else if (m_accountsInUse)
        m_clerkStatus->setText(tr("Nobody signed in"));
    else
        m_clerkStatus->setText(AccountsText::noAccounts(m_context.clerk()));
}

void MainWindow::openUsersPage()
{
    if (!m_context.signedIn() || !accounts::AccessPolicy::builtIn().may(*m_context.signedIn(), accounts::Permission::Accounts))
        return;
    if (!m_credentials) {
        m_sessionStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_sessionStatus->setText(tr("The accounts are kept on the central server: sign in online to manage them."));
        return;
    }
    if (auto *page = findChild<UsersPage *>()) {
        page->raise();
        page->activateWindow();
        return;
    }
    const accounts::SignedInUser &user = *m_context.signedIn();
    auto *page = new UsersPage(services::UserAdministration(*m_credentials, user.officeCode), user.officeCode, &m_context, this);
    page->setOfficeName(user.officeName);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->setWindowModality(Qt::WindowModal);
    page->show();
}

void MainWindow::showStoreProblem(const QString &message)
{
    m_counter->setLookupEnabled(false);
    m_counter->showLookupMessage(message);
    m_databaseStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_databaseStatus->setText(
        m_maintenance->isDamaged()
            ? tr("Database %1 is damaged: see Database → Backups and checks").arg(QDir::toNativeSeparators(m_maintenance->path()))
            : tr("Database %1 could not be opened").arg(QDir::toNativeSeparators(m_maintenance->path())));
}

DeferredPage *MainWindow::addDeferredWorkspace(const QString &title, std::function<QWidget *()> factory)
{
    auto *page = new DeferredPage(std::move(factory));
    m_workspaces->addTab(page, title);
    m_pageSteps->add([page] { page->content(); });
    return page;
}

bool MainWindow::isFirstFramePainted() const
{
    return m_firstFrame->isPainted();
}

void MainWindow::buildPagesWhenIdle()
{
    // After databaseReady and the first frame: the window is usable first, the rest follows a
    // step at a time. (A window not shown has no frame to wait for.)
    if (!m_storeReady || (isVisible() && !m_firstFrame->isPainted() && !m_firstFrameOverdue))
        return;
    m_pageSteps->start();
}

bool MainWindow::arePagesBuilt() const
{
    return m_pageSteps->isDone();
}

void MainWindow::buildPages()
{
    m_pageSteps->finish();
}

QWidget *MainWindow::makeIntakePage()
{
    // Each matter's pre-review by the engines of core/prereview (services::PreReviewRunner).
    m_intake = new IntakePage(m_context, services::RegistryPreReviewRunner::builtIn());
    if (m_storeReady)
        m_intake->start();
    connect(m_intake, &IntakePage::intakeTaken, this, [this](bool ok) {
        if (!ok || !m_intake->lastReceipt())
            return;
        const intake::IntakeReceipt &receipt = *m_intake->lastReceipt();
        m_ledgerVisit = {receipt.sessionId, receipt.queueNumber, receipt.applicantName};
        if (m_ledger)
            m_ledger->setVisit(m_ledgerVisit.sessionId, m_ledgerVisit.queueNumber, m_ledgerVisit.personName);
        // The visitor rates what was taken in (F9 hands them the screen and the keypad).
        m_ratingQueueNumber = receipt.queueNumber;
        m_ratingMatterIds.clear();
        m_ratingCatalogIds.clear();
        for (const intake::ReceiptMatter &matter : receipt.matters) {
            m_ratingMatterIds << matter.id;
            m_ratingCatalogIds << matter.matter;
        }
        m_ratingAction->setEnabled(!m_ratingMatterIds.isEmpty());
        m_sessionStatus->setStyleSheet(QString());
        m_sessionStatus->setText(tr("Taken in. F9: the visitor rates the service on their screen."));
    });
    return m_intake;
}

QWidget *MainWindow::makeBackOfficePage()
{
    // The back office follows each matter to its end.
    m_backOffice = new BackOfficePage(m_context, services::RegistryPreReviewRunner::builtIn());
    if (m_storeReady)
        m_backOffice->start();
    return m_backOffice;
}

QWidget *MainWindow::makeSearchPage()
{
    // The search finds any matter again and opens it in the back office.
    m_search = new SearchPage(m_context);
    connect(m_search, &SearchPage::matterChosen, this, [this](const QString &matterId) {
        m_workspaces->setCurrentWidget(m_backOfficeTab);
        m_backOfficeTab->content();
        m_backOffice->openMatter(matterId);
    });
    return m_search;
}

QWidget *MainWindow::makeLedgerPage()
{
    m_ledger = new LedgerPage(m_context);
    m_ledger->setVisit(m_ledgerVisit.sessionId, m_ledgerVisit.queueNumber, m_ledgerVisit.personName);
    return m_ledger;
}

void MainWindow::askForRating()
{
    if (m_ratingMatterIds.isEmpty())
        return;
    askForRating(m_ratingQueueNumber, m_ratingMatterIds, m_ratingCatalogIds);
}

void MainWindow::askForRating(const QString &queueNumber, const QStringList &matterIds, const QStringList &catalogIds)
{
    if (!m_rating) {
        casework::RatingPolicy policy;
        if (m_settings)
            policy.followUpWorkingDays = m_settings->ratingFollowUpWorkingDays();
        m_rating = new RatingView(m_context, policy, this);
        connect(m_rating, &RatingView::rated, this, [this](const casework::ServiceRating &rating) {
            m_ratingMatterIds.removeAll(rating.matterId);
            m_ratingAction->setEnabled(!m_ratingMatterIds.isEmpty());
            m_sessionStatus->setStyleSheet(rating.followUp ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
            m_sessionStatus->setText(
                rating.followUp ? tr("Rated: %1. A follow-up is open in Difficult cases (Ctrl+7).").arg(CaseworkText::level(rating.level))
                                : tr("Rated: %1.").arg(CaseworkText::level(rating.level)));
            // Pages not built yet read the ledger when they are.
            if (m_ledger)
                m_ledger->refresh();
            if (m_dayWork)
                m_dayWork->refresh();
        });
        connect(m_rating, &RatingView::failed, this, [this](const QString &message) {
            m_sessionStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            m_sessionStatus->setText(tr("The rating was not stored: %1").arg(message));
        });
        // The clerk's keyboard back once the visitor is done (the thanks stay a moment on their screen).
        connect(m_rating, &RatingView::finished, this, [this] { activateWindow(); });
        connect(m_rating, &RatingView::closed, this, [this] { activateWindow(); });
    }
    QList<RatingView::Matter> matters;
    for (qsizetype i = 0; i < matterIds.size(); ++i)
        matters.append({matterIds.at(i), ledger()->matterName(catalogIds.value(i))});
    m_rating->ask(queueNumber, matters);
    m_rating->open(screen());
}

void MainWindow::makeWorkspaceShortcuts()
{
    // Ctrl+1 … Ctrl+9, then Ctrl+0 (the tenth, sync): the workspaces in the order of their tabs,
    // from wherever the focus is; the page's own first field gets the focus.
    for (int index = 0; index < m_workspaces->count() && index < 10; ++index) {
        const int digit = (index + 1) % 10;
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + digit)), this);
        shortcut->setObjectName(QStringLiteral("workspaceShortcut%1").arg(digit));
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, index] {
            if (!m_workspaces->isTabVisible(index))
                return; // a workspace the signed-in role may not use
            m_workspaces->setCurrentIndex(index);
            QWidget *page = m_workspaces->currentWidget();
            if (page == m_counter) {
                m_counter->focusLookup();
                return;
            }
            if (page->focusProxy()) {
                page->setFocus(Qt::ShortcutFocusReason);
                return;
            }
            // The page's first input in the tab order.
            for (QWidget *w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
                if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                    w->setFocus(Qt::ShortcutFocusReason);
                    return;
                }
            }
        });
        m_workspaces->setTabToolTip(index, tr("%1 (Ctrl+%2)").arg(m_workspaces->tabText(index)).arg(index + 1));
    }
}

void MainWindow::showRightsOfTheSignedIn()
{
    applyGates(m_context.actingUser());
}

void MainWindow::loadDeferralEvaluator()
{
    if (m_evaluator || !m_evaluatorProblem.isEmpty())
        return;
    // The rules are data inside the program (Qt resources, in memory): loading them is quick.
    auto rules = deferral::DeferralRules::loadBuiltIn();
    auto catalog = employer::IndustryCatalog::loadBuiltIn();
    if (!rules || !catalog) {
        m_evaluatorProblem = !rules ? rules.error().message : catalog.error().message;
        return;
    }
    m_evaluator = std::make_shared<const deferral::DeferralEvaluator>(std::move(rules).value(), std::move(catalog).value());
}

QWidget *MainWindow::makeDeferralPage()
{
    loadDeferralEvaluator();
    if (!m_evaluator) {
        auto *broken = new QLabel(tr("The deferral rules could not be loaded: %1").arg(m_evaluatorProblem));
        broken->setWordWrap(true);
        return broken;
    }
    auto *view = new DeferralView(m_context, m_evaluator);
    view->setObjectName(QStringLiteral("deferralView"));
    return view;
}

LedgerPage *MainWindow::ledger()
{
    m_ledgerTab->content();
    return m_ledger;
}

QWidget *MainWindow::makeSweepPage()
{
    // 免申即享: the 2022 deferral applied to every employer on file (the clerk changes the date
    // on the page).
    loadDeferralEvaluator();
    sweep::SweepParameters parameters;
    parameters.asOf
        = m_evaluator ? sweep::SweepParameters::defaultAsOf(m_context.clock().today(), m_evaluator->rules()) : m_context.clock().today();
    auto *view = new SweepView(m_context, parameters, m_evaluator);
    view->setObjectName(QStringLiteral("sweepView"));
    return view;
}

} // namespace tongban::ui
