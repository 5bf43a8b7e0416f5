#pragma once

#include <QStringList>

namespace tongban::ui {

/// The fonts that draw Chinese with the glyphs of the mainland standard (Simplified Chinese).
///
/// Why: Han characters shared by Chinese and Japanese are drawn differently by the two (关, 直,
/// 骨, 没…). Left to fontconfig, a system without a Chinese locale (C.UTF-8, as on a freshly
/// installed counter or under the tests) draws them with Noto Sans CJK JP.
class ChineseFonts
{
public:
    /// The installed families with Simplified Chinese glyphs, best first: Noto Sans CJK SC
    /// (Debian's fonts-noto-cjk, which the package depends on), Source Han Sans SC, WenQuanYi
    /// Micro Hei and Zen Hei, Droid Sans Fallback, AR PL UMing CN. Empty when none is installed.
    /// Needs a QGuiApplication (its font database).
    static QStringList installed();

    /// Sets the application's font to draw Latin letters and figures in the family it draws
    /// them in now, and Han characters in the first of installed() (unchanged when none is).
    static void useInApplication();
};

} // namespace tongban::ui
