#include "ui/common/fieldmessage.h"

namespace tongban::ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("color: #b00020;"));
    hide();
}

void FieldMessage::showMessage(const QString &message)
{
    if (message.isEmpty()) {
        clear();
        hide();
        return;
    }
    // Core's messages are sentence fragments ("the calculation base must be ..."); on their own
    // line they read better as a sentence.
    QString text = message;
    text[0] = text.at(0).toUpper();
    setText(text);
    show();
}

} // namespace tongban::ui
