#include "ui/history/historyview.h"

#include "ui/common/displaytext.h"
#include "ui/common/hintlabel.h"
#include "ui/common/itemviews.h"
#include "ui/history/contributionindexchart.h"
#include "ui/history/recordtablemodel.h"
#include "ui/history/yeartablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

void setUpTable(QTableView *table)
{
    setUpItemView(table);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
}

} // namespace

HistoryView::HistoryView(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *hint = new HintLabel(tr("Look up an insured person: their contributions appear here year by year."));
    hint->setObjectName(QStringLiteral("historyHint"));
    m_stack->addWidget(hint);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
}

void HistoryView::prepare()
{
    if (m_years)
        return;
    // Years
    m_years = new YearTableModel(this);
    m_yearTable = new QTableView;
    m_yearTable->setObjectName(QStringLiteral("yearTable"));
    m_yearTable->setModel(m_years);
    setUpTable(m_yearTable);
    // Ten columns share the width, each as wide as its longest figure at least ("205,694.52" is
    // never cut; a stretched last column would push the balance far from the rest of its row).
    spreadColumnsToContents(m_yearTable);

    m_asOf = new QLabel;
    m_asOf->setObjectName(QStringLiteral("historyAsOf"));
    auto *legend = new QLabel(tr("Shaded: flexible employment"));
    legend->setStyleSheet(QStringLiteral("background: %1; padding: 1px 6px;").arg(YearTableModel::flexibleTint().name()));
    auto *yearHeader = new QHBoxLayout;
    yearHeader->addWidget(m_asOf, 1);
    yearHeader->addWidget(legend);

    m_missing = new QLabel;
    m_missing->setObjectName(QStringLiteral("missingFiguresLabel"));
    m_missing->setWordWrap(true);
    m_missing->setStyleSheet(QStringLiteral("background: #fff3cd; color: #6b4500; border: 1px solid #e0c070; padding: 4px;"));
    m_missing->hide();

    auto *yearsPane = new QWidget;
    auto *yearsLayout = new QVBoxLayout(yearsPane);
    yearsLayout->setContentsMargins(0, 0, 0, 0);
    yearsLayout->addLayout(yearHeader);
    yearsLayout->addWidget(m_yearTable, 1);
    yearsLayout->addWidget(m_missing);

    // Months of the year picked
    m_records = new RecordTableModel(this);
    m_recordFilter = new QSortFilterProxyModel(this);
    m_recordFilter->setSourceModel(m_records);
    m_recordFilter->setFilterRole(RecordTableModel::YearRole);
    m_recordTable = new QTableView;
    m_recordTable->setObjectName(QStringLiteral("recordTable"));
    m_recordTable->setModel(m_recordFilter);
    setUpTable(m_recordTable);
    m_recordTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recordTable->horizontalHeader()->setSectionResizeMode(RecordTableModel::Employer, QHeaderView::Stretch);
    m_recordTitle = new QLabel;
    m_allMonths = new QPushButton(tr("All years"));
    m_allMonths->setObjectName(QStringLiteral("allMonthsButton"));
    auto *recordHeader = new QHBoxLayout;
    recordHeader->addWidget(m_recordTitle, 1);
    recordHeader->addWidget(m_allMonths);
    auto *recordsPane = new QWidget;
    auto *recordsLayout = new QVBoxLayout(recordsPane);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    recordsLayout->addLayout(recordHeader);
    recordsLayout->addWidget(m_recordTable, 1);

    m_chart = new ContributionIndexChart;
    m_chart->setObjectName(QStringLiteral("indexChart"));

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(recordsPane);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    bottom->setSizes({720, 480});
    bottom->setChildrenCollapsible(false);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(yearsPane);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({330, 270});
    split->setChildrenCollapsible(false);
    m_stack->addWidget(split);

    connect(m_yearTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showYear(m_years->data(current, YearTableModel::YearRole).toInt());
    });
    // Clicking the current year again after "All years" must narrow the months again.
    connect(m_yearTable, &QTableView::clicked, this,
            [this](const QModelIndex &index) { showYear(m_years->data(index, YearTableModel::YearRole).toInt()); });
    connect(m_allMonths, &QPushButton::clicked, this, &HistoryView::showAllMonths);
    if (m_floor)
        m_chart->setFloorIndex(*m_floor);
}

void HistoryView::setBaseFloor(const Rational &floor)
{
    m_floor = floor;
    if (m_chart)
        m_chart->setFloorIndex(floor);
}

void HistoryView::showHistory(const history::ContributionHistory &history, const QHash<QString, QString> &employerNames)
{
    prepare();
    m_years->setYears(history.years());
    // The months are narrowed to the latest year (shown first, below) before they arrive: the
    // table sizes its columns to the rows it holds, and a whole career is hundreds of rows to
    // measure on the UI thread (20 ms at the first look-up, docs/performance.md).
    if (m_years->rowCount() > 0)
        m_recordFilter->setFilterFixedString(
            QString::number(m_years->data(m_years->index(m_years->rowCount() - 1, 0), YearTableModel::YearRole).toInt()));
    m_records->setRecords(history.records(), employerNames);
    m_chart->setYears(history.years());

    const history::HistoryTotals &totals = history.totals();
    m_asOf->setText(tr("Account up to %1 · %2 paid · %3 without a record")
                        .arg(totals.balanceAsOf.isValid() ? totals.balanceAsOf.toString() : DisplayText::absent(),
                             DisplayText::months(totals.actualMonths), DisplayText::months(totals.gapMonths)));
    if (totals.missingFigures.isEmpty()) {
        m_missing->hide();
    } else {
        m_missing->setText(tr("Not in the shipped data, so left out of the figures above: %1.").arg(totals.missingFigures.join(tr("; "))));
        m_missing->show();
    }
    m_stack->setCurrentIndex(1);
    // Open on the latest year: that is what a visitor usually asks about first.
    if (m_years->rowCount() > 0) {
        const QModelIndex last = m_years->index(m_years->rowCount() - 1, 0);
        m_yearTable->setCurrentIndex(last);
        m_yearTable->scrollTo(last);
    } else {
        showAllMonths();
    }
}

void HistoryView::clear()
{
    if (m_years) {
        m_years->setYears({});
        m_records->setRecords({}, {});
    }
    m_stack->setCurrentIndex(0);
}

void HistoryView::showYear(int year)
{
    m_recordFilter->setFilterFixedString(QString::number(year));
    m_recordTitle->setText(tr("Monthly records of %1 (%2)").arg(year).arg(m_recordFilter->rowCount()));
    m_allMonths->setEnabled(true);
}

void HistoryView::showAllMonths()
{
    m_yearTable->clearSelection();
    m_recordFilter->setFilterFixedString(QString());
    m_recordTitle->setText(tr("All monthly records (%1)").arg(m_recordFilter->rowCount()));
    m_allMonths->setEnabled(false);
    m_recordTable->scrollToBottom();
}

} // namespace tongban::ui
