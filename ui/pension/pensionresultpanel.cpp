#include "ui/pension/pensionresultpanel.h"

#include "ui/common/displaytext.h"
#include "ui/common/hintlabel.h"
#include "ui/common/itemviews.h"
#include "ui/pension/breakdownmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
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

    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("background: #fff3cd; color: #6b4500; border: 1px solid #e0c070; padding: 4px;"));
    m_warnings->hide();

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
    assumptionsScroll->setMinimumHeight(assumptionsTitle->fontMetrics().lineSpacing() * 2 + 8);
    // The breakdown first: the assumptions under it, their title beside them, in a pane the
    // clerk can pull up (two lines at first, scrolled).
    auto *assumptionsPane = new QWidget;
    auto *assumptionsLayout = new QHBoxLayout(assumptionsPane);
    assumptionsLayout->setContentsMargins(0, 0, 0, 0);
    assumptionsLayout->addWidget(assumptionsTitle, 0, Qt::AlignTop);
    assumptionsLayout->addWidget(assumptionsScroll, 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("breakdownSplitter"));
    split->addWidget(m_table);
    split->addWidget(assumptionsPane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    split->setSizes({10000, assumptionsPane->minimumSizeHint().height()});

    auto *result = new QWidget;
    auto *resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addLayout(totalRow);
    resultLayout->addWidget(m_warnings);
    resultLayout->addWidget(split, 1);
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
    m_warnings->setText(result.warnings.join(QStringLiteral("\n")));
    m_warnings->setVisible(!result.warnings.isEmpty());
    m_assumptions->setText(outcome.assumptions.isEmpty() ? tr("None.") : bulletList(outcome.assumptions));
}

bool PensionResultPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitLabelColumn();
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
}

} // namespace tongban::ui
