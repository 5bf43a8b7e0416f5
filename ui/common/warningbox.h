#pragma once

#include <QLabel>
#include <QStringList>

namespace tongban::ui {

/// Core's warnings about a calculation (below the minimum period, a start outside the flexible
/// retirement window, a provisional base …) in a yellow box: shown wherever a calculation is
/// shown, the same words wherever it is shown. Hidden when there is nothing to say.
class WarningBox : public QLabel
{
    Q_OBJECT

public:
    explicit WarningBox(QWidget *parent = nullptr);

    /// Shows @p warnings one a line; an empty list hides the box.
    void showWarnings(const QStringList &warnings);
};

} // namespace tongban::ui
