#pragma once

#include "auditentry.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tongban::audit {

/// A search of the audit log, newest first, one page at a time (keyset paging on seq: a page
/// costs the same however deep it is).
class AuditQuery
{
    Q_DECLARE_TR_FUNCTIONS(tongban::audit::AuditQuery)

public:
    struct Filter
    {
        QString person; ///< the subject's citizen ID number (exact, 18 characters); empty: anyone
        QString clerk; ///< the clerk's login (exact); empty: any
        QString action; ///< one of audit::action; empty: any
        QDate from; ///< first day (the hall's local day, inclusive); invalid: no lower bound
        QDate to; ///< last day (inclusive); invalid: no upper bound
    };

    struct Page
    {
        QList<AuditRecord> records; ///< newest first
        std::optional<qint64> next; ///< pass as @c after for the next page; none after the last
    };

    /// At most @p limit (1…1000) records of @p db matching @p filter with seq below @p after (none:
    /// from the newest). Errors: BadInput ("action": unknown; "to": before "from"; "limit");
    /// Storage on a driver error.
    static Result<Page> run(const QSqlDatabase &db, const Filter &filter, int limit = 100, std::optional<qint64> after = std::nullopt);
};

} // namespace tongban::audit
