#include "personrepository.h"
#include "employerrepository.h"
#include "localstore.h"
#include "storedcolumns.h"
#include "storedtext.h"
#include "storedtime.h"
#include "writetransaction.h"

#include "identity/citizenid.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace tongban::storage {

using insured::ContributionRecord;
using insured::Employer;
using insured::InsuredPerson;

namespace {

const QString kPersonColumns
    = QStringLiteral("id, citizen_id, name, sex, birth_date, retirement_group, region, first_work_date, deemed_months, "
                     "account_opening_fen, account_opening_month, phone");

InsuredPerson personFromRow(const QSqlQuery &q)
{
    InsuredPerson p;
    p.id = q.value(0).toString();
    p.citizenId = q.value(1).toString();
    p.name = q.value(2).toString();
    p.sex = q.value(3).toString() == u"female" ? insured::Sex::Female : insured::Sex::Male;
    p.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    p.retirementGroup = insured::retirementGroupFromKey(q.value(5).toString()).value_or(insured::RetirementGroup::Male);
    p.region = q.value(6).toString();
    p.firstWorkDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.deemedMonths = q.value(8).toInt();
    p.accountOpeningBalance = Money::fromFen(q.value(9).toLongLong());
    p.accountOpeningMonth = YearMonth::parse(q.value(10).toString()).value_or(YearMonth());
    p.phone = q.value(11).toString();
    return p;
}

} // namespace

PersonRepository::PersonRepository(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

QString PersonRepository::normalizedName(const QString &name)
{
    static const QString dots = QStringLiteral(".\u2022\u2027\u30FB\uFF65\uFF0E\u22C5\u2219\u00B7");
    QString out;
    const QString trimmed = name.trimmed();
    out.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (dots.contains(c)) {
            while (out.endsWith(u' ') || out.endsWith(u'\u3000'))
                out.chop(1);
            out += u'\u00B7';
        } else if ((c == u' ' || c == u'\u3000') && out.endsWith(u'\u00B7')) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

Status PersonRepository::upsertPersons(const QList<InsuredPerson> &persons)
{
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    if (const Status s = writePersons(persons); !s)
        return s;
    return tx.commit();
}

Status PersonRepository::insertContributionRecords(const QString &personId, const QList<ContributionRecord> &records)
{
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    if (const Status s = writeRecords(personId, records); !s)
        return s;
    return tx.commit();
}

Status PersonRepository::importBatch(const Batch &batch)
{
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    if (const Status s = EmployerRepository(m_db, m_clock).upsertInTransaction(batch.employers); !s)
        return s;
    if (const Status s = writePersons(batch.persons); !s)
        return s;
    for (const auto &[personId, records] : batch.records) {
        if (const Status s = writeRecords(personId, records); !s)
            return s;
    }
    return tx.commit();
}

Status PersonRepository::writePersons(const QList<InsuredPerson> &persons)
{
    if (persons.isEmpty())
        return Done {};
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const identity::CitizenId::Validation v = identity::CitizenId::validate(persons.at(i).citizenId, m_clock.today());
        if (!v.valid)
            return Error::badInput(QStringLiteral("persons[%1].citizen_id").arg(i), v.reason);
        if (v.normalized != persons.at(i).citizenId)
            return Error::badInput(QStringLiteral("persons[%1].citizen_id").arg(i),
                                   tr("the citizen ID number must be stored in its 18-character form %1").arg(v.normalized));
    }
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral("INSERT INTO insured_person (") + kPersonColumns
                   + QStringLiteral(", created_at, updated_at, version)"
                                    " VALUES (:id, :citizen, :name, :sex, :birth, :group, :region, :work, :deemed,"
                                    " :openingFen, :openingMonth, :phone, :now, :now, 1)"
                                    " ON CONFLICT (id) DO UPDATE SET citizen_id = excluded.citizen_id, name = excluded.name,"
                                    " sex = excluded.sex, birth_date = excluded.birth_date,"
                                    " retirement_group = excluded.retirement_group, region = excluded.region,"
                                    " first_work_date = excluded.first_work_date, deemed_months = excluded.deemed_months,"
                                    " account_opening_fen = excluded.account_opening_fen,"
                                    " account_opening_month = excluded.account_opening_month, phone = excluded.phone,"
                                    " updated_at = excluded.updated_at, version = insured_person.version + 1")))
        return LocalStore::queryError(q, tr("cannot prepare the insured person statement"));
    const QString stamp = StoredTime::toText(m_clock.nowUtc());
    for (const InsuredPerson &p : persons) {
        q.bindValue(QStringLiteral(":id"), p.id);
        q.bindValue(QStringLiteral(":citizen"), p.citizenId);
        q.bindValue(QStringLiteral(":name"), normalizedName(p.name));
        q.bindValue(QStringLiteral(":sex"), identity::CitizenId::sexKey(p.sex));
        q.bindValue(QStringLiteral(":birth"), StoredText::dateOrNull(p.birthDate));
        q.bindValue(QStringLiteral(":group"), insured::retirementGroupKey(p.retirementGroup));
        q.bindValue(QStringLiteral(":region"), p.region);
        q.bindValue(QStringLiteral(":work"), StoredText::dateOrNull(p.firstWorkDate));
        q.bindValue(QStringLiteral(":deemed"), p.deemedMonths);
        q.bindValue(QStringLiteral(":openingFen"), p.accountOpeningMonth.isValid() ? p.accountOpeningBalance.fen() : qint64(0));
        q.bindValue(QStringLiteral(":openingMonth"),
                    p.accountOpeningMonth.isValid() ? QVariant(p.accountOpeningMonth.toString())
                                                    : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(QStringLiteral(":phone"), StoredText::orNull(p.phone));
        q.bindValue(QStringLiteral(":now"), stamp);
        if (!q.exec())
            return LocalStore::queryError(
                q, tr("cannot store the insured person %1 (%2)").arg(p.name, identity::CitizenId::mask(p.citizenId)));
    }
    return Done {};
}

