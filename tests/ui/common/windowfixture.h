#pragma once

// The counter window as the program opens it, for GUI tests: a context on a real store and the
// MainWindow on it, shown and active, returned once the store is open.

#include "ui/shell/mainwindow.h"

#include "testcontext.h"

#include <QApplication>
#include <QSignalSpy>

#include <memory>

namespace tongban::test {

/// The window and the context it works with. Declared in this order, the window goes first.
struct OpenWindow
{
    std::unique_ptr<TestContext> context;
    std::unique_ptr<ui::MainWindow> window;

    ui::MainWindow &operator*() const { return *window; }
    ui::MainWindow *operator->() const { return window.get(); }
    ui::MainWindow *get() const { return window.get(); }
    /// Closes the window, then the store (its queued writes run first).
    void reset()
    {
        window.reset();
        context.reset();
    }
};

/// The window on the database @p path for @p clerk, waiting (on the window's signal, up to
/// @p timeoutMs) until the store is open. Stops the test when it does not open.
inline OpenWindow openWindow(const QString &path, const QString &clerk = QStringLiteral("test-clerk"), int timeoutMs = 60000)
{
    OpenWindow open;
    open.context = std::make_unique<TestContext>(path, clerk);
    open.window = std::make_unique<ui::MainWindow>(open.context->context());
    QSignalSpy ready(open.window.get(), &ui::MainWindow::databaseReady);
    open.window->show();
    QApplication::setActiveWindow(open.window.get());
    if (ready.isEmpty())
        ready.wait(timeoutMs);
    if (ready.size() != 1 || !ready.first().first().toBool())
        qFatal("the database %s did not open", qPrintable(path));
    return open;
}

} // namespace tongban::test
