#include "ui/lookup/lookupbar.h"

#include "ui/common/busyindicator.h"
#include "ui/common/codefield.h"
#include "ui/common/fieldmessage.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tongban::ui {

LookupBar::LookupBar(QWidget *parent)
    : QWidget(parent)
{
    auto *label = new QLabel(tr("ID number or name:"));
    QFont labelFont = label->font();
    labelFont.setBold(true);
    label->setFont(labelFont);

    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("lookupField"));
    m_field->setPlaceholderText(tr("Scan or type an ID number, or type a name, then press Enter"));
    m_field->setMaxLength(40);
    QFont fieldFont = m_field->font();
    fieldFont.setPointSizeF(fieldFont.pointSizeF() * 1.3);
    m_field->setFont(fieldFont);
    m_field->setMinimumWidth(420);
    m_field->installEventFilter(this);
    label->setBuddy(m_field);

    auto *button = new QPushButton(tr("Look up"));
    button->setObjectName(QStringLiteral("lookupButton"));
    button->setAutoDefault(false);

    m_busy = new BusyIndicator;
    m_busy->setObjectName(QStringLiteral("lookupBusy"));
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("lookupMessage"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_field, 0, 1);
    layout->addWidget(button, 0, 2);
    layout->addWidget(m_busy, 0, 3);
    layout->addWidget(m_message, 1, 1, 1, 3);
    layout->setColumnStretch(4, 1);

    const auto request = [this]() {
        // An ID number is looked up, and shown, as the check reads it (full-width digits, spaces).
        const QString text = CodeField::normalize(m_field);
        if (!text.trimmed().isEmpty())
            emit lookupRequested(text);
    };
    connect(m_field, &QLineEdit::returnPressed, this, request);
    connect(button, &QPushButton::clicked, this, request);
    connect(m_field, &QLineEdit::textEdited, this, [this]() { m_message->clearMessage(); });
}

void LookupBar::showMessage(const QString &message)
{
    m_message->showMessage(message);
}

void LookupBar::setBusy(bool busy)
{
    m_busy->setBusy(busy);
}

void LookupBar::offerClearButton()
{
    m_field->setClearButtonEnabled(true);
}

void LookupBar::focusField()
{
    m_field->setFocus();
    m_field->selectAll();
}

void LookupBar::clearField()
{
    m_field->clear();
}

QString LookupBar::text() const
{
    return m_field->text();
}

bool LookupBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        emit cancelRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tongban::ui
