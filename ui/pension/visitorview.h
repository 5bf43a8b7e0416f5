#pragma once

#include "sheet/calculationsheet.h"

#include <QWidget>

class QLabel;
class QScreen;

namespace tongban::ui {

/// The visitor's screen: the breakdown of a calculation sheet one step at a time, in type large
/// enough to be read from the other side of the counter (the step's name, what it is in plain
/// words, its formula with the figures and its value at 28 pt or more), with the monthly total
/// always in view.
///
/// The expert steps with the keyboard here (Right, Space or PageDown: next; Left or PageUp:
/// previous; Home, End; Esc closes) or from the breakdown tab; stepChanged() keeps both in step.
/// A top-level window: full screen on a second screen when there is one (open()).
class VisitorView : public QWidget
{
    Q_OBJECT

public:
    /// A top-level window; @p parent owns it (it closes and goes with the expert's window).
    explicit VisitorView(QWidget *parent = nullptr);

    /// Shows @p sheet from its first step. A sheet without lines shows nothing to step through.
    void setSheet(const sheet::CalculationSheet &sheet);
    /// Back to an empty screen (no person's data), e.g. when the next visitor is looked up.
    void clearSheet();

    /// The step shown, 0-based; -1 when there is no sheet.
    int step() const { return m_step; }
    int stepCount() const;

    /// The screen the window should go to: the first screen other than @p expertScreen among
    /// @p screens, or nullptr when there is only one (then a normal window is used).
    static QScreen *visitorScreen(const QList<QScreen *> &screens, QScreen *expertScreen);
    /// Shows the window: full screen on visitorScreen() when there is a second screen, else a
    /// large normal window next to the expert's. Raises it when already shown.
    void open(QScreen *expertScreen);

public slots:
    /// Shows step @p step, clamped to the lines there are.
    void setStep(int step);
    void next() { setStep(m_step + 1); }
    void previous() { setStep(m_step - 1); }
    void first() { setStep(0); }
    void last() { setStep(stepCount() - 1); }

signals:
    /// The step shown changed (by a key here or by setStep()).
    void stepChanged(int step);
    /// The window was closed or hidden (Esc, close()); isVisible() is false by now. The sheet
    /// stays for a reopen.
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showStep();

    sheet::CalculationSheet m_sheet;
    int m_step = -1;
    QLabel *m_header = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_label = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_formula = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_totalCaption = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_keys = nullptr;
};

} // namespace tongban::ui
