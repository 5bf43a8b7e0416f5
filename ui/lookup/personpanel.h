#pragma once

#include "common/error.h"
#include "services/personfile.h"

#include <QFuture>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace tongban::ui {

/// Who the visitor is, at a glance: identity, retirement and the totals of their record.
/// The ID number is masked. Someone with the right (an assisting expert, a supervisor) may press
/// "Show", say why, and see it in full once the reason is audited; it goes back to masked with
/// "Hide" and with the next person.
class PersonPanel : public QWidget
{
    Q_OBJECT

public:
    /// Checks the right and audits the reason (services::AuditService::unmask); the number is
    /// shown only when it succeeds.
    using Unmask = std::function<QFuture<Result<Done>>(const QString &citizenId, const QString &reason)>;

    explicit PersonPanel(QWidget *parent = nullptr);

    /// How unmasking is asked; none: the number stays masked.
    void setUnmask(Unmask unmask) { m_unmask = std::move(unmask); }
    /// Whether "Show" is offered (the clerk's role has the right); false hides it.
    void setUnmaskOffered(bool offered);

    void showPerson(const services::PersonFile &file);
    /// Back to the hint shown before a lookup.
    void clear();

private:
    void updateIdNumber();
    void askReason();
    void confirmReason();
    void endReason();
    QLabel *addField(int row, int column, const QString &label, const QString &objectName);

    QStackedWidget *m_stack = nullptr;
    QWidget *m_fields = nullptr;
    QString m_citizenId;
    QLabel *m_name = nullptr;
    QLabel *m_idNumber = nullptr;
    QToolButton *m_showId = nullptr;
    bool m_unmasked = false;
    bool m_unmaskOffered = false;
    Unmask m_unmask;
    QWidget *m_reasonRow = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_confirmReason = nullptr;
    QLabel *m_reasonMessage = nullptr;
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
