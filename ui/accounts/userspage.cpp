#include "ui/accounts/userspage.h"

#include "ui/accounts/accountstext.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/messagebox.h"
#include "ui/common/whenfinished.h"

#include "accounts/accesspolicy.h"
#include "services/auditservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

enum Column { LoginColumn, NameColumn, RoleColumn, StateColumn, GraceColumn, ColumnCount };

} // namespace

UsersPage::UsersPage(services::UserAdministration administration, const QString &officeCode, services::AppContext *context, QWidget *parent)
    : QDialog(parent)
    , m_administration(std::move(administration))
    , m_context(context)
    , m_officeCode(officeCode)
{
    setObjectName(QStringLiteral("usersPage"));
    setWindowTitle(tr("Accounts of the office"));
    const accounts::AccessPolicy &policy = accounts::AccessPolicy::builtIn();

    m_heading = new QLabel;
    m_heading->setObjectName(QStringLiteral("usersHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    setOfficeName(QString());

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("State"), tr("Offline grace days")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    // The selected account: disable, reset the password, the grace period.
    auto *disable = new QPushButton(tr("Disable…"));
    disable->setObjectName(QStringLiteral("disableUser"));
    m_resetPassword = new QLineEdit;
    m_resetPassword->setObjectName(QStringLiteral("resetPassword"));
    m_resetPassword->setEchoMode(QLineEdit::Password);
    m_resetPassword->setPlaceholderText(tr("new password"));
    auto *reset = new QPushButton(tr("Reset password"));
    reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_graceDays = new QSpinBox;
    m_graceDays->setObjectName(QStringLiteral("graceDays"));
    m_graceDays->setRange(1, 30);
    m_graceDays->setValue(7);
    m_graceDays->setSuffix(tr(" days"));
    auto *grace = new QPushButton(tr("Set grace period"));
    grace->setObjectName(QStringLiteral("setGraceDays"));
    auto *selectedBox = new QGroupBox(tr("Selected account"));
    auto *selected = new QHBoxLayout(selectedBox);
    selected->addWidget(disable);
    selected->addSpacing(12);
    selected->addWidget(m_resetPassword, 1);
    selected->addWidget(reset);
    selected->addSpacing(12);
    selected->addWidget(m_graceDays);
    selected->addWidget(grace);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_accounts.size())
            m_graceDays->setValue(m_accounts.at(row).graceDays);
    });

    // A new account of the office: the roles a supervisor may give.
    m_newLogin = new QLineEdit;
    m_newLogin->setObjectName(QStringLiteral("newLogin"));
    m_newLogin->setPlaceholderText(tr("e.g. wang.fang"));
    m_newName = new QLineEdit;
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newName->setPlaceholderText(tr("e.g. 王芳 (printed as 经办人)"));
    m_newRole = new QComboBox;
    m_newRole->setObjectName(QStringLiteral("newRole"));
    for (const accounts::Role role : {accounts::Role::WindowClerk, accounts::Role::AssistingExpert})
        m_newRole->addItem(policy.roleName(role), accounts::roleId(role));
    m_newPassword = new QLineEdit;
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setPlaceholderText(tr("at least 8 characters, letters and digits"));
    auto *add = new QPushButton(tr("Add account"));
    add->setObjectName(QStringLiteral("addUser"));
    auto *addBox = new QGroupBox(tr("New account"));
    auto *addForm = new QFormLayout(addBox);
    addForm->addRow(tr("Login"), m_newLogin);
    addForm->addRow(tr("Name"), m_newName);
    addForm->addRow(tr("Role"), m_newRole);
    addForm->addRow(tr("Initial password"), m_newPassword);
    addForm->addRow(QString(), add);

    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("usersMessage"));
    m_message->setWordWrap(true);
    m_done = new QLabel;
    m_done->setObjectName(QStringLiteral("usersDone"));
    m_done->setWordWrap(true);
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(QStringLiteral("usersBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();
    auto *refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(QStringLiteral("refreshUsers"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(refreshButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &UsersPage::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(selectedBox);
    layout->addWidget(addBox);
    layout->addWidget(m_message);
    layout->addWidget(m_done);
    layout->addWidget(m_busyBar);
    layout->addWidget(buttons);

    m_inputs = {m_table,    disable,   m_resetPassword, reset,         m_graceDays, grace,
                m_newLogin, m_newName, m_newRole,       m_newPassword, add,         refreshButton};
    connect(refreshButton, &QPushButton::clicked, this, &UsersPage::refresh);
    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(disable, &QPushButton::clicked, this, &UsersPage::disableUser);
    connect(reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(grace, &QPushButton::clicked, this, &UsersPage::setGraceDays);
    resize(900, 600);
    refresh();
}

void UsersPage::setOfficeName(const QString &name)
{
    m_heading->setText(name.isEmpty() ? tr("Accounts of office %1").arg(m_officeCode) : tr("Accounts of %1 (%2)").arg(name, m_officeCode));
}

QString UsersPage::message() const
{
    return m_message->text().isEmpty() ? m_done->text() : m_message->text();
}

void UsersPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    for (QWidget *input : std::as_const(m_inputs))
        input->setEnabled(!busy);
}

void UsersPage::refresh()
{
    setBusy(true);
    whenFinished(m_administration.list(), this, [this](const Result<QList<central::UserAccount>> &users) {
        setBusy(false);
        if (!users)
            showError(users.error());
        else
            showAccounts(*users);
        emit answered();
    });
}

void UsersPage::showAccounts(const QList<central::UserAccount> &accounts)
{
    const QString selected
        = m_table->currentRow() >= 0 && m_table->currentRow() < m_accounts.size() ? m_accounts.at(m_table->currentRow()).login : QString();
    m_accounts = accounts;
    const accounts::AccessPolicy &policy = accounts::AccessPolicy::builtIn();
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const central::UserAccount &account = accounts.at(row);
        const QStringList cells {account.login, account.displayName, policy.roleName(account.role),
                                 account.enabled ? tr("enabled") : tr("disabled"), QString::number(account.graceDays)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!account.enabled)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
        if (account.login == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnToContents(LoginColumn);
}

QString UsersPage::selectedLogin()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size() || m_table->selectedItems().isEmpty()) {
        m_done->clear();
        m_message->showMessage(tr("Choose an account in the list first."));
        return QString();
    }
    return m_accounts.at(row).login;
}

void UsersPage::changed(QFuture<Result<central::UserAccount>> future, const QString &change, const QString &done)
{
    m_message->clearMessage();
    m_done->clear();
    setBusy(true);
    whenFinished(future, this, [this, change, done](const Result<central::UserAccount> &account) {
        setBusy(false);
        if (!account) {
            showError(account.error());
            emit answered();
            return;
        }
        m_done->setText(done.arg(account->login));
        if (m_context) {
            // The server made the change: it is kept in this computer's audit log too.
            whenFinished(services::AuditService(*m_context).record({services::UserAdministration::auditOf(change, *account)}), this,
                         [this](const Result<Done> &audited) {
                             if (!audited)
                                 m_message->showMessage(tr("The change was made but not audited here: %1").arg(audited.error().message));
                         });
        }
        refresh();
    });
}

void UsersPage::showError(const Error &error)
{
    m_done->clear();
    if (error.kind == Error::Kind::Unavailable)
        m_message->showMessage(tr("The central server cannot be reached: %1").arg(error.message));
    else if (!error.field.isEmpty() && error.field != u"server")
        m_message->showMessage(tr("%1: %2").arg(AccountsText::fieldName(error.field), error.message));
    else
        m_message->showMessage(error.message);
}

void UsersPage::addUser()
{
    const auto role = accounts::roleFromId(m_newRole->currentData().toString()).value_or(accounts::Role::WindowClerk);
    changed(m_administration.add(m_newLogin->text(), m_newName->text(), role, m_newPassword->text()), QStringLiteral("add"),
            tr("Account %1 added."));
    m_newPassword->clear();
}

void UsersPage::disableUser()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    const int answer = MessageBox::question(
        this, tr("Disable account"), tr("Disable the account %1?").arg(login),
        tr("It can no longer sign in online; its offline sign-in on outreach computers ends "
           "with its grace period."),
        {{DisableAnswerYes, tr("Disable"), QMessageBox::AcceptRole}, {DisableAnswerNo, tr("Cancel"), QMessageBox::RejectRole}},
        DisableAnswerNo);
    if (answer != DisableAnswerYes)
        return;
    changed(m_administration.disable(login), QStringLiteral("disable"), tr("Account %1 disabled."));
}

void UsersPage::resetPassword()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    changed(m_administration.resetPassword(login, m_resetPassword->text()), QStringLiteral("reset-password"),
            tr("New password of %1 set."));
    m_resetPassword->clear();
}

void UsersPage::setGraceDays()
{
    const QString login = selectedLogin();
    if (login.isEmpty())
        return;
    changed(m_administration.setGraceDays(login, m_graceDays->value()), QStringLiteral("grace"), tr("Offline grace period of %1 set."));
}

} // namespace tongban::ui
