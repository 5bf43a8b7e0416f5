#include "ui/print/pdfexport.h"

#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/fieldmessage.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QStandardPaths>

#include <optional>

namespace tongban::ui {

PdfExport::PdfExport(QWidget *owner, QLabel *status, FieldMessage *message, BusyIndicator *busy)
    : QObject(owner)
    , m_owner(owner)
    , m_status(status)
    , m_message(message)
    , m_task(new BackgroundTask(this))
{
    connect(m_task, &BackgroundTask::busyChanged, busy, &BusyIndicator::setBusy);
    connect(m_task, &BackgroundTask::busyChanged, this, &PdfExport::busyChanged);
}

bool PdfExport::isBusy() const
{
    return m_auditing || m_task->isBusy();
}

void PdfExport::chooseAndWrite(const QString &dialogTitle, const QString &suggestedName, Writer writer)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(m_owner, dialogTitle, QDir(folder).filePath(suggestedName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    write(path, std::move(writer));
}

void PdfExport::write(const QString &path, Writer writer)
{
    m_message->clearMessage();
    if (!m_audit) {
        start(path, std::move(writer));
        return;
    }
    // The right is checked and the PDF audited before it is written; a refusal writes nothing.
    // Busy from now on: the buttons wait for the audit as for the writing.
    m_auditing = true;
    emit busyChanged(true);
    m_audit().then(this, [this, path, writer = std::move(writer)](const Result<Done> &audited) {
        m_auditing = false;
        if (!audited) {
            emit busyChanged(false);
            m_status->clear();
            m_message->showMessage(tr("The PDF was not saved: %1").arg(audited.error().message));
            emit finished(false);
            return;
        }
        start(path, writer);
    });
}

void PdfExport::start(const QString &path, Writer writer)
{
    m_status->setText(tr("Writing %1 …").arg(QDir::toNativeSeparators(path)));
    m_task->run(
        [writer = std::move(writer), path](const std::atomic_bool &) -> std::optional<Error> {
            const Status written = writer(path);
            return written.ok() ? std::nullopt : std::optional<Error>(written.error());
        },
        [this, path](const std::optional<Error> &error) {
            if (error) {
                m_status->clear();
                m_message->showMessage(tr("The PDF was not saved: %1").arg(error->message));
                emit finished(false);
                return;
            }
            m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
            emit finished(true);
        });
}

} // namespace tongban::ui
