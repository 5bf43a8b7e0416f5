#include "pensionview.h"

#include "backgroundtask.h"
#include "breakdownmodel.h"
#include "busyindicator.h"
#include "displaytext.h"
#include "fieldmessage.h"
#include "hintlabel.h"
#include "pensiontask.h"
#include "sheetdocument.h"
#include "visitorview.h"

#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

QString bulletList(const QStringList &items)
{
    QString html;
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return QStringLiteral("<ul style=\"margin-left: -20px;\">") + html + QStringLiteral("</ul>");
}

} // namespace

PensionView::PensionView(std::shared_ptr<const policy::ParameterSet> parameters, QWidget *parent)
    : QWidget(parent)
    , m_parameters(std::move(parameters))
    , m_task(new BackgroundTask(this))
    , m_pdfTask(new BackgroundTask(this))
{
    m_stack = new QStackedWidget(this);
    auto *hint = new HintLabel(tr("Look up an insured person: the pension at the statutory retirement month is worked out here, step by step."));
    hint->setObjectName(QStringLiteral("pensionHint"));
    m_stack->addWidget(hint);

    auto *page = new QWidget;
    auto *inputs = new QGridLayout;
    auto *retirementLabel = new QLabel(tr("Pension starts (YYYY-MM):"));
    m_retirement = new QLineEdit;
    m_retirement->setObjectName(QStringLiteral("retirementField"));
    m_retirement->setMaximumWidth(110);
    m_retirement->setPlaceholderText(QStringLiteral("2024-03"));
    retirementLabel->setBuddy(m_retirement);
    m_retirementMessage = new FieldMessage;
    m_retirementMessage->setObjectName(QStringLiteral("retirementMessage"));

    auto *baseLabel = new QLabel(tr("Calculation base (optional):"));
    m_calculationBase = new QLineEdit;
    m_calculationBase->setObjectName(QStringLiteral("calculationBaseField"));
    m_calculationBase->setMaximumWidth(150);
    m_calculationBase->setAlignment(Qt::AlignRight);
    m_calculationBase->setPlaceholderText(tr("published figure"));
    m_calculationBase->setToolTip(tr("Leave empty to use the region's published calculation base. "
                                     "Enter one (CNY per month) when none is published for that month."));
    baseLabel->setBuddy(m_calculationBase);
    m_calculationBaseMessage = new FieldMessage;
    m_calculationBaseMessage->setObjectName(QStringLiteral("calculationBaseMessage"));

    // Where sources conflict (Jilin's divisor at 60 y 1 m) the clerk may enter the figure the
    // approving office uses, with a note that goes on the sheet.
    auto *payoutLabel = new QLabel(tr("Payout months (optional):"));
    m_payoutMonths = new QLineEdit;
    m_payoutMonths->setObjectName(QStringLiteral("payoutMonthsField"));
    m_payoutMonths->setMaximumWidth(90);
    m_payoutMonths->setAlignment(Qt::AlignRight);
    m_payoutMonths->setPlaceholderText(tr("by age"));
    m_payoutMonths->setToolTip(tr("Leave empty for the region's rule (the annex of 国发〔2005〕38号, months interpolated). "
                                  "Enter the divisor only where the approving office uses another one, and say why in the note."));
    payoutLabel->setBuddy(m_payoutMonths);
    auto *keepPayingLabel = new QLabel(tr("Keep paying until then (optional):"));
    m_keepPaying = new QLineEdit;
    m_keepPaying->setObjectName(QStringLiteral("pensionKeepPayingField"));
    m_keepPaying->setMaximumWidth(150);
    m_keepPaying->setAlignment(Qt::AlignRight);
    m_keepPaying->setPlaceholderText(tr("CNY a month"));
    m_keepPaying->setToolTip(tr("A contribution base paid every month from now until the pension starts, the way the last month "
                                "was paid. The figures not yet published are assumed and listed under the breakdown."));
    keepPayingLabel->setBuddy(m_keepPaying);
    auto *noteLabel = new QLabel(tr("Note on entered figures:"));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("overrideNoteField"));
    m_note->setPlaceholderText(tr("why a figure is entered (printed on the sheet)"));
    noteLabel->setBuddy(m_note);
    m_overrideMessage = new FieldMessage;
    m_overrideMessage->setObjectName(QStringLiteral("overrideMessage"));

    m_calculateButton = new QPushButton(tr("Calculate"));
    m_calculateButton->setObjectName(QStringLiteral("calculateButton"));
    m_busy = new BusyIndicator;

    inputs->addWidget(retirementLabel, 0, 0);
    inputs->addWidget(m_retirement, 0, 1);
    inputs->addWidget(baseLabel, 0, 2);
    inputs->addWidget(m_calculationBase, 0, 3);
    inputs->addWidget(m_calculateButton, 0, 4);
    inputs->addWidget(m_busy, 0, 5);
    inputs->addWidget(m_retirementMessage, 1, 0, 1, 2);
    inputs->addWidget(m_calculationBaseMessage, 1, 2, 1, 4);
    inputs->addWidget(payoutLabel, 2, 0);
    inputs->addWidget(m_payoutMonths, 2, 1);
    inputs->addWidget(keepPayingLabel, 2, 2);
    inputs->addWidget(m_keepPaying, 2, 3);
    inputs->addWidget(noteLabel, 3, 0);
    inputs->addWidget(m_note, 3, 1, 1, 6);
    inputs->addWidget(m_overrideMessage, 4, 0, 1, 7);
    inputs->setColumnStretch(6, 1);

    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("pensionMessage"));

    // The total, the one figure the visitor came for, large and next to its name.
    auto *totalCaption = new QLabel(tr("Monthly basic pension"));
    QFont captionFont = totalCaption->font();
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.6);
    captionFont.setBold(true);
    totalCaption->setFont(captionFont);
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont totalFont = DisplayText::numberFont();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 2.4);
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_total->setStyleSheet(QStringLiteral("color: #123f73;"));
    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("pensionHeading"));
    m_heading->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(totalCaption, 0, Qt::AlignBaseline);
    totalRow->addSpacing(16);
    totalRow->addWidget(m_total, 0, Qt::AlignBaseline);
    totalRow->addStretch(1);
    totalRow->addWidget(m_heading, 0, Qt::AlignVCenter);

    // The calculation sheet: on paper, as a PDF, and step by step on the visitor's screen.
    m_printButton = new QPushButton(tr("Print calculation sheet…"));
    m_printButton->setObjectName(QStringLiteral("printSheetButton"));
    m_printButton->setToolTip(tr("Preview the calculation sheet and print it."));
    m_pdfButton = new QPushButton(tr("Save PDF…"));
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_pdfButton->setToolTip(tr("Save the calculation sheet as a PDF file."));
    m_visitorButton = new QPushButton(tr("Visitor screen"));
    m_visitorButton->setObjectName(QStringLiteral("visitorScreenButton"));
    m_visitorButton->setToolTip(tr("Show the breakdown step by step in large type on the visitor's screen "
                                   "(full screen on a second screen when there is one)."));
    m_previousStepButton = new QPushButton(tr("◀ Previous step"));
    m_previousStepButton->setObjectName(QStringLiteral("previousStepButton"));
    m_nextStepButton = new QPushButton(tr("Next step ▶"));
    m_nextStepButton->setObjectName(QStringLiteral("nextStepButton"));
    m_visitorStep = new QLabel;
    m_visitorStep->setObjectName(QStringLiteral("visitorStepStatus"));
    m_pdfBusy = new BusyIndicator;
    m_sheetStatus = new QLabel;
    m_sheetStatus->setObjectName(QStringLiteral("sheetStatus"));
    m_sheetStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sheetMessage = new FieldMessage;
    m_sheetMessage->setObjectName(QStringLiteral("sheetMessage"));
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_printButton);
    sheetRow->addWidget(m_pdfButton);
    sheetRow->addWidget(m_pdfBusy);
    sheetRow->addSpacing(16);
    sheetRow->addWidget(m_visitorButton);
    sheetRow->addWidget(m_previousStepButton);
    sheetRow->addWidget(m_nextStepButton);
    sheetRow->addWidget(m_visitorStep);
    sheetRow->addStretch(1);
    sheetRow->addWidget(m_sheetStatus);

    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("background: #fff3cd; color: #6b4500; border: 1px solid #e0c070; padding: 4px;"));
    m_warnings->hide();

    m_model = new BreakdownModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Label, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Formula, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Value, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Source, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(BreakdownModel::Source, 400);
    // Read across the counter by the visitor: a size up from the rest of the window.
    QFont tableFont = m_table->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.15);
    m_table->setFont(tableFont);
    m_model->setBaseFont(tableFont);

    auto *assumptionsTitle = new QLabel(tr("Assumptions"));
    QFont titleFont = assumptionsTitle->font();
    titleFont.setBold(true);
    assumptionsTitle->setFont(titleFont);
    m_assumptions = new QLabel;
    m_assumptions->setObjectName(QStringLiteral("assumptionsLabel"));
    m_assumptions->setWordWrap(true);
    m_assumptions->setTextFormat(Qt::RichText);
    m_assumptions->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *assumptionsScroll = new QScrollArea;
    assumptionsScroll->setWidget(m_assumptions);
    assumptionsScroll->setWidgetResizable(true);
    assumptionsScroll->setFrameShape(QFrame::NoFrame);
    assumptionsScroll->setMaximumHeight(130);

    auto *result = new QWidget;
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addLayout(totalRow);
    resultLayout->addLayout(sheetRow);
    resultLayout->addWidget(m_sheetMessage);
    resultLayout->addWidget(m_warnings);
    resultLayout->addWidget(m_table, 1);
    resultLayout->addWidget(assumptionsTitle);
    resultLayout->addWidget(assumptionsScroll);
    m_noResult = new HintLabel(QString());
    m_noResult->setObjectName(QStringLiteral("noResultHint"));
    m_resultStack = new QStackedWidget;
    m_resultStack->addWidget(result);
    m_resultStack->addWidget(m_noResult);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(inputs);
    layout->addWidget(m_message);
    layout->addWidget(m_resultStack, 1);
    m_stack->addWidget(page);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_calculateButton, &QPushButton::clicked, this, &PensionView::calculate);
    connect(m_retirement, &QLineEdit::returnPressed, this, &PensionView::calculate);
    connect(m_calculationBase, &QLineEdit::returnPressed, this, &PensionView::calculate);
    connect(m_payoutMonths, &QLineEdit::returnPressed, this, &PensionView::calculate);
    connect(m_note, &QLineEdit::returnPressed, this, &PensionView::calculate);
    connect(m_keepPaying, &QLineEdit::returnPressed, this, &PensionView::calculate);
    connect(m_task, &BackgroundTask::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_printButton, &QPushButton::clicked, this, &PensionView::printSheet);
    connect(m_pdfButton, &QPushButton::clicked, this, &PensionView::chooseAndSavePdf);
    connect(m_visitorButton, &QPushButton::clicked, this, &PensionView::openVisitorView);
    connect(m_previousStepButton, &QPushButton::clicked, this, [this]() {
        if (m_visitor)
            m_visitor->previous();
    });
    connect(m_nextStepButton, &QPushButton::clicked, this, [this]() {
        if (m_visitor)
            m_visitor->next();
    });
    connect(m_pdfTask, &BackgroundTask::busyChanged, this, [this](bool busy) {
        m_pdfBusy->setBusy(busy);
        m_pdfButton->setEnabled(!busy && m_shown.has_value());
    });
    setSheetActionsEnabled(false);
}

