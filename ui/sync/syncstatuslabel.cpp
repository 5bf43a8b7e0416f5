#include "syncstatuslabel.h"

#include "ui/common/whenfinished.h"

#include <QTimer>

namespace tongban::ui {

SyncStatusLabel::SyncStatusLabel(services::SyncService &service, QWidget *parent)
    : QLabel(parent)
    , m_service(service)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Sync with the central server: click to see the details, the conflicts and the refusals"));
    connect(&m_service, &services::SyncService::changed, this, &SyncStatusLabel::refresh);
    connect(&m_service, &services::SyncService::progressed, this, [this](const services::SyncProgress &progress) {
        if (progress.stage == services::SyncProgress::Stage::Pushing)
            setText(tr("Sync: sending %1 of %2").arg(progress.done).arg(progress.total));
        else if (progress.stage == services::SyncProgress::Stage::Pulling)
            setText(progress.total > 0 ? tr("Sync: receiving %1 of %2").arg(progress.done).arg(progress.total)
                                       : tr("Sync: receiving %1").arg(progress.done));
        else
            setText(tr("Sync: connecting…"));
    });
    connect(m_timer, &QTimer::timeout, this, &SyncStatusLabel::refresh);
    m_timer->start(10 * 1000);
    refresh();
}

void SyncStatusLabel::refresh()
{
    if (m_service.isRunning())
        return;
    if (m_reading) {
        m_readAgain = true; // what was asked may have changed after the read under way began
        return;
    }
    m_reading = true;
    whenFinished(m_service.overview(), this, [this](const Result<services::SyncOverview> &overview) {
        m_reading = false;
        if (m_readAgain) {
            m_readAgain = false;
            refresh();
            return;
        }
        if (!overview) {
            setText(tr("Sync: the local file cannot be read"));
            return;
        }
        show(*overview);
    });
}

void SyncStatusLabel::show(const services::SyncOverview &overview)
{
    setText(describe(overview, m_service.clock().nowUtc()));
    const bool attention = overview.conflicts > 0 || overview.rejections > 0 || !overview.problem.isEmpty();
    setStyleSheet(attention ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

QString SyncStatusLabel::describe(const services::SyncOverview &overview, const QDateTime &now)
{
    QStringList parts;
    if (!overview.serverConfigured)
        parts << tr("Sync: no server");
    else if (overview.running)
        parts << tr("Sync: running");
    else
        parts << (overview.online ? tr("Sync: online") : tr("Sync: offline"));
    if (overview.lastSync.isValid()) {
        const QDateTime last = overview.lastSync.toLocalTime();
        parts << (last.date() == now.toLocalTime().date() ? tr("last %1").arg(last.toString(QStringLiteral("HH:mm")))
                                                          : tr("last %1").arg(last.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else {
        parts << tr("never synced");
    }
    if (overview.pending > 0) {
        const qint64 days = overview.oldestPending.isValid() ? overview.oldestPending.daysTo(now) : 0;
        parts << (days >= 1 ? tr("%n waiting to go up", nullptr, int(overview.pending)) + tr(" (oldest %n day(s))", nullptr, int(days))
                            : tr("%n waiting to go up", nullptr, int(overview.pending)));
    }
    if (overview.conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, overview.conflicts);
    if (overview.rejections > 0)
        parts << tr("%n refused", nullptr, overview.rejections);
    return parts.join(QStringLiteral(" · "));
}

void SyncStatusLabel::mousePressEvent(QMouseEvent *event)
{
    QLabel::mousePressEvent(event);
    emit activated();
}

} // namespace tongban::ui
