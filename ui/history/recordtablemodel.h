#pragma once

#include "insured/contributionrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tongban::ui {

/// A person's monthly contribution records, one row per month and kind.
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Month, Kind, Base, EmployerAmount, PersonalAmount, Employer, ColumnCount };
    /// Qt::UserRole: the calendar year of a row (int), for the drill-down from a year.
    static constexpr int YearRole = Qt::UserRole;

    explicit RecordTableModel(QObject *parent = nullptr);

    /// @p employerNames maps Employer::id to the name shown; ids without a name show blank.
    void setRecords(QList<insured::ContributionRecord> records, QHash<QString, QString> employerNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const insured::ContributionRecord &record, int column) const;

    QList<insured::ContributionRecord> m_records;
    QHash<QString, QString> m_employerNames;
};

} // namespace tongban::ui
