#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace tongban::ui {

/// Tells once a window's first frame is on the screen: its native window exposed and its widgets
/// painted (Qt paints them while it delivers the expose event; painted() comes after that). What
/// the start-up's timing waits for (tongban --report-stalls), as an empty window's timing waits
/// for its exposure (bench/benchgui).
class FirstFrame : public QObject
{
    Q_OBJECT

public:
    /// Watches @p window, a top-level widget not yet shown or shown just now.
    explicit FirstFrame(QWidget &window, QObject *parent = nullptr);
    ~FirstFrame() override;

    /// Whether painted() has been emitted.
    bool isPainted() const { return m_painted; }

signals:
    /// Once, after the first expose event of the window has been delivered.
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_window;
    bool m_painted = false;
    bool m_watching = true;
};

} // namespace tongban::ui
