#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "insured/contributionrecord.h"
#include "insured/employer.h"
#include "insured/insuredperson.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tongban::storage {

/// Insured persons and their contribution records in the local store (employers: see
/// EmployerRepository). The records live in the compact layout of schema step 3: integer keys
/// inside the file, the UUIDs of persons and employers once per row of their own tables.
///
/// Every statement is prepared with bound values. Failures come back as an Error of kind
/// Storage with the driver's text (or BadInput where the input is checked first); each write
/// runs in one BEGIN IMMEDIATE transaction, so a failed write changes nothing. Use on the
/// thread that opened the connection (see LocalStore).
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::storage::PersonRepository)

public:
    /// Everything written by importBatch() in one transaction.
    struct Batch
    {
        QList<insured::Employer> employers;
        QList<insured::InsuredPerson> persons;
        /// Records per InsuredPerson::id; the person must be in @c persons or already stored.
        QList<std::pair<QString, QList<insured::ContributionRecord>>> records;
    };

    /// A repository on @p db (an open LocalStore connection). @p clock gives the time stamped
    /// into created_at / updated_at (UTC). Tests and the demo generator pass a fixed clock so
    /// that their files are reproducible.
    PersonRepository(QSqlDatabase db, Clock clock);

    /// Inserts or updates (by id) @p persons in one transaction; an update increments the row's
    /// version. Names are stored with the middle dot normalized (normalizedName()).
    /// Errors: BadInput ("persons[i].citizen_id") when a citizen ID number is not valid or not
    /// in its 18-character normalized form; Storage (e.g. a citizen ID number already stored
    /// under another id).
    Status upsertPersons(const QList<insured::InsuredPerson> &persons);
    /// Inserts @p records of the person @p personId in one transaction; a record for a month and
    /// kind already stored replaces it. Errors: Storage (unknown person or employer, a negative
    /// amount, a region that is not six digits, …); nothing is stored then.
    Status insertContributionRecords(const QString &personId, const QList<insured::ContributionRecord> &records);
    /// Writes @p batch (employers, then persons, then records) in one transaction: all or
    /// nothing. Errors as the three functions above.
    Status importBatch(const Batch &batch);

    /// The person whose normalized citizen ID number is @p citizenId (18 characters, upper-case
    /// X); std::nullopt when none. Error (Storage).
    Result<std::optional<insured::InsuredPerson>> findByCitizenId(const QString &citizenId) const;
    /// Persons whose name contains @p text (after trimming and middle-dot normalization; "%" and
    /// "_" in it are literal), ordered by name then citizen ID, at most @p limit (1…1000).
    /// An empty @p text finds nobody. Error (Storage).
    Result<QList<insured::InsuredPerson>> searchByName(const QString &text, int limit = 50) const;
    /// The person with id @p id. Errors: NotFound (field "id"); Storage.
    Result<insured::InsuredPerson> loadPerson(const QString &id) const;
    /// The contribution records of @p personId ordered by month, then kind (employee first);
    /// empty for an unknown person. Error (Storage).
    Result<QList<insured::ContributionRecord>> loadContributionRecords(const QString &personId) const;
    /// Number of insured persons stored. Error (Storage).
    Result<qint64> countPersons() const;

    /// @p name trimmed, with the look-alikes of the middle dot used in names of ethnic
    /// minorities ("." "•" "‧" "・" "･" "．" "⋅" "∙") replaced by U+00B7 "·", the form printed on ID
    /// cards, and spaces around it removed: "阿依古丽 • 买买提" → "阿依古丽·买买提".
    static QString normalizedName(const QString &name);

private:
    Status writePersons(const QList<insured::InsuredPerson> &persons);
    Status writeRecords(const QString &personId, const QList<insured::ContributionRecord> &records);
    /// The integer key of the person or employer with UUID @p id in @p table; 0 when none.
    Result<qint64> keyOf(const QString &table, const QString &id) const;

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace tongban::storage
