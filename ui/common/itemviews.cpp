#include "ui/common/itemviews.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTreeView>

#include <algorithm>

namespace tongban::ui {

namespace {

/// Lays out the columns of a table for spreadColumnsToContents (a child of the table).
class ColumnSpreader : public QObject
{
public:
    explicit ColumnSpreader(QTableView *view)
        : QObject(view)
        , m_view(view)
    {
        m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        m_view->horizontalHeader()->setStretchLastSection(false);
        m_view->viewport()->installEventFilter(this);
        // Queued: the table lays out the rows the model announces first.
        QAbstractItemModel *model = m_view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnSpreader::spread, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnSpreader::spread, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnSpreader::spread, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnSpreader::spread, Qt::QueuedConnection);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            spread();
        return QObject::eventFilter(watched, event);
    }

    void spread()
    {
        QHeaderView *header = m_view->horizontalHeader();
        const QAbstractItemView *asView = m_view;
        QList<int> widths(header->count(), 0);
        int total = 0;
        int shown = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (m_view->isColumnHidden(column))
                continue;
            widths[column] = std::max(asView->sizeHintForColumn(column), header->sectionSizeHint(column));
            total += widths[column];
            ++shown;
        }
        if (shown == 0)
            return;
        const int extra = std::max(0, m_view->viewport()->width() - total) / shown;
        for (int column = 0; column < header->count(); ++column) {
            if (!m_view->isColumnHidden(column) && header->sectionSize(column) != widths[column] + extra)
                header->resizeSection(column, widths[column] + extra);
        }
    }

private:
    QTableView *m_view;
};

} // namespace

void setUpItemView(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
}

void keepColumnsInSight(QTreeView *view)
{
    const auto fit = [view]() {
        // What the columns sized to their contents take: the widest cell or the header (QTreeView
        // lays out the rows first).
        const QAbstractItemView *asView = view;
        int columns = 0;
        for (int column = 0; column < view->header()->count(); ++column) {
            if (!view->isColumnHidden(column))
                columns += std::max(asView->sizeHintForColumn(column), view->header()->sectionSizeHint(column));
        }
        view->setMinimumWidth(columns + 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width());
    };
    // Queued: the view lays out the rows the model announces first.
    QAbstractItemModel *model = view->model();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(model, signal, view, fit, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, fit, Qt::QueuedConnection);
    QObject::connect(model, &QAbstractItemModel::dataChanged, view, fit, Qt::QueuedConnection);
    fit();
}

void spreadColumnsToContents(QTableView *view)
{
    new ColumnSpreader(view);
}

} // namespace tongban::ui
