#pragma once

#include "services/visitrecorder.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace tongban::ui {

class FieldMessage;
class RecomputeDialog;
class SnapshotDialog;

/// The visit at the counter (本次办理): queue number, visitor, clerk, when it opened; the
/// calculations shown in this visit and the person's earlier ones, each to be reopened
/// (read-only, as shown then) or recomputed with today's parameters.
class SessionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SessionPanel(QWidget *parent = nullptr);

    /// Shows @p state (as read from the database by VisitRecorder).
    void showState(const services::VisitState &state);
    /// The queue number typed for the next visitor, and clears the field (empty: automatic).
    QString takeQueueNumber();
    /// Opens (or raises) the read-only view of @p snapshot.
    void showSnapshot(const session::CalculationSnapshot &snapshot);
    /// Opens (or raises) the comparison of a recomputation.
    void showRecomputation(const services::Recomputation &recomputation);

    /// The read-only view / the comparison once opened, else nullptr.
    SnapshotDialog *snapshotDialog() const;
    RecomputeDialog *recomputeDialog() const;

signals:
    void reopenRequested(const QString &snapshotId);
    void recomputeRequested(const QString &snapshotId);
    void endVisitRequested();

private:
    QString selectedSnapshotId() const;
    void updateButtons();

    QLabel *m_queueNumber = nullptr;
    QLabel *m_person = nullptr;
    QLabel *m_clerk = nullptr;
    QLabel *m_openedAt = nullptr;
    QTreeWidget *m_thisVisit = nullptr;
    QTreeWidget *m_earlier = nullptr;
    QPushButton *m_reopen = nullptr;
    QPushButton *m_recompute = nullptr;
    QPushButton *m_endVisit = nullptr;
    QLineEdit *m_nextQueueNumber = nullptr;
    QPointer<SnapshotDialog> m_snapshotDialog;
    QPointer<RecomputeDialog> m_recomputeDialog;
};

} // namespace tongban::ui
