#pragma once

#include "lookupoutcome.h"
#include "lookuptask.h"
#include "policy/parameterset.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace tongban::deferral {
class DeferralEvaluator;
}

namespace tongban::ui {

class BackgroundTask;
class ComparisonView;
class DeferralView;
class UnemploymentView;
class HistoryView;
class LookupBar;
class MatchList;
class PensionView;
class PersonPanel;
class SessionPanel;
class VisitRecorder;

/// The counter window: the lookup field on top, the person under it, and beside each other
/// the contribution history and the pension breakdown; on the right, the visit at the counter
/// (本次办理), in which every pension result shown is recorded. Every read and write of the
/// database and every calculation runs off the UI thread; a new lookup supersedes the one in
/// flight.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// @p databasePath is created and migrated in the background when missing.
    MainWindow(std::shared_ptr<const policy::ParameterSet> parameters, QString databasePath, QString clerk,
               QWidget *parent = nullptr);

    /// Starts a lookup of @p text as if typed into the field and confirmed with Enter.
    void lookUp(const QString &text);

signals:
    /// The database is open and migrated (@p ok), or could not be opened.
    void databaseReady(bool ok);
    /// The outcome of a lookup is on screen (a person, a list, or a message).
    void lookupFinished();

private:
    void openDatabase();
    void pickPerson(const QString &personId);
    void startLookup(const LookupTask::Request &request);
    void showOutcome(const LookupOutcome &outcome, const QString &query);
    void showPerson(const PersonFile &file);
    void clearPerson();
    QWidget *makeDeferralPage();
    QWidget *makeSweepPage(const QString &clerk);

    std::shared_ptr<const policy::ParameterSet> m_parameters;
    QString m_databasePath;
    QString m_lastQuery;

    LookupBar *m_lookupBar = nullptr;
    QStackedWidget *m_content = nullptr;
    PersonPanel *m_personPanel = nullptr;
    QTabWidget *m_tabs = nullptr;
    HistoryView *m_historyView = nullptr;
    PensionView *m_pensionView = nullptr;
    ComparisonView *m_comparisonView = nullptr;
    QTabWidget *m_workspaces = nullptr;
    DeferralView *m_deferralView = nullptr;
    UnemploymentView *m_unemploymentView = nullptr;
    std::shared_ptr<const deferral::DeferralEvaluator> m_evaluator; ///< shared by the deferral page and the sweep
    MatchList *m_matchList = nullptr;
    QLabel *m_databaseStatus = nullptr;
    BackgroundTask *m_openTask = nullptr;
    BackgroundTask *m_lookupTask = nullptr;
    SessionPanel *m_sessionPanel = nullptr;
    VisitRecorder *m_visitRecorder = nullptr;
    QLabel *m_sessionStatus = nullptr;
};

} // namespace tongban::ui
