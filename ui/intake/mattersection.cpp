#include "ui/intake/mattersection.h"

#include "ui/common/codefield.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/fieldwidth.h"
#include "ui/intake/fieldeditor.h"

#include "intake/fieldvalidator.h"
#include "intake/missingdocuments.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

const QString agentKey = QStringLiteral("agent");
const QString agentIdKey = QStringLiteral("agent_for.id_number");
const QString agentNameKey = QStringLiteral("agent_for.name");
const QString agentRelationKey = QStringLiteral("agent_for.relation");
const QString fieldsPrefix = QStringLiteral("fields.");

/// A citizen ID number field as the dictionary would define it: the agent's is checked the same way.
intake::FieldDefinition idNumberDefinition()
{
    intake::FieldDefinition definition;
    definition.id = QStringLiteral("id_number");
    definition.type = intake::FieldType::IdNumber;
    return definition;
}

QLabel *smallGrey(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555;"));
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

QString MatterSection::relationName(const QString &key)
{
    if (key == u"spouse")
        return tr("spouse");
    if (key == u"parent")
        return tr("parent");
    if (key == u"child")
        return tr("child");
    if (key == u"sibling")
        return tr("sibling");
    if (key == u"other-relative")
        return tr("other relative");
    if (key == u"entrusted")
        return tr("entrusted person");
    return key;
}

MatterSection::MatterSection(const intake::MatterCatalog &catalog, const intake::MatterDefinition &matter, QDate today, QWidget *parent)
    : QGroupBox(parent)
    , m_catalog(catalog)
    , m_matter(matter)
    , m_today(today)
{
    setObjectName(QStringLiteral("matter-") + matter.id);
    auto *layout = new QVBoxLayout(this);

    // The title: name, department, time limit; the remove button beside it (last in the tab order).
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("matterTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_remove = new QPushButton(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeMatterButton"));
    m_remove->setToolTip(tr("Remove this matter from the intake."));
    m_remove->setAutoDefault(true);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_remove, 0, Qt::AlignTop);
    layout->addLayout(titleRow);
    m_matterMessage = new FieldMessage;
    m_matterMessage->setObjectName(QStringLiteral("matterMessage"));
    layout->addWidget(m_matterMessage);

    // On behalf of (代办): only for a matter about a person; an employer's handler is the applicant.
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(2);
    int gridRow = 0;
    m_agent = new QCheckBox(tr("On behalf of another person (the applicant acts as agent)"));
    m_agent->setObjectName(QStringLiteral("agentBox"));
    grid->addWidget(m_agent, gridRow++, 0, 1, 2);
    m_agentBox = new QWidget;
    auto *agentGrid = new QGridLayout(m_agentBox);
    agentGrid->setContentsMargins(0, 0, 0, 4);
    agentGrid->setVerticalSpacing(2);
    agentGrid->setColumnStretch(1, 1);
    m_agentId = new QLineEdit;
    m_agentId->setObjectName(QStringLiteral("agentIdField"));
    m_agentId->setMaxLength(24);
    fitFieldWidth(m_agentId, {QStringLiteral("11010519491231002X")});
    m_agentName = new QLineEdit;
    m_agentName->setObjectName(QStringLiteral("agentNameField"));
    fitFieldWidth(m_agentName, {QStringLiteral("欧阳娜娜·买买提")});
    m_agentRelation = new QComboBox;
    m_agentRelation->setObjectName(QStringLiteral("agentRelationField"));
    m_agentRelation->addItem(tr("(choose)"), QString());
    for (const QString &relation : intake::AgentFor::relations())
        m_agentRelation->addItem(relationName(relation), relation);
    m_agentRelation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fitComboWidth(m_agentRelation);
    m_agentRelation->setToolTip(tr("Who the person acted for is to the applicant."));
    m_agentIdMessage = new FieldMessage;
    m_agentNameMessage = new FieldMessage;
    m_agentRelationMessage = new FieldMessage;
    auto *idLabel = new QLabel(tr("ID number of the person acted for:"));
    idLabel->setBuddy(m_agentId);
    auto *nameLabel = new QLabel(tr("Their name:"));
    nameLabel->setBuddy(m_agentName);
    auto *relationLabel = new QLabel(tr("They are the applicant's:"));
    relationLabel->setBuddy(m_agentRelation);
    auto placeRow = [agentGrid](int row, QLabel *label, QWidget *input, FieldMessage *message) {
        auto *inputRow = new QHBoxLayout;
        inputRow->addWidget(input);
        inputRow->addStretch();
        agentGrid->addWidget(label, 2 * row, 0);
        agentGrid->addLayout(inputRow, 2 * row, 1);
        agentGrid->addWidget(message, 2 * row + 1, 1);
    };
    placeRow(0, idLabel, m_agentId, m_agentIdMessage);
    placeRow(1, nameLabel, m_agentName, m_agentNameMessage);
    placeRow(2, relationLabel, m_agentRelation, m_agentRelationMessage);
    grid->addWidget(m_agentBox, gridRow++, 0, 1, 2);
    m_agentBox->hide();
    // One label column for the agent and the fields, as wide in every section: the inputs of all
    // matters line up one under the other (the widest label of the dictionary, not the matter's).
    int labelWidth = 0;
    const QFontMetrics metrics = fontMetrics();
    for (const QLabel *label : {idLabel, nameLabel, relationLabel})
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label->text()));
    for (const intake::FieldDefinition &definition : catalog.fields()) {
        if (definition.type != intake::FieldType::Boolean)
            labelWidth = std::max(
                labelWidth, metrics.horizontalAdvance(tr("%1 *").arg(tr("%1:").arg(localized(definition.labelZh, definition.labelEn)))));
    }
    labelWidth = std::min(labelWidth, metrics.horizontalAdvance(QStringLiteral("被代办人身份证号码码：")));
    grid->setColumnMinimumWidth(0, labelWidth);
    agentGrid->setColumnMinimumWidth(0, labelWidth);
    if (matter.subject == intake::Subject::Employer)
        m_agent->hide();

    for (const intake::MatterField &field : m_matter.fields)
        addRow(grid, gridRow, field);
    layout->addLayout(grid);

    connect(m_remove, &QPushButton::clicked, this, &MatterSection::removeRequested);
    connect(m_agent, &QCheckBox::toggled, this, [this](bool on) {
        m_agentBox->setVisible(on);
        updateVisibility();
        emit changed();
    });
    connect(m_agentId, &QLineEdit::textEdited, this, [this] {
        if (m_agentIdMessage->isVisible())
            showAgentMessage(m_agentIdMessage, QString());
        emit changed();
    });
    connect(m_agentId, &QLineEdit::editingFinished, this, [this] {
        const QString before = m_agentId->text();
        const QString id = CodeField::normalize(m_agentId);
        if (id != before)
            emit changed();
        if (id.isEmpty())
            return;
        const auto error = intake::FieldValidator::validate(idNumberDefinition(), id, m_today);
        showAgentMessage(m_agentIdMessage, error ? error->message : QString());
        if (!error)
            emit agentIdEntered(id);
    });
    connect(m_agentName, &QLineEdit::textEdited, this, [this] {
        showAgentMessage(m_agentNameMessage, QString());
        emit changed();
    });
    connect(m_agentRelation, &QComboBox::currentIndexChanged, this, [this] {
        showAgentMessage(m_agentRelationMessage, QString());
        emit changed();
    });
    setPosition(0);
    updateVisibility();
}

