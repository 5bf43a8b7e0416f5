#include "ui/pension/pensionview.h"

#include "services/auditservice.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/hintlabel.h"
#include "ui/pension/pensionform.h"
#include "ui/pension/pensionresultpanel.h"
#include "ui/pension/sheetactions.h"

#include "pension/pensionfromrecords.h"

#include <QStackedWidget>
#include <QVBoxLayout>

namespace tongban::ui {

PensionView::PensionView(const services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new BackgroundTask(this))
{
    m_stack = new QStackedWidget(this);
    auto *hint
        = new HintLabel(tr("Look up an insured person: the pension at the statutory retirement month is worked out here, step by step."));
    hint->setObjectName(QStringLiteral("pensionHint"));
    m_stack->addWidget(hint);

    m_form = new PensionForm;
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("pensionMessage"));
    m_sheetActions = new SheetActions([this] { return calculationSheet(m_context.clock().now()); });
    m_sheetActions->setOutputAudit([this](const QString &action) {
        return services::AuditService(m_context).recordOutput(action, QStringLiteral("calculation-sheet"), m_person.citizenId);
    });
    m_result = new PensionResultPanel(m_sheetActions);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    // The tab's frame is margin enough: the room goes to the breakdown.
    layout->setContentsMargins(4, 4, 4, 2);
    layout->setSpacing(4);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addWidget(m_result, 1);
    m_stack->addWidget(page);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_form, &PensionForm::calculateRequested, this, &PensionView::calculate);
    connect(m_task, &BackgroundTask::busyChanged, m_form->busyIndicator(), &BusyIndicator::setBusy);
    connect(m_sheetActions, &SheetActions::pdfRequested, this, &PensionView::chooseAndSavePdf);
    connect(m_sheetActions, &SheetActions::pdfFinished, this, &PensionView::pdfFinished);
    connect(m_sheetActions, &SheetActions::visitorStepChanged, m_result, &PensionResultPanel::selectLine);
}

VisitorView *PensionView::visitorView() const
{
    return m_sheetActions->visitorView();
}

void PensionView::showPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                             std::optional<YearMonth> statutoryMonth, const pension::PensionOutcome &outcome)
{
    m_task->cancel();
    m_person = person;
    m_records = records;
    m_form->reset(statutoryMonth);
    m_stack->setCurrentIndex(1);
    showOutcome(outcome);
}

void PensionView::clear()
{
    m_task->cancel();
    m_sheetActions->closeVisitorView();
    m_records.clear();
    clearResult();
    m_stack->setCurrentIndex(0);
}

void PensionView::calculate()
{
    const auto entries = m_form->read();
    if (!entries)
        return;
    pension::PensionFromRecords::Request request;
    request.person = m_person;
    request.records = m_records;
    request.retirement = entries->retirement;
    request.calculationBase = entries->calculationBase;
    request.today = m_context.clock().currentMonth();
    request.payoutMonths = entries->payoutMonths;
    request.keepPayingBase = entries->keepPayingBase;
    request.note = entries->note;
    m_task->run([request, parameters = m_context.parameters()](
                    const std::atomic_bool &) { return pension::PensionFromRecords::run(request, parameters); },
                [this](const pension::PensionOutcome &outcome) {
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

void PensionView::showOutcome(const pension::PensionOutcome &outcome)
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
    m_result->showResult(outcome);
    m_sheetActions->setAvailable(true);
    emit resultShown(outcome);
    emit outcomeShown();
}

void PensionView::showError(const Error &error)
{
    if (!m_form->showFieldError(error))
        m_message->showMessage(error.message);
}

void PensionView::clearResult()
{
    m_shown.reset();
    m_sheetActions->setAvailable(false);
    m_result->clear();
}

Result<sheet::CalculationSheet> PensionView::calculationSheet(const QDateTime &printedAt) const
{
    if (!m_shown || !m_shown->result || !m_shown->pensionCase)
        return Error::notFound(QStringLiteral("result"), tr("no pension result is shown"));
    auto sheet = sheet::CalculationSheet::build(*m_shown->pensionCase, *m_shown->result, m_person, m_shown->assumptions,
                                                m_context.parameters()->versionsFor(m_shown->result->region), m_context.clerk(), printedAt,
                                                m_context.parameters().get());
    if (sheet) {
        sheet->agency = m_context.agency().name;
        sheet->sealText = m_context.agency().sealText;
    }
    return sheet;
}

void PensionView::chooseAndSavePdf()
{
    if (!m_shown || !m_shown->result)
        return;
    // Named after the person and the month, never the ID number (file names are seen by many).
    m_sheetActions->chooseAndSavePdf(tr("Pension calculation sheet %1 %2.pdf").arg(m_person.name, m_shown->result->retirement.toString()));
}

void PensionView::savePdf(const QString &path)
{
    m_sheetActions->savePdf(path);
}

void PensionView::openVisitorView()
{
    m_sheetActions->openVisitorView();
}

} // namespace tongban::ui
