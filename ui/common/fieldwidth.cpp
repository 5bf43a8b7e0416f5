#include "ui/common/fieldwidth.h"

#include <QLineEdit>

#include <algorithm>

namespace tongban::ui {

void fitFieldWidth(QLineEdit *field, const QStringList &samples)
{
    const QFontMetrics metrics = field->fontMetrics();
    int text = metrics.horizontalAdvance(field->placeholderText());
    for (const QString &sample : samples)
        text = std::max(text, metrics.horizontalAdvance(sample));
    // QLineEdit's size hint is 17 "x" wide plus its frame and margins: the same frame and margins
    // around the text, and a character more for the cursor.
    const int frame = field->sizeHint().width() - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
    field->setMinimumWidth(std::max(field->minimumWidth(), text + frame + metrics.horizontalAdvance(QLatin1Char('0'))));
}

} // namespace tongban::ui
