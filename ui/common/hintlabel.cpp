#include "ui/common/hintlabel.h"

namespace tongban::ui {

HintLabel::HintLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QFont hintFont = font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    setFont(hintFont);
    setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    setMinimumHeight(60);
}

} // namespace tongban::ui
