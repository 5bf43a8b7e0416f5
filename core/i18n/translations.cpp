#include "translations.h"

#include <QLibraryInfo>
#include <QTranslator>

namespace tongban::i18n {

QLocale defaultLocale()
{
    return localeFor(QString::fromLocal8Bit(qgetenv("TONGBAN_LANG")));
}

QLocale localeFor(const QString &language)
{
    if (language == u"en")
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
}

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *ownTranslator = new QTranslator(&app);
    const bool loaded = ownTranslator->load(locale, QStringLiteral("tongban"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (loaded)
        QCoreApplication::installTranslator(ownTranslator);
    return loaded;
}

} // namespace tongban::i18n
