#include "ui/pension/sheetdocument.h"

#include "ui/print/pageddocument.h"

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

const QString kTable = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                      "style=\"border-collapse: collapse; border-color: #8a9bb0;\">");
const QString kHeaderCell = QStringLiteral("<th align=\"left\" style=\"background-color: #e4ebf3;\"%2>%1</th>");

/// Label–value pairs two to a row, the labels shaded, for the short person fields.
QString fieldsTwoColumns(const QList<CalculationSheet::Field> &fields)
{
    QString html = kTable;
    for (qsizetype i = 0; i < fields.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            if (j < fields.size()) {
                html += QStringLiteral("<td width=\"16%\" style=\"background-color: #f2f5f9;\">%1</td><td width=\"34%\">%2</td>")
                            .arg(esc(fields.at(j).label), esc(fields.at(j).value));
            } else {
                html += QStringLiteral("<td width=\"16%\"></td><td width=\"34%\"></td>");
            }
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

/// Label–value pairs one to a row, for the inputs whose values carry a remark.
QString fieldsOneColumn(const QList<CalculationSheet::Field> &fields)
{
    QString html = kTable;
    for (const CalculationSheet::Field &f : fields) {
        html += QStringLiteral("<tr><td width=\"34%\" style=\"background-color: #f2f5f9;\">%1</td><td>%2</td></tr>")
                    .arg(esc(f.label), esc(f.value));
    }
    return html + QStringLiteral("</table>");
}

QString bulletList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-top: 0px;\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString breakdownTable(const CalculationSheet &sheet)
{
    QString html = kTable;
    html += QStringLiteral("<thead><tr>") + kHeaderCell.arg(esc(SheetDocument::tr("No.")), QStringLiteral(" width=\"5%\""))
        + kHeaderCell.arg(esc(SheetDocument::tr("Item")), QStringLiteral(" width=\"17%\""))
        + kHeaderCell.arg(esc(SheetDocument::tr("Formula with the figures used")), QStringLiteral(" width=\"37%\""))
        + kHeaderCell.arg(esc(SheetDocument::tr("Value")), QStringLiteral(" width=\"14%\""))
        + kHeaderCell.arg(esc(SheetDocument::tr("Source and confidence")), QStringLiteral(" width=\"27%\""))
        + QStringLiteral("</tr></thead>");
    for (qsizetype i = 0; i < sheet.lines.size(); ++i) {
        const CalculationSheet::Line &line = sheet.lines.at(i);
        const bool total = line.key == u"total";
        const bool low = line.confidence == u"LOW";
        QString rowStyle;
        if (total)
            rowStyle = QStringLiteral(" style=\"background-color: #e4ebf3; font-weight: bold;\"");
        else if (low)
            rowStyle = QStringLiteral(" style=\"background-color: #fff6d6;\"");
        QString formula = esc(line.formula);
        if (!line.note.isEmpty())
            formula += QStringLiteral("<br/><span style=\"font-size: 8pt; color: #444444;\">%1</span>").arg(esc(line.note));
        QString value = esc(CalculationSheet::displayValue(line));
        if (low)
            value += QStringLiteral(" *");
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td align=\"right\" style=\"white-space: nowrap;\">%5</td>"
                               "<td><span style=\"font-size: 8pt;\">%6<br/>%7</span></td></tr>")
                    .arg(rowStyle, QString::number(i + 1), esc(line.label), formula, value,
                         esc(line.source.isEmpty() ? QStringLiteral("—") : line.source),
                         esc(SheetDocument::tr("Confidence: %1").arg(CalculationSheet::confidenceText(line.confidence))));
    }
    return html + QStringLiteral("</table>");
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

QString SheetDocument::html(const CalculationSheet &sheet)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1 align=\"center\" style=\"font-size: 18pt; margin-bottom: 2px;\">%1</h1>").arg(esc(sheet.title));
    QStringList subtitle;
    if (!sheet.personName.isEmpty())
        subtitle << sheet.personName;
    subtitle << sheet.regionName << tr("pension from %1").arg(sheet.retirementMonth);
    html += QStringLiteral("<p align=\"center\" style=\"margin-top: 0px;\">%1</p>").arg(esc(subtitle.join(QStringLiteral(" · "))));
    if (sheet.provisional) // 预发: said before anything else, so that no one reads it as final
        html += QStringLiteral("<p align=\"center\" style=\"font-weight: bold; color: #8a4b00;\">%1</p>").arg(esc(sheet.provisionalNotice));

    html += heading(tr("Insured person"));
    html += fieldsTwoColumns(sheet.person);

    html += heading(tr("Inputs"));
    html += fieldsOneColumn(sheet.inputs);

    html += heading(tr("Calculation, step by step"));
    html += breakdownTable(sheet);
    html += QStringLiteral("<p style=\"font-size: 14pt; font-weight: bold; margin-top: 8px;\">%1: %2</p>")
                .arg(esc(sheet.totalLabel), esc(tr("¥ %1").arg(sheet.total.toDisplayString())));

    if (!sheet.warnings.isEmpty()) {
        html += heading(tr("Warnings"));
        html += bulletList(sheet.warnings);
    }

    html += heading(tr("Assumptions"));
    html += sheet.assumptions.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(tr("None."))) : bulletList(sheet.assumptions);

    html += heading(tr("Parameter versions"));
    html += versionsTable(sheet);

    html += heading(tr("Made by"));
    html += kTable
        + QStringLiteral("<tr><td width=\"16%\" style=\"background-color: #f2f5f9;\">%1</td><td width=\"34%\">%2</td>"
                         "<td width=\"16%\" style=\"background-color: #f2f5f9;\">%3</td><td width=\"34%\">%4</td></tr>")
              .arg(esc(tr("Clerk")), esc(sheet.clerk), esc(tr("Date and time")), esc(sheet.printedAtText))
        + QStringLiteral("<tr><td style=\"background-color: #f2f5f9;\">%1</td><td height=\"40\"></td>"
                         "<td style=\"background-color: #f2f5f9;\">%2</td><td></td></tr>")
              .arg(esc(tr("Clerk's signature")), esc(tr("Insured person's signature")))
        + QStringLiteral("</table>");

    if (!sheet.lowConfidence.isEmpty()) {
        html += QStringLiteral("<p style=\"font-size: 8pt; margin-top: 12px;\">%1</p>")
                    .arg(esc(tr("* Figures of LOW confidence: verify them against the source document before relying on this sheet.")));
        html += QStringLiteral("<ul style=\"font-size: 8pt; margin-top: 0px;\">");
        for (const QString &item : sheet.lowConfidence)
            html += QStringLiteral("<li>%1</li>").arg(esc(item));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p style=\"font-size: 8pt; color: #444444;\">%1</p>")
                .arg(esc(tr("The citizen ID number is masked on this sheet. Amounts in CNY per month unless stated.")));
    return html + QStringLiteral("</body></html>");
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

QString footerOf(const CalculationSheet &sheet)
{
    QStringList footerParts {sheet.title};
    if (!sheet.personName.isEmpty())
        footerParts << sheet.personName;
    if (!sheet.maskedCitizenId.isEmpty())
        footerParts << sheet.maskedCitizenId;
    footerParts << sheet.printedAtText;
    const QString footerLeft = footerParts.join(QStringLiteral(" · "));
    return footerLeft;
}

} // namespace

Status SheetDocument::paint(const CalculationSheet &sheet, QPagedPaintDevice &device)
{
    return PagedDocument::paint(html(sheet), footerOf(sheet), device);
}

Status SheetDocument::writePdf(const CalculationSheet &sheet, const QString &path)
{
    const QString title = sheet.personName.isEmpty() ? sheet.title : QStringLiteral("%1 · %2").arg(sheet.title, sheet.personName);
    return PagedDocument::writePdf(html(sheet), footerOf(sheet), title, path);
}

} // namespace tongban::ui
