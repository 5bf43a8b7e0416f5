#include "ui/pension/sheetdocument.h"

#include "ui/print/noticedocument.h"
#include "ui/print/pageddocument.h"
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
#include <QTextDocument>

namespace tongban::ui {

namespace {

using sheet::CalculationSheet;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString &text)
{
    // The empty line before it keeps the distance from a table above: QTextDocument drops the
    // top margin of a heading that follows some tables.
    return QStringLiteral("<p style=\"font-size: 5pt; margin: 0px;\">&nbsp;</p>"
                          "<h2 style=\"font-size: 12pt; margin-top: 6px; margin-bottom: 4px; color: #123f73;\">%1</h2>")
        .arg(esc(text));
}

/// A heading followed by a table: kept on the page of the table's first row.
void tableHeading(PagedHtml &html, const QString &text)
{
    html.append(QStringLiteral("<p style=\"font-size: 5pt; margin: 0px;\">&nbsp;</p>"));
    html.heading(
        QStringLiteral("<h2 style=\"font-size: 12pt; margin-top: 6px; margin-bottom: 4px; color: #123f73;\">%1</h2>").arg(esc(text)));
}

const QString kTable = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                      "style=\"border-collapse: collapse; border-color: #8a9bb0;\">");
const QString kHeaderCell = QStringLiteral("<th align=\"left\" style=\"background-color: #e4ebf3;\"%2>%1</th>");

/// Label–value pairs two to a row, the labels shaded, for the short person fields.
void fieldsTwoColumns(PagedHtml &html, const QList<CalculationSheet::Field> &fields)
{
    html.beginTable(kTable);
    for (qsizetype i = 0; i < fields.size(); i += 2) {
        QString row = QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            if (j < fields.size()) {
                row += QStringLiteral("<td width=\"16%\" style=\"background-color: #f2f5f9;\">%1</td><td width=\"34%\">%2</td>")
                           .arg(esc(fields.at(j).label), esc(fields.at(j).value));
            } else {
                row += QStringLiteral("<td width=\"16%\"></td><td width=\"34%\"></td>");
            }
        }
        html.row(row + QStringLiteral("</tr>"));
    }
    html.endTable();
}

/// Label–value pairs one to a row, for the inputs whose values carry a remark.
void fieldsOneColumn(PagedHtml &html, const QList<CalculationSheet::Field> &fields)
{
    html.beginTable(kTable);
    for (const CalculationSheet::Field &f : fields) {
        html.row(QStringLiteral("<tr><td width=\"34%\" style=\"background-color: #f2f5f9;\">%1</td><td>%2</td></tr>")
                     .arg(esc(f.label), esc(f.value)));
    }
    html.endTable();
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-top: 0px;\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString referencesText(const CalculationSheet::Line &line)
{
    QStringList numbers;
    for (int reference : line.references)
        numbers << QStringLiteral("[%1]").arg(reference);
    return numbers.isEmpty() ? QStringLiteral("—") : numbers.join(QString());
}

void breakdownTable(PagedHtml &html, const CalculationSheet &sheet, notice::Copy copy)
{
    const bool staff = copy == notice::Copy::Staff;
    const QString header = QStringLiteral("<thead><tr>") + kHeaderCell.arg(esc(SheetDocument::tr("No.")), QStringLiteral(" width=\"5%\""))
        + kHeaderCell.arg(esc(SheetDocument::tr("Item")), QStringLiteral(" width=\"17%\""))
        + kHeaderCell.arg(esc(SheetDocument::tr("Formula with the figures used")),
                          staff ? QStringLiteral(" width=\"37%\"") : QStringLiteral(" width=\"50%\""))
        + kHeaderCell.arg(esc(SheetDocument::tr("Value")), QStringLiteral(" width=\"14%\""))
        + (staff ? kHeaderCell.arg(esc(SheetDocument::tr("Source and confidence")), QStringLiteral(" width=\"27%\""))
                 : kHeaderCell.arg(esc(SheetDocument::tr("Basis")), QStringLiteral(" width=\"14%\"")))
        + QStringLiteral("</tr></thead>");
    html.beginTable(kTable, header);
    for (qsizetype i = 0; i < sheet.lines.size(); ++i) {
        const CalculationSheet::Line &line = sheet.lines.at(i);
        const bool total = line.key == u"total";
        const bool low = staff && line.confidence == u"LOW";
        QString rowStyle;
        if (total)
            rowStyle = QStringLiteral(" style=\"background-color: #e4ebf3; font-weight: bold;\"");
        else if (low)
            rowStyle = QStringLiteral(" style=\"background-color: #fff6d6;\"");
        QString formula = esc(line.formula);
        const QString note = staff ? line.note : line.visitorNote;
        if (!note.isEmpty())
            formula += QStringLiteral("<br/><span style=\"font-size: 8pt; color: #444444;\">%1</span>").arg(esc(note));
        QString value = esc(CalculationSheet::displayValue(line));
        if (low)
            value += QStringLiteral(" *");
        QString last;
        if (staff) {
            last = QStringLiteral("<span style=\"font-size: 8pt;\">%1<br/>%2</span>")
                       .arg(esc(line.source.isEmpty() ? QStringLiteral("—") : line.source),
                            esc(SheetDocument::tr("Confidence: %1").arg(CalculationSheet::confidenceText(line.confidence))));
        } else {
            last = QStringLiteral("<span style=\"font-size: 8pt;\">%1</span>").arg(esc(referencesText(line)));
        }
        html.row(QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td align=\"right\" style=\"white-space: nowrap;\">%5</td>"
                                "<td>%6</td></tr>")
                     .arg(rowStyle, QString::number(i + 1), esc(line.label), formula, value, last));
    }
    html.endTable();
}

