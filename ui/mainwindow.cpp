#include "mainwindow.h"

#include "backgroundtask.h"
#include "comparisonview.h"
#include "deferralview.h"
#include "historyview.h"
#include "lookupbar.h"
#include "matchlist.h"
#include "pensionview.h"
#include "personpanel.h"
#include "sessionpanel.h"
#include "sweepview.h"
#include "unemploymentview.h"
#include "visitrecorder.h"
#include "deferral/deferralevaluator.h"
#include "deferral/deferralrules.h"
#include "employer/industrycatalog.h"
#include "storage/localstore.h"
#include "unemployment/unemploymentrules.h"
#include "storage/personrepository.h"

#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

/// What opening the database at start-up found.
struct OpenOutcome
{
    QString error;
    qint64 persons = 0;
};

OpenOutcome openAndMigrate(const QString &path)
{
    auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::CreateOrUpgrade);
    if (!store)
        return {store.error().message, 0};
    const storage::PersonRepository repository((*store)->database());
    const auto count = repository.countPersons();
    if (!count)
        return {count.error().message, 0};
    return {QString(), *count};
}

YearMonth currentMonth()
{
    return YearMonth::fromDate(QDate::currentDate());
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const policy::ParameterSet> parameters, QString databasePath, QString clerk,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_parameters(std::move(parameters))
    , m_databasePath(std::move(databasePath))
    , m_openTask(new BackgroundTask(this))
    , m_lookupTask(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tongban · Social insurance counter"));
    setMinimumSize(1100, 700);
    resize(1280, 800);

    m_lookupBar = new LookupBar;
    m_lookupBar->setObjectName(QStringLiteral("lookupBar"));

    m_personPanel = new PersonPanel;
    m_personPanel->setObjectName(QStringLiteral("personPanel"));
    auto *personFrame = new QFrame;
    personFrame->setFrameShape(QFrame::StyledPanel);
    auto *personFrameLayout = new QVBoxLayout(personFrame);
    personFrameLayout->setContentsMargins(2, 2, 2, 2);
    personFrameLayout->addWidget(m_personPanel);

    m_historyView = new HistoryView;
    m_historyView->setObjectName(QStringLiteral("historyView"));
    if (const auto floor = m_parameters->contributionBaseBound(QStringLiteral("floor")))
        m_historyView->setBaseFloor(floor->value);
    m_pensionView = new PensionView(m_parameters);
    m_pensionView->setClerk(clerk);
    m_pensionView->setObjectName(QStringLiteral("pensionView"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_historyView, tr("Contribution history"));
    m_tabs->addTab(m_pensionView, tr("Pension breakdown"));
    m_comparisonView = new ComparisonView(m_parameters);
    m_comparisonView->setObjectName(QStringLiteral("comparisonView"));
    m_comparisonView->setDatabasePath(m_databasePath);
    m_tabs->addTab(m_comparisonView, tr("Compare"));
    if (auto rules = unemployment::UnemploymentRules::loadBuiltIn()) {
        m_unemploymentView = new UnemploymentView(*rules);
        m_unemploymentView->setObjectName(QStringLiteral("unemploymentView"));
        m_unemploymentView->setDatabasePath(m_databasePath);
        m_unemploymentView->setClerk(clerk);
        m_tabs->addTab(m_unemploymentView, tr("Unemployment benefit"));
    } else {
        auto *broken = new QLabel(tr("The unemployment insurance rules could not be loaded: %1").arg(rules.error().message));
        broken->setWordWrap(true);
        m_tabs->addTab(broken, tr("Unemployment benefit"));
    }

    auto *personPage = new QWidget;
    auto *personLayout = new QVBoxLayout(personPage);
    personLayout->setContentsMargins(0, 0, 0, 0);
    personLayout->addWidget(personFrame);
    personLayout->addWidget(m_tabs, 1);

    m_matchList = new MatchList(m_parameters);
    m_matchList->setObjectName(QStringLiteral("matchList"));

    m_content = new QStackedWidget;
    m_content->addWidget(personPage);
    m_content->addWidget(m_matchList);

    auto *counter = new QWidget;
    auto *layout = new QVBoxLayout(counter);
    layout->addWidget(m_lookupBar);
    layout->addWidget(m_content, 1);

    // Beside the visitor's business, the employers' (deferral) and the agency's own screening.
    m_workspaces = new QTabWidget;
    m_workspaces->setObjectName(QStringLiteral("workspaceTabs"));
    m_workspaces->setDocumentMode(true);
    m_workspaces->addTab(counter, tr("Insured persons"));
    m_workspaces->addTab(makeDeferralPage(), tr("Premium deferral"));
    m_workspaces->addTab(makeSweepPage(clerk), tr("Eligible without application"));
    setCentralWidget(m_workspaces);

    // The visit at the counter, beside everything else: what was shown to this visitor.
    m_visitRecorder = new VisitRecorder(m_parameters, m_databasePath, clerk, this);
    m_sessionPanel = new SessionPanel;
    m_sessionPanel->setObjectName(QStringLiteral("sessionPanel"));
    auto *sessionDock = new QDockWidget(tr("This visit"));
    sessionDock->setObjectName(QStringLiteral("sessionDock"));
    sessionDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    sessionDock->setWidget(m_sessionPanel);
    addDockWidget(Qt::RightDockWidgetArea, sessionDock);
    // The visit belongs to the counter: the employers' pages get the whole width.
    connect(m_workspaces, &QTabWidget::currentChanged, sessionDock, [this, sessionDock](int index) {
        sessionDock->setVisible(m_workspaces->widget(index) == m_workspaces->widget(0));
    });

    m_databaseStatus = new QLabel;
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *clerkStatus = new QLabel(tr("Clerk: %1").arg(clerk));
    clerkStatus->setObjectName(QStringLiteral("clerkStatus"));
    m_sessionStatus = new QLabel;
    m_sessionStatus->setObjectName(QStringLiteral("sessionStatus"));
    m_sessionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseStatus, 1);
    statusBar()->addWidget(m_sessionStatus, 1);
    statusBar()->addPermanentWidget(clerkStatus);

    connect(m_lookupBar, &LookupBar::lookupRequested, this, &MainWindow::lookUp);
    connect(m_lookupBar, &LookupBar::cancelRequested, this, [this]() {
        if (m_lookupTask->isBusy()) {
            m_lookupTask->cancel();
            m_lookupBar->showMessage(tr("Lookup cancelled."));
        }
    });
    connect(m_lookupTask, &BackgroundTask::busyChanged, m_lookupBar, &LookupBar::setBusy);
    connect(m_matchList, &MatchList::personPicked, this, &MainWindow::pickPerson);

    connect(m_pensionView, &PensionView::resultShown, m_visitRecorder, &VisitRecorder::resultShown);
    connect(m_comparisonView, &ComparisonView::scenarioShown, m_visitRecorder, &VisitRecorder::resultShown);
    connect(m_visitRecorder, &VisitRecorder::stateChanged, m_sessionPanel, &SessionPanel::showState);
    connect(m_visitRecorder, &VisitRecorder::reopened, m_sessionPanel, &SessionPanel::showSnapshot);
    connect(m_visitRecorder, &VisitRecorder::recomputed, m_sessionPanel, &SessionPanel::showRecomputation);
    connect(m_sessionPanel, &SessionPanel::reopenRequested, m_visitRecorder, &VisitRecorder::reopen);
    connect(m_sessionPanel, &SessionPanel::recomputeRequested, m_visitRecorder, &VisitRecorder::recompute);
    connect(m_sessionPanel, &SessionPanel::endVisitRequested, m_visitRecorder, &VisitRecorder::endVisit);
    connect(m_visitRecorder, &VisitRecorder::recorded, this, [this](const session::CalculationSnapshot &snapshot) {
        m_sessionStatus->setStyleSheet(QString());
        m_sessionStatus->setText(tr("Calculation recorded in this visit at %1.")
                                     .arg(snapshot.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    });
    // A failure to record must not pass unnoticed: it stays in the status bar until the next
    // calculation is recorded.
    connect(m_visitRecorder, &VisitRecorder::failed, this, [this](const QString &message) {
        m_sessionStatus->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_sessionStatus->setText(message);
    });

    openDatabase();
}

void MainWindow::openDatabase()
{
    m_lookupBar->setEnabled(false);
    m_databaseStatus->setText(tr("Opening %1 …").arg(QDir::toNativeSeparators(m_databasePath)));
    m_openTask->run([path = m_databasePath](const std::atomic_bool &) { return openAndMigrate(path); },
                    [this](const OpenOutcome &outcome) {
                        const QString path = QDir::toNativeSeparators(m_databasePath);
                        if (!outcome.error.isEmpty()) {
                            m_databaseStatus->setText(tr("Database %1 could not be opened").arg(path));
                            m_lookupBar->showMessage(tr("The database could not be opened: %1").arg(outcome.error));
                            emit databaseReady(false);
                            return;
                        }
                        m_databaseStatus->setText(tr("Database: %1 (%2 insured persons)").arg(path).arg(outcome.persons));
                        m_lookupBar->setEnabled(true);
                        m_lookupBar->focusField();
                        emit databaseReady(true);
                    });
}

void MainWindow::lookUp(const QString &text)
{
    m_lastQuery = text;
    m_lookupBar->showMessage(QString());
    startLookup({m_databasePath, text, QString(), currentMonth()});
}

void MainWindow::pickPerson(const QString &personId)
{
    m_lastQuery.clear();
    startLookup({m_databasePath, QString(), personId, currentMonth()});
}

void MainWindow::startLookup(const LookupTask::Request &request)
{
    m_lookupTask->run(
        [request, parameters = m_parameters](const std::atomic_bool &cancelled) {
            return LookupTask::run(request, parameters, cancelled);
        },
        [this, query = request.query](const LookupOutcome &outcome) { showOutcome(outcome, query); });
}

void MainWindow::showOutcome(const LookupOutcome &outcome, const QString &query)
{
    switch (outcome.kind) {
    case LookupOutcome::Kind::Person:
        showPerson(*outcome.person);
        break;
    case LookupOutcome::Kind::Matches:
        clearPerson();
        m_matchList->showMatches(query, outcome.matches, LookupTask::maxMatches);
        m_content->setCurrentWidget(m_matchList);
        break;
    case LookupOutcome::Kind::NotFound:
        // The previous visitor's data must not stay on screen under a new query.
        clearPerson();
        m_lookupBar->showMessage(tr("No insured person found."));
        m_lookupBar->focusField();
        break;
    case LookupOutcome::Kind::BadIdNumber:
        clearPerson();
        m_lookupBar->showMessage(tr("Not a valid ID number: %1").arg(outcome.message));
        m_lookupBar->focusField();
        break;
    case LookupOutcome::Kind::Failed:
        clearPerson();
        m_lookupBar->showMessage(tr("The lookup failed: %1").arg(outcome.message));
        break;
    case LookupOutcome::Kind::Cancelled:
        return;
    }
    emit lookupFinished();
}

void MainWindow::showPerson(const PersonFile &file)
{
    m_content->setCurrentIndex(0);
    // The visit first: the pension view records its result into it at once.
    m_visitRecorder->personShown(file.person, m_visitRecorder->continuesVisitOf(file.person.id)
                                                  ? QString()
                                                  : m_sessionPanel->takeQueueNumber());
    m_personPanel->showPerson(file);
    if (file.history)
        m_historyView->showHistory(*file.history, file.employerNames);
    else
        m_historyView->clear();
    m_pensionView->showPerson(file.person, file.records,
                              file.statutory ? std::optional<YearMonth>(file.statutory->statutoryRetirement) : std::nullopt,
                              file.pension, currentMonth());
    m_comparisonView->showPerson(file.person, file.records, currentMonth());
    if (m_unemploymentView) {
        m_unemploymentView->setPerson(file.person, file.records, QDate::currentDate());
        m_unemploymentView->setStatutoryRetirement(file.statutory ? std::optional<YearMonth>(file.statutory->statutoryRetirement) : std::nullopt);
    }
    if (!file.historyError.isEmpty())
        m_lookupBar->showMessage(file.historyError);
    // The full ID number must not stay on screen (the panel shows it masked); a name may.
    if (LookupTask::looksLikeIdNumber(m_lastQuery))
        m_lookupBar->clearField();
    // Ready for the next scan: a new number replaces this one.
    m_lookupBar->focusField();
}

QWidget *MainWindow::makeDeferralPage()
{
    // The rules are data inside the program (Qt resources, in memory): loading them is quick.
    auto rules = deferral::DeferralRules::loadBuiltIn();
    auto catalog = employer::IndustryCatalog::loadBuiltIn();
    if (!rules || !catalog) {
        auto *broken = new QLabel(tr("The deferral rules could not be loaded: %1").arg(!rules ? rules.error().message : catalog.error().message));
        broken->setWordWrap(true);
        return broken;
    }
    m_evaluator = std::make_shared<const deferral::DeferralEvaluator>(std::move(rules).value(), std::move(catalog).value());
    m_deferralView = new DeferralView(m_evaluator, m_databasePath);
    m_deferralView->setObjectName(QStringLiteral("deferralView"));
    return m_deferralView;
}

QWidget *MainWindow::makeSweepPage(const QString &clerk)
{
    // 免申即享: the 2022 deferral applied to every employer on file, as of the day the window
    // opened (the clerk changes it on the page).
    sweep::SweepParameters parameters;
    parameters.asOf = QDate::currentDate();
    // After the last day an application was possible nobody is eligible any more: the page
    // opens on that last day instead, so a screening shows who could have deferred.
    if (m_evaluator) {
        QDate lastApplicationDay;
        for (const deferral::DeferralRule &rule : m_evaluator->rules().rules())
            lastApplicationDay = std::max(lastApplicationDay, rule.applicationTo);
        if (lastApplicationDay.isValid() && parameters.asOf > lastApplicationDay)
            parameters.asOf = lastApplicationDay;
    }
    auto *view = new SweepView(parameters, m_databasePath, clerk, m_evaluator);
    view->setObjectName(QStringLiteral("sweepView"));
    return view;
}

void MainWindow::clearPerson()
{
    m_content->setCurrentIndex(0);
    m_personPanel->clear();
    m_historyView->clear();
    m_pensionView->clear();
    m_comparisonView->clear();
    if (m_unemploymentView)
        m_unemploymentView->clear();
}

} // namespace tongban::ui
