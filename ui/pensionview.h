#pragma once

#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pensionoutcome.h"
#include "policy/parameterset.h"
#include "sheet/calculationsheet.h"
#include "visitorview.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace tongban::ui {

class BackgroundTask;
class BreakdownModel;
class BusyIndicator;
class FieldMessage;

/// The pension breakdown tab: the month the pension starts and an optional calculation base,
/// then core's result line by line, large enough to be read across the counter. A result on
/// screen can be printed as a calculation sheet (养老金核算表, with preview), saved as a PDF
/// (written off the UI thread) and shown step by step on the visitor's screen (VisitorView),
/// whose step the expert sees and moves from here.
class PensionView : public QWidget
{
    Q_OBJECT

public:
    explicit PensionView(std::shared_ptr<const policy::ParameterSet> parameters, QWidget *parent = nullptr);

    /// Shows @p outcome, the pension at the statutory month computed with the lookup, and keeps
    /// the person and records for recalculations. @p statutoryMonth fills the month field.
    void showPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                    std::optional<YearMonth> statutoryMonth, const PensionOutcome &outcome, YearMonth today);
    /// Back to the hint shown before a lookup; a calculation in flight is dropped and the
    /// visitor's screen is emptied and closed (it never shows the previous visitor's figures).
    void clear();
    /// The clerk's name, printed on calculation sheets as the one who made them.
    void setClerk(const QString &clerk);

    /// The calculation sheet of the result on screen, made at @p printedAt. Errors: NotFound
    /// ("result") when no result is shown; those of CalculationSheet::build (e.g. no clerk set).
    Result<sheet::CalculationSheet> calculationSheet(const QDateTime &printedAt) const;
    /// Writes the sheet of the result on screen as a PDF at @p path on a worker thread; the
    /// busy indicator runs meanwhile and pdfFinished() reports the end. The outcome (saved, or
    /// why not) is shown in the view. What the "Save PDF…" button does after its file dialog.
    void savePdf(const QString &path);
    /// Opens (or raises) the visitor's screen on the result shown, at its first step.
    void openVisitorView();
    /// The visitor's screen once opened, else nullptr.
    VisitorView *visitorView() const { return m_visitor; }

signals:
    /// A calculation's outcome (result or error) is on screen.
    void outcomeShown();
    /// A result is on screen, with the case it was computed from (recorded in the visit).
    void resultShown(const tongban::ui::PensionOutcome &outcome);
    /// A savePdf() ended: @p ok when the file is complete at its path.
    void pdfFinished(bool ok);

private:
    void calculate();
    void showOutcome(const PensionOutcome &outcome);
    void showError(const Error &error);
    void clearResult();
    void setSheetActionsEnabled(bool enabled);
    void printSheet();
    void chooseAndSavePdf();
    void showVisitorStep(int step);
    void refreshVisitorView();

    std::shared_ptr<const policy::ParameterSet> m_parameters;
    insured::InsuredPerson m_person;
    QList<insured::ContributionRecord> m_records;
    YearMonth m_today;
    QString m_clerk;
    std::optional<PensionOutcome> m_shown; ///< the outcome whose result is on screen

    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_retirement = nullptr;
    FieldMessage *m_retirementMessage = nullptr;
    QLineEdit *m_calculationBase = nullptr;
    FieldMessage *m_calculationBaseMessage = nullptr;
    QLineEdit *m_payoutMonths = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_keepPaying = nullptr;
    FieldMessage *m_overrideMessage = nullptr;
    QPushButton *m_calculateButton = nullptr;
    BusyIndicator *m_busy = nullptr;
    FieldMessage *m_message = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_warnings = nullptr;
    QTableView *m_table = nullptr;
    BreakdownModel *m_model = nullptr;
    QLabel *m_assumptions = nullptr;
    QStackedWidget *m_resultStack = nullptr;
    QLabel *m_noResult = nullptr;
    BackgroundTask *m_task = nullptr;

    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_visitorButton = nullptr;
    QPushButton *m_previousStepButton = nullptr;
    QPushButton *m_nextStepButton = nullptr;
    QLabel *m_visitorStep = nullptr;
    BusyIndicator *m_pdfBusy = nullptr;
    FieldMessage *m_sheetMessage = nullptr;
    QLabel *m_sheetStatus = nullptr;
    BackgroundTask *m_pdfTask = nullptr;
    QPointer<VisitorView> m_visitor;
};

} // namespace tongban::ui
