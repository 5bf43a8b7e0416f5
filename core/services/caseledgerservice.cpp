#include "caseledgerservice.h"

#include "services/prereviewrunner.h"
#include "storage/storeservice.h"

namespace tongban::services {

using casework::CaseLedgerRepository;
using casework::DifficultCase;
using casework::DifficultCaseEvent;

CaseLedgerService::CaseLedgerService(const AppContext &context, intake::MatterCatalog catalog)
    : m_context(context)
    , m_catalog(std::move(catalog))
{ }

Result<std::unique_ptr<CaseLedgerService>> CaseLedgerService::builtIn(const AppContext &context)
{
    auto catalog = intake::MatterCatalog::builtIn(PreReviewRunner::designEngineIds());
    if (!catalog)
        return catalog.error();
    return std::make_unique<CaseLedgerService>(context, std::move(catalog).value());
}

std::optional<Error> CaseLedgerService::unknownDepartment(const QStringList &departments) const
{
    for (qsizetype i = 0; i < departments.size(); ++i) {
        if (m_catalog.department(departments.at(i)))
            continue;
        QStringList known;
        for (const intake::Department &d : m_catalog.departments())
            known.append(d.id);
        return Error::badInput(QStringLiteral("departments[%1]").arg(i),
                               tr("the department \"%1\" is not in the matter catalog: known are %2")
                                   .arg(departments.at(i), known.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

QFuture<Result<DifficultCase>> CaseLedgerService::open(const OpenRequest &request)
{
    if (const auto e = unknownDepartment(request.departments))
        return QtFuture::makeReadyFuture(Result<DifficultCase>(*e));
    CaseLedgerRepository::OpenRequest r {request.sessionId, request.description, request.departments,
                                         request.expert,    request.promisedOn,  m_context.clerk()};
    return m_context.store().write<DifficultCase>(
        [clock = m_context.clock(), r](QSqlDatabase db) { return CaseLedgerRepository(db, clock).open(r); });
}

QFuture<Status> CaseLedgerService::change(std::function<Status(CaseLedgerRepository &)> work)
{
    return m_context.store().write<Done>([clock = m_context.clock(), work = std::move(work)](QSqlDatabase db) {
        CaseLedgerRepository repository(db, clock);
        return work(repository);
    });
}

QFuture<Status> CaseLedgerService::addNote(const QString &caseId, const QString &text)
{
    return change([caseId, text, clerk = m_context.clerk()](CaseLedgerRepository &r) { return r.addNote(caseId, text, clerk); });
}

QFuture<Status> CaseLedgerService::assign(const QString &caseId, const QString &expert, const QStringList &departments)
{
    if (const auto e = unknownDepartment(departments))
        return QtFuture::makeReadyFuture(Status(*e));
    return change([caseId, expert, departments, clerk = m_context.clerk()](CaseLedgerRepository &r) {
        return r.assign(caseId, expert, departments, clerk);
    });
}

QFuture<Status> CaseLedgerService::promise(const QString &caseId, QDate promisedOn)
{
    return change(
        [caseId, promisedOn, clerk = m_context.clerk()](CaseLedgerRepository &r) { return r.promise(caseId, promisedOn, clerk); });
}

QFuture<Status> CaseLedgerService::close(const QString &caseId, const QString &answer)
{
    return change([caseId, answer, clerk = m_context.clerk()](CaseLedgerRepository &r) { return r.close(caseId, answer, clerk); });
}

QFuture<Status> CaseLedgerService::reopen(const QString &caseId, const QString &reason)
{
    return change([caseId, reason, clerk = m_context.clerk()](CaseLedgerRepository &r) { return r.reopen(caseId, reason, clerk); });
}

QFuture<Result<DifficultCase>> CaseLedgerService::load(const QString &caseId) const
{
    return m_context.store().read<DifficultCase>(
        [clock = m_context.clock(), caseId](QSqlDatabase db) { return CaseLedgerRepository(db, clock).load(caseId); });
}

QFuture<Result<QList<DifficultCaseEvent>>> CaseLedgerService::history(const QString &caseId) const
{
    return m_context.store().read<QList<DifficultCaseEvent>>(
        [clock = m_context.clock(), caseId](QSqlDatabase db) { return CaseLedgerRepository(db, clock).history(caseId); });
}

QFuture<Result<QList<DifficultCase>>> CaseLedgerService::openCases() const
{
    return m_context.store().read<QList<DifficultCase>>(
        [clock = m_context.clock()](QSqlDatabase db) { return CaseLedgerRepository(db, clock).openCases(); });
}

} // namespace tongban::services
