#pragma once

#include "intake/intakecase.h"
#include "intake/mattercatalog.h"

#include <QGroupBox>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tongban::ui {

class FieldEditor;
class FieldMessage;

/// One matter of the intake form: its name, department and time limit, "on behalf of" (代办:
/// the person acted for — ID number, name, relation), and only its own fields, made from the
/// catalog, each with its label, what is allowed and the message of what is wrong with it. A
/// field whose "when" does not hold (e.g. only for an agent) is hidden. Each field is checked
/// by intake::FieldValidator when the clerk leaves it, and again as they type while a message
/// is shown, so that it goes as soon as the value is right.
class MatterSection : public QGroupBox
{
    Q_OBJECT

public:
    /// A section for @p matter of @p catalog (both outlive it); "today" for the checks is @p today.
    MatterSection(const intake::MatterCatalog &catalog, const intake::MatterDefinition &matter, QDate today, QWidget *parent = nullptr);

    const intake::MatterDefinition &matter() const { return m_matter; }
    /// Numbers the section (1, 2, …) in its title; @p position is the matter's index in the case.
    void setPosition(int position);

    /// The matter as typed (documents left empty: the checklist keeps them).
    intake::IntakeMatter entry() const;
    /// Shows @p entry (fields, agent); emits no changed().
    void setEntry(const intake::IntakeMatter &entry);

    /// Shows @p message at the input named by @p path inside the matter ("fields.bank_account",
    /// "agent_for.relation", "matter", …); an unknown path shows it under the title. Returns the
    /// input to focus.
    QWidget *showError(const QString &path, const QString &message);
    void clearErrors();
    /// Checks every field shown with FieldValidator and shows what is wrong (true: nothing).
    bool checkFields();

    /// The inputs in the order Tab visits them.
    QList<QWidget *> tabChain() const;
    /// The key of the input that has the focus ("fields.bank_account", "agent", "agent_for.name"),
    /// or empty; focusKey() gives it the focus again (a draft restored).
    QString focusedKey() const;
    bool focusKey(const QString &key);
    /// Focuses the first field (the agent box is the input before it).
    void focusFirst();
    QPushButton *removeButton() const { return m_remove; }

    /// The relation @p key (intake::AgentFor::relations()) as the screen says it.
    static QString relationName(const QString &key);

    /// Puts @p phone in every phone field still empty (the applicant's, typed once for all matters).
    void prefillPhone(const QString &phone);

    /// Fills the agent's name (after the ID number was looked up) unless the clerk typed one.
    void offerAgentName(const QString &idNumber, const QString &name);

signals:
    /// The clerk changed something in the matter.
    void changed();
    void removeRequested();
    /// The clerk finished typing the agent's ID number (Enter or leaving the field).
    void agentIdEntered(const QString &idNumber);

private:
    struct Row
    {
        const intake::MatterField *entry = nullptr;
        QLabel *label = nullptr;
        FieldEditor *editor = nullptr;
        QLabel *hint = nullptr;
        FieldMessage *message = nullptr;
    };

    void addRow(QGridLayout *grid, int &gridRow, const intake::MatterField &field);
    void updateVisibility();
    void checkRow(Row &row, bool onlyWhenShown);
    void showAgentMessage(FieldMessage *message, const QString &text);

    const intake::MatterCatalog &m_catalog;
    intake::MatterDefinition m_matter;
    QDate m_today;
    int m_position = 0;
    QLabel *m_title = nullptr;
    FieldMessage *m_matterMessage = nullptr;
    QPushButton *m_remove = nullptr;
    QCheckBox *m_agent = nullptr;
    QWidget *m_agentBox = nullptr;
    QLineEdit *m_agentId = nullptr;
    QLineEdit *m_agentName = nullptr;
    QComboBox *m_agentRelation = nullptr;
    FieldMessage *m_agentIdMessage = nullptr;
    FieldMessage *m_agentNameMessage = nullptr;
    FieldMessage *m_agentRelationMessage = nullptr;
    QList<Row> m_rows;
};

} // namespace tongban::ui
