#include "ui/print/noticedocument.h"

#include "ui/print/pageddocument.h"

namespace tongban::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString NoticeDocument::html(const notice::Notice &n)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size: 18pt; margin-bottom: 2px;\">%1</h1>").arg(esc(n.title));
    if (!n.subtitle.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"color: #333333; margin-top: 0px;\">%1</p>").arg(esc(n.subtitle));
    for (const notice::NoticeSection &section : n.sections) {
        // The empty line keeps the distance from a table above (QTextDocument drops a heading's
        // top margin after some tables).
        html += QStringLiteral("<p style=\"font-size: 5pt; margin: 0px;\">&nbsp;</p>"
                               "<h2 style=\"font-size: 12pt; margin-top: 6px; margin-bottom: 4px; color: #123f73;\">%1</h2>")
                    .arg(esc(section.heading));
        if (!section.rows.isEmpty()) {
            html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                   "style=\"border-collapse: collapse; border-color: #8a9bb0;\">");
            for (const auto &[label, value] : section.rows)
                html += QStringLiteral("<tr><td width=\"30%\" style=\"background-color: #f2f5f9;\">%1</td><td>%2</td></tr>")
                            .arg(esc(label), esc(value).replace(u'\n', QStringLiteral("<br/>")));
            html += QStringLiteral("</table>");
        }
        for (const QString &paragraph : section.paragraphs)
            html += QStringLiteral("<p>%1</p>").arg(esc(paragraph));
    }
    if (!n.footnotes.isEmpty()) {
        html += QStringLiteral("<p style=\"font-size: 5pt; margin: 0px;\">&nbsp;</p><ul style=\"font-size: 8pt; color: #444444;\">");
        for (const QString &footnote : n.footnotes)
            html += QStringLiteral("<li>%1</li>").arg(esc(footnote));
        html += QStringLiteral("</ul>");
    }
    return html + QStringLiteral("</body></html>");
}

Status NoticeDocument::paint(const notice::Notice &notice, QPagedPaintDevice &device)
{
    return PagedDocument::paint(html(notice), notice.footer.isEmpty() ? notice.title : notice.footer, device);
}

Status NoticeDocument::writePdf(const notice::Notice &notice, const QString &path)
{
    return PagedDocument::writePdf(html(notice), notice.footer.isEmpty() ? notice.title : notice.footer, notice.title, path);
}

} // namespace tongban::ui
