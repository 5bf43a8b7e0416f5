#include "employerrepository.h"
#include "localstore.h"
#include "storedcolumns.h"
#include "storedtext.h"
#include "storedtime.h"
#include "writetransaction.h"

#include "identity/uscc.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace tongban::storage {

using insured::Employer;

namespace {

const QString kColumns = QStringLiteral("id, uscc, name, industry_code, size_class, kind, region");

Employer employerFromRow(const QSqlQuery &q)
{
    Employer e;
    e.id = q.value(0).toString();
    e.uscc = q.value(1).toString();
    e.name = q.value(2).toString();
    e.industryCode = q.value(3).toString();
    e.sizeClass = q.value(4).toString();
    e.kind = q.value(5).toString();
    e.region = q.value(6).toString();
    return e;
}

} // namespace

EmployerRepository::EmployerRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

Status EmployerRepository::upsert(const QList<Employer> &employers)
{
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    if (const Status s = upsertInTransaction(employers); !s)
        return s;
    return tx.commit();
}

Status EmployerRepository::upsertInTransaction(const QList<Employer> &employers)
{
    if (employers.isEmpty())
        return Done {};
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO employer (id, uscc, name, industry_code, size_class, kind, region, created_at, updated_at, version)"
            " VALUES (:id, :uscc, :name, :industry, :size, :kind, :region, :now, :now, 1)"
            " ON CONFLICT (id) DO UPDATE SET uscc = excluded.uscc, name = excluded.name, industry_code = excluded.industry_code,"
            " size_class = excluded.size_class, kind = excluded.kind, region = excluded.region,"
            " updated_at = excluded.updated_at, version = employer.version + 1")))
        return LocalStore::queryError(q, tr("cannot prepare the employer statement"));
    const QString stamp = StoredTime::toText(m_clock.nowUtc());
    for (const Employer &e : employers) {
        q.bindValue(QStringLiteral(":id"), e.id);
        q.bindValue(QStringLiteral(":uscc"), StoredText::orNull(e.uscc));
        q.bindValue(QStringLiteral(":name"), e.name.trimmed());
        q.bindValue(QStringLiteral(":industry"), StoredText::orNull(e.industryCode));
        q.bindValue(QStringLiteral(":size"), StoredText::orNull(e.sizeClass));
        q.bindValue(QStringLiteral(":kind"), StoredText::orNull(e.kind));
        q.bindValue(QStringLiteral(":region"), StoredText::orNull(e.region));
        q.bindValue(QStringLiteral(":now"), stamp);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot store the employer %1 (%2)").arg(e.name, e.id));
    }
    return Done {};
}

Result<std::optional<Employer>> EmployerRepository::find(const QString &id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM employer WHERE id = :id")))
        return LocalStore::queryError(q, tr("cannot prepare loading an employer"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot load the employer %1").arg(id));
    if (!q.next())
        return std::optional<Employer>();
    return std::optional<Employer>(employerFromRow(q));
}

Result<QList<Employer>> EmployerRepository::search(const QString &text, int limit) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QList<Employer>();
    const QString uscc = identity::Uscc::normalized(trimmed);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString select = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM employer ");
    const bool prepared = uscc.isEmpty()
        ? q.prepare(select + QStringLiteral("WHERE name LIKE :pattern ESCAPE '\\' ORDER BY name, uscc LIMIT :limit"))
        : q.prepare(select + QStringLiteral("WHERE uscc = :uscc"));
    if (!prepared)
        return LocalStore::queryError(q, tr("cannot prepare the employer search"));
    if (uscc.isEmpty()) {
        q.bindValue(QStringLiteral(":pattern"), StoredText::containsPattern(trimmed));
        q.bindValue(QStringLiteral(":limit"), std::clamp(limit, 1, 1000));
    } else {
        q.bindValue(QStringLiteral(":uscc"), uscc);
    }
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot search employers"));
    QList<Employer> found;
    while (q.next())
        found << employerFromRow(q);
    return found;
}

Result<QList<Employer>> EmployerRepository::page(const QString &afterId, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM employer WHERE id > :after ORDER BY id LIMIT :limit")))
        return LocalStore::queryError(q, tr("cannot prepare the employer query"));
    // A null QString would bind NULL, which no id sorts after.
    q.bindValue(QStringLiteral(":after"), afterId.isNull() ? QStringLiteral("") : afterId);
    q.bindValue(QStringLiteral(":limit"), std::clamp(limit, 1, 10000));
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the employers"));
    QList<Employer> employers;
    while (q.next())
        employers.append(employerFromRow(q));
    return employers;
}

Result<qint64> EmployerRepository::count() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM employer")) || !q.next())
        return LocalStore::queryError(q, tr("cannot count the employers"));
    return q.value(0).toLongLong();
}

Result<EmployerRepository::PensionPremiums> EmployerRepository::pensionPremiums(const QString &employerId, YearMonth from,
                                                                                YearMonth to) const
{
    if (!m_premiums) {
        QSqlQuery prepared(m_db);
        prepared.setForwardOnly(true);
        // Read from the covering index contribution_record_employer alone.
        if (!prepared.prepare(QStringLiteral("SELECT COALESCE(SUM(c.employer_fen), 0), COUNT(DISTINCT c.month), COUNT(*)"
                                             " FROM contribution_record c"
                                             " WHERE c.employer_key = (SELECT key FROM employer WHERE id = :employer)"
                                             " AND c.month BETWEEN :from AND :to AND c.kind = :employee")))
            return LocalStore::queryError(prepared, tr("cannot prepare the contribution query"));
        m_premiums = std::move(prepared);
    }
    QSqlQuery &q = *m_premiums;
    q.bindValue(QStringLiteral(":employer"), employerId);
    q.bindValue(QStringLiteral(":from"), StoredColumns::month(from));
    q.bindValue(QStringLiteral(":to"), StoredColumns::month(to));
    q.bindValue(QStringLiteral(":employee"), StoredColumns::kind(insured::ContributionKind::Employee));
    if (!q.exec() || !q.next())
        return LocalStore::queryError(q, tr("cannot sum the contributions of the employer %1").arg(employerId));
    PensionPremiums premiums;
    premiums.employerShare = Money::fromFen(q.value(0).toLongLong());
    premiums.months = q.value(1).toInt();
    premiums.records = q.value(2).toInt();
    q.finish(); // the read ends here, not at the next employer
    return premiums;
}

} // namespace tongban::storage