QString versionsTable(const CalculationSheet &sheet)
{
    QString html = kTable;
    html += QStringLiteral("<tr>") + kHeaderCell.arg(esc(SheetDocument::tr("File")), QStringLiteral(" width=\"40%\""))
        + kHeaderCell.arg(esc(SheetDocument::tr("Edition")), QStringLiteral(" width=\"25%\""))
        + kHeaderCell.arg(esc(SheetDocument::tr("Digest (SHA-256, first 16 hex digits)")), QString()) + QStringLiteral("</tr>");
    for (const policy::ParameterFileVersion &v : sheet.versions) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td style=\"font-family: monospace;\">%3</td></tr>")
                    .arg(esc(v.file), esc(v.edition.isEmpty() ? SheetDocument::tr("none declared") : v.edition), esc(v.digest));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString SheetDocument::html(const CalculationSheet &sheet, notice::Copy copy, const QSet<int> &breakBefore)
{
    const bool staff = copy == notice::Copy::Staff;
    PagedHtml html(breakBefore);
    html.append(QStringLiteral("<html><body>"));
    html.append(QStringLiteral("<h1 align=\"center\" style=\"font-size: 18pt; margin-bottom: 2px;\">%1</h1>").arg(esc(sheet.title)));
    QStringList subtitle;
    if (!sheet.personName.isEmpty())
        subtitle << sheet.personName;
    subtitle << sheet.regionName << tr("pension from %1").arg(sheet.retirementMonth);
    if (staff)
        subtitle << NoticeDocument::copyName(copy);
    html.append(QStringLiteral("<p align=\"center\" style=\"margin-top: 0px;\">%1</p>").arg(esc(subtitle.join(QStringLiteral(" · ")))));
    if (sheet.provisional) // 预发: said before anything else, so that no one reads it as final
        html.append(
            QStringLiteral("<p align=\"center\" style=\"font-weight: bold; color: #8a4b00;\">%1</p>").arg(esc(sheet.provisionalNotice)));

    tableHeading(html, tr("Insured person"));
    fieldsTwoColumns(html, sheet.person);

    tableHeading(html, tr("Inputs"));
    fieldsOneColumn(html, sheet.inputs);

    tableHeading(html, tr("Calculation, step by step"));
    breakdownTable(html, sheet, copy);
    html.append(QStringLiteral("<p style=\"font-size: 14pt; font-weight: bold; margin-top: 8px;\">%1: %2</p>")
                    .arg(esc(sheet.totalLabel), esc(tr("¥ %1").arg(sheet.total.toDisplayString()))));

    if (!sheet.warnings.isEmpty()) {
        html.append(heading(tr("Warnings")));
        html.append(bulletList(sheet.warnings));
    }

    html.append(heading(tr("Assumptions")));
    html.append(sheet.assumptions.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("None."))) : bulletList(sheet.assumptions));

    if (!sheet.citations.isEmpty()) {
        html.append(heading(tr("Documents the calculation follows")));
        QString list = QStringLiteral("<p style=\"font-size: 8.5pt; margin-top: 0px;\">");
        for (qsizetype i = 0; i < sheet.citations.size(); ++i)
            list += QStringLiteral("[%1] %2<br/>").arg(i + 1).arg(esc(sheet.citations.at(i)));
        html.append(list + QStringLiteral("</p>"));
    }

    if (staff) {
        html.append(heading(tr("Parameter versions")));
        html.append(versionsTable(sheet));
    }

    tableHeading(html, tr("Made by"));
    html.beginTable(kTable);
    html.row(QStringLiteral("<tr><td width=\"16%\" style=\"background-color: #f2f5f9;\">%1</td><td width=\"34%\">%2</td>"
                            "<td width=\"16%\" style=\"background-color: #f2f5f9;\">%3</td><td width=\"34%\">%4</td></tr>")
                 .arg(esc(tr("Clerk")), esc(sheet.clerk), esc(tr("Date and time")), esc(sheet.printedAtText)));
    // QTextDocument ignores a cell's height: empty lines make the room to sign and to stamp.
    html.row(QStringLiteral("<tr><td style=\"background-color: #f2f5f9;\">%1</td><td><br/><br/></td>"
                            "<td style=\"background-color: #f2f5f9;\">%2</td><td><br/><br/></td></tr>")
                 .arg(esc(tr("Clerk's signature")), esc(tr("Insured person's signature"))),
             PagedHtml::Keep::WithPrevious); // the block to sign and seal stays on one page
    html.row(
        QStringLiteral("<tr><td style=\"background-color: #f2f5f9;\">%1</td><td>%2</td>"
                       "<td style=\"background-color: #f2f5f9;\">%3</td><td style=\"color: #666666;\"><br/><br/>%4<br/><br/></td></tr>")
            .arg(esc(tr("Agency")), esc(sheet.agency.trimmed().isEmpty() ? tr("(agency not set)") : sheet.agency.trimmed()),
                 esc(tr("Seal")), esc(sheet.sealText)),
        PagedHtml::Keep::WithPrevious);
    html.endTable();

    if (staff && !sheet.lowConfidence.isEmpty()) {
        html.append(
            QStringLiteral("<p style=\"font-size: 8pt; margin-top: 12px;\">%1</p>")
                .arg(esc(tr("* Figures of LOW confidence: verify them against the source document before relying on this sheet."))));
        html.append(QStringLiteral("<ul style=\"font-size: 8pt; margin-top: 0px;\">"));
        for (const QString &item : sheet.lowConfidence)
            html.append(QStringLiteral("<li>%1</li>").arg(esc(item)));
        html.append(QStringLiteral("</ul>"));
    }
    html.append(QStringLiteral("<p style=\"font-size: 8pt; color: #444444;\">%1</p>")
                    .arg(esc(tr("The citizen ID number is masked on this sheet. Amounts in CNY per month unless stated."))));
    html.append(QStringLiteral("</body></html>"));
    return html.html();
}

