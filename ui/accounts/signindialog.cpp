#include "ui/accounts/signindialog.h"

#include "ui/accounts/accountstext.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/whenfinished.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tongban::ui {

SignInDialog::SignInDialog(services::SignInService &service, std::optional<central::CentralConnectionInfo> server, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_server(std::move(server))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));

    auto *title = new QLabel(tr("Sign in to work at this counter"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("signInNote"));
    m_note->setWordWrap(true);
    m_note->hide();

    // Where, not as whom: the clerk's own login replaces any user of the connection string.
    QString where = tr("none: signing in offline on this computer");
    if (m_server) {
        where = m_server->value(QStringLiteral("dbname")).isEmpty()
            ? m_server->serverName()
            : tr("%1, database %2").arg(m_server->serverName(), m_server->value(QStringLiteral("dbname")));
        if (m_server->value(QStringLiteral("sslmode")) == u"verify-full")
            where = tr("%1 (TLS, certificate verified)").arg(where);
    }
    auto *serverText = new QLineEdit(where);
    serverText->setObjectName(QStringLiteral("signInServer"));
    serverText->setReadOnly(true);
    serverText->setFocusPolicy(Qt::NoFocus);
    serverText->setToolTip(tr("The central server checks the password; when it cannot be reached, the password is checked "
                              "against the sign-in kept on this computer at the last online sign-in. Set in Settings."));

    m_login = new QLineEdit;
    m_login->setObjectName(QStringLiteral("signInLogin"));
    m_login->setPlaceholderText(tr("e.g. wang.fang"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("Central server"), serverText);
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Password"), m_password);

    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("signInMessage"));
    m_message->setWordWrap(true);
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(QStringLiteral("signInBusy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(6);
    m_busyBar->hide();

    m_buttons = new QDialogButtonBox;
    QPushButton *signIn = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(QStringLiteral("signInButton"));
    signIn->setDefault(true);
    QPushButton *quit = m_buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("signInQuit"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busyBar);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    m_login->setFocus();
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    if (!login.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setNote(const QString &message)
{
    m_note->setText(message);
    m_note->setVisible(!message.isEmpty());
}

QString SignInDialog::message() const
{
    return m_message->text();
}

void SignInDialog::accept()
{
    if (m_busy)
        return;
    m_message->clearMessage();
    setBusy(true);
    whenFinished(m_service.signIn(m_server, m_login->text(), m_password->text()), this,
                 [this](const Result<services::SignInOutcome> &result) { finished(result); });
}

void SignInDialog::reject()
{
    if (m_busy)
        return;
    emit quitRequested();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyBar->setVisible(busy);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

void SignInDialog::finished(const Result<services::SignInOutcome> &result)
{
    setBusy(false);
    if (!result) {
        m_message->showMessage(AccountsText::refusal(result.error()));
        // The password is typed again; a wrong login is corrected where it is.
        m_password->clear();
        if (result.error().field == u"login")
            m_login->setFocus();
        else
            m_password->setFocus();
        emit answered();
        return;
    }
    m_password->clear();
    emit signedIn(*result);
    emit answered();
    QDialog::accept();
}

} // namespace tongban::ui
