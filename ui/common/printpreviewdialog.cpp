#include "ui/common/printpreviewdialog.h"

#include "ui/common/whenfinished.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>

namespace tongban::ui {

PrintPreviewDialog::PrintPreviewDialog(QPrinter *printer, QWidget *parent)
    : QPrintPreviewDialog(printer, parent)
    , m_printer(printer)
{
    const QString shortcut = QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText);
    auto *buttons = new QDialogButtonBox;
    buttons->setObjectName(QStringLiteral("previewButtons"));
    m_print = buttons->addButton(tr("Print… (%1)").arg(shortcut), QDialogButtonBox::AcceptRole);
    m_print->setObjectName(QStringLiteral("previewPrintButton"));
    m_print->setToolTip(tr("Choose the printer and print (%1 or Enter).").arg(shortcut));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setDefault(true);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("previewCloseButton"));
    // The button box accepts on its own for an AcceptRole button: the print dialog decides instead.
    connect(m_print, &QPushButton::clicked, this, &PrintPreviewDialog::print);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // Qt lays the preview out in a box (toolbar over the pages): the buttons go under the pages.
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);
    if (auto *box = qobject_cast<QBoxLayout *>(layout())) {
        box->addWidget(m_message);
        box->addWidget(buttons);
    }
    m_print->setFocus();
}

void PrintPreviewDialog::print()
{
    // As the toolbar's print button does: the system's dialog (printer, copies, pages), then the
    // pages of the preview to that printer.
    QPrintDialog dialog(m_printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    printChecked();
}

void PrintPreviewDialog::printChecked()
{
    const auto send = [this]() {
        if (auto *preview = findChild<QPrintPreviewWidget *>())
            preview->print();
        emit printed(true);
        accept();
    };
    if (!m_audit) {
        send();
        return;
    }
    m_print->setEnabled(false);
    m_message->clear();
    whenFinished(m_audit(), this, [this, send](const Result<Done> &allowed) {
        m_print->setEnabled(true);
        if (!allowed) {
            m_message->setText(allowed.error().message);
            emit printed(false);
            return;
        }
        send();
    });
}

} // namespace tongban::ui