void MatterSection::addRow(QGridLayout *grid, int &gridRow, const intake::MatterField &field)
{
    const intake::FieldDefinition *definition = m_catalog.field(field.field);
    if (!definition)
        return; // the loader refuses a catalog naming an unknown field
    Row row;
    row.entry = &field;
    row.editor = new FieldEditor(*definition);
    const QString label = localized(definition->labelZh, definition->labelEn);
    // A yes/no field carries its words on its box; the column shows that it is required.
    row.label = new QLabel(definition->type == intake::FieldType::Boolean ? QString() : tr("%1:").arg(label));
    if (field.required)
        row.label->setText(tr("%1 *").arg(row.label->text()));
    row.label->setObjectName(field.field + QStringLiteral("Label"));
    row.label->setBuddy(row.editor->firstInput());
    const QString hint = localized(definition->hintZh, definition->hintEn);
    row.message = new FieldMessage;
    row.message->setObjectName(field.field + QStringLiteral("Message"));
    grid->addWidget(row.label, gridRow, 0, Qt::AlignTop);
    grid->addWidget(row.editor, gridRow++, 1);
    if (!hint.isEmpty()) {
        row.hint = smallGrey(hint);
        grid->addWidget(row.hint, gridRow++, 1);
        row.editor->setToolTip(hint);
    }
    grid->addWidget(row.message, gridRow++, 1);
    m_rows << row;
    const qsizetype index = m_rows.size() - 1;
    connect(row.editor, &FieldEditor::edited, this, [this, index] {
        // A message shown goes as soon as the value is right; a new one waits until the field is left.
        if (m_rows[index].message->isVisible())
            checkRow(m_rows[index], true);
        updateVisibility();
        emit changed();
    });
    connect(row.editor, &FieldEditor::left, this, [this, index] { checkRow(m_rows[index], false); });
}

