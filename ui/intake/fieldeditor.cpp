#include "ui/intake/fieldeditor.h"

#include "ui/common/codefield.h"
#include "ui/common/dateedit.h"
#include "ui/common/fieldwidth.h"

#include "policy/sourcedfigure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionComboBox>

namespace tongban::ui {

using intake::FieldType;

namespace {

/// The day a date field shows as "not set" (its minimum): no date a matter asks for lies there.
const QDate unsetDate(1900, 1, 1);

QString monthPlaceholder()
{
    return FieldEditor::tr("YYYY-MM");
}

QJsonValue textOrNull(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QJsonValue() : QJsonValue(trimmed);
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

} // namespace

void fitComboWidth(QComboBox *combo)
{
    const QFontMetrics metrics = combo->fontMetrics();
    int widest = 0;
    for (int i = 0; i < combo->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(combo->itemText(i)));
    // The frame, the arrow and the margins the style puts around the text, plus a character.
    QStyleOptionComboBox option;
    option.initFrom(combo);
    const QSize around = combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, QSize(widest, metrics.height()), combo);
    combo->setMinimumWidth(std::max(combo->minimumWidth(), around.width() + metrics.horizontalAdvance(u'M')));
}

QString localized(const QString &zh, const QString &en)
{
    return policy::chineseScreen() || en.isEmpty() ? zh : en;
}

FieldEditor::FieldEditor(const intake::FieldDefinition &definition, QWidget *parent)
    : QWidget(parent)
    , m_definition(definition)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QString id = definition.id;
    switch (definition.type) {
    case FieldType::Text:
        m_line = makeLine(id, QString(), {});
        if (definition.validation.maxLength)
            m_line->setMaxLength(*definition.validation.maxLength);
        layout->addWidget(m_line, 1);
        break;
    case FieldType::IdNumber:
    case FieldType::Uscc:
        // Eighteen characters whole, whatever the font: the clerk compares them with the card.
        m_line = makeLine(id, QString(), {QStringLiteral("11010519491231002X"), QStringLiteral("91110000MA00000000")});
        layout->addWidget(m_line);
        layout->addStretch();
        break;
    case FieldType::Phone:
        m_line = makeLine(id, QString(), {QStringLiteral("0371-12345678"), QStringLiteral("13800138000")});
        layout->addWidget(m_line);
        layout->addStretch();
        break;
    case FieldType::BankAccount:
        m_line = makeLine(id, QString(), {QStringLiteral("622202123456789012345")});
        m_line->setMaxLength(40);
        layout->addWidget(m_line);
        layout->addStretch();
        break;
    case FieldType::Region:
        m_line = makeLine(id, tr("six digits"), {QStringLiteral("110106")});
        layout->addWidget(m_line);
        layout->addStretch();
        break;
    case FieldType::Money:
        m_line = makeLine(id, tr("CNY"), {QStringLiteral("123,456.78")});
        m_line->setAlignment(Qt::AlignRight);
        layout->addWidget(m_line);
        layout->addStretch();
        break;
    case FieldType::Integer:
        m_line = makeLine(id, QString(), {QStringLiteral("1234567")});
        m_line->setAlignment(Qt::AlignRight);
        layout->addWidget(m_line);
        layout->addStretch();
        break;
    case FieldType::Month:
        m_line = makeMonthLine(id, monthPlaceholder());
        layout->addWidget(m_line);
        layout->addStretch();
        break;
    case FieldType::MonthRange:
        m_line = makeMonthLine(id + QStringLiteral(".from"), tr("from YYYY-MM"));
        m_lineTo = makeMonthLine(id + QStringLiteral(".to"), tr("to YYYY-MM"));
        layout->addWidget(m_line);
        layout->addWidget(new QLabel(tr("to")));
        layout->addWidget(m_lineTo);
        layout->addStretch();
        break;
    case FieldType::MonthPeriods: {
        auto *box = new QWidget;
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        m_periodGrid = new QGridLayout;
        m_periodGrid->setContentsMargins(0, 0, 0, 0);
        m_periodGrid->addWidget(new QLabel(tr("From")), 0, 0);
        m_periodGrid->addWidget(new QLabel(tr("To")), 0, 1);
        m_periodGrid->addWidget(new QLabel(tr("Employer")), 0, 2);
        m_periodGrid->setColumnStretch(2, 1);
        boxLayout->addLayout(m_periodGrid);
        m_addPeriod = new QPushButton(tr("Add a period"));
        m_addPeriod->setObjectName(id + QStringLiteral(".add"));
        m_addPeriod->setToolTip(tr("Adds a row for one more period of work (Enter in a period's employer does the same)."));
        connect(m_addPeriod, &QPushButton::clicked, this, [this] {
            const PeriodRow row = addPeriodRow();
            row.from->setFocus(Qt::OtherFocusReason);
        });
        auto *buttonRow = new QHBoxLayout;
        buttonRow->addWidget(m_addPeriod);
        buttonRow->addStretch();
        boxLayout->addLayout(buttonRow);
        layout->addWidget(box, 1);
        addPeriodRow();
        break;
    }
    case FieldType::Multiline:
        m_text = new QPlainTextEdit;
        m_text->setObjectName(id);
        m_text->setTabChangesFocus(true); // Tab moves on: a field, not a text editor
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        watch(m_text);
        layout->addWidget(m_text, 1);
        break;
    case FieldType::Date:
        m_date = new DateEdit;
        m_date->setObjectName(id);
        m_date->setMinimumDate(unsetDate);
        m_date->setSpecialValueText(tr("not set"));
        m_date->setDate(unsetDate);
        connect(m_date, &QDateEdit::dateChanged, this, &FieldEditor::edited);
        watch(m_date);
        layout->addWidget(m_date);
        layout->addStretch();
        break;
    case FieldType::Choice:
        m_combo = new QComboBox;
        m_combo->setObjectName(id);
        // Nothing chosen until the clerk chooses: a choice is never made for them.
        m_combo->addItem(tr("(choose)"), QString());
        for (const intake::FieldOption &option : definition.options)
            m_combo->addItem(localized(option.labelZh, option.labelEn), option.value);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        fitComboWidth(m_combo);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
        watch(m_combo);
        layout->addWidget(m_combo);
        layout->addStretch();
        break;
    case FieldType::Boolean:
        m_check = new QCheckBox(localized(definition.labelZh, definition.labelEn));
        m_check->setObjectName(id);
        connect(m_check, &QCheckBox::toggled, this, &FieldEditor::edited);
        watch(m_check);
        layout->addWidget(m_check);
        layout->addStretch();
        break;
    }
    if (QWidget *first = firstInput())
        setFocusProxy(first);
}

