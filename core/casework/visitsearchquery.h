#pragma once

#include "common/error.h"
#include "intake/mattercatalog.h"
#include "visitsearch.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace tongban::casework {

/// Searches the visits and their matters in the local store, keyset-paged (schema step 7's
/// indexes): the hits are ordered by (intake_matter.created_at, id) descending and a page
/// continues strictly after the cursor of the last hit, so pages never repeat or skip a hit while
/// earlier pages are shown, and a page never reads the rows before it (no OFFSET). Every criterion
/// is served by an index: queue number (visit_session_queue), ID number (intake_visit_applicant,
/// intake_matter_subject), name prefix (a range on intake_visit_name, intake_matter_subject_name),
/// dates (intake_matter_received), department (the catalog's matters of the department, on
/// intake_matter_matter), clerk (intake_matter_clerk).
class VisitSearchQuery
{
    Q_DECLARE_TR_FUNCTIONS(tongban::casework::VisitSearchQuery)

public:
    /// A query on @p db (a read connection); @p catalog maps departments to matters.
    VisitSearchQuery(QSqlDatabase db, const intake::MatterCatalog &catalog);

    /// The page of @p filter. Errors: BadInput naming the criterion ("page_size" outside 1…500;
    /// "after" not a cursor of this search; "department" unknown; "status" not a status; "from"
    /// after "to"; "id_number" not 18 characters); Storage.
    Result<SearchPage> page(const SearchFilter &filter) const;

    /// The SQL and bound values page() runs for @p filter (for EXPLAIN QUERY PLAN in the tests).
    /// Errors as page().
    Result<QPair<QString, QVariantMap>> statement(const SearchFilter &filter) const;

    /// The statuses a matter may have (stored form).
    static QStringList statuses();

private:
    QSqlDatabase m_db;
    const intake::MatterCatalog &m_catalog;
};

} // namespace tongban::casework
