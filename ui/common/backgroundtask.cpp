#include "ui/common/backgroundtask.h"

namespace tongban::ui {

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{ }

void BackgroundTask::cancel()
{
    supersede();
    setBusy(false);
}

quint64 BackgroundTask::supersede()
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    return ++m_ticket;
}

void BackgroundTask::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace tongban::ui