void PensionView::showPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                             std::optional<YearMonth> statutoryMonth, const PensionOutcome &outcome, YearMonth today)
{
    m_task->cancel();
    m_person = person;
    m_records = records;
    m_today = today;
    m_retirement->setText(statutoryMonth ? statutoryMonth->toString() : QString());
    m_calculationBase->clear();
    m_payoutMonths->clear();
    m_keepPaying->clear();
    m_note->clear();
    m_retirementMessage->clearMessage();
    m_calculationBaseMessage->clearMessage();
    m_stack->setCurrentIndex(1);
    showOutcome(outcome);
}

void PensionView::clear()
{
    m_task->cancel();
    if (m_visitor) {
        m_visitor->clearSheet();
        m_visitor->close();
    }
    m_records.clear();
    clearResult();
    m_stack->setCurrentIndex(0);
}

void PensionView::calculate()
{
    // Field checks only say whether the text can be read; what is allowed is core's to say.
    m_retirementMessage->clearMessage();
    m_calculationBaseMessage->clearMessage();
    m_overrideMessage->clearMessage();
    const auto retirement = YearMonth::parse(m_retirement->text().trimmed());
    if (!retirement || !retirement->isValid()) {
        m_retirementMessage->showMessage(tr("Enter the month as YYYY-MM, e.g. 2024-03."));
        m_retirement->setFocus();
        return;
    }
    std::optional<Money> base;
    const QString baseText = m_calculationBase->text().trimmed();
    if (!baseText.isEmpty()) {
        base = Money::parse(baseText);
        if (!base) {
            m_calculationBaseMessage->showMessage(tr("Enter an amount in yuan with at most two decimals, e.g. 11,049.00."));
            m_calculationBase->setFocus();
            return;
        }
    }

    std::optional<Rational> payoutMonths;
    const QString payoutText = m_payoutMonths->text().trimmed();
    if (!payoutText.isEmpty()) {
        payoutMonths = Rational::fromDecimalString(payoutText);
        if (!payoutMonths || !(*payoutMonths > Rational()) || payoutMonths->rounded(1, RoundingMode::HalfUp) != *payoutMonths) {
            m_overrideMessage->showMessage(tr("Enter the payout months as a number with at most one decimal, e.g. 139 or 138.4."));
            m_payoutMonths->setFocus();
            return;
        }
    }

    std::optional<Money> keepPaying;
    const QString keepPayingText = m_keepPaying->text().trimmed();
    if (!keepPayingText.isEmpty()) {
        keepPaying = Money::parse(keepPayingText);
        if (!keepPaying || keepPaying->fen() <= 0) {
            m_overrideMessage->showMessage(tr("Enter the base to keep paying in yuan a month, e.g. 8000 or 7310.50."));
            m_keepPaying->setFocus();
            return;
        }
    }

    PensionTask::Request request;
    request.person = m_person;
    request.records = m_records;
    request.retirement = *retirement;
    request.calculationBase = base;
    request.today = m_today;
    request.payoutMonths = payoutMonths;
    request.keepPayingBase = keepPaying;
    request.note = m_note->text().trimmed();
    m_task->run([request, parameters = m_parameters](const std::atomic_bool &) { return PensionTask::run(request, parameters); },
                [this](const PensionOutcome &outcome) {
                    // Bad input changes nothing: the last good breakdown stays on screen.
                    if (outcome.error && outcome.error->kind == Error::Kind::BadInput
                        && (outcome.error->field == u"retirement" || outcome.error->field == u"calculation_base"
                            || outcome.error->field == u"payout_months" || outcome.error->field == u"keep_paying")) {
                        showError(*outcome.error);
                        emit outcomeShown();
                        return;
                    }
                    showOutcome(outcome);
                });
}

