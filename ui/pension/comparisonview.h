#pragma once

#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pension/pensionoutcome.h"
#include "services/appcontext.h"
#include "services/comparisonservice.h"

#include <QWidget>

#include <memory>

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
class FieldMessage;
class WarningBox;

/// The comparison tab: the person on screen against a colleague ("why is his pension
/// higher?") or against themselves under another scenario (a later start, paying on at a base
/// until retirement) — both pensions side by side, the difference per component, and the
/// causes that add up to it, largest first in the reading order of the career.
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

signals:
    /// A comparison (or its error) is on screen.
    void comparisonShown();
    /// A scenario of the person on screen was calculated and is shown (side b): the visit
    /// keeps it like any calculation shown to the visitor.
    void scenarioShown(const tongban::pension::PensionOutcome &outcome);

private:
    void compare();
    void showOutcome(const services::ComparisonOutcome &outcome);
    void clearResult();

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
    BackgroundTask *m_task = nullptr;
};

} // namespace tongban::ui
