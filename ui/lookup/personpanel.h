#pragma once

#include "services/personfile.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;

namespace tongban::ui {

/// Who the visitor is, at a glance: identity, retirement and the totals of their record.
/// The ID number is masked unless the clerk presses "Show" (it goes back to masked with the
/// next person).
class PersonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PersonPanel(QWidget *parent = nullptr);

    void showPerson(const services::PersonFile &file);
    /// Back to the hint shown before a lookup.
    void clear();

private:
    void updateIdNumber();
    QLabel *addField(int row, int column, const QString &label, const QString &objectName);

    QStackedWidget *m_stack = nullptr;
    QWidget *m_fields = nullptr;
    QString m_citizenId;
    QLabel *m_name = nullptr;
    QLabel *m_idNumber = nullptr;
    QToolButton *m_showId = nullptr;
    QLabel *m_sex = nullptr;
    QLabel *m_birth = nullptr;
    QLabel *m_group = nullptr;
    QLabel *m_region = nullptr;
    QLabel *m_retirement = nullptr;
    QLabel *m_monthsPaid = nullptr;
    QLabel *m_deemed = nullptr;
    QLabel *m_balance = nullptr;
};

} // namespace tongban::ui
