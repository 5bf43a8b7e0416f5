#include "ui/pension/breakdownmodel.h"

#include "ui/common/displaytext.h"

#include <QColor>

namespace tongban::ui {

BreakdownModel::BreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BreakdownModel::setLines(QList<pension::BreakdownLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

void BreakdownModel::setBaseFont(const QFont &font)
{
    m_valueFont = DisplayText::numberFont();
    m_valueFont.setPointSizeF(font.pointSizeF() * 1.1);
    m_valueFont.setBold(true);
    // The source is for the expert and for a challenge, not for reading aloud: a size down.
    m_sourceFont = font;
    m_sourceFont.setPointSizeF(font.pointSizeF() * 0.85);
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BreakdownModel::confidenceText(const QString &confidence)
{
    if (confidence == u"HIGH")
        return tr("high");
    if (confidence == u"MEDIUM")
        return tr("medium");
    if (confidence == u"LOW")
        return tr("low");
    return confidence;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const pension::BreakdownLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Label:
            return line.label;
        case Formula:
            return line.formula;
        case Value:
            // Amounts with their digits grouped, as everywhere else on screen.
            return line.amount ? line.amount->toDisplayString() : line.value;
        case Source: {
            QString text
                = line.confidence.isEmpty() ? line.source : tr("%1 (confidence: %2)").arg(line.source, confidenceText(line.confidence));
            // A disputed figure's conflict, or the clerk's reason for entering one.
            if (!line.note.isEmpty())
                text += u'\n' + tr("Note: %1").arg(line.note);
            return text;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // The step in plain words: what a term of the approval notice ("G实", 计发基数) means.
        if (index.column() == Label)
            return line.explanation.isEmpty() ? QVariant() : QVariant(line.explanation);
        if (index.column() == Formula || index.column() == Source)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Value)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (index.column() == Value)
            return m_valueFont;
        if (index.column() == Source)
            return m_sourceFont;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Source)
            // A weak source is what a visitor may challenge: it stands out from the others.
            return line.confidence == u"LOW" ? QColor(170, 80, 0) : QColor(85, 85, 85);
        return {};
    default:
        return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        return tr("Item");
    case Formula:
        return tr("How it is computed");
    case Value:
        return tr("Value");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace tongban::ui
