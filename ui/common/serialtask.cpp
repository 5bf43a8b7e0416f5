#include "ui/common/serialtask.h"

namespace tongban::ui {

SerialTask::SerialTask(QObject *parent)
    : QObject(parent)
{
    // One thread: jobs run in the order they were queued (QThreadPool is first in, first out
    // for equal priorities).
    m_pool.setMaxThreadCount(1);
}

SerialTask::~SerialTask()
{
    m_pool.waitForDone();
}

} // namespace tongban::ui
