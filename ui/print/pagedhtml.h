#pragma once

#include <QSet>
#include <QString>

namespace tongban::ui {

/// Writes the HTML of a printed document whose table rows are kept whole on a page: each row()
/// carries a mark PagedDocument finds after laying the document out; for the rows it reports
/// split across two pages, the document is written again (a new PagedHtml given those rows) with
/// the table closed before the row, a page break, and the table opened again with its header.
/// Rows may be kept together as a group (a signature block), and a heading with the row after it,
/// so that no page ends with a heading whose table starts on the next.
class PagedHtml
{
public:
    /// Whether a row starts a kept group of its own or joins the group of the row before it.
    enum class Keep { Alone, WithPrevious };

    /// The prefix of the marks (anchor names "keep-<n>", n counting the rows from 0).
    static const QString kKeepPrefix;

    /// A document with a page break before the rows numbered in @p breakBefore.
    explicit PagedHtml(QSet<int> breakBefore = {});

    /// Any HTML outside kept tables (headings, paragraphs, lists).
    void append(const QString &html);
    /// Opens a table: @p tableTag ("<table …>") and @p headerRow (a "<thead><tr>…</tr></thead>" or
    /// empty), both written again after a page break inside the table.
    void beginTable(const QString &tableTag, const QString &headerRow = {});
    /// One row ("<tr…><td…>…</td>…</tr>") of the open table, kept on one page; with
    /// Keep::WithPrevious, on the same page as the row before it (of this table or the one before).
    void row(const QString &rowHtml, Keep keep = Keep::Alone);
    /// Closes the open table (a table without a row writes nothing).
    void endTable();
    /// A heading (@p headingHtml, e.g. "<h2>…</h2>") kept on the page of the next row().
    void heading(const QString &headingHtml);

    /// The HTML written so far.
    const QString &html() const { return m_html; }

    /// A forced page break between blocks.
    static QString pageBreak();

private:
    QSet<int> m_breakBefore;
    QString m_html;
    QString m_tableTag;
    QString m_headerRow;
    bool m_tableOpen = false;
    bool m_joinNextRow = false; ///< a heading waits for the row it is kept with
    int m_nextId = 0;
};

} // namespace tongban::ui
