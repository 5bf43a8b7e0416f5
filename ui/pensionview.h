#pragma once

#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pensionoutcome.h"
#include "policy/parameterset.h"

#include <QList>
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
/// then core's result line by line, large enough to be read across the counter.
class PensionView : public QWidget
{
    Q_OBJECT

public:
    explicit PensionView(std::shared_ptr<const policy::ParameterSet> parameters, QWidget *parent = nullptr);

    /// Shows @p outcome, the pension at the statutory month computed with the lookup, and keeps
    /// the person and records for recalculations. @p statutoryMonth fills the month field.
    void showPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                    std::optional<YearMonth> statutoryMonth, const PensionOutcome &outcome, YearMonth today);
    /// Back to the hint shown before a lookup; a calculation in flight is dropped.
    void clear();

signals:
    /// A calculation's outcome (result or error) is on screen.
    void outcomeShown();

private:
    void calculate();
    void showOutcome(const PensionOutcome &outcome);
    void showError(const Error &error);
    void clearResult();

    std::shared_ptr<const policy::ParameterSet> m_parameters;
    insured::InsuredPerson m_person;
    QList<insured::ContributionRecord> m_records;
    YearMonth m_today;

    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_retirement = nullptr;
    FieldMessage *m_retirementMessage = nullptr;
    QLineEdit *m_calculationBase = nullptr;
    FieldMessage *m_calculationBaseMessage = nullptr;
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
};

} // namespace tongban::ui
