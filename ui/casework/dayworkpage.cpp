#include "ui/casework/dayworkpage.h"

#include "ui/common/whenfinished.h"

#include "services/auditservice.h"

#include "ui/casework/caseworktext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/dateedit.h"
#include "ui/common/displaytext.h"
#include "ui/common/itemviews.h"

#include "casework/dayreportcsv.h"
#include "services/dayreportservice.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace tongban::ui {

namespace {

/// A waiting time as a clerk reads it: "12:05" (minutes:seconds), "1:02:05" past an hour; the
/// long dash when no ticket time was known.
QString waitText(const std::optional<qint64> &seconds)
{
    if (!seconds)
        return DisplayText::absent();
    const qint64 s = *seconds;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DayWorkPage::DayWorkPage(const services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("dayWorkPage"));
    auto service = services::DayReportService::builtIn(m_context);
    if (service)
        m_service = std::move(service).value();
    else
        m_loadError = service.error().message;
    m_task = new BackgroundTask(this);

    m_date = new DateEdit;
    m_date->setObjectName(QStringLiteral("dayWorkDateField"));
    m_date->setMaximumDate(m_context.clock().today());
    m_date->setDate(m_context.clock().today());
    auto *dateLabel = new QLabel(tr("&Date:"));
    dateLabel->setBuddy(m_date);
    m_today = new QPushButton(tr("&Today"));
    m_today->setObjectName(QStringLiteral("dayWorkTodayButton"));
    m_export = new QPushButton(tr("&Export CSV…"));
    m_export->setObjectName(QStringLiteral("dayWorkExportButton"));
    m_export->setEnabled(false);
    m_busy = new BusyIndicator;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("dayWorkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addWidget(m_today);
    top->addWidget(m_export);
    top->addWidget(m_busy);
    top->addWidget(m_status, 1);

    // The CSV's columns (casework::DayReportCsv), the date left out: the page shows one day.
    QStringList headers = casework::DayReportCsv::header();
    headers.removeFirst();
    m_table = new QTableWidget(0, int(headers.size()));
    m_table->setObjectName(QStringLiteral("dayWorkTable"));
    m_table->setHorizontalHeaderLabels(headers);
    // The waiting times as minutes:seconds on screen (seconds in the CSV, for sums in Excel).
    m_table->horizontalHeaderItem(7)->setText(tr("Average wait (min:s)"));
    m_table->horizontalHeaderItem(8)->setText(tr("Longest wait (min:s)"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    setUpItemView(m_table);
    spreadColumnsToContents(m_table);

    m_chartRows = new QComboBox;
    m_chartRows->setObjectName(QStringLiteral("dayWorkChartRows"));
    m_chartRows->addItem(tr("Matters by department"), MattersByDepartment);
    m_chartRows->addItem(tr("Matters by window"), MattersByWindow);
    m_chartRows->addItem(tr("Ratings by level"), RatingsByLevel);
    auto *chartLabel = new QLabel(tr("C&hart:"));
    chartLabel->setBuddy(m_chartRows);
    m_chartView = new QChartView;
    m_chartView->setObjectName(QStringLiteral("dayWorkChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFocusPolicy(Qt::NoFocus); // nothing to do in it with keys
    m_chartView->chart()->legend()->setAlignment(Qt::AlignRight);
    m_chartView->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_chartCategories = new QBarCategoryAxis;
    m_chartCounts = new QValueAxis;
    m_chartCounts->setLabelFormat(QStringLiteral("%d"));
    m_chartCounts->setTickType(QValueAxis::TicksDynamic);
    m_chartCounts->setTickAnchor(0);
    m_chartView->chart()->addAxis(m_chartCategories, Qt::AlignBottom);
    m_chartView->chart()->addAxis(m_chartCounts, Qt::AlignLeft);

    auto *chartBox = new QWidget;
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chartTop = new QHBoxLayout;
    chartTop->addWidget(chartLabel);
    chartTop->addWidget(m_chartRows);
    chartTop->addStretch(1);
    chartLayout->addLayout(chartTop);
    chartLayout->addWidget(m_chartView, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("dayWorkSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_date, &QDateEdit::dateChanged, this, &DayWorkPage::showDate);
    connect(m_today, &QPushButton::clicked, this, [this] { m_date->setDate(m_context.clock().today()); });
    connect(m_export, &QPushButton::clicked, this, &DayWorkPage::exportCsv);
    connect(m_chartRows, &QComboBox::currentIndexChanged, this, &DayWorkPage::showChart);
    connect(m_task, &BackgroundTask::busyChanged, m_busy, &BusyIndicator::setBusy);

    // Ctrl+8 lands in the date; Tab goes on across the screen (see LedgerPage on the proxy).
    setFocusProxy(m_date);
    setTabOrder(m_date, m_today);
    setTabOrder(m_today, m_export);
    setTabOrder(m_export, m_table);
    setTabOrder(m_table, m_chartRows);

    if (!m_loadError.isEmpty())
        m_status->setText(tr("The day's work cannot be shown: %1").arg(m_loadError));
}

DayWorkPage::~DayWorkPage() = default;

void DayWorkPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DayWorkPage::setCounterWindow(const QString &window)
{
    m_counterWindow = window;
    if (isVisible())
        refresh();
}

void DayWorkPage::refresh()
{
    showDate(m_date->date());
}

void DayWorkPage::showDate(const QDate &date)
{
    if (!m_service || !date.isValid())
        return;
    if (m_date->date() != date) {
        // setDate comes back here through dateChanged.
        m_date->setDate(date);
        return;
    }
    m_status->setText(tr("Reading the figures of %1 …").arg(date.toString(QStringLiteral("yyyy-MM-dd"))));
    m_task->start([this, date](const auto &) { return m_service->report(date, m_counterWindow); },
                  [this](const Result<casework::DayReport> &report) {
                      if (!report) {
                          m_report.reset();
                          m_status->setText(tr("The figures could not be read: %1").arg(report.error().message));
                          showReport();
                          emit reportShown(false);
                          return;
                      }
                      m_report = *report;
                      m_status->clear();
                      showReport();
                      emit reportShown(true);
                  });
}

void DayWorkPage::showReport()
{
    m_table->setRowCount(0);
    m_export->setEnabled(m_report.has_value() && !m_writing);
    if (!m_report) {
        showChart();
        return;
    }
    const casework::DayReport &report = *m_report;
    auto addRow = [this](const QString &group, const casework::DayFigures &f, bool total) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList fields = casework::DayReportCsv::row(QString(), group, f).mid(1);
        for (int column = 0; column < fields.size(); ++column) {
            QString text = fields.at(column);
            if (column == 7)
                text = waitText(f.averageWaitSeconds);
            else if (column == 8)
                text = waitText(f.longestWaitSeconds);
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(column < 2 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            if (total) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            m_table->setItem(row, column, item);
        }
    };
    for (const casework::DayFigures &f : report.byWindow)
        addRow(tr("Window"), f, false);
    for (const casework::DayFigures &f : report.byDepartment)
        addRow(tr("Department"), f, false);
    addRow(tr("Total"), report.total, true);
    if (report.byWindow.isEmpty() && report.byDepartment.isEmpty())
        m_status->setText(
            tr("Nothing was received, done, returned or rated on %1.").arg(report.date.toString(QStringLiteral("yyyy-MM-dd"))));
    showChart();
}

void DayWorkPage::setChartRows(ChartRows rows)
{
    m_chartRows->setCurrentIndex(m_chartRows->findData(rows));
}

void DayWorkPage::showChart()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    m_chartCategories->clear();
    if (!m_report)
        return;
    auto *series = new QBarSeries;
    QStringList categories;
    int highest = 0;
    const auto rows = ChartRows(m_chartRows->currentData().toInt());
    if (rows == RatingsByLevel) {
        auto *set = new QBarSet(tr("Ratings"));
        for (int level = 5; level >= 1; --level) {
            categories << CaseworkText::level(casework::RatingLevel(level));
            const int count = m_report->total.ratings.at(std::size_t(level - 1));
            *set << count;
            highest = std::max(highest, count);
        }
        series->append(set);
    } else {
        const QList<casework::DayFigures> &figures = rows == MattersByWindow ? m_report->byWindow : m_report->byDepartment;
        auto *received = new QBarSet(tr("Received"));
        auto *done = new QBarSet(tr("Done"));
        auto *returned = new QBarSet(tr("Returned"));
        auto *overdue = new QBarSet(tr("Overdue"));
        overdue->setColor(QColor(0xb0, 0x00, 0x20));
        for (const casework::DayFigures &f : figures) {
            categories << f.label;
            *received << f.received;
            *done << f.done;
            *returned << f.returned;
            *overdue << f.overdue;
            highest = std::max({highest, f.received, f.done, f.returned, f.overdue});
        }
        series->append({received, done, returned, overdue});
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    m_chartCategories->append(categories);
    series->attachAxis(m_chartCategories);
    // Whole numbers, with room above the highest bar for its label.
    const int top = std::max(4, highest + 1 + highest / 5);
    m_chartCounts->setRange(0, top);
    m_chartCounts->setTickInterval(std::max(1, (top + 4) / 5));
    series->attachAxis(m_chartCounts);
    chart->legend()->setVisible(rows != RatingsByLevel);
}

void DayWorkPage::exportCsv()
{
    if (!m_report)
        return;
    const QString name = tr("day's work %1.csv").arg(m_report->date.toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the day's work"), name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void DayWorkPage::exportCsvTo(const QString &path)
{
    if (!m_report) {
        emit csvFailed(tr("There are no figures to export."));
        return;
    }
    m_writing = true;
    m_export->setEnabled(false);
    const auto done = [this, path](const QString &error) {
        m_writing = false;
        m_export->setEnabled(m_report.has_value());
        if (error.isEmpty()) {
            m_status->setText(tr("The day's work was written to %1.").arg(QDir::toNativeSeparators(path)));
            emit csvWritten(path);
        } else {
            m_status->setText(error);
            emit csvFailed(error);
        }
    };
    // Checked and audited before the file is written (nothing is written when refused).
    const auto audited = services::AuditService(m_context).recordOutput(audit::action::exportCsv, QStringLiteral("day-work-csv"));
    whenFinished(audited, this, [this, path, done](const Result<Done> &allowed) {
        if (!allowed) {
            done(allowed.error().message);
            return;
        }
        whenFinished(QtConcurrent::run([report = *m_report, path]() -> QString {
                         const Status s = services::DayReportService::writeCsv(report, path);
                         return s ? QString() : s.error().message;
                     }),
                     this, done);
    });
}

} // namespace tongban::ui
