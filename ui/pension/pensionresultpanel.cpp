#include "ui/pension/pensionresultpanel.h"

#include "ui/common/displaytext.h"
#include "ui/common/hintlabel.h"
#include "ui/common/itemviews.h"
#include "ui/common/warningbox.h"
#include "ui/pension/breakdownmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
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
    // Beside the total, the heading over the sheet's buttons: one band, so that the breakdown
    // keeps its lines on a 1280×720 screen.
    auto *side = new QVBoxLayout;
    side->setSpacing(2);
    side->addWidget(m_heading);
    side->addWidget(sheetActions);
    auto *totalRow = new QHBoxLayout;
    totalRow->addWidget(totalCaption, 0, Qt::AlignVCenter);
    totalRow->addSpacing(8);
    totalRow->addWidget(m_total, 0, Qt::AlignVCenter);
    totalRow->addStretch(1);
    totalRow->addLayout(side);

    m_warnings = new WarningBox;
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));

    m_model = new BreakdownModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    setUpItemView(m_table);
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The value whole, the item whole up to a fifth of the width (a longer one wraps); how it is
    // computed and the source share the rest and wrap, each row as high as its lines (measured
    // again when a column's width changes).
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Label, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Formula, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Value, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Source, QHeaderView::Stretch);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table, [this]() { m_table->resizeRowsToContents(); });
    m_table->viewport()->installEventFilter(this);
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
    // Under the breakdown, beside their title, the step in plain words and then the assumptions,
    // scrolled together in a pane the clerk can pull up: two lines at first (the step's words
    // and the first assumption), more when the step's words need them. Each on its own line
    // under the breakdown, the breakdown lost a row on a 1280×720 screen.
    auto *notes = new QWidget;
    auto *notesLayout = new QVBoxLayout(notes);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->setSpacing(2);
    notesLayout->addWidget(m_explanation);
    notesLayout->addWidget(m_assumptions, 1);
    m_assumptionsScroll = new QScrollArea;
    m_assumptionsScroll->setWidget(notes);
    m_assumptionsScroll->setWidgetResizable(true);
    m_assumptionsScroll->setFrameShape(QFrame::NoFrame);
    m_assumptionsScroll->setMinimumHeight(assumptionsTitle->fontMetrics().lineSpacing() * 2 + 4);
    m_lowerPane = new QWidget;
    auto *lowerLayout = new QHBoxLayout(m_lowerPane);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(assumptionsTitle, 0, Qt::AlignTop);
    lowerLayout->addWidget(m_assumptionsScroll, 1);
    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("breakdownSplitter"));
    m_split->addWidget(m_table);
    m_split->addWidget(m_lowerPane);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({10000, m_lowerPane->minimumSizeHint().height()});

    auto *result = new QWidget;
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addLayout(totalRow);
    resultLayout->addWidget(m_warnings);
    resultLayout->addWidget(m_split, 1);
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
    fitLabelColumn();
    m_table->resizeRowsToContents();
    showExplanation(m_table->currentIndex().row());
    m_warnings->showWarnings(result.warnings);
    m_assumptions->setText(outcome.assumptions.isEmpty() ? tr("None.") : bulletList(outcome.assumptions));
}

bool PensionResultPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        fitLabelColumn();
        fitLowerPane();
    }
    return QWidget::eventFilter(watched, event);
}

void PensionResultPanel::fitLabelColumn()
{
    const QAbstractItemView *view = m_table;
    const int contents
        = std::max(view->sizeHintForColumn(BreakdownModel::Label), m_table->horizontalHeader()->sectionSizeHint(BreakdownModel::Label));
    const int width = std::min(contents, std::max(m_table->viewport()->width() / 5, m_table->fontMetrics().horizontalAdvance(u'汉') * 8));
    if (width > 0 && width != m_table->columnWidth(BreakdownModel::Label))
        m_table->setColumnWidth(BreakdownModel::Label, width);
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
    fitLowerPane();
}

void PensionResultPanel::fitLowerPane()
{
    // The step's words whole, and a line of the assumptions under them.
    m_assumptionsScroll->ensureVisible(0, 0);
    const int width = m_explanation->width();
    const int explanation = m_explanation->text().isEmpty() || width <= 0 ? 0 : m_explanation->heightForWidth(width);
    const int needed = std::max(m_assumptionsScroll->minimumHeight(), explanation + 2 + m_assumptions->fontMetrics().lineSpacing() + 2);
    const QList<int> sizes = m_split->sizes();
    if (sizes.size() == 2 && sizes.at(1) < needed && sizes.at(0) + sizes.at(1) > needed)
        m_split->setSizes({sizes.at(0) + sizes.at(1) - needed, needed});
}

} // namespace tongban::ui