void MatterSection::setPosition(int position)
{
    m_position = position;
    const intake::Department *department = m_catalog.department(m_matter.department);
    const QString departmentName = department ? localized(department->nameZh, department->nameEn) : m_matter.department;
    const intake::TimeLimit &time = m_matter.timeLimit;
    QStringList limits;
    if (time.immediate)
        limits << tr("done at the counter");
    else if (time.hasPromisedDays)
        limits << tr("promised %n working day(s)", nullptr, time.promisedDays);
    else
        limits << tr("no promised limit published");
    if (time.statutoryDays)
        limits << tr("statutory %n working day(s)", nullptr, *time.statutoryDays);
    else if (time.statutoryCalendarDays)
        limits << tr("statutory %n day(s)", nullptr, *time.statutoryCalendarDays);
    const QString limit = limits.join(tr(", "));
    m_title->setText(
        QStringLiteral("<b>%1. %2</b> · %3 · %4")
            .arg(position + 1)
            .arg(localized(m_matter.nameZh, m_matter.nameEn).toHtmlEscaped(), departmentName.toHtmlEscaped(), limit.toHtmlEscaped()));
}

intake::IntakeMatter MatterSection::entry() const
{
    intake::IntakeMatter entry;
    entry.matter = m_matter.id;
    if (!m_agent->isHidden() && m_agent->isChecked()) {
        intake::AgentFor agent;
        agent.idNumber = m_agentId->text().trimmed();
        agent.name = m_agentName->text().trimmed();
        agent.relation = m_agentRelation->currentData().toString();
        entry.agentFor = agent;
    }
    // First every value typed, to read the conditions on; then only the fields whose "when" holds.
    for (const Row &row : m_rows) {
        const QJsonValue value = row.editor->value();
        if (!value.isNull())
            entry.fields.insert(row.entry->field, value);
    }
    const intake::IntakeMatter typed = entry;
    for (const Row &row : m_rows) {
        if (!intake::MissingDocuments::holds(row.entry->when, typed))
            entry.fields.remove(row.entry->field);
    }
    return entry;
}

void MatterSection::setEntry(const intake::IntakeMatter &entry)
{
    const QSignalBlocker blocker(this);
    {
        const QSignalBlocker agentBlocker(m_agent);
        m_agent->setChecked(entry.agentFor.has_value());
        m_agentBox->setVisible(entry.agentFor.has_value());
    }
    const QSignalBlocker relationBlocker(m_agentRelation);
    if (entry.agentFor) {
        m_agentId->setText(entry.agentFor->idNumber);
        m_agentName->setText(entry.agentFor->name);
        const int index = m_agentRelation->findData(entry.agentFor->relation);
        m_agentRelation->setCurrentIndex(index < 0 ? 0 : index);
    } else {
        m_agentId->clear();
        m_agentName->clear();
        m_agentRelation->setCurrentIndex(0);
    }
    for (Row &row : m_rows)
        row.editor->setValue(entry.fields.value(row.entry->field));
    updateVisibility();
}

void MatterSection::updateVisibility()
{
    // Built from what is typed (the conditions read the fields and the agent box).
    intake::IntakeMatter typed;
    typed.matter = m_matter.id;
    if (m_agent->isChecked())
        typed.agentFor = intake::AgentFor {};
    for (const Row &row : std::as_const(m_rows)) {
        const QJsonValue value = row.editor->value();
        if (!value.isNull())
            typed.fields.insert(row.entry->field, value);
    }
    for (Row &row : m_rows) {
        const bool shown = intake::MissingDocuments::holds(row.entry->when, typed);
        row.label->setVisible(shown);
        row.editor->setVisible(shown);
        if (row.hint)
            row.hint->setVisible(shown);
        if (!shown)
            row.message->clearMessage();
    }
}

void MatterSection::checkRow(Row &row, bool onlyWhenShown)
{
    if (onlyWhenShown && !row.message->isVisible())
        return;
    const QJsonValue value = row.editor->value();
    const auto error = value.isNull() ? std::nullopt : intake::FieldValidator::validate(row.editor->definition(), value, m_today);
    row.message->showMessage(error ? error->message : QString());
}

