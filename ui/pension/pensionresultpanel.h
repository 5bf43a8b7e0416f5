#pragma once

#include "pension/pensionoutcome.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace tongban::ui {

class BreakdownModel;
class WarningBox;

/// The result of the pension breakdown tab, large enough to be read across the counter: the
/// total beside its name, the heading (region, month, age), core's warnings, the breakdown line by
/// line with the current step in plain words under it, and the assumptions behind it (these two
/// in a pane of a splitter under the breakdown); or a hint when there is no result for the month. The row
/// of sheet actions (SheetActions), given by the view, sits beside the total under the heading,
/// so that the breakdown keeps its lines on a 1280×720 screen.
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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The item column as wide as its longest item, but no more than a fifth of the table.
    void fitLabelColumn();
    void showExplanation(int row);
    /// The pane under the breakdown scrolled to its top and at least as high as the step's words
    /// and a line of the assumptions need (the splitter moved up when they need more).
    void fitLowerPane();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_total = nullptr;
    WarningBox *m_warnings = nullptr;
    QTableView *m_table = nullptr;
    BreakdownModel *m_model = nullptr;
    QLabel *m_explanation = nullptr; ///< the current step in plain words
    QLabel *m_assumptions = nullptr;
    QScrollArea *m_assumptionsScroll = nullptr; ///< the explanation over the assumptions
    QWidget *m_lowerPane = nullptr; ///< their title and m_assumptionsScroll
    QSplitter *m_split = nullptr; ///< the breakdown over the lower pane
    QLabel *m_noResult = nullptr;
};

} // namespace tongban::ui
