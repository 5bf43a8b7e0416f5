#pragma once

#include "history/contributionhistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace tongban::ui {

/// The per-year summary of a contribution history (ContributionHistory::years()) as a table.
/// Years with flexible employment get a tinted background: that is what an assisting expert
/// points at when a visitor asks why the index dropped.
class YearTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Year, MonthsPaid, AverageBase, AverageWage, Index, Kinds, GapMonths, Credited, Interest, Balance, ColumnCount };
    /// Qt::UserRole: the calendar year of a row (int).
    static constexpr int YearRole = Qt::UserRole;

    explicit YearTableModel(QObject *parent = nullptr);

    void setYears(QList<history::YearSummary> years);
    const QList<history::YearSummary> &years() const { return m_years; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The tint of flexible-employment rows, also used by the legend.
    static QColor flexibleTint();

private:
    QString text(const history::YearSummary &year, int column) const;
    QString toolTip(const history::YearSummary &year, int column) const;

    QList<history::YearSummary> m_years;
};

} // namespace tongban::ui
