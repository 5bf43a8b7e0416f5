#include "employersearch.h"

#include "storage/employerrepository.h"
#include "storage/storeservice.h"

namespace tongban::services {

EmployerSearch::EmployerSearch(const AppContext &context)
    : m_context(context)
{ }

QFuture<Result<QList<insured::Employer>>> EmployerSearch::search(const QString &text) const
{
    return m_context.store().read<QList<insured::Employer>>(
        [text, clock = m_context.clock()](QSqlDatabase db) { return storage::EmployerRepository(db, clock).search(text); });
}

} // namespace tongban::services
