#include "dayreportservice.h"

#include "casework/dayreportcsv.h"
#include "casework/dayreportquery.h"
#include "services/prereviewrunner.h"
#include "storage/storeservice.h"

#include <QSaveFile>

namespace tongban::services {

DayReportService::DayReportService(const AppContext &context, intake::MatterCatalog catalog)
    : m_context(context)
    , m_catalog(std::make_shared<const intake::MatterCatalog>(std::move(catalog)))
{ }

Result<std::unique_ptr<DayReportService>> DayReportService::builtIn(const AppContext &context)
{
    auto catalog = intake::MatterCatalog::builtIn(PreReviewRunner::designEngineIds());
    if (!catalog)
        return catalog.error();
    return std::make_unique<DayReportService>(context, std::move(catalog).value());
}

QFuture<Result<casework::DayReport>> DayReportService::report(QDate date, const QString &window) const
{
    return m_context.store().read<casework::DayReport>([catalog = m_catalog, date, window, clerk = m_context.clerk()](QSqlDatabase db) {
        return casework::DayReportQuery(db, *catalog).run(date, clerk, window);
    });
}

QByteArray DayReportService::csv(const casework::DayReport &report)
{
    return casework::DayReportCsv::toCsv(report);
}

Status DayReportService::writeCsv(const casework::DayReport &report, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(report)) < 0 || !file.commit())
        return Error::badInput(QStringLiteral("csv"), tr("cannot write the file %1: %2").arg(path, file.errorString()));
    return Done {};
}

} // namespace tongban::services
