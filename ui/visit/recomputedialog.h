#pragma once

#include "services/visitrecorder.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tongban::ui {

/// A stored calculation next to the same case computed with today's parameters: the verdict
/// ("no change" or what differs), which way it was recomputed (from the contribution records or
/// from the stored inputs), the parameter files then and now, the case's figures derived from
/// the records (when recomputed from them), each component stored / now / difference, and the
/// breakdown lines that changed. Differences are highlighted.
class RecomputeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecomputeDialog(QWidget *parent = nullptr);

    void showRecomputation(const services::Recomputation &recomputation);
    QString snapshotId() const { return m_snapshotId; }

private:
    void showFiles(const QList<session::ParameterFileChange> &files);

    QString m_snapshotId;
    QLabel *m_caption = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_way = nullptr;
    QLabel *m_caseFiguresTitle = nullptr;
    QTableWidget *m_caseFigures = nullptr;
    QTableWidget *m_files = nullptr;
    QTableWidget *m_components = nullptr;
    QLabel *m_linesTitle = nullptr;
    QTableWidget *m_lines = nullptr;
};

} // namespace tongban::ui