bool MatterSection::checkFields()
{
    bool ok = true;
    for (Row &row : m_rows) {
        if (row.editor->isHidden())
            continue;
        checkRow(row, false);
        ok = ok && row.message->isHidden();
    }
    return ok;
}

void MatterSection::showAgentMessage(FieldMessage *message, const QString &text)
{
    message->showMessage(text);
}

QWidget *MatterSection::showError(const QString &path, const QString &message)
{
    if (path.startsWith(fieldsPrefix)) {
        const QString fieldId = path.mid(fieldsPrefix.size()).section(u'.', 0, 0).section(u'[', 0, 0);
        for (Row &row : m_rows) {
            if (row.entry->field == fieldId && !row.editor->isHidden()) {
                row.message->showMessage(message);
                return row.editor->firstInput();
            }
        }
    }
    if (path == agentIdKey || path == QStringLiteral("agent_for")) {
        showAgentMessage(m_agentIdMessage, message);
        return m_agent->isChecked() ? static_cast<QWidget *>(m_agentId) : m_agent;
    }
    if (path == agentNameKey) {
        showAgentMessage(m_agentNameMessage, message);
        return m_agentName;
    }
    if (path == agentRelationKey) {
        showAgentMessage(m_agentRelationMessage, message);
        return m_agentRelation;
    }
    m_matterMessage->showMessage(message);
    return m_agent->isHidden() ? (m_rows.isEmpty() ? static_cast<QWidget *>(m_remove) : m_rows.first().editor->firstInput()) : m_agent;
}

void MatterSection::clearErrors()
{
    m_matterMessage->clearMessage();
    m_agentIdMessage->clearMessage();
    m_agentNameMessage->clearMessage();
    m_agentRelationMessage->clearMessage();
    for (Row &row : m_rows)
        row.message->clearMessage();
}

QList<QWidget *> MatterSection::tabChain() const
{
    QList<QWidget *> chain {m_agent, m_agentId, m_agentName, m_agentRelation};
    for (const Row &row : m_rows) {
        // A field's own inputs, in their order (a range: from, to; periods: row by row, then "add").
        QList<QWidget *> inputs;
        for (QWidget *widget : row.editor->findChildren<QWidget *>()) {
            if (widget->focusPolicy() & Qt::TabFocus && row.editor->owns(widget) && !widget->focusProxy())
                inputs << widget;
        }
        // findChildren lists in creation order, which is the order of the inputs on screen.
        chain << inputs;
    }
    chain << m_remove;
    return chain;
}

QString MatterSection::focusedKey() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return {};
    if (focus == m_agent)
        return agentKey;
    if (focus == m_agentId)
        return agentIdKey;
    if (focus == m_agentName)
        return agentNameKey;
    if (focus == m_agentRelation)
        return agentRelationKey;
    for (const Row &row : m_rows) {
        if (row.editor->owns(focus))
            return fieldsPrefix + row.entry->field;
    }
    return {};
}

bool MatterSection::focusKey(const QString &key)
{
    QWidget *target = nullptr;
    if (key == agentKey)
        target = m_agent;
    else if (key == agentIdKey)
        target = m_agentId;
    else if (key == agentNameKey)
        target = m_agentName;
    else if (key == agentRelationKey)
        target = m_agentRelation;
    for (const Row &row : m_rows) {
        if (key == fieldsPrefix + row.entry->field)
            target = row.editor->firstInput();
    }
    if (!target || !target->isVisibleTo(window()))
        return false;
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void MatterSection::focusFirst()
{
    // Most matters are the applicant's own: the first field; the agent box is Shift+Tab before it.
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.editor->isHidden()) {
            row.editor->firstInput()->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    if (!m_agent->isHidden())
        m_agent->setFocus(Qt::TabFocusReason);
    else
        m_remove->setFocus(Qt::TabFocusReason);
}

void MatterSection::prefillPhone(const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return;
    for (Row &row : m_rows) {
        if (row.editor->definition().type == intake::FieldType::Phone && row.editor->value().isNull())
            row.editor->setValue(phone.trimmed());
    }
}

void MatterSection::offerAgentName(const QString &idNumber, const QString &name)
{
    if (m_agentId->text().trimmed().compare(idNumber, Qt::CaseInsensitive) != 0 || !m_agentName->text().trimmed().isEmpty())
        return;
    m_agentName->setText(name);
    emit changed();
}

} // namespace tongban::ui
