#include "ui/common/firstframe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace tongban::ui {

FirstFrame::FirstFrame(QWidget &window, QObject *parent)
    : QObject(parent)
    , m_window(&window)
{
    // The native window does not exist before the widget is shown: its events are watched at the
    // application until the first expose, then no more.
    QCoreApplication::instance()->installEventFilter(this);
}

FirstFrame::~FirstFrame()
{
    if (m_watching)
        QCoreApplication::instance()->removeEventFilter(this);
}

bool FirstFrame::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && m_window && watched == m_window->windowHandle() && m_window->windowHandle()->isExposed()) {
        QCoreApplication::instance()->removeEventFilter(this);
        m_watching = false;
        // Queued: the expose event is delivered (the widgets painted) before this runs.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_painted = true;
                emit painted();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tongban::ui