Result<qint64> PersonRepository::keyOf(const QString &table, const QString &id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // table is "insured_person" or "employer", fixed in this file; the id is bound.
    if (!q.prepare(QStringLiteral("SELECT key FROM %1 WHERE id = :id").arg(table)))
        return LocalStore::queryError(q, tr("cannot prepare the key query"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot read the key of %1").arg(id));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status PersonRepository::writeRecords(const QString &personId, const QList<ContributionRecord> &records)
{
    if (records.isEmpty())
        return Done {};
    const auto personKey = keyOf(QStringLiteral("insured_person"), personId);
    if (!personKey)
        return personKey.error();
    if (*personKey == 0)
        return Error::storage(tr("cannot store contribution records of %1: no such insured person is stored").arg(personId));
    QHash<QString, qint64> employerKeys;
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO contribution_record (person_key, month, kind, base_fen, employer_fen, personal_fen, employer_key, region)"
            " VALUES (:person, :month, :kind, :base, :employer, :personal, :employerKey, :region)"
            " ON CONFLICT (person_key, month, kind) DO UPDATE SET base_fen = excluded.base_fen,"
            " employer_fen = excluded.employer_fen, personal_fen = excluded.personal_fen,"
            " employer_key = excluded.employer_key, region = excluded.region")))
        return LocalStore::queryError(q, tr("cannot prepare the contribution record statement"));
    for (const ContributionRecord &r : records) {
        QVariant employerKey(QMetaType::fromType<qint64>());
        if (!r.employerId.isEmpty()) {
            auto known = employerKeys.constFind(r.employerId);
            if (known == employerKeys.cend()) {
                const auto key = keyOf(QStringLiteral("employer"), r.employerId);
                if (!key)
                    return key.error();
                if (*key == 0)
                    return Error::storage(tr("cannot store the contribution record of %1 for %2: no employer %3 is stored")
                                              .arg(personId, r.month.toString(), r.employerId));
                known = employerKeys.insert(r.employerId, *key);
            }
            employerKey = *known;
        }
        const auto region = StoredColumns::region(r.region);
        if (!r.month.isValid() || !region)
            return Error::storage(tr("cannot store the contribution record of %1 for %2: the month and a six-digit region are required")
                                      .arg(personId, r.month.toString()));
        q.bindValue(QStringLiteral(":person"), *personKey);
        q.bindValue(QStringLiteral(":month"), StoredColumns::month(r.month));
        q.bindValue(QStringLiteral(":kind"), StoredColumns::kind(r.kind));
        q.bindValue(QStringLiteral(":base"), r.base.fen());
        q.bindValue(QStringLiteral(":employer"), r.employerAmount.fen());
        q.bindValue(QStringLiteral(":personal"), r.personalAmount.fen());
        q.bindValue(QStringLiteral(":employerKey"), employerKey);
        q.bindValue(QStringLiteral(":region"), *region);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot store the contribution record of %1 for %2").arg(personId, r.month.toString()));
    }
    return Done {};
}

