#pragma once

#include "common/error.h"
#include "notice/notice.h"
#include "sheet/calculationsheet.h"

#include <QCoreApplication>
#include <QFont>
#include <QSet>
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
    /// The sheet as HTML (QTextDocument's subset: tables, headings, lists), texts escaped, as the
    /// visitor's copy (inputs, every step with its formula, value and the numbers of the documents
    /// it follows, the documents by number and title, the clerk, the agency and its seal) or the
    /// staff copy (also sources and confidence per step, parameter editions and digests, the
    /// notes on disputed figures). Page breaks before the breakdown rows in @p breakBefore.
    static QString html(const sheet::CalculationSheet &sheet, notice::Copy copy = notice::Copy::Staff, const QSet<int> &breakBefore = {});

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
    /// A step is never split across two pages. The visitor's copy needs the agency's name
    /// (BadInput "agency", CalculationSheet::readyForVisitor).
    static Status paint(const sheet::CalculationSheet &sheet, notice::Copy copy, QPagedPaintDevice &device);

    /// Writes @p sheet as a PDF file at @p path (A4 portrait, 15 mm margins, 300 dpi, title and
    /// creator set). Error (BadInput "path") when @p path is empty or its directory is missing;
    /// Unavailable when the file cannot be written. The file is complete when this returns ok.
    static Status writePdf(const sheet::CalculationSheet &sheet, notice::Copy copy, const QString &path);
};

} // namespace tongban::ui
