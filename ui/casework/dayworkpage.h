#pragma once

#include "casework/dayreport.h"
#include "services/appcontext.h"

#include <QWidget>

#include <memory>
#include <optional>

class QBarCategoryAxis;
class QBarSeries;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QValueAxis;

namespace tongban::services {
class DayReportService;
}

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class DateEdit;

/// The day's work (当日工作量): for a date (today when the page opens), per window (clerk) and per
/// department, the matters received, done, returned and overdue, the waiting time from the hall's
/// ticket to the call where the ticket time is known, and the ratings by level — in a table, in a
/// bar chart (the matters by department or by window, or the ratings by level), and exported as
/// CSV for Excel (a file dialog, the file written off the UI thread).
///
/// The figures are read on a store reader (services::DayReportService) whenever the date changes
/// or the page is shown; the UI never waits for them.
class DayWorkPage : public QWidget
{
    Q_OBJECT

public:
    /// What the chart shows (the chart selector's order).
    enum ChartRows {
        MattersByDepartment,
        MattersByWindow,
        RatingsByLevel,
    };

    explicit DayWorkPage(const services::AppContext &context, QWidget *parent = nullptr);
    ~DayWorkPage() override;

    /// The counter's window as the hall numbers it (the machine's setting; may be empty): it
    /// labels the clerk's row. Read again.
    void setCounterWindow(const QString &window);
    /// Reads the figures of @p date (reportShown()).
    void showDate(const QDate &date);
    /// Reads the figures of the date shown again.
    void refresh();
    /// The figures on screen, once read.
    const std::optional<casework::DayReport> &report() const { return m_report; }

    void setChartRows(ChartRows rows);
    QChartView *chartView() const { return m_chartView; }

    /// Asks where to save the CSV file and writes it (csvWritten() / csvFailed()).
    void exportCsv();
    /// Writes the CSV file of the figures shown to @p path, off the UI thread.
    void exportCsvTo(const QString &path);

signals:
    /// The figures of the date are on screen (@p ok), or could not be read (the reason on screen).
    void reportShown(bool ok);
    void csvWritten(const QString &path);
    void csvFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showReport();
    void showChart();

    const services::AppContext &m_context;
    std::unique_ptr<services::DayReportService> m_service;
    QString m_loadError;
    QString m_counterWindow;
    std::optional<casework::DayReport> m_report;

    DateEdit *m_date = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_export = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_chartRows = nullptr;
    QChartView *m_chartView = nullptr;
    /// The chart's two axes, made once and kept: each chart chosen gives them its categories and
    /// range (axes removed and made anew left their labels and grid lines drawn behind the next).
    QBarCategoryAxis *m_chartCategories = nullptr;
    QValueAxis *m_chartCounts = nullptr;
    BackgroundTask *m_task = nullptr;
    bool m_writing = false;
};

} // namespace tongban::ui
