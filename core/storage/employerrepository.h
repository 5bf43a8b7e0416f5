#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "common/money.h"
#include "common/yearmonth.h"
#include "insured/employer.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace tongban::storage {

/// Employers (参保单位) of the local store: the one place that maps an employer row to
/// insured::Employer and back, used by the person look-up, the deferral page and the sweep.
///
/// Every statement is prepared with bound values; failures come back as an Error of kind Storage
/// with the driver's text. Use on the thread that opened the connection (see LocalStore).
class EmployerRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::storage::EmployerRepository)

public:
    /// The pension premiums an employer paid for its employees over some months: what the
    /// deferral sweep sums (contribution_record, kind employee).
    struct PensionPremiums
    {
        Money employerShare; ///< sum of the employer's share, CNY (exact, integer fen)
        int months = 0; ///< distinct calendar months with at least one record
        int records = 0; ///< records (one per employee and month)
    };

    /// A repository on @p db (an open LocalStore connection); @p clock stamps created_at and
    /// updated_at (stored as UTC).
    EmployerRepository(QSqlDatabase db, Clock clock);

    /// Inserts or updates (by id) @p employers in one BEGIN IMMEDIATE transaction; an update
    /// increments the row's version. Error (Storage): a constraint such as a duplicate USCC,
    /// with the driver's text; nothing is stored then.
    Status upsert(const QList<insured::Employer> &employers);
    /// As upsert(), inside a transaction the caller holds (PersonRepository::importBatch).
    Status upsertInTransaction(const QList<insured::Employer> &employers);

    /// The employer with UUID @p id, std::nullopt when none. Error (Storage).
    Result<std::optional<insured::Employer>> find(const QString &id) const;

    /// @p text trimmed: a valid unified social credit code (GB 32100-2015, any case) finds that
    /// employer; otherwise employers whose name contains it ("%" and "_" literal), ordered by
    /// name then USCC, at most @p limit (1…1000). An empty text finds none. Error (Storage).
    Result<QList<insured::Employer>> search(const QString &text, int limit = 50) const;

    /// At most @p limit (1…10000) employers whose UUID sorts after @p afterId ("" for the first
    /// page), in UUID order: for reading every employer page by page (the deferral sweep).
    /// Error (Storage).
    Result<QList<insured::Employer>> page(const QString &afterId, int limit) const;

    /// Number of employers stored. Error (Storage).
    Result<qint64> count() const;

    /// The pension premiums the employer @p employerId paid for its employees in the months
    /// @p from…@p to (both included). Zero for an unknown employer. Error (Storage). The
    /// statement is prepared once per repository: the sweep asks for 10,000 employers in a row.
    Result<PensionPremiums> pensionPremiums(const QString &employerId, YearMonth from, YearMonth to) const;

private:
    QSqlDatabase m_db;
    Clock m_clock;
    /// pensionPremiums()'s statement, prepared at its first call (a third of a county's sweep
    /// went to preparing it again for each employer).
    mutable std::optional<QSqlQuery> m_premiums;
};

} // namespace tongban::storage
