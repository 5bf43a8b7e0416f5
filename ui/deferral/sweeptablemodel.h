#pragma once

#include "sweep/sweepresult.h"

#include <QAbstractTableModel>

namespace tongban::ui {

/// The eligible employers of a sweep as a table: one row per employer, the pension's premium
/// months and deferrable amount, the other insurances' months ("not in the records" for their
/// amounts, which the local records do not hold). Qt::DisplayRole is the text shown; sortRole()
/// holds what sorting compares (amounts as fen, months as the first month's text), so a
/// QSortFilterProxyModel sorts amounts numerically.
class SweepTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Uscc, Industry, Size, Kind, Region, PensionMonths, PensionAmount, Unemployment, WorkInjury, ColumnCount };

    explicit SweepTableModel(QObject *parent = nullptr);

    /// The role sorting compares.
    static constexpr int sortRole() { return Qt::UserRole + 1; }

    /// Replaces the rows with @p rows.
    void setRows(QList<sweep::SweepRow> rows);
    const QList<sweep::SweepRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sweep::SweepRow> m_rows;
};

} // namespace tongban::ui
