#pragma once

#include "pension/pensionresult.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QList>

namespace tongban::ui {

/// The explained breakdown of a pension (PensionResult::lines), one step a row, as the
/// assisting expert reads it out: what, how, how much, and on which document it rests. The
/// step's name carries its plain-words explanation as tooltip (BreakdownLine::explanation).
class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, Formula, Value, Source, ColumnCount };

    explicit BreakdownModel(QObject *parent = nullptr);

    void setLines(QList<pension::BreakdownLine> lines);
    /// The font of the view: values are shown in its size, bold, with digits in columns.
    void setBaseFont(const QFont &font);
    void clear() { setLines({}); }
    /// The line of row @p row, or nullptr.
    const pension::BreakdownLine *line(int row) const { return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "high" / "medium" / "low" in the UI language for the data's HIGH / MEDIUM / LOW.
    static QString confidenceText(const QString &confidence);

private:
    QList<pension::BreakdownLine> m_lines;
    QFont m_valueFont;
    QFont m_sourceFont;
};

} // namespace tongban::ui
