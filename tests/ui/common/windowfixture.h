#pragma once

// The counter window as the program opens it, for GUI tests: a context on a real store and the
// MainWindow on it, shown and active, returned once the store is open.

#include "ui/shell/mainwindow.h"

#include "testcontext.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>

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

/// The window on the database @p path for @p clerk, waiting (on the window's signals, up to
/// @p timeoutMs) until the store is open and every page built, as a clerk finds it a moment after
/// the start. Stops the test when it does not open.
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
    QSignalSpy built(open.window.get(), &ui::MainWindow::pagesBuilt);
    if (!open.window->arePagesBuilt() && !built.wait(timeoutMs))
        qFatal("the pages of the window were not built");
    return open;
}

/// The page of the QTabWidget that shows @p widget: the nearest of it and its ancestors that is
/// a tab's page (a page the window builds when first needed sits in a ui::DeferredPage, which is
/// the tab's page); @p widget itself when none is.
inline QWidget *tabOf(QWidget *widget)
{
    for (QWidget *w = widget; w && w->parentWidget(); w = w->parentWidget()) {
        if (qobject_cast<QStackedWidget *>(w->parentWidget()) && qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget()))
            return w;
    }
    return widget;
}

/// The @p T that the tab's page @p page shows: the page itself, or what was built into it.
template<typename T> T *shownIn(QWidget *page)
{
    if (auto *shown = qobject_cast<T *>(page))
        return shown;
    return page ? page->findChild<T *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

} // namespace tongban::test
