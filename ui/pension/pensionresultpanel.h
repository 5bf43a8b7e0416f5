#pragma once

#include "pension/pensionoutcome.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace tongban::ui {

class BreakdownModel;
class WarningBox;

/// The result of the pension breakdown tab, large enough to be read across the counter: the
/// total beside its name, the heading (region, month, age), core's warnings, the breakdown line by
/// line with the current step in plain words under it, and the assumptions behind it; or a hint
/// when there is no result for the month. The row of sheet actions (SheetActions) sits under the
/// total, put there by the view.
class PensionResultPanel : public QWidget
{
    Q_OBJECT

public:
    /// @p sheetActions is placed under the total (the calculation sheet's buttons).
    explicit PensionResultPanel(QWidget *sheetActions, QWidget *parent = nullptr);

    /// Shows @p outcome's result (which must be set).
    void showResult(const pension::PensionOutcome &outcome);
    /// No result: the hint says to look at the message above.
    void clear();
    /// Highlights breakdown line @p row (the step the visitor's screen shows).
    void selectLine(int row);
    int lineCount() const;

private:
    void showExplanation(int row);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_total = nullptr;
    WarningBox *m_warnings = nullptr;
    QTableView *m_table = nullptr;
    BreakdownModel *m_model = nullptr;
    QLabel *m_explanation = nullptr; ///< the current step in plain words
    QLabel *m_assumptions = nullptr;
    QLabel *m_noResult = nullptr;
};

} // namespace tongban::ui
