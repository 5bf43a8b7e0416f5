#pragma once

// The calculation sheet of the demo colleague 王建国 (flexibly employed 2003–2009), computed the
// way the counter window does: a real demo database, the person's stored records, PensionFromRecords.
// Shared by the sheet and visitor-screen tests (not a test itself: not named test*.cpp).

#include "demo/demogenerator.h"
#include "pension/pensionfromrecords.h"
#include "pension/pensionoutcome.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include <QString>

#include <memory>

namespace sheetfixture {

struct WangJianguo
{
    tongban::insured::InsuredPerson person;
    QList<tongban::insured::ContributionRecord> records;
    tongban::pension::PensionOutcome outcome;
    tongban::YearMonth today {2026, 1};
    QString error; ///< empty when everything above was loaded
};

/// Writes a small demo database at @p databasePath and computes 王建国's pension at his
/// statutory month (2024-03).
inline WangJianguo load(const std::shared_ptr<const tongban::policy::ParameterSet> &parameters, const QString &databasePath)
{
    using namespace tongban;
    WangJianguo w;
    const auto written = demo::DemoGenerator(parameters, 1).writeNewFile(databasePath, 2);
    if (!written.ok()) {
        w.error = written.error().message;
        return w;
    }
    auto store = storage::LocalStore::open(databasePath, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store.ok()) {
        w.error = store.error().message;
        return w;
    }
    const storage::PersonRepository repository((*store)->database(), Clock::fixed(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)));
    const auto person = repository.findByCitizenId(demo::DemoGenerator::colleagueWangCitizenId());
    if (!person.ok() || !*person) {
        w.error = QStringLiteral("王建国 is not in the demo database");
        return w;
    }
    w.person = **person;
    const auto records = repository.loadContributionRecords(w.person.id);
    if (!records.ok()) {
        w.error = records.error().message;
        return w;
    }
    w.records = *records;
    pension::PensionFromRecords::Request request;
    request.person = w.person;
    request.records = w.records;
    request.today = w.today;
    w.outcome = pension::PensionFromRecords::run(request, parameters);
    if (!w.outcome.result)
        w.error = w.outcome.error ? w.outcome.error->message : QStringLiteral("no result");
    return w;
}

} // namespace sheetfixture
