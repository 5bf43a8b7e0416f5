#include "ui/shell/counterpage.h"
#include "ui/common/deferredpage.h"
#include "ui/common/idlesteps.h"

#include "services/auditservice.h"

#include "ui/common/backgroundtask.h"
#include "ui/history/historyview.h"
#include "ui/lookup/lookupbar.h"
#include "ui/lookup/matchlist.h"
#include "ui/lookup/personpanel.h"
#include "ui/pension/comparisonview.h"
#include "ui/pension/pensionview.h"
#include "ui/unemployment/unemploymentview.h"

#include "unemployment/unemploymentrules.h"

#include <QFrame>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tongban::ui {

CounterPage::CounterPage(const services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_lookupTask(new BackgroundTask(this))
{
    m_lookupBar = new LookupBar;
    m_lookupBar->setObjectName(QStringLiteral("lookupBar"));
    m_lookupBar->setEnabled(false);

    // The window's first frame has the look-up alone: the person's page (its panel and tabs, built,
    // laid out and painted) comes in the first step after it (prepare), or with the first person.
    m_personPage = new DeferredPage([this] { return buildPersonPage(); });

    // The list of matches of a name is built at the first name looked up, or when there is time.
    m_matchPage = new DeferredPage([this] {
        m_matchList = new MatchList(m_context.parameters());
        m_matchList->setObjectName(QStringLiteral("matchList"));
        connect(m_matchList, &MatchList::personPicked, this, &CounterPage::pickPerson);
        return m_matchList;
    });

    m_content = new QStackedWidget;
    m_content->addWidget(new QWidget);
    m_content->addWidget(m_personPage);
    m_content->addWidget(m_matchPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->addWidget(m_lookupBar);
    layout->addWidget(m_content, 1);

    connect(m_lookupBar, &LookupBar::lookupRequested, this, &CounterPage::lookUp);
    connect(m_lookupBar, &LookupBar::cancelRequested, this, [this]() {
        if (m_lookupTask->isBusy()) {
            m_lookupTask->cancel();
            m_lookupBar->showMessage(tr("Lookup cancelled."));
        }
    });
    connect(m_lookupTask, &BackgroundTask::busyChanged, m_lookupBar, &LookupBar::setBusy);
}

QWidget *CounterPage::buildPersonPage()
{
    m_personPanel = new PersonPanel;
    m_personPanel->setObjectName(QStringLiteral("personPanel"));
    m_personPanel->setUnmask([this](const QString &citizenId, const QString &reason) {
        return services::AuditService(m_context).unmask(citizenId, reason, QStringLiteral("showIdButton"));
    });
    auto *personFrame = new QFrame;
    personFrame->setFrameShape(QFrame::StyledPanel);
    auto *personFrameLayout = new QVBoxLayout(personFrame);
    personFrameLayout->setContentsMargins(2, 2, 2, 2);
    personFrameLayout->addWidget(m_personPanel);

    m_historyView = new HistoryView;
    m_historyView->setObjectName(QStringLiteral("historyView"));
    if (const auto floor = m_context.parameters()->contributionBaseBound(QStringLiteral("floor")))
        m_historyView->setBaseFloor(floor->value);
    // The history's hint is all a window that opens shows; the calculations' tabs are built
    // when first chosen, at the first person shown, or when the window has time (prepare).
    m_pensionTab = new DeferredPage([this] {
        m_pensionView = new PensionView(m_context);
        m_pensionView->setObjectName(QStringLiteral("pensionView"));
        connect(m_pensionView, &PensionView::resultShown, this, &CounterPage::pensionShown);
        if (m_onDetails)
            m_pensionView->showPerson(m_onDetails->person, m_onDetails->records, statutoryOf(*m_onDetails), m_onDetails->pension);
        return m_pensionView;
    });
    m_comparisonTab = new DeferredPage([this] {
        m_comparisonView = new ComparisonView(m_context);
        m_comparisonView->setObjectName(QStringLiteral("comparisonView"));
        connect(m_comparisonView, &ComparisonView::scenarioShown, this, &CounterPage::pensionShown);
        if (m_onDetails)
            m_comparisonView->showPerson(m_onDetails->person, m_onDetails->records);
        return m_comparisonView;
    });
    m_unemploymentTab = new DeferredPage([this]() -> QWidget * {
        auto rules = unemployment::UnemploymentRules::loadBuiltIn();
        if (!rules) {
            auto *broken = new QLabel(tr("The unemployment insurance rules could not be loaded: %1").arg(rules.error().message));
            broken->setWordWrap(true);
            return broken;
        }
        m_unemploymentView = new UnemploymentView(m_context, *rules);
        m_unemploymentView->setObjectName(QStringLiteral("unemploymentView"));
        if (m_onDetails) {
            m_unemploymentView->setPerson(m_onDetails->person, m_onDetails->records);
            m_unemploymentView->setStatutoryRetirement(statutoryOf(*m_onDetails));
        }
        return m_unemploymentView;
    });
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(m_historyView, tr("Contribution history"));
    m_tabs->addTab(m_pensionTab, tr("Pension breakdown"));
    m_tabs->addTab(m_comparisonTab, tr("Compare"));
    m_tabs->addTab(m_unemploymentTab, tr("Unemployment benefit"));

    auto *page = new QWidget;
    auto *personLayout = new QVBoxLayout(page);
    personLayout->setContentsMargins(0, 0, 0, 0);
    personLayout->addWidget(personFrame);
    personLayout->addWidget(m_tabs, 1);
    return page;
}

void CounterPage::prepare(IdleSteps &steps)
{
    steps.add([this] { m_personPage->content(); });
    // Shown in a step of its own: laid out and painted before the first look-up, whose first
    // frame would otherwise pay for it.
    steps.add([this] {
        if (m_content->currentIndex() == 0)
            m_content->setCurrentWidget(m_personPage);
        m_lookupBar->offerClearButton();
    });
    steps.add([this] { m_historyView->prepare(); });
    // Read when their step comes: the tabs exist once the person's page is built.
    steps.add([this] { m_pensionTab->content(); });
    steps.add([this] { m_comparisonTab->content(); });
    steps.add([this] { m_unemploymentTab->content(); });
    steps.add([this] { m_matchPage->content(); });
}

void CounterPage::setLookupEnabled(bool enabled)
{
    m_lookupBar->setEnabled(enabled);
    if (enabled)
        m_lookupBar->focusField();
}

void CounterPage::focusLookup()
{
    m_lookupBar->focusField();
}

void CounterPage::showLookupMessage(const QString &message)
{
    m_lookupBar->showMessage(message);
}

void CounterPage::lookUp(const QString &text)
{
    m_lastQuery = text;
    m_lookupBar->showMessage(QString());
    startLookup({text, QString()});
}

void CounterPage::pickPerson(const QString &personId)
{
    m_lastQuery.clear();
    startLookup({QString(), personId});
}

void CounterPage::startLookup(const services::PersonLookup::Request &request)
{
    m_lookupTask->start([this, request](auto cancel) { return services::PersonLookup(m_context).lookUp(request, cancel); },
                        [this, query = request.query](const services::LookupOutcome &outcome) { showOutcome(outcome, query); });
}

void CounterPage::showOutcome(const services::LookupOutcome &outcome, const QString &query)
{
    using Kind = services::LookupOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Person:
        if (m_gate && !m_gate(outcome.person->person)) {
            // The clerk cancelled: the person on screen stays (back from the list of matches).
            m_lookupBar->showMessage(
                m_shown ? tr("%1 was not shown; %2 stays on screen.").arg(outcome.person->person.name, m_shown->person.name)
                        : tr("%1 was not shown.").arg(outcome.person->person.name));
            if (m_shown && m_content->currentWidget() == m_matchPage)
                showPerson(services::PersonFile(*m_shown));
            // The number of someone not shown does not stay on screen either.
            if (services::PersonLookup::looksLikeIdNumber(m_lastQuery))
                m_lookupBar->clearField();
            m_lookupBar->focusField();
            break;
        }
        showPerson(*outcome.person);
        break;
    case Kind::Matches:
        clearPerson(true);
        m_matchPage->content();
        m_matchList->showMatches(query, outcome.matches, services::PersonLookup::maxMatches);
        m_content->setCurrentWidget(m_matchPage);
        break;
    case Kind::NotFound:
        // The previous visitor's data must not stay on screen under a new query.
        clearPerson();
        m_lookupBar->showMessage(tr("No insured person found."));
        m_lookupBar->focusField();
        break;
    case Kind::BadIdNumber:
        clearPerson();
        m_lookupBar->showMessage(tr("Not a valid ID number: %1").arg(outcome.message));
        m_lookupBar->focusField();
        break;
    case Kind::Failed:
        clearPerson();
        m_lookupBar->showMessage(tr("The lookup failed: %1").arg(outcome.message));
        break;
    case Kind::Cancelled:
        return;
    }
    emit lookupFinished();
}

std::optional<YearMonth> CounterPage::statutoryOf(const services::PersonFile &file)
{
    return file.statutory ? std::optional<YearMonth>(file.statutory->statutoryRetirement) : std::nullopt;
}

void CounterPage::showPerson(const services::PersonFile &file)
{
    m_personPage->content();
    m_content->setCurrentWidget(m_personPage);
    m_shown = file;
    // Offered to whoever signed in with the right (an expert, a supervisor); asked again per person.
    m_personPanel->setUnmaskOffered(services::AuditService(m_context).allows(accounts::Permission::Unmask));
    m_personPanel->showPerson(file);
    if (file.history)
        m_historyView->showHistory(*file.history, file.employerNames);
    else
        m_historyView->clear();
    // Every tab follows the person on screen; one not built yet shows them once it is (in its
    // turn, or when chosen), so that the first look-up does not wait for all of them.
    m_onDetails = file;
    const std::optional<YearMonth> statutory = statutoryOf(file);
    if (m_pensionView)
        m_pensionView->showPerson(file.person, file.records, statutory, file.pension);
    if (m_comparisonView)
        m_comparisonView->showPerson(file.person, file.records);
    if (m_unemploymentView) {
        m_unemploymentView->setPerson(file.person, file.records);
        m_unemploymentView->setStatutoryRetirement(statutory);
    }
    if (!file.historyError.isEmpty())
        m_lookupBar->showMessage(file.historyError);
    // The full ID number must not stay on screen (the panel shows it masked); a name may.
    if (services::PersonLookup::looksLikeIdNumber(m_lastQuery))
        m_lookupBar->clearField();
    // Ready for the next scan: a new number replaces this one.
    m_lookupBar->focusField();
}

void CounterPage::clearPerson(bool keepShown)
{
    if (!keepShown)
        m_shown.reset();
    m_personPage->content();
    m_content->setCurrentWidget(m_personPage);
    m_personPanel->clear();
    m_onDetails.reset();
    m_historyView->clear();
    if (m_pensionView)
        m_pensionView->clear();
    if (m_comparisonView)
        m_comparisonView->clear();
    if (m_unemploymentView)
        m_unemploymentView->clear();
}

} // namespace tongban::ui
