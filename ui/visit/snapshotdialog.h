#pragma once

#include "session/calculationsnapshot.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace tongban::ui {

class BreakdownModel;

/// A stored calculation reopened, read-only: who calculated it when and with which parameter
/// editions, the total and the breakdown exactly as the visitor was shown them.
class SnapshotDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SnapshotDialog(QWidget *parent = nullptr);

    /// Shows @p snapshot (its stored result; nothing is computed).
    void showSnapshot(const session::CalculationSnapshot &snapshot);
    /// The snapshot shown.
    QString snapshotId() const { return m_snapshotId; }

signals:
    /// The clerk asked to compute the shown snapshot again with today's parameters.
    void recomputeRequested(const QString &snapshotId);

private:
    QString m_snapshotId;
    QLabel *m_caption = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_files = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_assumptions = nullptr;
    QTableView *m_table = nullptr;
    BreakdownModel *m_model = nullptr;
};

} // namespace tongban::ui
