#pragma once

#include "common/rational.h"
#include "history/contributionhistory.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace tongban::ui {

class ContributionIndexChart;
class RecordTableModel;
class YearTableModel;

/// The contribution history tab: one row per year, the monthly records of the year picked
/// (or of all years), the figures the data lacks, and the yearly index as a chart.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget *parent = nullptr);

    /// The base floor (fraction of the average wage) drawn in the index chart.
    void setBaseFloor(const Rational &floor);

    /// Shows @p history; @p employerNames maps employer ids of the records to names.
    void showHistory(const history::ContributionHistory &history, const QHash<QString, QString> &employerNames);
    /// Back to the hint shown before a lookup.
    void clear();
    /// Builds the tables and the chart (until then only the hint is): at the first history
    /// shown at the latest, before it when the window has time (MainWindow's idle steps).
    void prepare();

private:
    void showYear(int year);
    void showAllMonths();

    QStackedWidget *m_stack = nullptr;
    YearTableModel *m_years = nullptr;
    QTableView *m_yearTable = nullptr;
    QLabel *m_asOf = nullptr;
    QLabel *m_missing = nullptr;
    RecordTableModel *m_records = nullptr;
    QSortFilterProxyModel *m_recordFilter = nullptr;
    QTableView *m_recordTable = nullptr;
    QLabel *m_recordTitle = nullptr;
    QPushButton *m_allMonths = nullptr;
    ContributionIndexChart *m_chart = nullptr;
    std::optional<Rational> m_floor; ///< for the chart, once built
};

} // namespace tongban::ui
