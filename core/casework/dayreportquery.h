#pragma once

#include "common/error.h"
#include "dayreport.h"
#include "intake/mattercatalog.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace tongban::casework {

/// Reads the day's work of one day from the local store (schema step 7).
///
/// The day is the hall's local day (the time zone of the machine, Asia/Shanghai at the counter):
/// time stamps (stored in UTC) count when they fall in [day 00:00, next day 00:00) local time.
/// A matter counts for the clerk who took it in (intake_matter.clerk; a status change for the
/// clerk who made it) and for the department the catalog gives its matter (a matter the catalog no
/// longer knows counts under its stored matter id). Waiting time is the time from the hall's
/// ticket (intake_visit.ticket_at) to the call (the visit's opened_at), for the visits called that
/// day whose ticket time is known; a department's waiting time is that of the visits with a matter
/// of it. Ratings count on the day given, for the matter's clerk and department.
class DayReportQuery
{
    Q_DECLARE_TR_FUNCTIONS(tongban::casework::DayReportQuery)

public:
    /// A query on @p db (a read connection) with @p catalog for the departments.
    DayReportQuery(QSqlDatabase db, const intake::MatterCatalog &catalog);

    /// The figures of @p date; @p window (may be empty) is shown with the row of @p windowClerk
    /// (the counter's window number from the settings, for the clerk signed in there).
    /// Errors: BadInput ("date" invalid); Storage.
    Result<DayReport> run(QDate date, const QString &windowClerk = {}, const QString &window = {}) const;

private:
    QSqlDatabase m_db;
    const intake::MatterCatalog &m_catalog;
};

} // namespace tongban::casework
