#pragma once

#include "visitrecorder.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tongban::ui {

/// A stored calculation next to the same case computed with today's parameters: the verdict
/// ("no change" or what differs), the parameter files then and now, each component stored /
/// now / difference, and the breakdown lines that changed. Differences are highlighted.
class RecomputeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecomputeDialog(QWidget *parent = nullptr);

    void showRecomputation(const Recomputation &recomputation);
    QString snapshotId() const { return m_snapshotId; }

private:
    void showFiles(const QList<session::ParameterFileChange> &files);

    QString m_snapshotId;
    QLabel *m_caption = nullptr;
    QLabel *m_verdict = nullptr;
    QTableWidget *m_files = nullptr;
    QTableWidget *m_components = nullptr;
    QLabel *m_linesTitle = nullptr;
    QTableWidget *m_lines = nullptr;
};

} // namespace tongban::ui
