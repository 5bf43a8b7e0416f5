#pragma once

#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pension/pensionoutcome.h"
#include "services/appcontext.h"
#include "sheet/calculationsheet.h"

#include <QDateTime>
#include <QList>
#include <QWidget>

#include <optional>

class QStackedWidget;

namespace tongban::ui {

class BackgroundTask;
class FieldMessage;
class PensionForm;
class PensionResultPanel;
class SheetActions;
class VisitorView;

/// The pension breakdown tab: the form (PensionForm), then core's result line by line
/// (PensionResultPanel) with what can be done with its calculation sheet (SheetActions). The
/// calculation runs off the UI thread (pension::PensionFromRecords); a newer one supersedes it.
class PensionView : public QWidget
{
    Q_OBJECT

public:
    /// The context gives the parameters, the clerk printed on sheets and the clock.
    explicit PensionView(const services::AppContext &context, QWidget *parent = nullptr);

    /// Shows @p outcome, the pension at the statutory month computed with the look-up, and keeps
    /// the person and records for recalculations. @p statutoryMonth fills the month field.
    void showPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                    std::optional<YearMonth> statutoryMonth, const pension::PensionOutcome &outcome);
    /// Back to the hint shown before a look-up; a calculation in flight is dropped and the
    /// visitor's screen is emptied and closed (it never shows the previous visitor's figures).
    void clear();

    /// The calculation sheet of the result on screen, made at @p printedAt. Errors: NotFound
    /// ("result") when no result is shown; those of CalculationSheet::build.
    Result<sheet::CalculationSheet> calculationSheet(const QDateTime &printedAt) const;
    /// Writes the sheet of the result on screen as a PDF at @p path off the UI thread;
    /// pdfFinished() reports the end. What the "Save PDF…" button does after its file dialog.
    void savePdf(const QString &path);
    /// Opens (or raises) the visitor's screen on the result shown, at its first step.
    void openVisitorView();
    /// The visitor's screen once opened, else nullptr.
    VisitorView *visitorView() const;

signals:
    /// A calculation's outcome (result or error) is on screen.
    void outcomeShown();
    /// A result is on screen, with the case it was computed from (recorded in the visit).
    void resultShown(const tongban::pension::PensionOutcome &outcome);
    /// A savePdf() ended: @p ok when the file is complete at its path.
    void pdfFinished(bool ok);

private:
    void calculate();
    void showOutcome(const pension::PensionOutcome &outcome);
    void showError(const Error &error);
    void clearResult();
    void chooseAndSavePdf();

    const services::AppContext &m_context;
    insured::InsuredPerson m_person;
    QList<insured::ContributionRecord> m_records;
    std::optional<pension::PensionOutcome> m_shown; ///< the outcome whose result is on screen

    QStackedWidget *m_stack = nullptr;
    PensionForm *m_form = nullptr;
    FieldMessage *m_message = nullptr;
    SheetActions *m_sheetActions = nullptr;
    PensionResultPanel *m_result = nullptr;
    BackgroundTask *m_task = nullptr;
};

} // namespace tongban::ui
