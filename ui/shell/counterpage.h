#pragma once

#include "insured/insuredperson.h"
#include "pension/pensionoutcome.h"
#include "services/appcontext.h"
#include "services/lookupoutcome.h"
#include "services/personlookup.h"

#include <QWidget>

#include <functional>
#include <optional>

class QStackedWidget;
class QTabWidget;

namespace tongban::ui {

class BackgroundTask;
class ComparisonView;
class DeferredPage;
class IdleSteps;
class HistoryView;
class LookupBar;
class MatchList;
class PensionView;
class PersonPanel;
class UnemploymentView;

/// The counter's workspace for insured persons: the look-up field on top, the person under it,
/// and beside each other the contribution history, the pension breakdown, the comparison and the
/// unemployment benefit. The look-up runs on the store's reader threads (services::PersonLookup);
/// a new one supersedes the one in flight, and a stale answer never replaces a newer one.
class CounterPage : public QWidget
{
    Q_OBJECT

public:
    /// Decides whether a person a look-up found is shown, and lets whoever keeps the visit know
    /// first (the pension view records its result in the visit at once): true shows them; false
    /// (the clerk cancelled) keeps the person on screen as before.
    using PersonGate = std::function<bool(const insured::InsuredPerson &person)>;

    explicit CounterPage(const services::AppContext &context, QWidget *parent = nullptr);

    /// Asks @p gate before each person is shown (none: every person is shown).
    void setPersonGate(PersonGate gate) { m_gate = std::move(gate); }

    /// Starts a look-up of @p text as if typed into the field and confirmed with Enter.
    void lookUp(const QString &text);
    /// The look-up field is usable (the store is open and sound) or not.
    void setLookupEnabled(bool enabled);
    /// Puts the focus in the look-up field (ready for a scan).
    void focusLookup();
    /// A message under the look-up field (e.g. why the store cannot be used).
    void showLookupMessage(const QString &message);
    /// Queues on @p steps the building of what the page shows only once someone is looked up:
    /// the history's tables, the calculations' tabs and the list of matches (each is built at
    /// the latest when needed).
    void prepare(IdleSteps &steps);

signals:
    /// A result is on screen in the breakdown or, as a scenario of the visitor, in the comparison.
    void pensionShown(const tongban::pension::PensionOutcome &outcome);
    /// The outcome of a look-up is on screen (a person, a list, or a message).
    void lookupFinished();

private:
    /// The person's panel over the tabs of the history and the calculations.
    QWidget *buildPersonPage();
    void pickPerson(const QString &personId);
    void startLookup(const services::PersonLookup::Request &request);
    void showOutcome(const services::LookupOutcome &outcome, const QString &query);
    void showPerson(const services::PersonFile &file);
    /// The statutory retirement month of @p file's person, when known.
    static std::optional<YearMonth> statutoryOf(const services::PersonFile &file);
    /// Empties the person's views; @p keepShown keeps what was shown to go back to (a list of
    /// matches is shown instead, and the clerk may cancel the person picked from it).
    void clearPerson(bool keepShown = false);

    const services::AppContext &m_context;
    PersonGate m_gate;
    std::optional<services::PersonFile> m_shown; ///< the person on screen (or behind the list of matches)
    std::optional<services::PersonFile> m_onDetails; ///< the person the calculations' tabs show (none behind the list)
    QString m_lastQuery;
    LookupBar *m_lookupBar = nullptr;
    QStackedWidget *m_content = nullptr; ///< nothing (the first frame), the person's page, the list of matches
    DeferredPage *m_personPage = nullptr; ///< builds the panel, the tabs and the history
    PersonPanel *m_personPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    HistoryView *m_historyView = nullptr;
    PensionView *m_pensionView = nullptr;
    ComparisonView *m_comparisonView = nullptr;
    UnemploymentView *m_unemploymentView = nullptr;
    DeferredPage *m_pensionTab = nullptr; ///< builds m_pensionView
    DeferredPage *m_comparisonTab = nullptr; ///< builds m_comparisonView
    DeferredPage *m_unemploymentTab = nullptr; ///< builds m_unemploymentView (null when its rules do not load)
    MatchList *m_matchList = nullptr;
    DeferredPage *m_matchPage = nullptr; ///< builds m_matchList
    BackgroundTask *m_lookupTask = nullptr;
};

} // namespace tongban::ui
