#include "ui/unemployment/claimspanel.h"

#include "ui/common/fieldmessage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongban::ui {

using unemployment::StoredClaim;

ClaimsPanel::ClaimsPanel(std::shared_ptr<const unemployment::UnemploymentRules> rules, QWidget *parent)
    : QWidget(parent)
    , m_rules(std::move(rules))
{
    m_table = new QTableWidget(0, 8);
    m_table->setObjectName(QStringLiteral("claimTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Claim date"), tr("Months"), tr("Paid from – until"), tr("Monthly (CNY)"),
                                        tr("Status"), tr("Stop"), tr("Months left")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("claimsStatus"));
    m_status->setWordWrap(true);

    m_stopDate = new QDateEdit;
    m_stopDate->setObjectName(QStringLiteral("stopDate"));
    m_stopDate->setCalendarPopup(true);
    m_stopDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_stopGround = new QComboBox;
    m_stopGround->setObjectName(QStringLiteral("stopGround"));
    for (const auto &ground : m_rules->stopGrounds())
        m_stopGround->addItem(ground.label, ground.key);
    m_stopButton = new QPushButton(tr("Stop payment"));
    m_stopButton->setObjectName(QStringLiteral("stopClaimButton"));
    m_stopPdfButton = new QPushButton(tr("Stop notice PDF…"));
    m_stopPdfButton->setObjectName(QStringLiteral("stopNoticeButton"));
    m_stopResult = new QLabel;
    m_stopResult->setObjectName(QStringLiteral("stopResult"));
    m_stopResult->setWordWrap(true);
    m_stopResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stopMessage = new FieldMessage;
    m_stopMessage->setObjectName(QStringLiteral("stopMessage"));
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(new QLabel(tr("Ground arose on")));
    stopRow->addWidget(m_stopDate);
    stopRow->addWidget(m_stopGround, 1);
    stopRow->addWidget(m_stopButton);
    stopRow->addWidget(m_stopPdfButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addLayout(stopRow);
    layout->addWidget(m_stopMessage);
    layout->addWidget(m_stopResult);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ClaimsPanel::selectionChanged);
    connect(m_stopButton, &QPushButton::clicked, this, &ClaimsPanel::stopRequested);
    connect(m_stopPdfButton, &QPushButton::clicked, this, &ClaimsPanel::stopNoticeRequested);
}

void ClaimsPanel::reset(QDate today)
{
    m_claims.clear();
    m_table->setRowCount(0);
    m_status->clear();
    m_stopResult->clear();
    m_stopMessage->clearMessage();
    if (today.isValid())
        m_stopDate->setDate(today);
}

void ClaimsPanel::showReadError(const QString &message)
{
    m_status->setText(tr("The claims could not be read: %1").arg(message));
}

void ClaimsPanel::showClaims(const QList<StoredClaim> &claims)
{
    m_claims = claims;
    const int selectedRow = m_table->currentRow();
    m_table->setRowCount(static_cast<int>(m_claims.size()));
    for (int row = 0; row < m_claims.size(); ++row) {
        const StoredClaim &c = m_claims.at(row);
        const auto ground = c.stop ? m_rules->stopGround(c.stop->ground) : std::nullopt;
        const QStringList cells {
            QString::number(c.id),
            c.claimDate.toString(Qt::ISODate),
            QString::number(c.monthsEntitled),
            tr("%1 – %2").arg(c.firstMonth.toString(), c.lastMonth().toString()),
            c.monthlyAmount ? c.monthlyAmount->toDisplayString() : tr("not in the data"),
            c.stopped ? tr("stopped") : tr("open"),
            c.stop ? tr("%1, %2").arg(c.stop->stopDate.toString(Qt::ISODate), ground ? ground->label : c.stop->ground) : QString(),
            c.stop ? (c.stop->monthsLeftCarried ? tr("%1 (kept)").arg(c.stop->monthsLeft) : tr("%1 (lapsed)").arg(c.stop->monthsLeft))
                   : QString(),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (selectedRow >= 0 && selectedRow < m_table->rowCount())
        m_table->selectRow(selectedRow);
    m_status->setText(m_claims.isEmpty() ? tr("No earlier claim.") : QString());
}

std::optional<StoredClaim> ClaimsPanel::selectedClaim() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = rows.first().row();
    if (row < 0 || row >= m_claims.size())
        return std::nullopt;
    return m_claims.at(row);
}

void ClaimsPanel::selectClaim(int row)
{
    m_table->selectRow(row);
}

QDate ClaimsPanel::stopDate() const
{
    return m_stopDate->date();
}

QString ClaimsPanel::stopGround() const
{
    return m_stopGround->currentData().toString();
}

void ClaimsPanel::showStopMessage(const QString &message)
{
    m_stopMessage->showMessage(message);
}

void ClaimsPanel::showStopError(const QString &field, const QString &message)
{
    m_stopMessage->showMessage(message);
    if (field == u"date")
        m_stopDate->setFocus();
    else if (field == u"ground")
        m_stopGround->setFocus();
}

void ClaimsPanel::showStopResult(const QString &result)
{
    m_stopResult->setText(result);
}

void ClaimsPanel::setStopEnabled(bool enabled)
{
    m_stopButton->setEnabled(enabled);
}

void ClaimsPanel::setStopNoticeEnabled(bool enabled)
{
    m_stopPdfButton->setEnabled(enabled);
}

} // namespace tongban::ui
