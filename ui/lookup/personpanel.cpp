#include "ui/lookup/personpanel.h"

#include "identity/citizenid.h"
#include "ui/common/displaytext.h"
#include "ui/common/hintlabel.h"
#include "ui/common/whenfinished.h"

#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tongban::ui {

PersonPanel::PersonPanel(QWidget *parent)
    : QWidget(parent)
{
    m_stack = new QStackedWidget(this);
    auto *hint = new HintLabel(tr("Scan or type the visitor's ID number, or type a name, in the field above and press Enter."));
    hint->setObjectName(QStringLiteral("personHint"));
    hint->setMinimumHeight(90);
    m_stack->addWidget(hint);

    m_fields = new QWidget;
    auto *grid = new QGridLayout(m_fields);
    grid->setContentsMargins(8, 2, 8, 2);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(3);

    m_name = addField(0, 0, tr("Name"), QStringLiteral("nameLabel"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);

    // The ID number with its show/hide button in one cell.
    auto *idLabel = new QLabel(tr("ID number"));
    idLabel->setStyleSheet(QStringLiteral("color: #555;"));
    m_idNumber = new QLabel;
    m_idNumber->setObjectName(QStringLiteral("idNumberLabel"));
    m_idNumber->setFont(DisplayText::numberFont());
    m_idNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_showId = new QToolButton;
    m_showId->setObjectName(QStringLiteral("showIdButton"));
    m_showId->setText(tr("Show"));
    m_showId->setToolTip(tr("Show the full ID number (after saying why; the reason is kept in the audit log)"));
    m_showId->setVisible(false);
    auto *idCell = new QHBoxLayout;
    idCell->addWidget(m_idNumber);
    idCell->addWidget(m_showId);
    idCell->addStretch();
    grid->addWidget(idLabel, 0, 2, Qt::AlignRight);
    grid->addLayout(idCell, 0, 3);

    m_sex = addField(0, 4, tr("Sex"), QStringLiteral("sexLabel"));
    m_birth = addField(0, 6, tr("Birth date"), QStringLiteral("birthLabel"));
    m_group = addField(1, 0, tr("Retirement group"), QStringLiteral("groupLabel"));
    m_region = addField(1, 2, tr("Region"), QStringLiteral("regionLabel"));
    m_retirement = addField(1, 4, tr("Statutory retirement"), QStringLiteral("statutoryLabel"));
    m_monthsPaid = addField(2, 0, tr("Months paid"), QStringLiteral("monthsPaidLabel"));
    m_deemed = addField(2, 2, tr("Deemed months"), QStringLiteral("deemedLabel"));
    m_balance = addField(2, 4, tr("Account balance"), QStringLiteral("balanceLabel"));
    m_balance->setFont(DisplayText::numberFont());
    // Why the full number is needed: asked inline (no dialog over the person), kept in the audit.
    m_reasonRow = new QWidget;
    m_reasonRow->setObjectName(QStringLiteral("unmaskReasonRow"));
    auto *reasonLayout = new QHBoxLayout(m_reasonRow);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    auto *reasonLabel = new QLabel(tr("Why the full ID number?"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("unmaskReason"));
    m_reason->setPlaceholderText(tr("e.g. 本人申请核对 (kept in the audit log)"));
    reasonLabel->setBuddy(m_reason);
    m_confirmReason = new QPushButton(tr("Show in full"));
    m_confirmReason->setObjectName(QStringLiteral("unmaskConfirm"));
    auto *cancel = new QPushButton(tr("Cancel"));
    cancel->setObjectName(QStringLiteral("unmaskCancel"));
    m_reasonMessage = new QLabel;
    m_reasonMessage->setObjectName(QStringLiteral("unmaskMessage"));
    m_reasonMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_reasonMessage->setWordWrap(true);
    reasonLayout->addWidget(reasonLabel);
    reasonLayout->addWidget(m_reason, 1);
    reasonLayout->addWidget(m_confirmReason);
    reasonLayout->addWidget(cancel);
    reasonLayout->addWidget(m_reasonMessage, 1);
    m_reasonRow->setVisible(false);
    grid->addWidget(m_reasonRow, 3, 0, 1, 8);
    connect(m_reason, &QLineEdit::returnPressed, this, &PersonPanel::confirmReason);
    connect(m_confirmReason, &QPushButton::clicked, this, &PersonPanel::confirmReason);
    connect(cancel, &QPushButton::clicked, this, &PersonPanel::endReason);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_reasonRow, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PersonPanel::endReason);

    for (int column : {1, 3, 5, 7})
        grid->setColumnStretch(column, 1);
    m_stack->addWidget(m_fields);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_showId, &QToolButton::clicked, this, [this]() {
        if (m_unmasked) {
            m_unmasked = false;
            updateIdNumber();
        } else {
            askReason();
        }
    });
}

