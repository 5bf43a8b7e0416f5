#pragma once

#include "services/syncservice.h"

#include <QLabel>

class QTimer;

namespace tongban::ui {

/// The status bar's sync line, always visible: online or offline, the last sync, what waits to go
/// up, and the conflicts and refusals waiting for a person ("同步：在线 · 上次 10:32 · 待上传 3 ·
/// 冲突 1"); during a round, how far it is. Read again when the service says something changed and
/// every few seconds (the pending count grows with every save). A click opens the sync page.
class SyncStatusLabel : public QLabel
{
    Q_OBJECT

public:
    SyncStatusLabel(services::SyncService &service, QWidget *parent = nullptr);

    /// Reads the overview again now.
    void refresh();
    /// The text for @p overview, as shown (for the tests and the page's summary).
    static QString describe(const services::SyncOverview &overview, const QDateTime &now);

signals:
    void activated();

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void show(const services::SyncOverview &overview);

    services::SyncService &m_service;
    QTimer *m_timer = nullptr;
    bool m_reading = false;
    bool m_readAgain = false; ///< asked for while a read was under way: read once more when it ends
};

} // namespace tongban::ui
