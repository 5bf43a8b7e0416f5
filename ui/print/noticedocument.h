#pragma once

#include "common/error.h"
#include "notice/notice.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

class QPagedPaintDevice;

namespace tongban::ui {

/// Lays out a notice::Notice on A4 portrait pages (title, sections as tables, paragraphs, the
/// legal bases, the agency with a place for its seal, a footer with "page x of y" on every page)
/// for printing and PDF, as the visitor's copy or the staff copy (notice::Copy): the staff copy
/// adds the staff notes (sources, confidence, editions, digests) as an appendix.
class NoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::NoticeDocument)

public:
    /// The notice as HTML for QTextDocument, with a page break before the table rows numbered
    /// in @p breakBefore (PagedHtml).
    static QString html(const notice::Notice &notice, notice::Copy copy, const QSet<int> &breakBefore = {});
    /// Paints the copy on @p device (a QPrinter or QPdfWriter). Safe on a worker thread with a
    /// QPdfWriter. Errors: the notice's readyFor(copy) (BadInput "agency" for a visitor's copy
    /// without the agency's name); Unavailable when painting cannot start.
    static Status paint(const notice::Notice &notice, notice::Copy copy, QPagedPaintDevice &device);
    /// Writes the copy as a PDF at @p path, all or nothing (QSaveFile). Errors: as paint();
    /// BadInput ("path") for an empty path or a folder that does not exist; Unavailable when the
    /// file cannot be written.
    static Status writePdf(const notice::Notice &notice, notice::Copy copy, const QString &path);

    /// What the copy is called on screen and in a file name ("给办事人" / "经办留存").
    static QString copyName(notice::Copy copy);
};

} // namespace tongban::ui
