#pragma once

#include "services/signinservice.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace tongban::ui {

/// The words of the accounts on screen, in one place: who is signed in (the status bar) and why a
/// sign-in was refused (the sign-in dialog).
class AccountsText
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::AccountsText)

public:
    /// "王芳 · 窗口经办员 · online" or "王芳 · 窗口经办员 · offline, valid until 2026-12-09 10:00".
    static QString signedIn(const services::SignInOutcome &outcome);
    /// The status bar's text when this computer has no accounts: a window clerk's rights under
    /// the typed name.
    static QString noAccounts(const QString &clerk);
    /// The message of a refused sign-in, naming what is wrong (password, login, lock, grace period,
    /// server) and what to do.
    static QString refusal(const Error &error);
    /// An account's field as a supervisor typed it ("login" → "Login").
    static QString fieldName(const QString &field);
};

} // namespace tongban::ui
