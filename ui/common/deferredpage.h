#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

namespace tongban::ui {

/// A page built when it is first needed rather than with its window: when it is first shown
/// (its tab chosen), when content() asks for it, or when an IdleSteps queue gets to it.
///
/// Why: the window the clerk starts every morning shows the look-up first; building every
/// workspace with it tripled the time to a usable window on a county's file (docs/performance.md).
class DeferredPage : public QWidget
{
    Q_OBJECT

public:
    /// Builds its content with @p factory (called once, on this widget's thread; the content is
    /// reparented into this page, filling it).
    explicit DeferredPage(std::function<QWidget *()> factory, QWidget *parent = nullptr);

    /// The content, built now when it was not yet.
    QWidget *content();
    /// Whether the content was built.
    bool isBuilt() const { return !m_content.isNull(); }

signals:
    /// The content was built (once).
    void built(QWidget *content);

protected:
    void showEvent(QShowEvent *event) override;

private:
    /// Moves the content's focusable widgets to where this page stands in the focus chain.
    void placeInFocusChain();
    /// Whether @p widget is a page whose content is still to be built (it keeps its place in the
    /// focus chain for it).
    static bool holdsAPlace(const QWidget *widget);

    std::function<QWidget *()> m_factory;
    QPointer<QWidget> m_content;
};

} // namespace tongban::ui
