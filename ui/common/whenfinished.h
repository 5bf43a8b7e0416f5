#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace tongban::ui {

/// Calls @p done(result) on @p context's thread once @p future has finished, from the event
/// loop (never inside this call, even for a future that is finished already); nothing when
/// @p context is destroyed first.
///
/// Used instead of QFuture::then(context, …): with Qt 6.4 a continuation attached while a
/// store thread was finishing the promise was seen, under load, never to run, and the screen
/// waited for ever. A QFutureWatcher connected before setFuture() does not miss the end.
template<typename T, typename Done> void whenFinished(QFuture<T> future, QObject *context, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace tongban::ui
