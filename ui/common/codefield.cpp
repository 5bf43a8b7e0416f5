#include "ui/common/codefield.h"

#include "identity/typedcode.h"

#include <QLineEdit>

namespace tongban::ui {

QString CodeField::normalize(QLineEdit *field)
{
    const QString text = field->text();
    if (!identity::TypedCode::looksLikeCode(text))
        return text;
    const QString code = identity::TypedCode::normalized(text);
    if (code != text)
        field->setText(code); // not textEdited: the field's own reactions to typing stay quiet
    return code;
}

} // namespace tongban::ui