QStringList SheetDocument::fontFamilies()
{
    return PagedDocument::fontFamilies();
}

QFont SheetDocument::font(qreal pointSize)
{
    return PagedDocument::font(pointSize);
}

namespace {

QString footerOf(const CalculationSheet &sheet, notice::Copy copy)
{
    QStringList footerParts;
    if (!sheet.agency.trimmed().isEmpty())
        footerParts << sheet.agency.trimmed();
    footerParts << sheet.title;
    if (!sheet.personName.isEmpty())
        footerParts << sheet.personName;
    if (!sheet.maskedCitizenId.isEmpty())
        footerParts << sheet.maskedCitizenId;
    footerParts << sheet.printedAtText;
    if (copy == notice::Copy::Staff)
        footerParts << NoticeDocument::copyName(copy);
    const QString footerLeft = footerParts.join(QStringLiteral(" · "));
    return footerLeft;
}

} // namespace

Status SheetDocument::paint(const CalculationSheet &sheet, notice::Copy copy, QPagedPaintDevice &device)
{
    if (copy == notice::Copy::Visitor) {
        if (const Status ready = sheet.readyForVisitor(); !ready)
            return ready;
    }
    return PagedDocument::paint([&sheet, copy](const QSet<int> &breaks) { return html(sheet, copy, breaks); }, footerOf(sheet, copy),
                                device);
}

Status SheetDocument::writePdf(const CalculationSheet &sheet, notice::Copy copy, const QString &path)
{
    if (copy == notice::Copy::Visitor) {
        if (const Status ready = sheet.readyForVisitor(); !ready)
            return ready;
    }
    const QString title = sheet.personName.isEmpty() ? sheet.title : QStringLiteral("%1 · %2").arg(sheet.title, sheet.personName);
    return PagedDocument::writePdf([&sheet, copy](const QSet<int> &breaks) { return html(sheet, copy, breaks); }, footerOf(sheet, copy),
                                   title, path);
}

} // namespace tongban::ui
