#include "ui/print/pagedhtml.h"

#include <QRegularExpression>

namespace tongban::ui {

const QString PagedHtml::kKeepPrefix = QStringLiteral("keep-");

PagedHtml::PagedHtml(QSet<int> breakBefore)
    : m_breakBefore(std::move(breakBefore))
{ }

void PagedHtml::append(const QString &html)
{
    m_html += html;
    m_joinNextRow = false; // something came between the heading and a table: nothing to keep it with
}

void PagedHtml::beginTable(const QString &tableTag, const QString &headerRow)
{
    // Written with the first row, so that a break before that row comes before the table.
    m_tableTag = tableTag;
    m_headerRow = headerRow;
    m_tableOpen = false;
}

void PagedHtml::heading(const QString &headingHtml)
{
    beginTable(QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">"));
    row(QStringLiteral("<tr><td>%1</td></tr>").arg(headingHtml));
    endTable();
    m_joinNextRow = true;
}

void PagedHtml::row(const QString &rowHtml, Keep keep)
{
    const bool joins = (keep == Keep::WithPrevious || m_joinNextRow) && m_nextId > 0;
    m_joinNextRow = false;
    const int id = joins ? m_nextId - 1 : m_nextId++;
    if (!joins && m_breakBefore.contains(id)) {
        // A new table on a new page, with the header again, so the row is read with its columns.
        if (m_tableOpen)
            m_html += QStringLiteral("</table>");
        m_html += pageBreak() + m_tableTag + m_headerRow;
        m_tableOpen = true;
    } else if (!m_tableOpen) {
        m_html += m_tableTag + m_headerRow;
        m_tableOpen = true;
    }
    // The mark goes at the start of the first cell's content, where QTextDocument keeps it as an
    // anchor name of the first character.
    const qsizetype cell = rowHtml.indexOf(QRegularExpression(QStringLiteral("<t[dh][ >]")));
    const qsizetype contentStart = cell < 0 ? -1 : rowHtml.indexOf(u'>', cell);
    if (contentStart < 0) {
        m_html += rowHtml;
        return;
    }
    m_html += rowHtml.left(contentStart + 1) + QStringLiteral("<a name=\"%1%2\"></a>").arg(kKeepPrefix).arg(id)
        + rowHtml.mid(contentStart + 1);
}

void PagedHtml::endTable()
{
    if (m_tableOpen)
        m_html += QStringLiteral("</table>");
    m_tableOpen = false;
    m_tableTag.clear();
    m_headerRow.clear();
}

QString PagedHtml::pageBreak()
{
    // Not empty: QTextDocument lays out an empty block before a table as part of the table and
    // would lose the break.
    return QStringLiteral("<p style=\"page-break-before: always; font-size: 1pt; margin: 0px;\">&nbsp;</p>");
}

} // namespace tongban::ui