void PensionView::showOutcome(const PensionOutcome &outcome)
{
    m_message->clearMessage();
    if (!outcome.result) {
        clearResult();
        if (outcome.error)
            showError(*outcome.error);
        emit outcomeShown();
        return;
    }
    m_shown = outcome;
    setSheetActionsEnabled(true);
    m_sheetMessage->clearMessage();
    m_sheetStatus->clear();
    refreshVisitorView();
    const pension::PensionResult &result = *outcome.result;
    QString heading = tr("%1 · pension from %2").arg(result.regionName, result.retirement.toString());
    if (result.ageAtRetirement)
        heading += tr(" · age %1").arg(DisplayText::age(*result.ageAtRetirement));
    m_heading->setText(heading);
    m_resultStack->setCurrentIndex(0);
    m_total->setText(tr("¥ %1").arg(result.total.toDisplayString()));
    m_model->setLines(result.lines);
    m_table->resizeRowsToContents();
    m_warnings->setText(result.warnings.join(QStringLiteral("\n")));
    m_warnings->setVisible(!result.warnings.isEmpty());
    m_assumptions->setText(outcome.assumptions.isEmpty() ? tr("None.") : bulletList(outcome.assumptions));
    emit resultShown(outcome);
    emit outcomeShown();
}

void PensionView::showError(const Error &error)
{
    if (error.field.startsWith(u"calculation_base")) {
        m_calculationBaseMessage->showMessage(error.message);
        m_calculationBase->setFocus();
        m_calculationBase->selectAll();
    } else if (error.field == u"retirement") {
        m_retirementMessage->showMessage(error.message);
        m_retirement->setFocus();
    } else if (error.field == u"payout_months" || error.field == u"keep_paying") {
        m_overrideMessage->showMessage(error.message);
        QLineEdit *field = error.field == u"keep_paying" ? m_keepPaying : m_payoutMonths;
        field->setFocus();
        field->selectAll();
    } else {
        m_message->showMessage(error.message);
    }
}

