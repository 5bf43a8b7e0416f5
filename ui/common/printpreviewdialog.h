#pragma once

#include "common/error.h"

#include <QFuture>
#include <QPrintPreviewDialog>

#include <functional>

class QLabel;
class QPushButton;

namespace tongban::ui {

/// Qt's print preview, reachable from the keyboard: its toolbar buttons take no focus, so the
/// dialog gets a "Print…" button, focused when it opens (Enter prints) and on Ctrl+P, that asks
/// for the printer (the system's print dialog) and prints; and a "Close" button (Escape).
/// With an audit set, the paper is checked and audited once the printer is chosen, and printed
/// only when that succeeds (else the reason is shown beside the buttons).
class PrintPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    /// Checks and audits the paper about to be printed (services::AuditService::recordOutput with
    /// audit::action::print, the paper's subject and object).
    using Audit = std::function<QFuture<Result<Done>>()>;

    explicit PrintPreviewDialog(QPrinter *printer, QWidget *parent = nullptr);

    QPushButton *printButton() const { return m_print; }
    /// Every print from now on is first checked and audited by @p audit (none: not audited).
    void setAudit(Audit audit) { m_audit = std::move(audit); }
    /// Sends the pages to the printer: audited first when an audit is set. What the print button
    /// does after the system's print dialog (tests call it with a PDF printer).
    void printChecked();

signals:
    /// The pages went to the printer (@p ok), or the audit refused them.
    void printed(bool ok);

private:
    void print();

    QPrinter *m_printer = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_message = nullptr;
    Audit m_audit;
};

} // namespace tongban::ui
