#pragma once

#include "central/useraccount.h"
#include "services/appcontext.h"
#include "services/useradministration.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tongban::ui {

class FieldMessage;

/// A supervisor's page of their office's clerk accounts (issue 12): the accounts the central
/// server shows them (its row-level security keeps other offices out), an account added (login,
/// name, window clerk or assisting expert, an initial password by the policy), the selected one
/// disabled (after a confirmation), its password reset or its offline grace period set (1–30
/// days). Each step runs off the UI thread (services::UserAdministration) with a busy bar; what
/// the server refuses is shown naming the field. Opened from the menu only for a role with the
/// "accounts" right.
class UsersPage : public QDialog
{
    Q_OBJECT

public:
    /// The answers to the confirmation of a disable (ids of ui::MessageBox::question).
    enum DisableAnswer { DisableAnswerYes, DisableAnswerNo };

    /// The page of office @p officeCode working through @p administration; each change the server made is audited in
    /// @p context's store (action "account") when a context is given.
    UsersPage(services::UserAdministration administration, const QString &officeCode, services::AppContext *context = nullptr,
              QWidget *parent = nullptr);

    /// Names the office in the page's heading ("朝阳区社保中心 (110105)").
    void setOfficeName(const QString &name);
    /// Reads the accounts again from the server.
    void refresh();
    /// The accounts shown.
    const QList<central::UserAccount> &accounts() const { return m_accounts; }
    /// The message on screen (the last error or what was done).
    QString message() const;
    bool isBusy() const { return m_busy; }

signals:
    /// The server answered a step (the list, an add, a disable, …), well or not.
    void answered();

private:
    void setBusy(bool busy);
    void showAccounts(const QList<central::UserAccount> &accounts);
    /// The login of the selected row; empty (with a message) when none.
    QString selectedLogin();
    void addUser();
    void disableUser();
    void resetPassword();
    void setGraceDays();
    /// Runs @p future; on success audits @p change, shows @p done and reads the list again.
    void changed(QFuture<Result<central::UserAccount>> future, const QString &change, const QString &done);
    void showError(const Error &error);

    services::UserAdministration m_administration;
    services::AppContext *m_context = nullptr;
    QString m_officeCode;
    QList<central::UserAccount> m_accounts;
    QLabel *m_heading = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newLogin = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newRole = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_resetPassword = nullptr;
    QSpinBox *m_graceDays = nullptr;
    QList<QWidget *> m_inputs;
    FieldMessage *m_message = nullptr;
    QLabel *m_done = nullptr;
    QProgressBar *m_busyBar = nullptr;
    bool m_busy = false;
};

} // namespace tongban::ui
