#include "demostorewriter.h"

#include "storage/localstore.h"

#include <QDateTime>
#include <QTimeZone>

namespace tongban::demo {

namespace {

QDateTime fixedTime()
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
}

} // namespace

DemoStoreWriter::DemoStoreWriter(storage::LocalStore &store)
    : m_repository(store.database(), [] { return fixedTime(); })
{ }

void DemoStoreWriter::add(insured::Employer employer)
{
    m_batch.employers.append(std::move(employer));
    ++m_summary.employers;
}

void DemoStoreWriter::add(DemoPerson person)
{
    m_summary.contributionRecords += person.records.size();
    ++m_summary.persons;
    m_batch.records.append({person.person.id, std::move(person.records)});
    m_batch.persons.append(std::move(person.person));
}

Status DemoStoreWriter::flush()
{
    if (m_batch.persons.isEmpty() && m_batch.employers.isEmpty())
        return Done {};
    if (const Status s = m_repository.importBatch(m_batch); !s)
        return s;
    m_batch = {};
    return Done {};
}

} // namespace tongban::demo
