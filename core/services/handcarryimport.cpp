#include "handcarryimport.h"

#include "central/centralsession.h"
#include "central/syncserver.h"
#include "sync/handcarry.h"

namespace tongban::services {

Result<CarryImportReport> HandCarryImport::run(central::CentralSession &session, const QByteArray &file)
{
    auto device = sync::HandCarry::deviceOf(file);
    if (!device)
        return device.error();
    central::SyncServer server(session);
    auto key = server.carryKey(*device);
    if (!key)
        return key.error();
    auto carried = sync::HandCarry::read(file, *key);
    if (!carried)
        return carried.error();
    CarryImportReport report;
    report.deviceId = carried->deviceId;
    report.officeCode = carried->officeCode;
    report.operations = int(carried->ops.size());
    constexpr int kBatch = 200;
    for (qsizetype from = 0; from < carried->ops.size(); from += kBatch) {
        auto results = server.push(carried->deviceId, carried->schemaVersion, carried->ops.mid(from, kBatch));
        if (!results)
            return results.error();
        for (const sync::OpResult &result : std::as_const(*results)) {
            switch (result.outcome) {
            case sync::OpResult::Outcome::Applied:
                ++report.applied;
                break;
            case sync::OpResult::Outcome::Duplicate:
                ++report.duplicates;
                break;
            case sync::OpResult::Outcome::Conflict:
                ++report.conflicts;
                report.problems.append(result);
                break;
            case sync::OpResult::Outcome::Rejected:
                ++report.rejected;
                report.problems.append(result);
                break;
            }
        }
    }
    return report;
}

} // namespace tongban::services
