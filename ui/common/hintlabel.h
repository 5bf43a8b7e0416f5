#pragma once

#include <QLabel>

namespace tongban::ui {

/// What a panel shows while it has nothing to show: one short line saying what to do.
class HintLabel : public QLabel
{
    Q_OBJECT

public:
    explicit HintLabel(const QString &text, QWidget *parent = nullptr);
};

} // namespace tongban::ui
