#pragma once

#include "appcontext.h"

#include "casework/dayreport.h"
#include "common/error.h"
#include "intake/mattercatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>

#include <memory>

namespace tongban::services {

/// The day's work (当日工作量) per window and per department — matters received, done, returned and
/// overdue, waiting time from ticket to call, ratings by level — and its CSV
/// (casework::DayReportQuery, casework::DayReportCsv). Reads on a store reader; the service must
/// outlive its futures.
class DayReportService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::DayReportService)

public:
    DayReportService(const AppContext &context, intake::MatterCatalog catalog);
    /// A service with the shipped catalog. Errors: intake::MatterCatalog::builtIn's.
    static Result<std::unique_ptr<DayReportService>> builtIn(const AppContext &context);

    /// The figures of @p date (the hall's local day); @p window (may be empty: the settings have
    /// none) labels the row of the context's clerk. Errors: DayReportQuery::run's.
    QFuture<Result<casework::DayReport>> report(QDate date, const QString &window = {}) const;

    /// The CSV file of @p report (UTF-8 with BOM, Chinese header): DayReportCsv::toCsv.
    static QByteArray csv(const casework::DayReport &report);
    /// Writes csv(@p report) to @p path (through a temporary file and a rename: a half-written
    /// file is never left). Small; call it off the UI thread all the same. Error: BadInput
    /// ("csv") naming the path and the system's reason when it cannot be written.
    static Status writeCsv(const casework::DayReport &report, const QString &path);

private:
    const AppContext &m_context;
    std::shared_ptr<const intake::MatterCatalog> m_catalog;
};

} // namespace tongban::services
