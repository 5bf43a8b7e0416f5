#pragma once

#include "common/error.h"
#include "sheet/calculationsheet.h"

#include <QCoreApplication>
#include <QFont>
#include <QString>

class QPagedPaintDevice;

namespace tongban::ui {

/// Lays out a calculation sheet (养老金核算表) for paper: HTML with tables in a QTextDocument,
/// A4 portrait, a CJK font, a footer on every page with the person (masked ID) and the page
/// number. No dialogs here, so that tests and worker threads can call it: painting onto a
/// QPdfWriter or QPrinter is allowed off the UI thread, and everything below creates its own
/// QTextDocument in the calling thread.
class SheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::SheetDocument)

public:
    /// The sheet as HTML (QTextDocument's subset: tables, headings, lists), texts escaped.
    static QString html(const sheet::CalculationSheet &sheet);

    /// The font families for sheets and the visitor screen: an installed Latin font (DejaVu Sans,
    /// else Liberation Sans) for Latin text and figures, then the first installed CJK font (Noto
    /// Sans CJK SC from Debian's fonts-noto-cjk, else WenQuanYi, Droid Sans Fallback, …) for
    /// Chinese, then the system's sans serif.
    static QStringList fontFamilies();
    /// A font of @p pointSize points with fontFamilies(), so CJK text never shows as boxes
    /// when one of them is installed.
    static QFont font(qreal pointSize);

    /// Paints @p sheet onto @p device (a QPrinter from a dialog or a QPdfWriter), which must be
    /// set up (page size, margins) and not yet painted on; one page after another.
    /// Error (Unavailable) when painting cannot start or finish on the device, e.g. a PDF file
    /// that cannot be written, with the reason as the clerk should read it.
    static Status paint(const sheet::CalculationSheet &sheet, QPagedPaintDevice &device);

    /// Writes @p sheet as a PDF file at @p path (A4 portrait, 15 mm margins, 300 dpi, title and
    /// creator set). Error (BadInput "path") when @p path is empty or its directory is missing;
    /// Unavailable when the file cannot be written. The file is complete when this returns ok.
    static Status writePdf(const sheet::CalculationSheet &sheet, const QString &path);
};

} // namespace tongban::ui
