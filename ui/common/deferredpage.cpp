#include "ui/common/deferredpage.h"

#include <QVBoxLayout>

namespace tongban::ui {

DeferredPage::DeferredPage(std::function<QWidget *()> factory, QWidget *parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *DeferredPage::content()
{
    if (m_content || !m_factory)
        return m_content;
    // The factory is dropped before it runs: what it captured goes, and a content() asked for
    // from inside it (a connection made there) finds no second factory to call.
    const std::function<QWidget *()> factory = std::exchange(m_factory, nullptr);
    m_content = factory();
    layout()->addWidget(m_content);
    placeInFocusChain();
    // A widget added to a visible parent is shown only from the event loop: shown now, so that
    // the page chosen is whole at once (its focus, its size).
    if (isVisible())
        m_content->show();
    // The page's first input gets the focus when the page does (the workspace shortcuts).
    if (m_content->focusProxy())
        setFocusProxy(m_content->focusProxy());
    emit built(m_content);
    return m_content;
}

void DeferredPage::placeInFocusChain()
{
    // Built into a window that exists, the content's widgets joined the end of the window's
    // focus chain: Tab would reach them after everything else. They go where this page stands,
    // in their own order, as when the page was built with the window. A page of the content
    // still to be built goes with them (it takes no focus, but its content will be placed where
    // it stands).
    QList<QWidget *> placed;
    for (QWidget *w = m_content->nextInFocusChain(); w && w != m_content; w = w->nextInFocusChain()) {
        if (m_content->isAncestorOf(w) && (w->focusPolicy() != Qt::NoFocus || holdsAPlace(w)))
            placed << w;
    }
    if (m_content->focusPolicy() != Qt::NoFocus || holdsAPlace(m_content))
        placed.prepend(m_content);
    // setTabOrder() orders focusable widgets only: the pages are made so while they are ordered.
    QList<QWidget *> unfocusable;
    for (QWidget *w : QList<QWidget *> {this} + placed) {
        if (w->focusPolicy() == Qt::NoFocus)
            unfocusable << w;
    }
    for (QWidget *w : std::as_const(unfocusable))
        w->setFocusPolicy(Qt::TabFocus);
    QWidget *previous = this;
    for (QWidget *w : std::as_const(placed)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    for (QWidget *w : std::as_const(unfocusable))
        w->setFocusPolicy(Qt::NoFocus);
}

bool DeferredPage::holdsAPlace(const QWidget *widget)
{
    const auto *page = qobject_cast<const DeferredPage *>(widget);
    return page && !page->isBuilt();
}

void DeferredPage::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}

} // namespace tongban::ui