QLineEdit *FieldEditor::makeLine(const QString &name, const QString &placeholder, const QStringList &samples)
{
    auto *line = new QLineEdit;
    line->setObjectName(name);
    line->setPlaceholderText(placeholder);
    if (!samples.isEmpty())
        fitFieldWidth(line, samples);
    connect(line, &QLineEdit::textEdited, this, &FieldEditor::edited);
    connect(line, &QLineEdit::editingFinished, this, [this, line] {
        // An ID number or a credit code as the check reads it (full-width digits, "x").
        if (m_definition.type == FieldType::IdNumber || m_definition.type == FieldType::Uscc) {
            const QString before = line->text();
            if (CodeField::normalize(line) != before)
                emit edited();
        }
        emit left();
    });
    watch(line);
    return line;
}

QLineEdit *FieldEditor::makeMonthLine(const QString &name, const QString &placeholder)
{
    QLineEdit *line = makeLine(name, placeholder, {QStringLiteral("2027-03")});
    line->setMaxLength(7);
    line->setMaximumWidth(line->minimumWidth() + 40);
    return line;
}

void FieldEditor::watch(QWidget *input)
{
    m_inputs << input;
    input->installEventFilter(this);
}

bool FieldEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A line emits left() on editingFinished; the other inputs when they lose the focus.
    if (event->type() == QEvent::FocusOut && !qobject_cast<QLineEdit *>(watched))
        emit left();
    // Enter in a period's employer adds the next period row (a list typed without the mouse).
    if (event->type() == QEvent::KeyPress && m_periodGrid) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier && !m_periods.isEmpty()
            && watched == m_periods.last().employer && !m_periods.last().from->text().isEmpty()) {
            const PeriodRow row = addPeriodRow();
            row.from->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

FieldEditor::PeriodRow FieldEditor::addPeriodRow()
{
    const int index = int(m_periods.size());
    PeriodRow row;
    const QString prefix = QStringLiteral("%1[%2].").arg(m_definition.id).arg(index);
    row.from = makeMonthLine(prefix + QStringLiteral("from"), monthPlaceholder());
    row.to = makeMonthLine(prefix + QStringLiteral("to"), monthPlaceholder());
    row.employer = makeLine(prefix + QStringLiteral("employer"), tr("employer"), {});
    row.employer->setMinimumWidth(row.employer->fontMetrics().horizontalAdvance(QStringLiteral("某某市某某机械制造有限公司")));
    m_periodGrid->addWidget(row.from, index + 1, 0);
    m_periodGrid->addWidget(row.to, index + 1, 1);
    m_periodGrid->addWidget(row.employer, index + 1, 2);
    // The tab order follows the rows: the new row comes before the "add" button.
    QWidget *before = index == 0 ? nullptr : m_periods.last().employer;
    if (before) {
        setTabOrder(before, row.from);
    }
    setTabOrder(row.from, row.to);
    setTabOrder(row.to, row.employer);
    if (m_addPeriod)
        setTabOrder(row.employer, m_addPeriod);
    m_periods << row;
    return row;
}

QJsonValue FieldEditor::value() const
{
    switch (m_definition.type) {
    case FieldType::Text:
    case FieldType::IdNumber:
    case FieldType::Uscc:
    case FieldType::Phone:
    case FieldType::BankAccount:
    case FieldType::Region:
    case FieldType::Month:
        return textOrNull(m_line->text());
    case FieldType::Money: {
        // Thousands separators are how amounts are read; the case holds plain yuan.
        QString text = m_line->text().trimmed();
        text.remove(u',').remove(u'，').remove(u' ');
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    }
    case FieldType::Integer: {
        const QString text = m_line->text().trimmed();
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        if (text.isEmpty())
            return {};
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    case FieldType::Multiline: {
        const QString text = m_text->toPlainText();
        return text.trimmed().isEmpty() ? QJsonValue() : QJsonValue(text);
    }
    case FieldType::Date:
        return m_date->date() == unsetDate ? QJsonValue() : QJsonValue(m_date->date().toString(Qt::ISODate));
    case FieldType::MonthRange: {
        const QString from = m_line->text().trimmed();
        const QString to = m_lineTo->text().trimmed();
        if (from.isEmpty() && to.isEmpty())
            return {};
        return QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    }
    case FieldType::MonthPeriods: {
        QJsonArray periods;
        for (const PeriodRow &row : m_periods) {
            const QString from = row.from->text().trimmed();
            const QString to = row.to->text().trimmed();
            const QString employer = row.employer->text().trimmed();
            if (from.isEmpty() && to.isEmpty() && employer.isEmpty())
                continue;
            periods.append(
                QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}, {QStringLiteral("employer"), employer}});
        }
        return periods.isEmpty() ? QJsonValue() : QJsonValue(periods);
    }
    case FieldType::Choice: {
        const QString chosen = m_combo->currentData().toString();
        return chosen.isEmpty() ? QJsonValue() : QJsonValue(chosen);
    }
    case FieldType::Boolean:
        return m_check->isChecked();
    }
    return {};
}

