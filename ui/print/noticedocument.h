#pragma once

#include "common/error.h"
#include "notice/notice.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace tongban::ui {

/// Lays out a notice::Notice on A4 portrait pages (title, sections as tables, paragraphs,
/// footnotes, a footer with "page x of y" on every page) for printing and PDF.
class NoticeDocument
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::NoticeDocument)

public:
    /// The notice as HTML for QTextDocument.
    static QString html(const notice::Notice &notice);
    /// Paints the notice on @p device (a QPrinter or QPdfWriter). Safe on a worker thread with
    /// a QPdfWriter. Error (Unavailable) when painting cannot start.
    static Status paint(const notice::Notice &notice, QPagedPaintDevice &device);
    /// Writes the notice as a PDF at @p path, all or nothing (QSaveFile). Errors: BadInput
    /// ("path") for an empty path or a folder that does not exist; Unavailable when the file
    /// cannot be written.
    static Status writePdf(const notice::Notice &notice, const QString &path);
};

} // namespace tongban::ui
