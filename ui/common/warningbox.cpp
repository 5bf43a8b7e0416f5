#include "ui/common/warningbox.h"

namespace tongban::ui {

WarningBox::WarningBox(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("background: #fff3cd; color: #6b4500; border: 1px solid #e0c070; padding: 4px;"));
    hide();
}

void WarningBox::showWarnings(const QStringList &warnings)
{
    setText(warnings.join(u'\n'));
    setVisible(!warnings.isEmpty());
}

} // namespace tongban::ui
