#include "ui/pension/sheetactions.h"

#include "audit/auditentry.h"

#include "ui/common/busyindicator.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/printpreviewdialog.h"
#include "ui/pension/sheetdocument.h"
#include "ui/pension/visitorview.h"
#include "ui/print/papercopybox.h"
#include "ui/print/pdfexport.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongban::ui {

SheetActions::SheetActions(SheetSource source, QWidget *parent)
    : QWidget(parent)
    , m_source(std::move(source))
{
    // Ctrl+P and Ctrl+S wherever the focus is while the result is on screen (the window's
    // shortcuts: this row is shown only with a result), named in the buttons' tool tips.
    m_printAction = new QAction(tr("Print calculation sheet…"), this);
    m_printAction->setObjectName(QStringLiteral("printSheetAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WindowShortcut);
    m_pdfAction = new QAction(tr("Save PDF…"), this);
    m_pdfAction->setObjectName(QStringLiteral("savePdfAction"));
    m_pdfAction->setShortcut(QKeySequence::Save);
    m_pdfAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_printAction);
    addAction(m_pdfAction);
    m_copy = new PaperCopyBox;
    m_printButton = new QPushButton(m_printAction->text());
    m_printButton->setObjectName(QStringLiteral("printSheetButton"));
    m_printButton->setToolTip(
        tr("Preview the calculation sheet and print it (%1).").arg(m_printAction->shortcut().toString(QKeySequence::NativeText)));
    m_pdfButton = new QPushButton(m_pdfAction->text());
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_pdfButton->setToolTip(
        tr("Save the calculation sheet as a PDF file (%1).").arg(m_pdfAction->shortcut().toString(QKeySequence::NativeText)));
    m_visitorButton = new QPushButton(tr("Visitor screen"));
    m_visitorButton->setObjectName(QStringLiteral("visitorScreenButton"));
    m_visitorButton->setToolTip(tr("Show the breakdown step by step in large type on the visitor's screen "
                                   "(full screen on a second screen when there is one)."));
    // A stepper, ◀ step 6/10 ▶, as narrow as it can be: the row sits beside the total and must
    // fit a 1280-pixel screen with the visitor's screen open (the words are in the tool tips and
    // the accessible names).
    m_previousStepButton = new QPushButton(QStringLiteral("◀"));
    m_previousStepButton->setObjectName(QStringLiteral("previousStepButton"));
    m_previousStepButton->setToolTip(tr("Previous step on the visitor's screen"));
    m_previousStepButton->setAccessibleName(m_previousStepButton->toolTip());
    m_nextStepButton = new QPushButton(QStringLiteral("▶"));
    m_nextStepButton->setObjectName(QStringLiteral("nextStepButton"));
    m_nextStepButton->setToolTip(tr("Next step on the visitor's screen"));
    m_nextStepButton->setAccessibleName(m_nextStepButton->toolTip());
    for (QPushButton *step : {m_previousStepButton, m_nextStepButton})
        step->setFixedWidth(step->fontMetrics().horizontalAdvance(QStringLiteral("◀")) * 3);
    m_visitorStep = new QLabel;
    m_visitorStep->setObjectName(QStringLiteral("visitorStepStatus"));
    m_pdfBusy = new BusyIndicator;
    m_sheetStatus = new QLabel;
    m_sheetStatus->setObjectName(QStringLiteral("sheetStatus"));
    m_sheetStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // "Saved: <path>" takes what room is left and never widens the window (a long path would).
    m_sheetStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sheetMessage = new FieldMessage;
    m_sheetMessage->setObjectName(QStringLiteral("sheetMessage"));
    m_pdf = new PdfExport(this, m_sheetStatus, m_sheetMessage, m_pdfBusy);

    auto *row = new QHBoxLayout;
    row->addWidget(m_copy);
    row->addWidget(m_printButton);
    row->addWidget(m_pdfButton);
    row->addWidget(m_pdfBusy);
    // A little air between the paper and the visitor's screen: the row sits beside the total
    // and fits a 1280-pixel screen.
    row->addSpacing(8);
    row->addWidget(m_visitorButton);
    row->addWidget(m_previousStepButton);
    row->addWidget(m_visitorStep);
    row->addWidget(m_nextStepButton);
    row->addStretch(1);
    row->addWidget(m_sheetStatus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_sheetMessage);

    connect(m_printButton, &QPushButton::clicked, m_printAction, &QAction::trigger);
    connect(m_pdfButton, &QPushButton::clicked, m_pdfAction, &QAction::trigger);
    connect(m_printAction, &QAction::triggered, this, &SheetActions::print);
    connect(m_pdfAction, &QAction::triggered, this, &SheetActions::pdfRequested);
    connect(m_visitorButton, &QPushButton::clicked, this, &SheetActions::openVisitorView);
    // A QPointer is read once into a plain pointer: checked and used as the same value.
    connect(m_previousStepButton, &QPushButton::clicked, this, [this]() {
        if (VisitorView *visitor = m_visitor.data())
            visitor->previous();
    });
    connect(m_nextStepButton, &QPushButton::clicked, this, [this]() {
        if (VisitorView *visitor = m_visitor.data())
            visitor->next();
    });
    connect(m_pdf, &PdfExport::busyChanged, this, &SheetActions::refreshButtons);
    connect(m_pdf, &PdfExport::finished, this, &SheetActions::pdfFinished);
    refreshButtons();
}

VisitorView *SheetActions::visitorView() const
{
    return m_visitor;
}

void SheetActions::setAvailable(bool available)
{
    m_available = available;
    m_sheetMessage->clearMessage();
    m_sheetStatus->clear();
    if (VisitorView *visitor = m_visitor.data()) {
        const auto sheet = available ? m_source() : Result<sheet::CalculationSheet>(Error::notFound(QString(), QString()));
        if (sheet)
            visitor->setSheet(*sheet);
        else
            visitor->clearSheet();
    }
    refreshButtons();
}

void SheetActions::closeVisitorView()
{
    if (VisitorView *visitor = m_visitor.data()) {
        visitor->clearSheet();
        visitor->close();
    }
}

void SheetActions::refreshButtons()
{
    m_printAction->setEnabled(m_available);
    m_pdfAction->setEnabled(m_available && !m_pdf->isBusy());
    m_printButton->setEnabled(m_printAction->isEnabled());
    m_pdfButton->setEnabled(m_pdfAction->isEnabled());
    m_visitorButton->setEnabled(m_available);
    VisitorView *visitor = m_visitor.data();
    const bool stepping = m_available && visitor && visitor->isVisible();
    m_previousStepButton->setEnabled(stepping);
    m_nextStepButton->setEnabled(stepping);
    showVisitorStep(visitor ? visitor->step() : -1);
}

Result<sheet::CalculationSheet> SheetActions::sheetToPutOut() const
{
    auto sheet = m_source();
    if (!sheet)
        return sheet.error();
    if (m_copy->copy() == notice::Copy::Visitor) {
        if (const Status ready = sheet->readyForVisitor(); !ready)
            return ready.error();
    }
    return sheet;
}

void SheetActions::print()
{
    const auto sheet = sheetToPutOut();
    if (!sheet) {
        m_sheetMessage->showMessage(sheet.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
    printer.setDocName(sheet->title);
    // The preview's print button (focused: Enter, or Ctrl+P) opens the system's print dialog
    // (printer, copies, pages).
    PrintPreviewDialog preview(&printer, this);
    if (m_outputAudit)
        preview.setAudit([audit = m_outputAudit]() { return audit(audit::action::print); });
    preview.setWindowTitle(tr("Calculation sheet: preview"));
    preview.resize(900, 1000);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Status painted = SheetDocument::paint(*sheet, m_copy->copy(), *target);
        failure = painted.ok() ? QString() : painted.error().message;
    });
    preview.exec();
    if (!failure.isEmpty())
        m_sheetMessage->showMessage(failure);
}

void SheetActions::setOutputAudit(OutputAudit audit)
{
    m_outputAudit = audit;
    m_pdf->setAudit([audit = std::move(audit)]() { return audit(audit::action::pdf); });
}

void SheetActions::chooseAndSavePdf(const QString &suggestedName)
{
    // Checked before the dialog and the audit: only a paper that can be written is logged.
    const auto sheet = sheetToPutOut();
    if (!sheet) {
        m_sheetMessage->showMessage(sheet.error().message);
        return;
    }
    m_pdf->chooseAndWrite(tr("Save calculation sheet as PDF"), suggestedName, [sheet = *sheet, copy = m_copy->copy()](const QString &path) {
        return SheetDocument::writePdf(sheet, copy, path);
    });
}

void SheetActions::savePdf(const QString &path)
{
    m_sheetMessage->clearMessage();
    m_sheetStatus->clear();
    const auto sheet = sheetToPutOut();
    if (!sheet) {
        m_sheetMessage->showMessage(sheet.error().message);
        emit pdfFinished(false);
        return;
    }
    m_pdf->write(path,
                 [sheet = *sheet, copy = m_copy->copy()](const QString &target) { return SheetDocument::writePdf(sheet, copy, target); });
}

void SheetActions::openVisitorView()
{
    const auto sheet = m_source();
    if (!sheet) {
        m_sheetMessage->showMessage(sheet.error().message);
        return;
    }
    if (!m_visitor) {
        m_visitor = new VisitorView(this);
        connect(m_visitor, &VisitorView::stepChanged, this, &SheetActions::showVisitorStep);
        connect(m_visitor, &VisitorView::closed, this, &SheetActions::refreshButtons);
    }
    m_visitor->setSheet(*sheet);
    m_visitor->open(screen());
    refreshButtons();
}

void SheetActions::showVisitorStep(int step)
{
    VisitorView *visitor = m_visitor.data();
    if (!visitor || !visitor->isVisible() || step < 0) {
        m_visitorStep->clear();
        m_visitorStep->setToolTip(QString());
        emit visitorStepChanged(-1);
        return;
    }
    const int count = visitor->stepCount();
    m_visitorStep->setText(tr("Step %1/%2").arg(step + 1).arg(count));
    m_visitorStep->setToolTip(tr("Visitor sees step %1 of %2").arg(step + 1).arg(count));
    m_previousStepButton->setEnabled(step > 0);
    m_nextStepButton->setEnabled(step + 1 < count);
    // The same line highlighted in the breakdown as on the visitor's screen, so both talk about one step.
    emit visitorStepChanged(step);
}

} // namespace tongban::ui
