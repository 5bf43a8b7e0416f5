#pragma once

#include "intake/intakecase.h"
#include "intake/intakereceipt.h"
#include "intake/intakerepository.h"
#include "notice/notice.h"
#include "services/appcontext.h"
#include "services/prereviewrunner.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace tongban::services {
class IntakeService;
}

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class DocumentChecklist;
class FieldMessage;
class MatterPicker;
class MatterSection;
class PaperCopyBox;
class PdfExport;

/// The intake of the integrated window (一窗通办): one queue number, the applicant once, every
/// matter the visitor came for in one form, the documents of all of them in one checklist, one
/// receipt.
///
/// The visit header takes the queue ticket (typed or scanned, e.g. A023; empty: the next number
/// of the day is issued when the intake is stored) and the applicant's ID number — a card reader
/// types 18 characters and Enter: the person is looked up (off the UI thread) and a known
/// person's name and phone are filled in. Matters are added by pinyin initials or part of the
/// name (MatterPicker, Alt+A); each brings only its own fields (MatterSection). The one-time
/// notice (一次性告知书) of what is missing is printed or saved as PDF with the copy chosen.
/// Ctrl+Enter takes the intake in (services::IntakeService::take on the store's threads, a busy
/// indicator meanwhile; the form stays until it is stored): then the findings of each matter's
/// pre-review and the receipt (受理回执) to print or save. A fault the service names goes under
/// its field.
///
/// Nothing typed is lost: each change saves the form as the clerk's draft (debounced, on the
/// store's writer); when the page is opened and a draft is there, it is offered and restored as
/// it was (values, agents, documents, the input that had the focus).
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    /// The answers to "continue the intake that was not taken in?" (ui::MessageBox ids; tests set the next one).
    enum DraftAnswer {
        ContinueDraftAnswer, ///< the draft is restored (also on Escape: nothing typed is lost)
        DiscardDraftAnswer, ///< the draft is deleted; the form starts empty
    };

    /// A page on @p context's store, with the shipped catalog and calendar and the pre-review
    /// engines of @p preReviews (see services::IntakeService::builtIn).
    IntakePage(const services::AppContext &context, std::shared_ptr<const services::PreReviewRunner> preReviews, QWidget *parent = nullptr);
    ~IntakePage() override;

    /// The store is open: the clerk's last draft is read, and offered once the page is shown.
    void start();

    /// The case as the form holds it now (documents: those ticked that each matter asks for).
    intake::IntakeCase currentCase() const;
    /// The form's whole state as the draft keeps it: the case JSON with "draft".
    QJsonObject draftJson() const;
    /// Shows the state @p json (draftJson()'s format).
    void restore(const QJsonObject &json);
    /// Whether nothing is typed in the form.
    bool isEmpty() const;
    /// Whether the clerk's last draft was read and offered (or there was none): from then on
    /// every change is saved as the draft.
    bool isDraftChecked() const { return m_draftResolved; }
    /// Whether a change is not saved as the draft yet (waiting for the typing to pause, or being written).
    bool isDraftPending() const;

    /// Takes the intake in (what Ctrl+Enter does); intakeTaken() reports the end.
    void submit();
    /// The receipt of the last intake taken in this page, if any.
    const std::optional<intake::IntakeReceipt> &lastReceipt() const { return m_receipt; }
    /// The one-time notice of the form / the receipt of the last intake, as the copy box says.
    notice::Notice oneTimeNotice() const;
    std::optional<notice::Notice> receiptNotice() const;
    /// Writes the one-time notice / the receipt as a PDF at @p path (pdfFinished() reports it).
    void saveNoticePdf(const QString &path);
    void saveReceiptPdf(const QString &path);

    /// The sections of the matters, in the form's order.
    QList<MatterSection *> sections() const { return m_sections; }
    /// Adds the matter @p matterId (as Enter in the matter field does). False when it is unknown.
    bool addMatter(const QString &matterId);

signals:
    /// An intake was stored (@p ok) or refused / not stored (the reason is on screen).
    void intakeTaken(bool ok);
    /// The form was saved as the clerk's draft (@p ok false: the reason is in the status line).
    void draftSaved(bool ok);
    /// The clerk's last draft was read and either offered (restored: @p restored) or there was none.
    void draftChecked(bool restored);
    /// The applicant's look-up ended (a person filled in, or a message).
    void applicantLookedUp();
    void pdfFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    /// Tab and Shift+Tab follow the form (header, matter field, each matter's inputs in order,
    /// the documents, the buttons) and go round the page, whatever order the inputs were made in.
    bool focusNextPrevChild(bool next) override;

