#pragma once

#include "common/error.h"
#include "deferral/deferralevaluator.h"
#include "insured/employer.h"
#include "notice/notice.h"
#include "services/appcontext.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class PaperCopyBox;
class PdfExport;
class FieldMessage;

/// The temporary premium deferral page (阶段性缓缴社会保险费): the clerk fills the payer (kind,
/// USCC, industry from a searchable GB/T 4754-2017 picker, size, hard-hit area, temporary
/// difficulty attested, application date prefilled with today) or picks an employer stored in
/// the local database by USCC or name (searched off the UI thread), and gets core's answer per
/// insurance (eligible or not, premium months, share, pay back by, late fee, reasons, sources).
/// The answer can be saved as a PDF notice (阶段性缓缴社会保险费告知书, written off the UI
/// thread) or printed. No rule lives here: deferral::DeferralEvaluator decides.
class DeferralView : public QWidget
{
    Q_OBJECT

public:
    /// @p evaluator: the rules and industry table (DeferralRules::loadBuiltIn(),
    /// IndustryCatalog::loadBuiltIn()). Employers are searched in the context's store; the date
    /// checked defaults to its clock's day.
    DeferralView(const services::AppContext &context, std::shared_ptr<const deferral::DeferralEvaluator> evaluator,
                 QWidget *parent = nullptr);

    /// The application date shown (prefilled with today's date).
    void setAsOf(const QDate &date);

    /// Fills the form with @p employer (name, kind, USCC, industry, size); area and difficulty
    /// are left as they are (they are not stored).
    void useEmployer(const insured::Employer &employer);
    /// Searches the local store for @p text (a USCC or part of a name) on a worker thread;
    /// employersFound() reports the count, the list below the search field shows them.
    void searchEmployers(const QString &text);
    /// The employers of the last search.
    const QList<insured::Employer> &foundEmployers() const { return m_found; }

    /// Evaluates the form; shows the answer or the field errors. evaluated() reports it.
    void evaluate();
    /// The answer on screen, if any.
    const std::optional<deferral::DeferralOutcome> &outcome() const { return m_outcome; }
    /// The notice of the answer on screen, dated @p issued. Error (NotFound, "outcome") when no
    /// answer is shown.
    Result<notice::Notice> notice(const QDate &issued) const;
    /// Writes the notice as a PDF at @p path on a worker thread; noticeSaved() reports the end.
    void saveNotice(const QString &path);

signals:
    /// An evaluation ended: @p ok false when the form had an error (shown under its field).
    void evaluated(bool ok);
    /// An employer search ended with @p count matches (-1: it failed; the reason is shown).
    void employersFound(int count);
    /// A notice PDF was written (@p ok) or not (the reason is shown).
    void noticeSaved(bool ok);

private:
    /// The audit's name of the paper this view prints and saves.
    static QString deferralNoticeObject();
    void buildForm();
    void fillIndustryPicker();
    QString industryCode() const;
    void showOutcome(const deferral::DeferralOutcome &outcome);
    void showError(const Error &error);
    void clearMessages();
    void chooseSavePath();
    void print();
    void kindChanged();

    const services::AppContext &m_context;
    std::shared_ptr<const deferral::DeferralEvaluator> m_evaluator;
    std::optional<deferral::DeferralOutcome> m_outcome;
    QList<insured::Employer> m_found;

    QLineEdit *m_search = nullptr;
    QListWidget *m_employerList = nullptr;
    FieldMessage *m_searchMessage = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    FieldMessage *m_kindMessage = nullptr;
    QLineEdit *m_uscc = nullptr;
    FieldMessage *m_usccMessage = nullptr;
    QComboBox *m_industry = nullptr;
    FieldMessage *m_industryMessage = nullptr;
    QComboBox *m_size = nullptr;
    FieldMessage *m_sizeMessage = nullptr;
    QCheckBox *m_hardHit = nullptr;
    QCheckBox *m_difficulty = nullptr;
    QDateEdit *m_asOf = nullptr;
    FieldMessage *m_asOfMessage = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_verdict = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_reasons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    PaperCopyBox *m_copy = nullptr;
    QLabel *m_noticeStatus = nullptr;
    FieldMessage *m_noticeMessage = nullptr;
    BusyIndicator *m_busy = nullptr;
    BackgroundTask *m_searchTask = nullptr;
    PdfExport *m_pdf = nullptr;
};

} // namespace tongban::ui
