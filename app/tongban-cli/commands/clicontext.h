#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "services/appcontext.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tongban::cli {

/// What a command that reads a local database works with: the shipped parameters, the store
/// named by --db (it must exist; opened, checked and migrated as the GUI does, through the same
/// storage::StoreService), the clerk ($USER) and the system clock.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::CliContext)

public:
    /// Opens @p dbPath. Errors: BadInput "--db" when no path is given or the file does not exist;
    /// Storage when it is not a database, is damaged (the message says what to do) or cannot be
    /// migrated; the parameters' error when the shipped data does not load.
    static Result<std::unique_ptr<CliContext>> open(const QString &dbPath);

    /// The clock of every command ("today" for ID checks and histories).
    static Clock clock() { return Clock::system(); }

    services::AppContext &context() { return *m_context; }

private:
    CliContext() = default;

    std::unique_ptr<services::AppContext> m_context;
};

} // namespace tongban::cli
