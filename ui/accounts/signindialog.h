#pragma once

#include "central/centralconnectioninfo.h"
#include "services/signinservice.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace tongban::ui {

class FieldMessage;

/// Signing in at this counter (issue 12): login and password, the central server shown
/// read-only (or that this computer signs in offline). "Sign in" runs services::SignInService off
/// the UI thread with a busy bar; each refusal is a message under the fields saying what is wrong
/// (wrong password, disabled account, grace period over, offline sign-in locked, server down) and
/// the dialog stays. On success signedIn() carries the outcome and the dialog closes. "Quit"
/// (Escape) asks to end the program: nobody works in the window without signing in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    /// Signs in through @p service; online on @p server when given.
    SignInDialog(services::SignInService &service, std::optional<central::CentralConnectionInfo> server, QWidget *parent = nullptr);

    /// Types @p login into the login field (the last clerk of this counter).
    void setLogin(const QString &login);
    /// Shows @p message above the fields (why the dialog is shown again: signed out, …).
    void setNote(const QString &message);
    /// The message on screen (the last refusal), for tests.
    QString message() const;
    /// Whether a sign-in is under way.
    bool isBusy() const { return m_busy; }

    /// Starts the sign-in (the "Sign in" button, Enter).
    void accept() override;
    /// Quit (Escape, the window's close button): quitRequested().
    void reject() override;

signals:
    /// Signed in: the caller sets the context's user and keeps the credentials in memory.
    void signedIn(const tongban::services::SignInOutcome &outcome);
    /// The clerk chose to quit instead of signing in.
    void quitRequested();
    /// A sign-in was answered (refused: the message is on screen; or signed in, after signedIn()).
    void answered();

private:
    void setBusy(bool busy);
    void finished(const Result<services::SignInOutcome> &result);

    services::SignInService &m_service;
    std::optional<central::CentralConnectionInfo> m_server;
    QLabel *m_note = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    FieldMessage *m_message = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
};

} // namespace tongban::ui
