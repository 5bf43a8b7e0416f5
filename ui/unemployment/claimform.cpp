#include "ui/unemployment/claimform.h"

#include "ui/common/fieldmessage.h"

#include "unemployment/paidmonths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tongban::ui {

ClaimForm::ClaimForm(std::shared_ptr<const unemployment::UnemploymentRules> rules, QWidget *parent)
    : QWidget(parent)
    , m_rules(std::move(rules))
{
    m_claimDate = new QDateEdit;
    m_claimDate->setObjectName(QStringLiteral("claimDate"));
    m_claimDate->setCalendarPopup(true);
    m_claimDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_region = new QLineEdit;
    m_region->setObjectName(QStringLiteral("claimRegion"));
    m_region->setToolTip(tr("Six-digit region code (GB/T 2260) of the office paying the benefit."));
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("jobLossReason"));
    for (const auto &reason : m_rules->jobLossReasons())
        m_reason->addItem(reason.label, reason.key);
    m_registered = new QCheckBox(tr("Registered as unemployed and seeking work"));
    m_registered->setObjectName(QStringLiteral("registered"));
    m_monthsPaid = new QSpinBox;
    m_monthsPaid->setObjectName(QStringLiteral("monthsPaid"));
    m_monthsPaid->setRange(0, 1200);
    m_monthsPaid->setSuffix(tr(" months"));
    m_monthsPaidHint = new QLabel;
    m_monthsPaidHint->setObjectName(QStringLiteral("monthsPaidHint"));
    m_monthsPaidHint->setWordWrap(true);
    m_carried = new QSpinBox;
    m_carried->setObjectName(QStringLiteral("carriedMonths"));
    m_carried->setRange(0, m_rules->maximumMonths());
    m_carried->setSuffix(tr(" months"));
    m_carriedHint = new QLabel;
    m_carriedHint->setObjectName(QStringLiteral("carriedHint"));
    m_carriedHint->setWordWrap(true);
    m_standard = new QLineEdit;
    m_standard->setObjectName(QStringLiteral("enteredStandard"));
    m_standard->setPlaceholderText(tr("only when the region's standard is not in the data, CNY per month"));
    m_standardNote = new QLineEdit;
    m_standardNote->setObjectName(QStringLiteral("enteredStandardNote"));
    m_standardNote->setPlaceholderText(tr("where the figure comes from (required with a standard)"));
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("claimMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("Claim date"), m_claimDate);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Job ended by"), m_reason);
    form->addRow(QString(), m_registered);
    form->addRow(tr("Months paid since the last claim"), m_monthsPaid);
    form->addRow(QString(), m_monthsPaidHint);
    form->addRow(tr("Months carried over"), m_carried);
    form->addRow(QString(), m_carriedHint);
    form->addRow(tr("Monthly standard (entered)"), m_standard);
    form->addRow(tr("Note on the standard"), m_standardNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);

    connect(m_claimDate, &QDateEdit::dateChanged, this, &ClaimForm::changed);
    connect(m_region, &QLineEdit::textEdited, this, &ClaimForm::changed);
    connect(m_reason, &QComboBox::currentIndexChanged, this, &ClaimForm::changed);
    connect(m_registered, &QCheckBox::toggled, this, &ClaimForm::changed);
    connect(m_monthsPaid, &QSpinBox::valueChanged, this, &ClaimForm::changed);
    connect(m_carried, &QSpinBox::valueChanged, this, &ClaimForm::changed);
    connect(m_standard, &QLineEdit::textEdited, this, &ClaimForm::changed);
    connect(m_standardNote, &QLineEdit::textEdited, this, &ClaimForm::changed);
}

void ClaimForm::reset(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records, QDate today,
                      const QString &agencyRegion)
{
    m_records = records;
    m_today = today;
    const QSignalBlocker b1(m_claimDate), b2(m_region), b3(m_monthsPaid), b4(m_carried), b5(m_registered), b6(m_reason);
    m_claimDate->setDate(today);
    // The office that pays is the one the claim is made at: the agency's region when set.
    m_region->setText(agencyRegion.isEmpty() ? person.region : agencyRegion);
    m_reason->setCurrentIndex(0);
    m_registered->setChecked(false);
    m_standard->clear();
    m_standardNote->clear();
    m_message->clearMessage();
    // Until the claims are read: every employee month up to today.
    m_monthsPaid->setValue(unemployment::PaidMonths::employeeMonthsSince(records, YearMonth(), YearMonth::fromDate(today)));
    m_monthsPaidHint->setText(tr("Pre-filled from the employee months of the pension records; confirm it against the unemployment "
                                 "insurance record."));
    m_carried->setValue(0);
    m_carriedHint->setText(tr("Reading the earlier claims …"));
}

void ClaimForm::showClaimsRead(YearMonth lastClaim, int carried, const QString &error)
{
    if (!error.isEmpty()) {
        m_carriedHint->setText(tr("Enter the months carried over from an earlier claim."));
        return;
    }
    // 失业保险条例 Art. 17: the time paid counts afresh after a claim; unused months carry over.
    {
        const QSignalBlocker b1(m_monthsPaid), b2(m_carried);
        m_monthsPaid->setValue(unemployment::PaidMonths::employeeMonthsSince(m_records, lastClaim, YearMonth::fromDate(m_today)));
        m_carried->setValue(std::min(carried, m_carried->maximum()));
    }
    if (lastClaim.isValid())
        m_monthsPaidHint->setText(tr("Pre-filled from the employee months of the pension records after the last claim (%1); confirm it "
                                     "against the unemployment insurance record.")
                                      .arg(lastClaim.toString()));
    m_carriedHint->setText(carried > 0 ? tr("Months left of the last stopped claim, kept for this one.")
                                       : tr("No months left from an earlier claim."));
}

std::optional<unemployment::ClaimInput> ClaimForm::input(std::optional<YearMonth> statutoryRetirement)
{
    unemployment::ClaimInput input;
    input.region = m_region->text().trimmed();
    input.claimDate = m_claimDate->date();
    input.statutoryRetirement = statutoryRetirement;
    input.monthsPaid = m_monthsPaid->value();
    input.carriedMonths = m_carried->value();
    input.jobLossReason = m_reason->currentData().toString();
    input.registered = m_registered->isChecked();
    if (!m_standard->text().trimmed().isEmpty()) {
        const auto amount = Money::parse(m_standard->text().trimmed());
        if (!amount) {
            m_message->showMessage(tr("The monthly standard must be an amount in CNY with at most two decimals."));
            return std::nullopt;
        }
        input.enteredStandard = amount;
        input.enteredStandardNote = m_standardNote->text();
    }
    return input;
}

void ClaimForm::showMessage(const QString &message)
{
    m_message->showMessage(message);
}

} // namespace tongban::ui
