#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "services/appcontext.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace tongban::cli {

/// What a command that reads a local database works with: the shipped parameters, the store
/// named by --db (it must exist; opened, checked and migrated as the GUI does, through the same
/// storage::StoreService), who acts (a clerk signed in offline with --user and --password-file,
/// else "cli:$USER" with a window clerk's rights) and the system clock.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::CliContext)

public:
    /// Opens @p dbPath. Errors: BadInput "--db" when no path is given or the file does not exist;
    /// Storage when it is not a database, is damaged (the message says what to do) or cannot be
    /// migrated; the parameters' error when the shipped data does not load.
    ///
    /// With a sign-in taken from the arguments (takeSignIn: --user LOGIN --password-file FILE)
    /// the user signs in offline against the file's cached verifier (services::AccountService,
    /// audited) and acts with their role; errors then: Forbidden "--user" (never signed in
    /// online on that file, the grace period over, the offline sign-in locked), Forbidden
    /// "--password-file" (a wrong password), BadInput "--password-file" (unreadable, empty).
    /// Without one the command acts as "cli:<OS user>" with a window clerk's rights.
    static Result<std::unique_ptr<CliContext>> open(const QString &dbPath);

    /// Removes --user LOGIN and --password-file FILE from @p arguments of a command that has
    /// --db, and keeps them for open(). Error (BadInput) naming the option when one is given
    /// without the other or without its value. Called once by main() before the command runs.
    static std::optional<Error> takeSignIn(QStringList &arguments);

    /// The --user LOGIN and --password-file FILE that takeSignIn() kept (empty when not given), for
    /// a command that signs in online instead (`sync`).
    static QString takenLogin();
    static QString takenPasswordFile();
    /// The password on the first line of the file at @p path (without its line end): a password
    /// is never given on the command line, where other users of the machine see it. Error:
    /// BadInput "--password-file" when the file cannot be read or its first line is empty.
    static Result<QString> readPasswordFile(const QString &path);
    /// The clock of every command ("today" for ID checks and histories).
    static Clock clock() { return Clock::system(); }

    services::AppContext &context() { return *m_context; }

private:
    CliContext() = default;

    std::unique_ptr<services::AppContext> m_context;
};

} // namespace tongban::cli
