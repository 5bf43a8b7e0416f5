#include "pensionview.h"

#include "backgroundtask.h"
#include "breakdownmodel.h"
#include "busyindicator.h"
#include "displaytext.h"
#include "fieldmessage.h"
#include "hintlabel.h"
#include "pensiontask.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
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
    connect(m_task, &BackgroundTask::busyChanged, m_busy, &BusyIndicator::setBusy);
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
    m_retirementMessage->clearMessage();
    m_calculationBaseMessage->clearMessage();
    m_stack->setCurrentIndex(1);
    showOutcome(outcome);
}

void PensionView::clear()
{
    m_task->cancel();
    m_records.clear();
    clearResult();
    m_stack->setCurrentIndex(0);
}

void PensionView::calculate()
{
    // Field checks only say whether the text can be read; what is allowed is core's to say.
    m_retirementMessage->clearMessage();
    m_calculationBaseMessage->clearMessage();
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

    PensionTask::Request request{m_person, m_records, *retirement, base, m_today};
    m_task->run([request, parameters = m_parameters](const std::atomic_bool &) { return PensionTask::run(request, parameters); },
                [this](const PensionOutcome &outcome) {
                    // Bad input changes nothing: the last good breakdown stays on screen.
                    if (outcome.error && outcome.error->kind == Error::Kind::BadInput
                        && (outcome.error->field == u"retirement" || outcome.error->field == u"calculation_base")) {
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
    } else {
        m_message->showMessage(error.message);
    }
}

void PensionView::clearResult()
{
    m_noResult->setText(tr("No result for this month. See the message above."));
    m_resultStack->setCurrentIndex(1);
    m_heading->clear();
    m_total->clear();
    m_model->clear();
    m_warnings->hide();
    m_assumptions->clear();
}

} // namespace tongban::ui
