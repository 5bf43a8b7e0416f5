#include "ui/common/chinesefonts.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>

namespace tongban::ui {

QStringList ChineseFonts::installed()
{
    static const QStringList preferred {QStringLiteral("Noto Sans CJK SC"),    QStringLiteral("Source Han Sans SC"),
                                        QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("WenQuanYi Zen Hei"),
                                        QStringLiteral("Droid Sans Fallback"), QStringLiteral("AR PL UMing CN")};
    const QStringList families = QFontDatabase::families();
    QStringList installed;
    for (const QString &family : preferred) {
        if (families.contains(family, Qt::CaseInsensitive))
            installed << family;
    }
    return installed;
}

void ChineseFonts::useInApplication()
{
    const QStringList chinese = installed();
    if (chinese.isEmpty())
        return;
    QFont font = QGuiApplication::font();
    // The family the system's default resolves to ("Sans Serif" is fontconfig's alias of, say,
    // DejaVu Sans, and no family of the font database): first, so that Latin text looks as it did.
    font.setFamilies({QFontInfo(font).family(), chinese.constFirst()});
    QGuiApplication::setFont(font);
}

} // namespace tongban::ui
