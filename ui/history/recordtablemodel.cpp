#include "ui/history/recordtablemodel.h"

#include "ui/common/displaytext.h"
#include "ui/history/yeartablemodel.h"

#include <QColor>

namespace tongban::ui {

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RecordTableModel::setRecords(QList<insured::ContributionRecord> records, QHash<QString, QString> employerNames)
{
    beginResetModel();
    m_records = std::move(records);
    m_employerNames = std::move(employerNames);
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const insured::ContributionRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(record, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Kind || index.column() == Employer)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() != Kind && index.column() != Employer)
            return DisplayText::numberFont();
        return {};
    case Qt::BackgroundRole:
        if (record.kind == insured::ContributionKind::Flexible)
            return YearTableModel::flexibleTint();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Employer)
            return tr("Paid in region %1").arg(record.region);
        return {};
    case YearRole:
        return record.month.year();
    default:
        return {};
    }
}

QString RecordTableModel::text(const insured::ContributionRecord &record, int column) const
{
    switch (column) {
    case Month:
        return record.month.toString();
    case Kind:
        return DisplayText::kind(record.kind);
    case Base:
        return record.base.toDisplayString();
    case EmployerAmount:
        return record.kind == insured::ContributionKind::Flexible ? DisplayText::absent() : record.employerAmount.toDisplayString();
    case PersonalAmount:
        return record.personalAmount.toDisplayString();
    case Employer:
        if (record.kind == insured::ContributionKind::Flexible)
            return tr("(self-paid)");
        return m_employerNames.value(record.employerId);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Month:
        return tr("Month");
    case Kind:
        return tr("Kind");
    case Base:
        return tr("Base");
    case EmployerAmount:
        return tr("Employer share");
    case PersonalAmount:
        return tr("Personal share");
    case Employer:
        return tr("Employer");
    default:
        return {};
    }
}

} // namespace tongban::ui
