#pragma once

#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pension/pensionoutcome.h"
#include "services/appcontext.h"
#include "services/comparisonservice.h"
#include "sheet/calculationsheet.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class DisclosureDialog;
class FieldMessage;
class SheetActions;
class VisitorView;
class WarningBox;

/// The comparison tab: the person on screen against a colleague ("why is his pension
/// higher?") or against themselves under another scenario (a later start, paying on at a base
/// until retirement) — both pensions side by side, the difference per component, and the
/// causes that add up to it, largest first in the reading order of the career; printed, saved as
/// a PDF or stepped through on the visitor's screen (sheet::ComparisonSheet, SheetActions).
///
/// A colleague is someone else: their comparison opens only once the clerk recorded the basis for
/// showing their data (DisclosureDialog, stored by ComparisonService::recordDisclosure), and the
/// colleague is shown as "同事" with their masked ID number — on screen, on paper and on the
/// visitor's screen — never by name; the field with what the clerk typed is emptied.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    /// The other person is looked up in the context's store; "today" is its clock's month.
    explicit ComparisonView(const services::AppContext &context, QWidget *parent = nullptr);

    /// The person compared (side a); clears an earlier comparison.
    void showPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records);
    /// Back to the hint shown before a lookup.
    void clear();
    /// Fills the other person's field and compares, as if typed and confirmed.
    void compareWith(const QString &otherQuery);

    /// The sheet of the comparison on screen, made at @p printedAt. Errors: NotFound
    /// ("comparison") when none is shown; those of sheet::ComparisonSheet::build.
    Result<sheet::CalculationSheet> comparisonSheet(const QDateTime &printedAt) const;
    /// Writes the comparison's sheet as a PDF at @p path off the UI thread; pdfFinished() reports.
    void savePdf(const QString &path);
    /// Opens (or raises) the visitor's screen on the comparison shown, at its first cause.
    void openVisitorView();
    /// The visitor's screen once opened, else nullptr.
    VisitorView *visitorView() const;
    /// The question of the basis for a colleague's data while it is open, else nullptr.
    DisclosureDialog *disclosureDialog() const;

signals:
    /// A comparison (or its error) is on screen.
    void comparisonShown();
    /// A scenario of the person on screen was calculated and is shown (side b): the visit
    /// keeps it like any calculation shown to the visitor.
    void scenarioShown(const tongban::pension::PensionOutcome &outcome);
    /// A savePdf() ended: @p ok when the file is complete at its path.
    void pdfFinished(bool ok);

private:
    void compare();
    /// A comparison with a colleague is ready: asks for the basis, records it, then shows it.
    void askForBasis(const services::ComparisonOutcome &outcome);
    void recordAndShow(const services::ComparisonOutcome &outcome, const session::DisclosureBasis &basis);
    void showOutcome(const services::ComparisonOutcome &outcome);
    void clearResult();
    /// Drops what is waiting for this comparison (the basis question, the recording).
    void dropPending();

    const services::AppContext &m_context;
    insured::InsuredPerson m_person;
    QList<insured::ContributionRecord> m_records;

    QStackedWidget *m_stack = nullptr;
    QComboBox *m_mode = nullptr;
    QStackedWidget *m_modeInputs = nullptr;
    QLineEdit *m_other = nullptr;
    QLineEdit *m_retirement = nullptr;
    QLineEdit *m_keepPaying = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    BusyIndicator *m_busy = nullptr;
    FieldMessage *m_message = nullptr;
    QLabel *m_headline = nullptr;
    WarningBox *m_warnings = nullptr;
    QTableView *m_sideBySide = nullptr;
    QStandardItemModel *m_sideBySideModel = nullptr;
    QLabel *m_causesCaption = nullptr;
    QTableView *m_causes = nullptr;
    QStandardItemModel *m_causesModel = nullptr;
    QLabel *m_assumptions = nullptr;
    QWidget *m_result = nullptr;
    QLabel *m_colleague = nullptr;
    SheetActions *m_sheetActions = nullptr;
    BackgroundTask *m_task = nullptr;
    std::optional<services::ComparisonOutcome> m_shown; ///< the comparison on screen
    QPointer<DisclosureDialog> m_disclosureDialog;
    quint64 m_generation = 0; ///< changes whenever what waits for a basis must be dropped
};

} // namespace tongban::ui
