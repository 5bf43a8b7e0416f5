#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace tongban::storage {

/// How values become the text columns of the local store, the same way in every repository.
namespace StoredText {

/// @p text, or SQL NULL when it is empty (optional columns hold NULL, never "").
inline QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// @p date as "YYYY-MM-DD", or SQL NULL when it is not valid.
inline QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

/// A LIKE … ESCAPE '\' pattern matching text that contains @p text ("%", "_" and "\" literal).
inline QString containsPattern(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'%';
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    out += u'%';
    return out;
}

} // namespace StoredText

} // namespace tongban::storage
