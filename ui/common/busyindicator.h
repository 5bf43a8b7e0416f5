#pragma once

#include <QProgressBar>
#include <QTimer>

namespace tongban::ui {

/// An indeterminate progress bar that appears only when work takes longer than a blink,
/// so that fast lookups do not make the screen flicker.
class BusyIndicator : public QProgressBar
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    void setBusy(bool busy);

private:
    QTimer m_delay;
};

} // namespace tongban::ui
