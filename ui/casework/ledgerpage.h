#pragma once

#include "casework/difficultcase.h"
#include "casework/servicerating.h"
#include "common/error.h"
#include "services/appcontext.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace tongban::services {
class CaseLedgerService;
class RatingService;
} // namespace tongban::services

namespace tongban::ui {

class BackgroundTask;
class DateEdit;
class FieldMessage;

/// The difficult-case ledger (疑难问题台账) of the hall, and the follow-ups of poor ratings.
///
/// A case is opened from the visit at the counter (setVisit: the visit of the person looked up
/// or of the intake just taken) for a problem the window cannot settle: the problem, the
/// departments involved, the expert in charge and the date promised to the visitor
/// (Ctrl+Enter in the form). The open cases are listed by promised date, how far each is from it
/// said in words ("overdue by 3 days"); the case selected is shown with its whole history, and
/// takes a note (Enter), is closed (销号) with the answer given to the visitor, or reopened with
/// why — the earlier answer stays in its history. Beneath, the open follow-ups of poor ratings
/// (差评整改/回访) by due date, each closed with its outcome.
///
/// Every read and write runs on the store's threads (services::CaseLedgerService,
/// services::RatingService); a refused change is said under its action, naming what to fix.
class LedgerPage : public QWidget
{
    Q_OBJECT

public:
    explicit LedgerPage(const services::AppContext &context, QWidget *parent = nullptr);
    ~LedgerPage() override;

    /// The visit at the counter new cases are opened from (@p sessionId empty: none), with its
    /// queue number and the names of its persons for the screen.
    void setVisit(const QString &sessionId, const QString &queueNumber, const QString &persons);
    const QString &visitSessionId() const { return m_sessionId; }

    /// Reads the open cases and the open follow-ups again (listsRefreshed()).
    void refresh();
    /// Shows the case @p caseId with its history (caseShown()).
    void showCase(const QString &caseId);
    /// The case shown, if any, as last read.
    const std::optional<casework::DifficultCase> &shownCase() const { return m_case; }
    const QList<casework::DifficultCaseEvent> &shownHistory() const { return m_history; }
    const QList<casework::DifficultCase> &openCases() const { return m_openCases; }
    const QList<casework::RatingFollowUp> &openFollowUps() const { return m_followUps; }
    /// The short name of the matter @p catalogId of the catalog (the id when unknown).
    QString matterName(const QString &catalogId) const;

    /// What the buttons do: open a case from the form; add the note typed; close the case shown
    /// with the answer typed; reopen it with the reason typed; close the follow-up selected with
    /// the outcome typed. Each reports with changeFinished().
    void openCase();
    void addNote();
    void closeCase();
    void reopenCase();
    void closeFollowUp();

signals:
    /// The open cases and follow-ups on screen were read again.
    void listsRefreshed();
    /// The case @p caseId and its history are on screen.
    void caseShown(const QString &caseId);
    /// A change was stored (@p ok; the case and the lists are read again) or refused (the reason on screen).
    void changeFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeLists();
    QWidget *makeForms();
    void showLists();
    void showCaseDetails();
    void updateActions();
    /// A write ended: when stored, @p clearOnSuccess (a field) is emptied and the case @p caseId
    /// and the lists are read again; a refusal goes to @p message.
    void finishWrite(const Status &status, const QString &caseId, FieldMessage *message, QWidget *clearOnSuccess);

    const services::AppContext &m_context;
    std::unique_ptr<services::CaseLedgerService> m_ledger;
    std::unique_ptr<services::RatingService> m_ratings;
    QString m_loadError;

    QString m_sessionId;
    QList<casework::DifficultCase> m_openCases;
    QList<casework::RatingFollowUp> m_followUps;
    std::optional<casework::DifficultCase> m_case;
    QList<casework::DifficultCaseEvent> m_history;
    bool m_writing = false;

    QLabel *m_visit = nullptr;
    QTreeWidget *m_caseList = nullptr;
    QLabel *m_caseCount = nullptr;
    QTreeWidget *m_followUpList = nullptr;
    QLabel *m_followUpCount = nullptr;
    QLineEdit *m_outcome = nullptr;
    QPushButton *m_closeFollowUp = nullptr;
    FieldMessage *m_followUpMessage = nullptr;

    QPlainTextEdit *m_description = nullptr;
    QListWidget *m_departments = nullptr;
    QLineEdit *m_expert = nullptr;
    DateEdit *m_promised = nullptr;
    QPushButton *m_open = nullptr;
    FieldMessage *m_openMessage = nullptr;

    QLabel *m_summary = nullptr;
    QTreeWidget *m_historyList = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addNote = nullptr;
    QLineEdit *m_answer = nullptr;
    QPushButton *m_close = nullptr;
    QLineEdit *m_reopenReason = nullptr;
    QPushButton *m_reopen = nullptr;
    FieldMessage *m_caseMessage = nullptr;

    BackgroundTask *m_listTask = nullptr;
    BackgroundTask *m_caseTask = nullptr;
    BackgroundTask *m_writeTask = nullptr;
};

} // namespace tongban::ui