void FieldEditor::setValue(const QJsonValue &value)
{
    const QSignalBlocker blocker(this);
    switch (m_definition.type) {
    case FieldType::Text:
    case FieldType::IdNumber:
    case FieldType::Uscc:
    case FieldType::Phone:
    case FieldType::BankAccount:
    case FieldType::Region:
    case FieldType::Month:
    case FieldType::Money:
    case FieldType::Integer:
        m_line->setText(textOf(value));
        break;
    case FieldType::Multiline:
        m_text->setPlainText(textOf(value));
        break;
    case FieldType::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        m_date->setDate(date.isValid() ? date : unsetDate);
        break;
    }
    case FieldType::MonthRange:
        m_line->setText(value.toObject().value(QStringLiteral("from")).toString());
        m_lineTo->setText(value.toObject().value(QStringLiteral("to")).toString());
        break;
    case FieldType::MonthPeriods: {
        const QJsonArray periods = value.toArray();
        while (m_periods.size() < std::max<qsizetype>(1, periods.size()))
            addPeriodRow();
        for (qsizetype i = 0; i < m_periods.size(); ++i) {
            const QJsonObject period = i < periods.size() ? periods.at(i).toObject() : QJsonObject();
            m_periods[i].from->setText(period.value(QStringLiteral("from")).toString());
            m_periods[i].to->setText(period.value(QStringLiteral("to")).toString());
            m_periods[i].employer->setText(period.value(QStringLiteral("employer")).toString());
        }
        break;
    }
    case FieldType::Choice: {
        const int index = m_combo->findData(value.toString());
        m_combo->setCurrentIndex(index < 0 ? 0 : index);
        break;
    }
    case FieldType::Boolean:
        m_check->setChecked(value.toBool());
        break;
    }
}

QWidget *FieldEditor::firstInput() const
{
    if (m_periodGrid)
        return m_periods.isEmpty() ? static_cast<QWidget *>(m_addPeriod) : m_periods.first().from;
    return m_inputs.isEmpty() ? nullptr : m_inputs.first();
}

bool FieldEditor::owns(const QWidget *widget) const
{
    for (const QWidget *input : m_inputs)
        if (input == widget || input->isAncestorOf(widget))
            return true;
    return widget == m_addPeriod;
}

} // namespace tongban::ui
