#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QFont>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;

namespace tongban::ui {

/// What every printed document of the counter shares: the fonts that show Chinese and keep
/// figures extractable, and the layout of HTML on A4 pages with a footer on each page
/// ("… · page x of y"). No dialogs: painting onto a QPdfWriter or QPrinter is allowed off the
/// UI thread, and everything here creates its own QTextDocument in the calling thread.
class PagedDocument
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::PagedDocument)

public:
    /// The font families for printed documents and the visitor screen: an installed Latin font
    /// (DejaVu Sans, else Liberation Sans) for Latin text and figures, then the first installed
    /// CJK font (Noto Sans CJK SC from Debian's fonts-noto-cjk, else WenQuanYi, Droid Sans
    /// Fallback, …) for Chinese, then the system's sans serif.
    static QStringList fontFamilies();
    /// A font of @p pointSize points with fontFamilies().
    static QFont font(qreal pointSize);

    /// The HTML of a document for the rows to be moved to a new page: a PagedHtml that was
    /// given that set. Called again until no kept row is split across two pages.
    using HtmlForBreaks = std::function<QString(const QSet<int> &breakBefore)>;

    /// Paints the document @p html makes on @p device (set up, not yet painted on), page after
    /// page, with @p footerLeft and "page x of y" at the foot of each. A table row marked by
    /// PagedHtml::row is never split across two pages when it fits on one: the document is
    /// made again with a page break before it. Error (Unavailable) as paint().
    static Status paint(const HtmlForBreaks &html, const QString &footerLeft, QPagedPaintDevice &device);
    /// As writePdf() for the document @p html makes, with its rows kept whole as paint().
    static Status writePdf(const HtmlForBreaks &html, const QString &footerLeft, const QString &title, const QString &path);

    /// Paints @p html on @p device (set up, not yet painted on), page after page, with
    /// @p footerLeft and "page x of y" at the foot of each. Error (Unavailable) when painting
    /// cannot start or finish, with the reason as the clerk should read it.
    static Status paint(const QString &html, const QString &footerLeft, QPagedPaintDevice &device);

    /// Writes @p html as a PDF at @p path: A4 portrait, 15 mm margins, 300 dpi, @p title as the
    /// document title. All or nothing (QSaveFile). Errors: BadInput ("path") for an empty path
    /// or a missing folder; Unavailable when the file cannot be written.
    static Status writePdf(const QString &html, const QString &footerLeft, const QString &title, const QString &path);
};

} // namespace tongban::ui
