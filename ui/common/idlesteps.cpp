#include "ui/common/idlesteps.h"

#include <QTimer>

namespace tongban::ui {

IdleSteps::IdleSteps(QObject *parent)
    : QObject(parent)
{ }

void IdleSteps::add(std::function<void()> step)
{
    m_steps.append(std::move(step));
}

void IdleSteps::start()
{
    if (m_started)
        return;
    m_started = true;
    // A zero timer fires once the events already waiting have been delivered.
    QTimer::singleShot(0, this, &IdleSteps::runNext);
}

void IdleSteps::finish()
{
    if (m_steps.isEmpty())
        return;
    while (!m_steps.isEmpty())
        m_steps.takeFirst()();
    emit finished();
}

void IdleSteps::runNext()
{
    if (m_steps.isEmpty())
        return; // finish() ran them
    m_steps.takeFirst()();
    if (m_steps.isEmpty()) {
        emit finished();
        return;
    }
    QTimer::singleShot(0, this, &IdleSteps::runNext);
}

} // namespace tongban::ui
