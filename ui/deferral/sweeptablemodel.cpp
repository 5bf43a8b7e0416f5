#include "ui/deferral/sweeptablemodel.h"

#include "deferral/deferraltext.h"

namespace tongban::ui {

namespace {

QString months(const sweep::SweepInsurance *line)
{
    if (!line || !line->eligible)
        return QString();
    // A dash between the months: "…" read as a cut text.
    return line->from.toString() + QStringLiteral(" – ") + line->to.toString();
}

} // namespace

SweepTableModel::SweepTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SweepTableModel::setRows(QList<sweep::SweepRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int SweepTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SweepTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SweepTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const sweep::SweepRow &row = m_rows.at(index.row());
    const sweep::SweepInsurance *pension = row.insurance(QStringLiteral("pension"));
    if (role == Qt::TextAlignmentRole && index.column() == PensionAmount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == sortRole() && index.column() == PensionAmount)
        return (pension && pension->amount) ? pension->amount->fen() : qint64(-1);
    if (role != Qt::DisplayRole && role != sortRole() && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return row.name;
    case Uscc:
        return row.uscc;
    case Industry:
        return row.industryLabel.isEmpty() ? row.industryCode : row.industryLabel;
    case Size:
        return deferral::DeferralText::size(row.sizeClass);
    case Kind:
        return deferral::DeferralText::kind(row.kind);
    case Region:
        return row.hardHitArea ? tr("%1 (hard hit)").arg(row.region) : row.region;
    case PensionMonths:
        return months(pension);
    case PensionAmount:
        if (!pension || !pension->eligible)
            return QString();
        return pension->amount ? pension->amount->toDisplayString() : tr("not in the records");
    case Unemployment:
        return months(row.insurance(QStringLiteral("unemployment")));
    case WorkInjury:
        return months(row.insurance(QStringLiteral("work-injury")));
    default:
        return {};
    }
}

QVariant SweepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // The insurances' columns headed in two short lines, the whole said in the tool tip: on one
    // line they pushed the last columns out of a screen 1280 pixels wide.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PensionMonths:
            return tr("Pension\npremium months");
        case PensionAmount:
            return tr("Pension\ndeferrable (CNY)");
        case Unemployment:
            return tr("Unemployment\npremium months");
        case WorkInjury:
            return tr("Work injury\npremium months");
        default:
            break;
        }
    }
    switch (section) {
    case Name:
        return tr("Employer");
    case Uscc:
        return tr("Unified social credit code");
    case Industry:
        return tr("Industry");
    case Size:
        return tr("Size");
    case Kind:
        return tr("Kind");
    case Region:
        return tr("Region");
    case PensionMonths:
        return tr("Pension: premium months");
    case PensionAmount:
        return tr("Pension: deferrable employer share (CNY)");
    case Unemployment:
        return tr("Unemployment: premium months (amount not in the records)");
    case WorkInjury:
        return tr("Work injury: premium months (amount not in the records)");
    default:
        return {};
    }
}

} // namespace tongban::ui
