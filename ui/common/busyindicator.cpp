#include "ui/common/busyindicator.h"

namespace tongban::ui {

namespace {
// Below this a person does not perceive a wait; showing a bar would only flicker.
constexpr int blinkMilliseconds = 150;
} // namespace

BusyIndicator::BusyIndicator(QWidget *parent)
    : QProgressBar(parent)
{
    setRange(0, 0);
    setTextVisible(false);
    setMaximumWidth(120);
    setMaximumHeight(12);
    // Keep the space reserved so the layout does not jump when it appears.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
    m_delay.setSingleShot(true);
    m_delay.setInterval(blinkMilliseconds);
    connect(&m_delay, &QTimer::timeout, this, &QWidget::show);
}

void BusyIndicator::setBusy(bool busy)
{
    if (busy) {
        if (!isVisible() && !m_delay.isActive())
            m_delay.start();
    } else {
        m_delay.stop();
        hide();
    }
}

} // namespace tongban::ui
