#pragma once

#include "common/error.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class FieldMessage;

/// Saving one printed document as a PDF, the same way on every page that prints: the save dialog
/// (a suggested file name in the documents folder, ".pdf" added when missing), the writing on a
/// worker thread while a busy indicator runs, and "Writing …", "Saved: …" or the reason it was
/// not saved under the buttons. The owner says what to write; this says how.
class PdfExport : public QObject
{
    Q_OBJECT

public:
    /// Writes the document at the path it is given (QPdfWriter and QTextDocument may be used off
    /// the UI thread when created there). Error with the reason when the file is not complete.
    using Writer = std::function<Status(const QString &path)>;

    /// Checks and audits the PDF about to be written (services::AuditService::recordOutput with
    /// the paper's subject and object); called on the UI thread once the path is known, and
    /// nothing is written unless it succeeds.
    using Audit = std::function<QFuture<Result<Done>>()>;

    /// Reports through @p status (progress and success), @p message (failure) and @p busy, which
    /// belong to @p owner (also the parent of the save dialog).
    PdfExport(QWidget *owner, QLabel *status, FieldMessage *message, BusyIndicator *busy);

    /// Asks where to save (@p dialogTitle, @p suggestedName — never an ID number: file names are
    /// seen by many) and writes there. Nothing happens when the clerk cancels the dialog.
    void chooseAndWrite(const QString &dialogTitle, const QString &suggestedName, Writer writer);
    /// Writes with @p writer at @p path (what the buttons do after their dialog; tests call it).
    void write(const QString &path, Writer writer);
    /// Every write from now on is first checked and audited by @p audit (none: not audited).
    void setAudit(Audit audit) { m_audit = std::move(audit); }
    /// A write is in progress.
    bool isBusy() const;

signals:
    /// A write ended: @p ok when the file is complete at its path.
    void finished(bool ok);
    void busyChanged(bool busy);

private:
    QWidget *m_owner;
    QLabel *m_status;
    FieldMessage *m_message;
    BackgroundTask *m_task;
    Audit m_audit;
    bool m_auditing = false; ///< the audit of a write is under way

    void start(const QString &path, Writer writer);
};

} // namespace tongban::ui
