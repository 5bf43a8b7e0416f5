#pragma once

#include <QPrintPreviewDialog>

class QPushButton;

namespace tongban::ui {

/// Qt's print preview, reachable from the keyboard: its toolbar buttons take no focus, so the
/// dialog gets a "Print…" button, focused when it opens (Enter prints) and on Ctrl+P, that asks
/// for the printer (the system's print dialog) and prints; and a "Close" button (Escape).
class PrintPreviewDialog : public QPrintPreviewDialog
{
    Q_OBJECT

public:
    explicit PrintPreviewDialog(QPrinter *printer, QWidget *parent = nullptr);

    QPushButton *printButton() const { return m_print; }

private:
    void print();

    QPrinter *m_printer = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace tongban::ui
