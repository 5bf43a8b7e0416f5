#include "ui/pension/pensionresultpanel.h"

#include "ui/common/displaytext.h"
#include "ui/common/hintlabel.h"
#include "ui/common/warningbox.h"
#include "ui/pension/breakdownmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
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

PensionResultPanel::PensionResultPanel(QWidget *sheetActions, QWidget *parent)
    : QWidget(parent)
{
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

    m_warnings = new WarningBox;
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));

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

    // The step in hand in plain words, for the visitor who does not know the notice's terms.
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("stepExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setStyleSheet(QStringLiteral("color: #333333;"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showExplanation(current.row()); });

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
    resultLayout->addWidget(sheetActions);
    resultLayout->addWidget(m_warnings);
    resultLayout->addWidget(m_table, 1);
    resultLayout->addWidget(m_explanation);
    resultLayout->addWidget(assumptionsTitle);
    resultLayout->addWidget(assumptionsScroll);
    m_noResult = new HintLabel(QString());
    m_noResult->setObjectName(QStringLiteral("noResultHint"));
    m_stack = new QStackedWidget;
    m_stack->addWidget(result);
    m_stack->addWidget(m_noResult);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void PensionResultPanel::showResult(const pension::PensionOutcome &outcome)
{
    const pension::PensionResult &result = *outcome.result;
    QString heading = tr("%1 · pension from %2").arg(result.regionName, result.retirement.toString());
    if (result.ageAtRetirement)
        heading += tr(" · age %1").arg(DisplayText::age(*result.ageAtRetirement));
    m_heading->setText(heading);
    m_stack->setCurrentIndex(0);
    m_total->setText(tr("¥ %1").arg(result.total.toDisplayString()));
    m_model->setLines(result.lines);
    m_table->resizeRowsToContents();
    showExplanation(m_table->currentIndex().row());
    m_warnings->showWarnings(result.warnings);
    m_assumptions->setText(outcome.assumptions.isEmpty() ? tr("None.") : bulletList(outcome.assumptions));
}

void PensionResultPanel::clear()
{
    m_noResult->setText(tr("No result for this month. See the message above."));
    m_stack->setCurrentIndex(1);
    m_heading->clear();
    m_total->clear();
    m_model->clear();
    m_explanation->clear();
    m_warnings->hide();
    m_assumptions->clear();
}

int PensionResultPanel::lineCount() const
{
    return m_model->rowCount();
}

void PensionResultPanel::selectLine(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    showExplanation(row);
}

void PensionResultPanel::showExplanation(int row)
{
    const pension::BreakdownLine *line = m_model->line(row);
    if (!line)
        m_explanation->setText(tr("Select a step to read what it means in plain words."));
    else if (line->explanation.isEmpty())
        m_explanation->clear();
    else
        m_explanation->setText(tr("%1: %2").arg(line->label, line->explanation));
}

} // namespace tongban::ui