void PersonPanel::setUnmaskOffered(bool offered)
{
    m_unmaskOffered = offered;
    m_showId->setVisible(offered && m_unmask);
    if (!m_showId->isVisible()) {
        m_unmasked = false;
        endReason();
        updateIdNumber();
    }
}

void PersonPanel::askReason()
{
    m_reasonMessage->clear();
    m_reason->clear();
    m_reason->setEnabled(true);
    m_confirmReason->setEnabled(true);
    m_reasonRow->setVisible(true);
    m_reason->setFocus();
}

void PersonPanel::confirmReason()
{
    if (!m_unmask || !m_confirmReason->isEnabled())
        return;
    m_reason->setEnabled(false);
    m_confirmReason->setEnabled(false);
    m_reasonMessage->clear();
    const QString citizenId = m_citizenId;
    whenFinished(m_unmask(citizenId, m_reason->text()), this, [this, citizenId](const Result<Done> &done) {
        if (citizenId != m_citizenId)
            return; // another person by now: their number stays masked
        m_reason->setEnabled(true);
        m_confirmReason->setEnabled(true);
        if (!done) {
            m_reasonMessage->setText(done.error().message);
            m_reason->setFocus();
            return;
        }
        m_unmasked = true;
        endReason();
        updateIdNumber();
    });
}

void PersonPanel::endReason()
{
    m_reasonRow->setVisible(false);
    m_reason->clear();
    m_reasonMessage->clear();
}

QLabel *PersonPanel::addField(int row, int column, const QString &label, const QString &objectName)
{
    auto *grid = static_cast<QGridLayout *>(m_fields->layout());
    auto *caption = new QLabel(label);
    caption->setStyleSheet(QStringLiteral("color: #555;"));
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(caption, row, column, Qt::AlignRight);
    grid->addWidget(value, row, column + 1);
    return value;
}

void PersonPanel::showPerson(const services::PersonFile &file)
{
    const insured::InsuredPerson &person = file.person;
    m_citizenId = person.citizenId;
    m_unmasked = false;
    endReason();
    updateIdNumber();
    m_name->setText(person.name);
    m_sex->setText(DisplayText::sex(person.sex));
    m_birth->setText(DisplayText::date(person.birthDate));
    m_group->setText(DisplayText::retirementGroup(person.retirementGroup));
    m_region->setText(file.regionName);
    if (file.statutory)
        m_retirement->setText(
            tr("%1 (age %2)").arg(file.statutory->statutoryRetirement.toString(), DisplayText::age(file.statutory->statutoryAge)));
    else
        m_retirement->setText(file.statutoryError);
    if (file.history) {
        const history::HistoryTotals &totals = file.history->totals();
        m_monthsPaid->setText(DisplayText::months(totals.actualMonths));
        m_balance->setText(tr("¥ %1 (to %2)").arg(totals.accountBalance.toDisplayString(), totals.balanceAsOf.toString()));
    } else {
        m_monthsPaid->setText(DisplayText::absent());
        m_balance->setText(file.historyError);
    }
    m_deemed->setText(DisplayText::months(person.deemedMonths));
    m_stack->setCurrentIndex(1);
}

void PersonPanel::clear()
{
    m_citizenId.clear();
    m_unmasked = false;
    endReason();
    m_stack->setCurrentIndex(0);
}

void PersonPanel::updateIdNumber()
{
    m_idNumber->setText(m_unmasked ? m_citizenId : identity::CitizenId::mask(m_citizenId));
    m_showId->setText(m_unmasked ? tr("Hide") : tr("Show"));
}

} // namespace tongban::ui