void PensionView::clearResult()
{
    m_shown.reset();
    setSheetActionsEnabled(false);
    m_sheetMessage->clearMessage();
    m_sheetStatus->clear();
    if (m_visitor)
        m_visitor->clearSheet();
    m_noResult->setText(tr("No result for this month. See the message above."));
    m_resultStack->setCurrentIndex(1);
    m_heading->clear();
    m_total->clear();
    m_model->clear();
    m_warnings->hide();
    m_assumptions->clear();
}

void PensionView::setClerk(const QString &clerk)
{
    m_clerk = clerk;
}

Result<sheet::CalculationSheet> PensionView::calculationSheet(const QDateTime &printedAt) const
{
    if (!m_shown || !m_shown->result || !m_shown->pensionCase)
        return Error::notFound(QStringLiteral("result"), tr("no pension result is shown"));
    return sheet::CalculationSheet::build(*m_shown->pensionCase, *m_shown->result, m_person, m_shown->assumptions,
                                          m_parameters->versionsFor(m_shown->result->region), m_clerk, printedAt);
}

void PensionView::setSheetActionsEnabled(bool enabled)
{
    m_printButton->setEnabled(enabled);
    m_pdfButton->setEnabled(enabled && !m_pdfTask->isBusy());
    m_visitorButton->setEnabled(enabled);
    const bool stepping = enabled && m_visitor && m_visitor->isVisible();
    m_previousStepButton->setEnabled(stepping);
    m_nextStepButton->setEnabled(stepping);
    showVisitorStep(m_visitor ? m_visitor->step() : -1);
}

