#include "ui/pension/pensionform.h"

#include "ui/common/busyindicator.h"
#include "ui/common/fieldmessage.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tongban::ui {

PensionForm::PensionForm(QWidget *parent)
    : QWidget(parent)
{
    auto *retirementLabel = new QLabel(tr("Pension starts (YYYY-MM):"));
    m_retirement = new QLineEdit;
    m_retirement->setObjectName(QStringLiteral("retirementField"));
    m_retirement->setMaximumWidth(110);
    m_retirement->setPlaceholderText(QStringLiteral("2024-03"));
    retirementLabel->setBuddy(m_retirement);
    m_retirementMessage = new FieldMessage;
    m_retirementMessage->setObjectName(QStringLiteral("retirementMessage"));

    auto *baseLabel = new QLabel(tr("Calculation base (optional):"));
    m_calculationBase = new QLineEdit;
    m_calculationBase->setObjectName(QStringLiteral("calculationBaseField"));
    m_calculationBase->setMaximumWidth(150);
    m_calculationBase->setAlignment(Qt::AlignRight);
    m_calculationBase->setPlaceholderText(tr("published figure"));
    m_calculationBase->setToolTip(tr("Leave empty to use the region's published calculation base. "
                                     "Enter one (CNY per month) when none is published for that month."));
    baseLabel->setBuddy(m_calculationBase);
    m_calculationBaseMessage = new FieldMessage;
    m_calculationBaseMessage->setObjectName(QStringLiteral("calculationBaseMessage"));

    // Where sources conflict (Jilin's divisor at 60 y 1 m) the clerk may enter the figure the
    // approving office uses, with a note that goes on the sheet.
    auto *payoutLabel = new QLabel(tr("Payout months (optional):"));
    m_payoutMonths = new QLineEdit;
    m_payoutMonths->setObjectName(QStringLiteral("payoutMonthsField"));
    m_payoutMonths->setMaximumWidth(90);
    m_payoutMonths->setAlignment(Qt::AlignRight);
    m_payoutMonths->setPlaceholderText(tr("by age"));
    m_payoutMonths->setToolTip(tr("Leave empty for the region's rule (the annex of 国发〔2005〕38号, months interpolated). "
                                  "Enter the divisor only where the approving office uses another one, and say why in the note."));
    payoutLabel->setBuddy(m_payoutMonths);
    auto *keepPayingLabel = new QLabel(tr("Keep paying until then (optional):"));
    m_keepPaying = new QLineEdit;
    m_keepPaying->setObjectName(QStringLiteral("pensionKeepPayingField"));
    m_keepPaying->setMaximumWidth(150);
    m_keepPaying->setAlignment(Qt::AlignRight);
    m_keepPaying->setPlaceholderText(tr("CNY a month"));
    m_keepPaying->setToolTip(tr("A contribution base paid every month from now until the pension starts, the way the last month "
                                "was paid. The figures not yet published are assumed and listed under the breakdown."));
    keepPayingLabel->setBuddy(m_keepPaying);
    auto *noteLabel = new QLabel(tr("Note on entered figures:"));
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("overrideNoteField"));
    m_note->setPlaceholderText(tr("why a figure is entered (printed on the sheet)"));
    noteLabel->setBuddy(m_note);
    m_overrideMessage = new FieldMessage;
    m_overrideMessage->setObjectName(QStringLiteral("overrideMessage"));

    m_calculateButton = new QPushButton(tr("Calculate"));
    m_calculateButton->setObjectName(QStringLiteral("calculateButton"));
    m_busy = new BusyIndicator;

    auto *inputs = new QGridLayout(this);
    inputs->setContentsMargins(0, 0, 0, 0);
    inputs->setVerticalSpacing(4);
    inputs->addWidget(retirementLabel, 0, 0);
    inputs->addWidget(m_retirement, 0, 1);
    inputs->addWidget(baseLabel, 0, 2);
    inputs->addWidget(m_calculationBase, 0, 3);
    inputs->addWidget(m_calculateButton, 0, 4);
    inputs->addWidget(m_busy, 0, 5);
    inputs->addWidget(m_retirementMessage, 1, 0, 1, 2);
    inputs->addWidget(m_calculationBaseMessage, 1, 2, 1, 4);
    inputs->addWidget(payoutLabel, 2, 0);
    inputs->addWidget(m_payoutMonths, 2, 1);
    inputs->addWidget(keepPayingLabel, 2, 2);
    inputs->addWidget(m_keepPaying, 2, 3);
    // The note beside the figures it is about: two rows of inputs leave the breakdown its room.
    inputs->addWidget(noteLabel, 2, 4);
    inputs->addWidget(m_note, 2, 5, 1, 2);
    inputs->addWidget(m_overrideMessage, 3, 0, 1, 7);
    inputs->setColumnStretch(6, 1);

    connect(m_calculateButton, &QPushButton::clicked, this, &PensionForm::calculateRequested);
    for (QLineEdit *field : {m_retirement, m_calculationBase, m_payoutMonths, m_note, m_keepPaying})
        connect(field, &QLineEdit::returnPressed, this, &PensionForm::calculateRequested);
}

