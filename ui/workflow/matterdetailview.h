#pragma once

#include "notice/notice.h"
#include "services/matterworkflowservice.h"
#include "workflow/matterstatus.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class FieldMessage;
class PaperCopyBox;
class PdfExport;

/// One matter of the back office, opened from the queue or from a search: who applied (the ID
/// number masked), what was typed, the documents brought and still missing, the pre-review's
/// findings, the history of its status (who, when, from → to, why), and a button for each change
/// the state machine allows now — no other. A return asks for a reason the applicant can act on
/// (checked as it is typed); a resubmission takes the documents brought now. The return notice
/// (退件告知书) of a returned matter and the completion notice (办结通知书) of a done one are
/// printed or saved as PDF with the copy chosen.
///
/// The matter is read and changed on the store's threads (services::MatterWorkflowService):
/// nothing here waits for the store.
class MatterDetailView : public QWidget
{
    Q_OBJECT

public:
    /// A view on @p service (which must outlive it; null: the catalog could not be loaded, the
    /// view says so).
    explicit MatterDetailView(services::MatterWorkflowService *service, QWidget *parent = nullptr);
    ~MatterDetailView() override;

    /// Reads the matter @p matterId and shows it; matterLoaded() reports the end.
    void open(const QString &matterId);
    /// The matter shown (none before the first one is read).
    const std::optional<services::MatterWorkflowService::MatterDetail> &detail() const { return m_detail; }
    /// The button that moves the matter shown to @p to, or null when the state machine does not allow it.
    QPushButton *actionButton(workflow::MatterStatus to) const { return m_actions.value(to); }
    /// The buttons of the allowed changes, in the state machine's order.
    QList<QPushButton *> actionButtons() const;
    /// Gives the focus to the first allowed change (or to the notice when there is none).
    void focusActions();

    /// Changes the matter shown to @p to with the reason typed (what the button does);
    /// statusChanged() reports the end.
    void changeStatus(workflow::MatterStatus to);

    /// The notice of the matter shown for the copy chosen: the return notice when it is
    /// returned, the completion notice when it is done; an error otherwise.
    Result<notice::Notice> notice() const;
    /// Writes notice() as a PDF at @p path; pdfFinished() reports it.
    void saveNoticePdf(const QString &path);

signals:
    /// The matter asked for is shown (@p ok), or could not be read (the reason is on screen).
    void matterLoaded(bool ok);
    /// A change of status was stored and the matter is shown as it is now (@p ok), or it was
    /// refused (the reason is on screen, under the reason when it is about the reason).
    void statusChanged(bool ok);
    /// The matter @p matterId changed: the queue shows it again.
    void matterChanged(const QString &matterId);
    void pdfFinished(bool ok);

private:
    /// The check and audit of the notice shown, printed or saved by @p action (audit::action).
    std::function<QFuture<Result<Done>>()> noticeAudit(const QString &action) const;
    void showDetail(const services::MatterWorkflowService::MatterDetail &detail);
    void showHeader(const services::MatterWorkflowService::MatterDetail &detail);
    void showFacts(const workflow::StoredMatter &matter);
    void showHistory(const QList<workflow::StatusEvent> &history);
    void showActions(const services::MatterWorkflowService::MatterDetail &detail);
    /// What is wrong with the reason typed for a return (empty: nothing).
    QString reasonProblem() const;
    void reasonEdited();
    void printNotice();
    void setBusy(bool busy);

    services::MatterWorkflowService *m_service;
    std::optional<services::MatterWorkflowService::MatterDetail> m_detail;
    QString m_loading; ///< the matter being read
    quint64 m_ticket = 0; ///< the latest read: an older answer is dropped

    QLabel *m_placeholder = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_header = nullptr;
    QTreeWidget *m_facts = nullptr;
    QTreeWidget *m_history = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    FieldMessage *m_reasonMessage = nullptr;
    QLabel *m_broughtLabel = nullptr;
    QListWidget *m_brought = nullptr;
    QMap<workflow::MatterStatus, QPushButton *> m_actions; ///< one per status, shown when allowed
    QList<QPushButton *> m_actionOrder; ///< in the order of the state machine's table
    QLabel *m_noActions = nullptr;
    QWidget *m_noticeRow = nullptr;
    PaperCopyBox *m_copy = nullptr;
    QPushButton *m_noticePrint = nullptr;
    QPushButton *m_noticePdf = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_status = nullptr;
    FieldMessage *m_message = nullptr;
    PdfExport *m_pdf = nullptr;
    BackgroundTask *m_readTask = nullptr;
    BackgroundTask *m_changeTask = nullptr;
    bool m_changing = false;
};

} // namespace tongban::ui