Result<std::optional<InsuredPerson>> PersonRepository::findByCitizenId(const QString &citizenId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + kPersonColumns + QStringLiteral(" FROM insured_person WHERE citizen_id = :citizen")))
        return LocalStore::queryError(q, tr("cannot prepare the search by citizen ID number"));
    q.bindValue(QStringLiteral(":citizen"), citizenId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot search by citizen ID number"));
    if (!q.next())
        return std::optional<InsuredPerson>();
    return std::optional<InsuredPerson>(personFromRow(q));
}

Result<QList<InsuredPerson>> PersonRepository::searchByName(const QString &text, int limit) const
{
    const QString needle = normalizedName(text);
    if (needle.isEmpty())
        return QList<InsuredPerson>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + kPersonColumns
                   + QStringLiteral(" FROM insured_person WHERE name LIKE :pattern ESCAPE '\\'"
                                    " ORDER BY name, citizen_id LIMIT :limit")))
        return LocalStore::queryError(q, tr("cannot prepare the search by name"));
    q.bindValue(QStringLiteral(":pattern"), StoredText::containsPattern(needle));
    q.bindValue(QStringLiteral(":limit"), std::clamp(limit, 1, 1000));
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot search by name"));
    QList<InsuredPerson> found;
    while (q.next())
        found.append(personFromRow(q));
    return found;
}

Result<InsuredPerson> PersonRepository::loadPerson(const QString &id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + kPersonColumns + QStringLiteral(" FROM insured_person WHERE id = :id")))
        return LocalStore::queryError(q, tr("cannot prepare loading an insured person"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot load the insured person %1").arg(id));
    if (!q.next())
        return Error::notFound(QStringLiteral("id"), tr("no insured person with id %1").arg(id));
    return personFromRow(q);
}

Result<QList<ContributionRecord>> PersonRepository::loadContributionRecords(const QString &personId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // One range of the clustered table: the person's key, then month and kind in key order.
    if (!q.prepare(QStringLiteral("SELECT c.month, c.base_fen, c.employer_fen, c.personal_fen, c.kind, e.id, c.region"
                                  " FROM contribution_record c LEFT JOIN employer e ON e.key = c.employer_key"
                                  " WHERE c.person_key = (SELECT key FROM insured_person WHERE id = :person)"
                                  " ORDER BY c.month, c.kind")))
        return LocalStore::queryError(q, tr("cannot prepare loading contribution records"));
    q.bindValue(QStringLiteral(":person"), personId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot load the contribution records of %1").arg(personId));
    QList<ContributionRecord> records;
    while (q.next()) {
        ContributionRecord r;
        r.month = StoredColumns::monthFrom(q.value(0).toLongLong());
        r.base = Money::fromFen(q.value(1).toLongLong());
        r.employerAmount = Money::fromFen(q.value(2).toLongLong());
        r.personalAmount = Money::fromFen(q.value(3).toLongLong());
        r.kind = StoredColumns::kindFrom(q.value(4).toLongLong());
        r.employerId = q.value(5).toString();
        r.region = StoredColumns::regionFrom(q.value(6).toLongLong());
        records.append(r);
    }
    return records;
}

Result<qint64> PersonRepository::countPersons() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM insured_person")) || !q.next())
        return LocalStore::queryError(q, tr("cannot count the insured persons"));
    return q.value(0).toLongLong();
}

} // namespace tongban::storage
