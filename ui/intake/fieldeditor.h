#pragma once

#include "intake/matterdefinition.h"

#include <QJsonValue>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tongban::ui {

class DateEdit;

/// The input of one field of a matter, made from its definition in the catalog: one kind of
/// widget per field type (a line for text, codes, phone, money, integers, bank accounts and
/// regions; a text box for multiline; the shared DateEdit for a date; "YYYY-MM" lines for a
/// month and a month range; rows of from, to and employer for a list of periods; a list of the
/// options for a choice; a check box for yes/no).
///
/// value() is the field's value in the intake case's JSON as typed, even when it is not a valid
/// value yet (an integer field holding "12a" gives the string "12a"), so that the validator
/// names what is wrong and a draft keeps exactly what was typed; setValue() shows any value
/// value() gave. Nothing typed gives a null value.
class FieldEditor : public QWidget
{
    Q_OBJECT

public:
    FieldEditor(const intake::FieldDefinition &definition, QWidget *parent = nullptr);

    const intake::FieldDefinition &definition() const { return m_definition; }
    QJsonValue value() const;
    /// Shows @p value (null: empty); emits no edited().
    void setValue(const QJsonValue &value);
    /// The input that takes the focus first (Tab comes here).
    QWidget *firstInput() const;
    /// Whether @p widget is one of this field's inputs.
    bool owns(const QWidget *widget) const;

signals:
    /// The clerk changed the value.
    void edited();
    /// The clerk left an input of the field (Tab, a click elsewhere) or pressed Enter in it.
    void left();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PeriodRow
    {
        QLineEdit *from = nullptr;
        QLineEdit *to = nullptr;
        QLineEdit *employer = nullptr;
    };

    QLineEdit *makeLine(const QString &name, const QString &placeholder, const QStringList &samples);
    QLineEdit *makeMonthLine(const QString &name, const QString &placeholder);
    void watch(QWidget *input);
    PeriodRow addPeriodRow();

    intake::FieldDefinition m_definition;
    QLineEdit *m_line = nullptr; ///< the one line; a range's "from"
    QLineEdit *m_lineTo = nullptr; ///< a range's "to"
    QPlainTextEdit *m_text = nullptr;
    DateEdit *m_date = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr;
    QGridLayout *m_periodGrid = nullptr;
    QList<PeriodRow> m_periods;
    QPushButton *m_addPeriod = nullptr;
    QList<QWidget *> m_inputs;
};

/// Makes @p combo wide enough for its longest option whatever the font falls back to (Qt's own
/// size hint comes out a few pixels short for full-width brackets, "父母（为父母办理）").
void fitComboWidth(QComboBox *combo);

/// The catalog's text in the language of the screen: @p zh on a Chinese screen (or when there is
/// no English), else @p en.
QString localized(const QString &zh, const QString &en);

} // namespace tongban::ui
