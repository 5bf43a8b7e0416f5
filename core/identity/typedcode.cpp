#include "typedcode.h"

#include <algorithm>

namespace tongban::identity {

QString TypedCode::normalized(const QString &text)
{
    const QString compatible = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(compatible.size());
    for (const QChar c : compatible) {
        if (c.isSpace())
            continue;
        out += (c >= u'a' && c <= u'z') ? QChar(c.unicode() - u'a' + u'A') : c;
    }
    return out;
}

bool TypedCode::looksLikeCode(const QString &text)
{
    const QString code = normalized(text);
    return std::any_of(code.cbegin(), code.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace tongban::identity
