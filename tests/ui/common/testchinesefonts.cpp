// Han characters are drawn with Simplified Chinese glyphs whatever the system's locale: the tests
// run under C.UTF-8, where fontconfig alone picks Noto Sans CJK JP, whose 关 and 直 are Japanese.

#include "ui/common/chinesefonts.h"

#include <QApplication>
#include <QFontInfo>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

using namespace tongban;

namespace {

/// The families @p text is drawn in with @p font, run by run.
QStringList familiesDrawing(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun &run : layout.glyphRuns())
        families << run.rawFont().familyName();
    return families;
}

} // namespace

class TestChineseFonts : public QObject
{
    Q_OBJECT

private slots:
    void hanIsDrawnInSimplifiedChinese()
    {
        const QStringList installed = ui::ChineseFonts::installed();
        if (installed.isEmpty())
            QFAIL("no font with Simplified Chinese glyphs: the runtime packages include fonts-noto-cjk");
        QCOMPARE(installed.constFirst(), QStringLiteral("Noto Sans CJK SC"));

        const QString latinFamily = QFontInfo(QApplication::font()).family();
        ui::ChineseFonts::useInApplication();
        QCOMPARE(familiesDrawing(QStringLiteral("关直"), QApplication::font()), QStringList {QStringLiteral("Noto Sans CJK SC")});
        // Latin letters and figures stay in the family they were drawn in.
        QCOMPARE(familiesDrawing(QStringLiteral("2024-03 Beijing"), QApplication::font()), QStringList {latinFamily});
        // A widget's own font made from the application's (bold, larger) keeps the choice.
        QFont bold = QApplication::font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.3);
        QCOMPARE(familiesDrawing(QStringLiteral("身份证号"), bold), QStringList {QStringLiteral("Noto Sans CJK SC")});
    }
};

QTEST_MAIN(TestChineseFonts)
#include "testchinesefonts.moc"
