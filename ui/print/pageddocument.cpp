#include "ui/print/pageddocument.h"

#include "ui/common/chinesefonts.h"

#include "ui/print/pagedhtml.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <limits>
#include <optional>

namespace tongban::ui {

namespace {

/// The paint area of @p device in device pixels, as QPainter sees it (inside the margins).
QRectF paintArea(const QPagedPaintDevice &device)
{
    return QRectF(0, 0, device.width(), device.height());
}

/// Where a kept row lies on the laid-out document: its mark and its top and bottom.
struct KeptRow
{
    int id = -1;
    qreal top = 0;
    qreal bottom = 0;
};

/// The rows PagedHtml marked (an anchor "keep-N" in their first cell), in document order, with
/// the extent of all their cells; the rows of one group as one.
QList<KeptRow> keptRows(QTextDocument &document)
{
    QList<KeptRow> rows;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        int id = -1;
        for (auto it = block.begin(); !it.atEnd() && id < 0; ++it) {
            for (const QString &name : it.fragment().charFormat().anchorNames()) {
                if (name.startsWith(PagedHtml::kKeepPrefix))
                    id = QStringView(name).mid(PagedHtml::kKeepPrefix.size()).toInt();
            }
        }
        if (id < 0)
            continue;
        const QTextCursor cursor(block);
        QTextTable *table = cursor.currentTable();
        if (!table)
            continue;
        const int row = table->cellAt(cursor).row();
        KeptRow kept {id, std::numeric_limits<qreal>::max(), 0};
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            for (QTextBlock b = document.findBlock(cell.firstPosition()); b.isValid() && b.position() <= cell.lastPosition();
                 b = b.next()) {
                const QRectF r = layout->blockBoundingRect(b);
                kept.top = std::min(kept.top, r.top());
                kept.bottom = std::max(kept.bottom, r.bottom());
            }
        }
        // The rows of a kept group (a heading and its first row, a signature block) share a mark.
        if (!rows.isEmpty() && rows.last().id == id) {
            rows.last().top = std::min(rows.last().top, kept.top);
            rows.last().bottom = std::max(rows.last().bottom, kept.bottom);
        } else {
            rows << kept;
        }
    }
    return rows;
}

/// The first kept row that starts on one page and ends on the next though it would fit on one.
std::optional<int> firstSplitRow(QTextDocument &document, qreal pageHeight)
{
    for (const KeptRow &row : keptRows(document)) {
        const int first = static_cast<int>(row.top / pageHeight);
        const int last = static_cast<int>((row.bottom - 0.5) / pageHeight);
        if (first != last && row.bottom - row.top < pageHeight * 0.8)
            return row.id;
    }
    return std::nullopt;
}

} // namespace

QStringList PagedDocument::fontFamilies()
{
    // A Latin font comes first and the CJK fonts after it take every character it lacks (all of
    // Chinese). Not Noto Sans CJK for Latin text: shaped as Latin script, its digits come out as
    // glyphs without a Unicode mapping in Qt's PDFs, so "2024-03" in an English phrase could not
    // be found or copied from the PDF (the figures of a Chinese phrase were unaffected).
    static const QStringList latin {QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans")};
    QStringList families;
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : latin) {
        if (installed.contains(family, Qt::CaseInsensitive)) {
            families << family;
            break; // one is enough; the other is an alternative
        }
    }
    if (const QStringList chinese = ChineseFonts::installed(); !chinese.isEmpty())
        families << chinese.constFirst();
    // Nothing installed of either: the system's sans serif still shows the digits and Latin text.
    families << QStringLiteral("sans-serif");
    return families;
}

QFont PagedDocument::font(qreal pointSize)
{
    QFont font;
    font.setFamilies(fontFamilies());
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    return font;
}

Status PagedDocument::paint(const QString &html, const QString &footerLeft, QPagedPaintDevice &device)
{
    return paint([html](const QSet<int> &) { return html; }, footerLeft, device);
}

Status PagedDocument::paint(const HtmlForBreaks &html, const QString &footerLeft, QPagedPaintDevice &device)
{
    QTextDocument document;
    document.setDefaultFont(font(9.5));
    // Layout in the device's own resolution, so what is measured is what is painted.
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);

    const QRectF area = paintArea(device);
    const qreal dotsPerMm = device.logicalDpiY() / 25.4;
    const qreal footerHeight = 9 * dotsPerMm;
    const QSizeF pageSize(area.width(), area.height() - footerHeight);
    if (pageSize.width() <= 0 || pageSize.height() <= 0)
        return Error::unavailable(tr("The page is too small for the document."));

    // Laid out, then again with a page break before the first row found split across two pages,
    // until none is: each round moves one row to the next page, so it ends.
    QSet<int> breakBefore;
    for (;;) {
        document.setHtml(html(breakBefore));
        document.setPageSize(pageSize);
        const std::optional<int> split = firstSplitRow(document, pageSize.height());
        if (!split || breakBefore.contains(*split))
            break;
        breakBefore.insert(*split);
    }
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return Error::unavailable(tr("Printing could not start on this printer or file."));
    const QFont footerFont = font(7.5);

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return Error::unavailable(tr("A new page could not be started."));
        }
        painter.save();
        const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        painter.translate(0, -clip.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        const QRectF footer(0, area.height() - footerHeight + 3 * dotsPerMm, area.width(), footerHeight - 3 * dotsPerMm);
        painter.drawLine(QPointF(0, footer.top() - dotsPerMm), QPointF(area.width(), footer.top() - dotsPerMm));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    if (!painter.end())
        return Error::unavailable(tr("The pages could not be finished."));
    return Done {};
}

Status PagedDocument::writePdf(const QString &html, const QString &footerLeft, const QString &title, const QString &path)
{
    return writePdf([html](const QSet<int> &) { return html; }, footerLeft, title, path);
}

Status PagedDocument::writePdf(const HtmlForBreaks &html, const QString &footerLeft, const QString &title, const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("path"), tr("choose a file name for the PDF"));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return Error::badInput(QStringLiteral("path"),
                               tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    // Written beside the target and renamed at the end: a failure never leaves half a PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::unavailable(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Tongban"));
        const Status painted = paint(html, footerLeft, writer);
        if (!painted.ok()) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return Error::unavailable(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Done {};
}

} // namespace tongban::ui
