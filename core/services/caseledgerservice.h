#pragma once

#include "appcontext.h"

#include "casework/caseledgerrepository.h"
#include "casework/difficultcase.h"
#include "common/error.h"
#include "intake/mattercatalog.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>

namespace tongban::services {

/// The difficult-case ledger (疑难问题台账) as the screens and the command line use it: a case
/// opened from a visit for a problem the window cannot settle, its notes, expert, departments and
/// promised date, closed (销号) with the answer given to the visitor and reopened with its history
/// kept (casework::CaseLedgerRepository). Departments are checked against the matter catalog; the
/// clerk is the context's. Writes run on the store's writer, reads on a reader; the futures
/// complete there. The service must outlive its futures.
class CaseLedgerService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::CaseLedgerService)

public:
    /// What opening a case needs (the clerk is the context's).
    struct OpenRequest
    {
        QString sessionId;
        QString description;
        QStringList departments; ///< Department ids of the catalog
        QString expert;
        QDate promisedOn;
    };

    CaseLedgerService(const AppContext &context, intake::MatterCatalog catalog);
    /// A service with the shipped catalog. Errors: intake::MatterCatalog::builtIn's.
    static Result<std::unique_ptr<CaseLedgerService>> builtIn(const AppContext &context);

    /// Opens a case. Errors: BadInput ("departments[i]" not a department of the catalog); the
    /// repository's (CaseLedgerRepository::open).
    QFuture<Result<casework::DifficultCase>> open(const OpenRequest &request);
    /// Adds a note. Errors: CaseLedgerRepository::addNote's.
    QFuture<Status> addNote(const QString &caseId, const QString &text);
    /// Assigns the expert and departments. Errors: BadInput ("departments[i]"); CaseLedgerRepository::assign's.
    QFuture<Status> assign(const QString &caseId, const QString &expert, const QStringList &departments);
    /// Sets the promised date. Errors: CaseLedgerRepository::promise's.
    QFuture<Status> promise(const QString &caseId, QDate promisedOn);
    /// Closes with the answer given to the visitor. Errors: CaseLedgerRepository::close's.
    QFuture<Status> close(const QString &caseId, const QString &answer);
    /// Reopens a closed case, saying why. Errors: CaseLedgerRepository::reopen's.
    QFuture<Status> reopen(const QString &caseId, const QString &reason);

    /// The case. Errors: NotFound ("case_id"); Storage.
    QFuture<Result<casework::DifficultCase>> load(const QString &caseId) const;
    /// Its history, oldest first. Errors: NotFound ("case_id"); Storage.
    QFuture<Result<QList<casework::DifficultCaseEvent>>> history(const QString &caseId) const;
    /// The open cases by promised date, overdue flagged (as of the clock's today). Error (Storage).
    QFuture<Result<QList<casework::DifficultCase>>> openCases() const;

    const intake::MatterCatalog &catalog() const { return m_catalog; }

private:
    /// BadInput ("departments[i]") for the first department the catalog does not know.
    std::optional<Error> unknownDepartment(const QStringList &departments) const;
    QFuture<Status> change(std::function<Status(casework::CaseLedgerRepository &)> work);

    const AppContext &m_context;
    intake::MatterCatalog m_catalog;
};

} // namespace tongban::services
