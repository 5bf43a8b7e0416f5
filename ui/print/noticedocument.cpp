#include "ui/print/noticedocument.h"

#include "ui/print/pageddocument.h"
#include "ui/print/pagedhtml.h"

namespace tongban::ui {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString kTable = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                      "style=\"border-collapse: collapse; border-color: #8a9bb0;\">");

QString smallList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"font-size: 8pt; color: #444444; margin-top: 0px;\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString smallHeading(const QString &text)
{
    return QStringLiteral("<p style=\"font-size: 9pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px;\">%1</p>").arg(esc(text));
}

} // namespace

QString NoticeDocument::copyName(notice::Copy copy)
{
    return copy == notice::Copy::Visitor ? tr("visitor's copy") : tr("staff copy");
}

QString NoticeDocument::html(const notice::Notice &n, notice::Copy copy, const QSet<int> &breakBefore)
{
    PagedHtml html(breakBefore);
    html.append(QStringLiteral("<html><body>"));
    html.append(QStringLiteral("<h1 align=\"center\" style=\"font-size: 18pt; margin-bottom: 2px;\">%1</h1>").arg(esc(n.title)));
    QString subtitle = n.subtitle;
    if (copy == notice::Copy::Staff)
        subtitle = subtitle.isEmpty() ? tr("(staff copy)") : tr("%1 (staff copy)").arg(subtitle);
    if (!subtitle.isEmpty())
        html.append(QStringLiteral("<p align=\"center\" style=\"color: #333333; margin-top: 0px;\">%1</p>").arg(esc(subtitle)));
    // The last block of the text (a paragraph, the remarks or the legal basis) is written in the
    // signature's table, as its first row, so that the agency, its seal and the date are kept on
    // its page: a seal never stands alone on a page of its own.
    QString last;
    const auto writeLast = [&] {
        html.append(last);
        last.clear();
    };
    for (const notice::NoticeSection &section : n.sections) {
        writeLast();
        // The empty line keeps the distance from a table above (QTextDocument drops a heading's
        // top margin after some tables).
        html.append(QStringLiteral("<p style=\"font-size: 5pt; margin: 0px;\">&nbsp;</p>"));
        // Kept on the page of the section's first row: no page ends with a heading alone.
        html.heading(QStringLiteral("<h2 style=\"font-size: 12pt; margin-top: 6px; margin-bottom: 4px; color: #123f73;\">%1</h2>")
                         .arg(esc(section.heading)));
        if (!section.rows.isEmpty()) {
            html.beginTable(kTable);
            for (const auto &[label, value] : section.rows)
                html.row(QStringLiteral("<tr><td width=\"30%\" style=\"background-color: #f2f5f9;\">%1</td><td>%2</td></tr>")
                             .arg(esc(label), esc(value).replace(u'\n', QStringLiteral("<br/>"))));
            html.endTable();
        }
        for (const QString &paragraph : section.paragraphs) {
            writeLast();
            last = QStringLiteral("<p>%1</p>").arg(esc(paragraph));
        }
    }
    // What the visitor should know before the law it rests on: a remark under the legal basis
    // read as one more of its documents.
    if (!n.remarks.isEmpty()) {
        writeLast();
        last = smallHeading(tr("Please note")) + smallList(n.remarks);
    }
    if (!n.bases.isEmpty()) {
        writeLast();
        last = smallHeading(tr("Legal basis")) + smallList(n.bases);
    }

    // The agency and the place of its seal, at the right as on every official notice.
    html.beginTable(QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\">"));
    if (!last.isEmpty())
        html.row(QStringLiteral("<tr><td colspan=\"2\" style=\"padding: 0px;\">%1</td></tr>").arg(last));
    const QString issuer = n.issuer.trimmed().isEmpty() ? tr("(agency not set)") : n.issuer.trimmed();
    html.row(QStringLiteral("<tr><td width=\"50%\"></td><td align=\"right\" style=\"padding-top: 8px;\">%1</td></tr>")
                 .arg(esc(tr("Agency: %1").arg(issuer))),
             last.isEmpty() ? PagedHtml::Keep::Alone : PagedHtml::Keep::WithPrevious);
    // QTextDocument ignores a cell's height: empty lines make the room for the stamp.
    // The agency, its seal and the date stay together on one page.
    html.row(QStringLiteral("<tr><td></td><td align=\"right\" style=\"color: #666666;\"><br/><br/>%1<br/><br/></td></tr>")
                 .arg(esc(n.sealText.isEmpty() ? tr("(seal)") : n.sealText)),
             PagedHtml::Keep::WithPrevious);
    if (n.issuedOn.isValid())
        html.row(QStringLiteral("<tr><td></td><td align=\"right\">%1</td></tr>")
                     .arg(esc(tr("year %1, month %2, day %3").arg(n.issuedOn.year()).arg(n.issuedOn.month()).arg(n.issuedOn.day()))),
                 PagedHtml::Keep::WithPrevious);
    html.endTable();

    if (copy == notice::Copy::Staff && !n.staffNotes.isEmpty()) {
        html.append(smallHeading(tr("For the file (staff copy only): sources, confidence and data editions")));
        html.append(smallList(n.staffNotes));
    }
    html.append(QStringLiteral("</body></html>"));
    return html.html();
}

namespace {

QString footerOf(const notice::Notice &notice, notice::Copy copy)
{
    QStringList parts;
    if (!notice.issuer.trimmed().isEmpty())
        parts << notice.issuer.trimmed();
    parts << (notice.footer.isEmpty() ? notice.title : notice.footer);
    if (copy == notice::Copy::Staff)
        parts << NoticeDocument::copyName(copy);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

Status NoticeDocument::paint(const notice::Notice &notice, notice::Copy copy, QPagedPaintDevice &device)
{
    if (const Status ready = notice.readyFor(copy); !ready)
        return ready;
    return PagedDocument::paint([&notice, copy](const QSet<int> &breaks) { return html(notice, copy, breaks); }, footerOf(notice, copy),
                                device);
}

Status NoticeDocument::writePdf(const notice::Notice &notice, notice::Copy copy, const QString &path)
{
    if (const Status ready = notice.readyFor(copy); !ready)
        return ready;
    return PagedDocument::writePdf([&notice, copy](const QSet<int> &breaks) { return html(notice, copy, breaks); }, footerOf(notice, copy),
                                   notice.title, path);
}

} // namespace tongban::ui
