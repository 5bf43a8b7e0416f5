#pragma once

#include <QCoreApplication>
#include <QLocale>

namespace tongban::i18n {

/// The language on screen unless the user chose another: Simplified Chinese (zh_CN), whatever
/// the machine's locale, because the hall's clerks read Chinese. TONGBAN_LANG=en selects English.
QLocale defaultLocale();

/// The locale of a language setting: "en" → English (United States); anything else → Simplified
/// Chinese (China), the default.
QLocale localeFor(const QString &language);

/// Installs the project's translations (":/i18n/tongban_<lang>.qm", compiled into the
/// library) and Qt's own (qtbase_<lang>) for @p locale on @p app. Returns false when the
/// project's catalogue for that language is missing (the English source strings then show).
bool installTranslators(QCoreApplication &app, const QLocale &locale);

} // namespace tongban::i18n
