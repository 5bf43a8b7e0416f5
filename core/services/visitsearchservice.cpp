#include "visitsearchservice.h"

#include "casework/visitsearchquery.h"
#include "services/prereviewrunner.h"
#include "storage/storeservice.h"

namespace tongban::services {

VisitSearchService::VisitSearchService(const AppContext &context, intake::MatterCatalog catalog)
    : m_context(context)
    , m_catalog(std::make_shared<const intake::MatterCatalog>(std::move(catalog)))
{ }

Result<std::unique_ptr<VisitSearchService>> VisitSearchService::builtIn(const AppContext &context)
{
    auto catalog = intake::MatterCatalog::builtIn(PreReviewRunner::designEngineIds());
    if (!catalog)
        return catalog.error();
    return std::make_unique<VisitSearchService>(context, std::move(catalog).value());
}

QFuture<Result<casework::SearchPage>> VisitSearchService::search(const casework::SearchFilter &filter) const
{
    return m_context.store().read<casework::SearchPage>(
        [catalog = m_catalog, filter](QSqlDatabase db) { return casework::VisitSearchQuery(db, *catalog).page(filter); });
}

} // namespace tongban::services
