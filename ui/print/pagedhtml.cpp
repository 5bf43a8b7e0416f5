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
}

void PagedHtml::beginTable(const QString &tableTag, const QString &headerRow)
{
    m_tableTag = tableTag;
    m_headerRow = headerRow;
    m_html += tableTag + headerRow;
}

void PagedHtml::row(const QString &rowHtml)
{
    const int id = m_nextId++;
    if (m_breakBefore.contains(id)) {
        // A new table on a new page, with the header again, so the row is read with its columns.
        m_html += QStringLiteral("</table>") + pageBreak() + m_tableTag + m_headerRow;
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
    m_html += QStringLiteral("</table>");
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
