#pragma once

#include "common/error.h"
#include "demogenerator.h"
#include "demoperson.h"
#include "insured/employer.h"
#include "storage/personrepository.h"

namespace tongban::storage {
class LocalStore;
}

namespace tongban::demo {

/// Collects demo employers and persons into batches and writes each batch in one transaction
/// (PersonRepository::importBatch), counting what was written. Time stamps are fixed at
/// 2026-01-01T00:00:00Z so that the file content depends on the seed only.
class DemoStoreWriter
{
public:
    /// A writer into @p store (open and migrated; it must outlive the writer).
    explicit DemoStoreWriter(storage::LocalStore &store);

    /// Adds @p employer to the batch.
    void add(insured::Employer employer);
    /// Adds @p person and its records to the batch.
    void add(DemoPerson person);

    /// Persons in the batch not yet written.
    qsizetype pendingPersons() const { return m_batch.persons.size(); }
    /// Employers in the batch not yet written.
    qsizetype pendingEmployers() const { return m_batch.employers.size(); }

    /// Writes the batch in one transaction (nothing when it is empty) and starts a new one.
    /// Error: Storage (the batch is not written; earlier batches stay).
    Status flush();

    /// What was added so far (written or not): persons, employers and contribution records.
    const DemoGenerator::Summary &summary() const { return m_summary; }

private:
    storage::PersonRepository m_repository;
    storage::PersonRepository::Batch m_batch;
    DemoGenerator::Summary m_summary;
};

} // namespace tongban::demo
