#pragma once

#include "common/error.h"
#include "sheet/calculationsheet.h"

#include <QFuture>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QPushButton;

namespace tongban::ui {

class BusyIndicator;
class FieldMessage;
class PaperCopyBox;
class PdfExport;
class VisitorView;

/// What can be done with the calculation sheet (养老金核算表) of the result on screen: print it
/// (with preview), save it as a PDF (written off the UI thread), and show it step by step on the
/// visitor's screen (VisitorView), whose step the expert sees and moves from here. Ctrl+P prints
/// and Ctrl+S saves the PDF while the result is on screen.
class SheetActions : public QWidget
{
    Q_OBJECT

public:
    /// The sheet of the result on screen, made now; an error when there is none.
    using SheetSource = std::function<Result<sheet::CalculationSheet>()>;

    SheetActions(SheetSource source, QWidget *parent = nullptr);

    /// Checks and audits a sheet put out by @p action (audit::action::pdf): the owner calls
    /// services::AuditService::recordOutput with the person's number and "calculation-sheet".
    using OutputAudit = std::function<QFuture<Result<Done>>(const QString &action)>;
    /// Every PDF of the sheet from now on is checked and audited by @p audit before it is written.
    void setOutputAudit(OutputAudit audit);

    /// A result is on screen (@p available) or not; the visitor's screen follows it (it never
    /// shows the previous visitor's figures).
    void setAvailable(bool available);
    /// Closes and empties the visitor's screen.
    void closeVisitorView();

    void print();
    /// The copy print() and the PDF make (the visitor's by default).
    PaperCopyBox *copyBox() const { return m_copy; }
    /// Asks where to save, suggesting @p suggestedName, and writes the PDF there.
    void chooseAndSavePdf(const QString &suggestedName);
    /// Writes the PDF at @p path; pdfFinished() reports the end.
    void savePdf(const QString &path);
    /// Opens (or raises) the visitor's screen on the sheet, at its first step.
    void openVisitorView();
    VisitorView *visitorView() const;

signals:
    /// The PDF button was pressed: the view knows the file name to suggest.
    void pdfRequested();
    /// A savePdf() ended: @p ok when the file is complete at its path.
    void pdfFinished(bool ok);
    /// The visitor's screen shows step @p step (0-based; −1 when closed).
    void visitorStepChanged(int step);

private:
    void refreshButtons();
    void showVisitorStep(int step);
    /// The sheet to print or save in the copy chosen: the visitor's copy only once it names the
    /// agency (CalculationSheet::readyForVisitor), else the reason, before anything is audited.
    Result<sheet::CalculationSheet> sheetToPutOut() const;

    SheetSource m_source;
    bool m_available = false;
    QAction *m_printAction = nullptr; ///< Ctrl+P
    QAction *m_pdfAction = nullptr; ///< Ctrl+S
    PaperCopyBox *m_copy = nullptr;
    OutputAudit m_outputAudit; ///< prints and PDFs checked and audited first (none: not audited)
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_visitorButton = nullptr;
    QPushButton *m_previousStepButton = nullptr;
    QPushButton *m_nextStepButton = nullptr;
    QLabel *m_visitorStep = nullptr;
    BusyIndicator *m_pdfBusy = nullptr;
    FieldMessage *m_sheetMessage = nullptr;
    QLabel *m_sheetStatus = nullptr;
    PdfExport *m_pdf = nullptr;
    QPointer<VisitorView> m_visitor;
};

} // namespace tongban::ui