void PensionForm::reset(std::optional<YearMonth> statutoryMonth)
{
    m_retirement->setText(statutoryMonth ? statutoryMonth->toString() : QString());
    m_calculationBase->clear();
    m_payoutMonths->clear();
    m_keepPaying->clear();
    m_note->clear();
    m_retirementMessage->clearMessage();
    m_calculationBaseMessage->clearMessage();
}

void PensionForm::clearMessages()
{
    m_retirementMessage->clearMessage();
    m_calculationBaseMessage->clearMessage();
    m_overrideMessage->clearMessage();
}

std::optional<PensionForm::Entries> PensionForm::read()
{
    clearMessages();
    Entries entries;
    const auto retirement = YearMonth::parse(m_retirement->text().trimmed());
    if (!retirement || !retirement->isValid()) {
        m_retirementMessage->showMessage(tr("Enter the month as YYYY-MM, e.g. 2024-03."));
        m_retirement->setFocus();
        return std::nullopt;
    }
    entries.retirement = *retirement;
    const QString baseText = m_calculationBase->text().trimmed();
    if (!baseText.isEmpty()) {
        entries.calculationBase = Money::parse(baseText);
        if (!entries.calculationBase) {
            m_calculationBaseMessage->showMessage(tr("Enter an amount in yuan with at most two decimals, e.g. 11,049.00."));
            m_calculationBase->setFocus();
            return std::nullopt;
        }
    }
    const QString payoutText = m_payoutMonths->text().trimmed();
    if (!payoutText.isEmpty()) {
        const auto months = Rational::fromDecimalString(payoutText);
        if (!months || !(*months > Rational()) || months->rounded(1, RoundingMode::HalfUp) != *months) {
            m_overrideMessage->showMessage(tr("Enter the payout months as a number with at most one decimal, e.g. 139 or 138.4."));
            m_payoutMonths->setFocus();
            return std::nullopt;
        }
        entries.payoutMonths = *months;
    }
    const QString keepPayingText = m_keepPaying->text().trimmed();
    if (!keepPayingText.isEmpty()) {
        entries.keepPayingBase = Money::parse(keepPayingText);
        if (!entries.keepPayingBase || entries.keepPayingBase->fen() <= 0) {
            m_overrideMessage->showMessage(tr("Enter the base to keep paying in yuan a month, e.g. 8000 or 7310.50."));
            m_keepPaying->setFocus();
            return std::nullopt;
        }
    }
    entries.note = m_note->text().trimmed();
    return entries;
}

bool PensionForm::showFieldError(const Error &error)
{
    if (error.field.startsWith(u"calculation_base")) {
        m_calculationBaseMessage->showMessage(error.message);
        m_calculationBase->setFocus();
        m_calculationBase->selectAll();
    } else if (error.field == u"retirement") {
        m_retirementMessage->showMessage(error.message);
        m_retirement->setFocus();
    } else if (error.field == u"payout_months" || error.field == u"keep_paying") {
        m_overrideMessage->showMessage(error.message);
        QLineEdit *field = error.field == u"keep_paying" ? m_keepPaying : m_payoutMonths;
        field->setFocus();
        field->selectAll();
    } else {
        return false;
    }
    return true;
}

} // namespace tongban::ui
