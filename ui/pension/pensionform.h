#pragma once

#include "common/error.h"
#include "common/money.h"
#include "common/rational.h"
#include "common/yearmonth.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QPushButton;

namespace tongban::ui {

class BusyIndicator;
class FieldMessage;

/// The inputs of the pension breakdown tab: the month the pension starts, and what the clerk may
/// enter where a figure is not published or the approving office uses another one (calculation
/// base, payout months, a base to keep paying until then, a note on those figures). It checks
/// only that the text can be read; what is allowed is core's to say, and core's answer about a
/// field is shown under it (showFieldError).
class PensionForm : public QWidget
{
    Q_OBJECT

public:
    /// What the clerk entered, read.
    struct Entries
    {
        YearMonth retirement;
        std::optional<Money> calculationBase;
        std::optional<Rational> payoutMonths;
        std::optional<Money> keepPayingBase;
        QString note;
    };

    explicit PensionForm(QWidget *parent = nullptr);

    /// A new person: the month field shows @p statutoryMonth, the others are emptied.
    void reset(std::optional<YearMonth> statutoryMonth);
    /// The entries, or std::nullopt after showing under the field what cannot be read.
    std::optional<Entries> read();
    /// Shows @p error under its field when it names one of the form ("retirement",
    /// "calculation_base…", "payout_months", "keep_paying") and focuses it; false otherwise.
    bool showFieldError(const Error &error);
    /// Clears the messages under the fields.
    void clearMessages();
    /// The busy indicator beside the button (the calculation runs off the UI thread).
    BusyIndicator *busyIndicator() const { return m_busy; }

signals:
    /// The clerk asked for the calculation (button or Enter in a field).
    void calculateRequested();

private:
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
};

} // namespace tongban::ui