void PensionView::printSheet()
{
    const auto sheet = calculationSheet(QDateTime::currentDateTime());
    if (!sheet) {
        m_sheetMessage->showMessage(sheet.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                      QPageLayout::Millimeter));
    printer.setDocName(sheet->title);
    // The preview's print button opens the system's print dialog (printer, copies, pages).
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Calculation sheet: preview"));
    preview.resize(900, 1000);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Status painted = SheetDocument::paint(*sheet, *target);
        failure = painted.ok() ? QString() : painted.error().message;
    });
    preview.exec();
    if (!failure.isEmpty())
        m_sheetMessage->showMessage(failure);
}

void PensionView::chooseAndSavePdf()
{
    if (!m_shown || !m_shown->result)
        return;
    // Named after the person and the month, never the ID number (file names are seen by many).
    const QString suggested = tr("Pension calculation sheet %1 %2.pdf").arg(m_person.name, m_shown->result->retirement.toString());
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save calculation sheet as PDF"), QDir(folder).filePath(suggested),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    savePdf(path);
}

void PensionView::savePdf(const QString &path)
{
    m_sheetMessage->clearMessage();
    m_sheetStatus->clear();
    const auto sheet = calculationSheet(QDateTime::currentDateTime());
    if (!sheet) {
        m_sheetMessage->showMessage(sheet.error().message);
        emit pdfFinished(false);
        return;
    }
    m_sheetStatus->setText(tr("Writing %1 …").arg(QDir::toNativeSeparators(path)));
    // Laying out and writing the pages takes a moment: a worker thread does it (QPdfWriter and
    // QTextDocument may be used off the UI thread when created there).
    m_pdfTask->run(
        [sheet = *sheet, path](const std::atomic_bool &) -> std::optional<Error> {
            const Status written = SheetDocument::writePdf(sheet, path);
            return written.ok() ? std::nullopt : std::optional<Error>(written.error());
        },
        [this, path](const std::optional<Error> &error) {
            if (error) {
                m_sheetStatus->clear();
                m_sheetMessage->showMessage(tr("The PDF was not saved: %1").arg(error->message));
                emit pdfFinished(false);
                return;
            }
            m_sheetStatus->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
            emit pdfFinished(true);
        });
}

void PensionView::openVisitorView()
{
    const auto sheet = calculationSheet(QDateTime::currentDateTime());
    if (!sheet) {
        m_sheetMessage->showMessage(sheet.error().message);
        return;
    }
    if (!m_visitor) {
        m_visitor = new VisitorView(this);
        connect(m_visitor, &VisitorView::stepChanged, this, &PensionView::showVisitorStep);
        connect(m_visitor, &VisitorView::closed, this, [this]() { setSheetActionsEnabled(m_shown.has_value()); });
    }
    m_visitor->setSheet(*sheet);
    m_visitor->open(screen());
    setSheetActionsEnabled(true);
}

void PensionView::refreshVisitorView()
{
    if (!m_visitor)
        return;
    const auto sheet = calculationSheet(QDateTime::currentDateTime());
    if (sheet)
        m_visitor->setSheet(*sheet);
    else
        m_visitor->clearSheet();
}

void PensionView::showVisitorStep(int step)
{
    if (!m_visitor || !m_visitor->isVisible() || step < 0) {
        m_visitorStep->clear();
        return;
    }
    const int count = m_visitor->stepCount();
    m_visitorStep->setText(tr("Visitor sees step %1 of %2").arg(step + 1).arg(count));
    m_previousStepButton->setEnabled(step > 0);
    m_nextStepButton->setEnabled(step + 1 < count);
    // The same line highlighted here as on the visitor's screen, so both talk about one step.
    if (step < m_model->rowCount()) {
        m_table->selectRow(step);
        m_table->scrollTo(m_model->index(step, 0));
    }
}

} // namespace tongban::ui
