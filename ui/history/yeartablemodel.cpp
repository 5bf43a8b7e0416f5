#include "ui/history/yeartablemodel.h"

#include "ui/common/displaytext.h"

#include <QColor>

namespace tongban::ui {

YearTableModel::YearTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void YearTableModel::setYears(QList<history::YearSummary> years)
{
    beginResetModel();
    m_years = std::move(years);
    endResetModel();
}

int YearTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_years.size());
}

int YearTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor YearTableModel::flexibleTint()
{
    return QColor(255, 243, 205); // pale amber: visible, yet black text stays readable
}

QVariant YearTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_years.size())
        return {};
    const history::YearSummary &year = m_years.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(year, index.column());
    case Qt::ToolTipRole:
        return toolTip(year, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Year)
            return QVariant::fromValue(Qt::AlignCenter);
        if (index.column() == Kinds)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() != Kinds)
            return DisplayText::numberFont();
        return {};
    case Qt::BackgroundRole:
        if (year.kinds.contains(insured::ContributionKind::Flexible))
            return flexibleTint();
        return {};
    case YearRole:
        return year.year;
    default:
        return {};
    }
}

QString YearTableModel::text(const history::YearSummary &year, int column) const
{
    switch (column) {
    case Year:
        return QString::number(year.year);
    case MonthsPaid:
        return QString::number(year.monthsPaid);
    case AverageBase:
        return year.monthsPaid > 0 ? year.averageBase.toDisplayString() : DisplayText::absent();
    case AverageWage:
        // The wage is exact (CNY per month); shown to the fen like every amount.
        return year.averageWage ? Money::fromYuan(year.averageWage->value, RoundingMode::HalfUp).toDisplayString() : DisplayText::absent();
    case Index:
        return year.index ? year.index->toString(4) : DisplayText::absent();
    case Kinds:
        return year.kinds.isEmpty() ? DisplayText::absent() : DisplayText::kinds(year.kinds);
    case GapMonths:
        return year.gapMonths > 0 ? QString::number(year.gapMonths) : QString();
    case Credited:
        return year.reconstructed ? year.accountCredited.toDisplayString() : DisplayText::absent();
    case Interest:
        return year.reconstructed ? year.interest.toDisplayString() : DisplayText::absent();
    case Balance:
        return year.reconstructed ? year.balanceAtYearEnd.toDisplayString() : DisplayText::absent();
    default:
        return {};
    }
}

QString YearTableModel::toolTip(const history::YearSummary &year, int column) const
{
    switch (column) {
    case AverageWage:
        if (year.averageWage)
            return tr("Source: %1 (confidence %2)").arg(year.averageWage->provenance.document, year.averageWage->provenance.confidence);
        return tr("The average wage of %1 is not in the shipped data.").arg(year.year);
    case Index:
        return tr("Contribution index = average base / that year's average wage");
    case Credited:
    case Interest:
    case Balance:
        if (!year.reconstructed)
            return tr("Covered by the opening balance from the old ledger.");
        return {};
    default:
        return {};
    }
}

QVariant YearTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Year:
        return tr("Year");
    case MonthsPaid:
        return tr("Months paid");
    case AverageBase:
        return tr("Average base");
    case AverageWage:
        return tr("Average wage");
    case Index:
        return tr("Index");
    case Kinds:
        return tr("Kind");
    case GapMonths:
        return tr("Gap months");
    case Credited:
        return tr("Credited");
    case Interest:
        return tr("Interest");
    case Balance:
        return tr("Balance at year end");
    default:
        return {};
    }
}

} // namespace tongban::ui