private:
    QWidget *makeHeader();
    QWidget *makeSide();
    MatterSection *appendSection(const intake::MatterDefinition &matter);
    void removeSection(MatterSection *section);
    void renumber();
    void relinkTabOrder();
    /// The page's inputs in the order of the form.
    QList<QWidget *> tabChain() const;
    void formChanged();
    void updateChecklist();
    void scheduleDraft();
    void saveDraftNow();
    void offerDraft();
    void lookUpApplicant(bool thenMoveOn);
    void lookUpAgent(MatterSection *section, const QString &idNumber);
    void showLookupStatus(const QString &text);
    void clearMessages();
    /// Shows @p error at the input its path names; returns that input (or null).
    QWidget *showError(const Error &error);
    void taken(const Result<intake::IntakeReceipt> &result);
    void showReceipt(const intake::IntakeReceipt &receipt);
    void resetForm();
    /// Previews @p notice and prints it once checked and audited as the paper @p object of
    /// @p subject (a citizen ID number; empty: no one's yet).
    void printNotice(const notice::Notice &notice, const QString &title, const QString &object, const QString &subject);
    /// The next PDF is the paper @p object of @p subject: checked and audited first.
    void auditPdfAs(const QString &object, const QString &subject);
    /// The applicant's ID number as typed when it is a valid one; else empty.
    QString typedApplicantId() const;
    void setBusy(bool busy);
    /// Keeps @p future to be waited for when the page goes (the service must outlive its jobs).
    template<typename T> QFuture<T> track(QFuture<T> future)
    {
        m_inFlight.removeIf([](const std::function<bool(bool)> &finished) { return finished(false); });
        m_inFlight << [future](bool wait) mutable {
            if (wait)
                future.waitForFinished();
            return future.isFinished();
        };
        return future;
    }
    /// The side's room: to the documents while matters are typed, to the result once taken in.
    void updateSideStretch();

    const services::AppContext &m_context;
    std::unique_ptr<services::IntakeService> m_service;
    QString m_loadError;

    QWidget *m_form = nullptr;
    QLineEdit *m_queueNumber = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    FieldMessage *m_queueMessage = nullptr;
    FieldMessage *m_idMessage = nullptr;
    FieldMessage *m_nameMessage = nullptr;
    FieldMessage *m_phoneMessage = nullptr;
    QLabel *m_lookupStatus = nullptr;
    MatterPicker *m_picker = nullptr;
    FieldMessage *m_pickerMessage = nullptr;
    QLabel *m_noMatters = nullptr;
    QVBoxLayout *m_sectionLayout = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QList<MatterSection *> m_sections;
    DocumentChecklist *m_checklist = nullptr;
    PaperCopyBox *m_copy = nullptr;
    QPushButton *m_noticePrint = nullptr;
    QPushButton *m_noticePdf = nullptr;
    QPushButton *m_submit = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_status = nullptr;
    FieldMessage *m_message = nullptr;
    QWidget *m_resultBox = nullptr;
    QWidget *m_documentsBox = nullptr;
    QVBoxLayout *m_sideLayout = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_receiptPrint = nullptr;
    QPushButton *m_receiptPdf = nullptr;
    PdfExport *m_pdf = nullptr;
    BackgroundTask *m_lookupTask = nullptr;
    BackgroundTask *m_agentLookupTask = nullptr;
    QTimer *m_draftTimer = nullptr;

    QString m_lookedUpId; ///< the ID number last looked up
    bool m_started = false;
    bool m_draftResolved = false; ///< the stored draft was offered (or there was none): saving may start
    std::optional<intake::StoredDraft> m_pendingDraft; ///< read, not offered yet (the page was hidden)
    bool m_draftStored = false; ///< a draft of this form is stored (to discard when the form is emptied)
    bool m_restoring = false;
    int m_savesInFlight = 0;
    /// The service's jobs not known to be finished: each says whether it finished, after waiting for it when asked.
    QList<std::function<bool(bool wait)>> m_inFlight;
    bool m_taking = false;
    std::optional<intake::IntakeReceipt> m_receipt;
};

} // namespace tongban::ui
