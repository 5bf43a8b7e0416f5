#pragma once

#include "appcontext.h"

#include "casework/visitsearch.h"
#include "common/error.h"
#include "intake/mattercatalog.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>

namespace tongban::services {

/// The search over visits and their matters (queue number, ID number, name prefix, date range,
/// department, status, clerk), a page at a time on a store reader (casework::VisitSearchQuery:
/// keyset-paged, every criterion on an index), so that thousands of visits never block the
/// screen. The service must outlive its futures.
class VisitSearchService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::VisitSearchService)

public:
    VisitSearchService(const AppContext &context, intake::MatterCatalog catalog);
    /// A service with the shipped catalog. Errors: intake::MatterCatalog::builtIn's.
    static Result<std::unique_ptr<VisitSearchService>> builtIn(const AppContext &context);

    /// The page of @p filter (the next page: filter.after = the previous page's next).
    /// Errors: VisitSearchQuery::page's.
    QFuture<Result<casework::SearchPage>> search(const casework::SearchFilter &filter) const;

    const intake::MatterCatalog &catalog() const { return *m_catalog; }

private:
    const AppContext &m_context;
    std::shared_ptr<const intake::MatterCatalog> m_catalog;
};

} // namespace tongban::services
