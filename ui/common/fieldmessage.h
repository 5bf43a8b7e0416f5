#pragma once

#include <QLabel>

namespace tongban::ui {

/// A short red message right under an input field: what is wrong with what was typed.
/// Empty and collapsed when there is nothing to say, so no dialog is ever needed.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    /// Shows @p message (first letter raised for a sentence look); an empty one hides the label.
    void showMessage(const QString &message);
    void clearMessage() { showMessage(QString()); }
};

} // namespace tongban::ui
