#include "personrepository.h"
#include "localstore.h"
#include "writetransaction.h"

#include "identity/citizenid.h"

#include <QSqlQuery>
#include <QVariant>

namespace tongban::storage {

using insured::ContributionRecord;
using insured::Employer;
using insured::InsuredPerson;

namespace {

const QString kPersonColumns = QStringLiteral(
    "id, citizen_id, name, sex, birth_date, retirement_group, region, first_work_date, deemed_months, "
    "account_opening_fen, account_opening_month, phone");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant dateOrNull(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

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

/// "%" "_" and the escape character itself made literal for LIKE … ESCAPE '\'.
QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace

PersonRepository::PersonRepository(QSqlDatabase db, std::function<QDateTime()> clock)
    : m_db(std::move(db))
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
}

QString PersonRepository::now() const
{
    return m_clock().toUTC().toString(Qt::ISODateWithMs);
}

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

Status PersonRepository::upsertEmployers(const QList<Employer> &employers)
{
    WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s;
    if (const Status s = writeEmployers(employers); !s)
        return s;
    return tx.commit();
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
    if (const Status s = writeEmployers(batch.employers); !s)
        return s;
    if (const Status s = writePersons(batch.persons); !s)
        return s;
    for (const auto &[personId, records] : batch.records) {
        if (const Status s = writeRecords(personId, records); !s)
            return s;
    }
    return tx.commit();
}

Status PersonRepository::writeEmployers(const QList<Employer> &employers)
{
    if (employers.isEmpty())
        return Done{};
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO employer (id, uscc, name, industry_code, size_class, kind, region, created_at, updated_at, version)"
            " VALUES (:id, :uscc, :name, :industry, :size, :kind, :region, :now, :now, 1)"
            " ON CONFLICT (id) DO UPDATE SET uscc = excluded.uscc, name = excluded.name, industry_code = excluded.industry_code,"
            " size_class = excluded.size_class, kind = excluded.kind, region = excluded.region,"
            " updated_at = excluded.updated_at, version = employer.version + 1")))
        return LocalStore::queryError(q, tr("cannot prepare the employer statement"));
    const QString stamp = now();
    for (const Employer &e : employers) {
        q.bindValue(QStringLiteral(":id"), e.id);
        q.bindValue(QStringLiteral(":uscc"), textOrNull(e.uscc));
        q.bindValue(QStringLiteral(":name"), e.name.trimmed());
        q.bindValue(QStringLiteral(":industry"), textOrNull(e.industryCode));
        q.bindValue(QStringLiteral(":size"), textOrNull(e.sizeClass));
        q.bindValue(QStringLiteral(":kind"), textOrNull(e.kind));
        q.bindValue(QStringLiteral(":region"), textOrNull(e.region));
        q.bindValue(QStringLiteral(":now"), stamp);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot store the employer %1 (%2)").arg(e.name, e.id));
    }
    return Done{};
}

Status PersonRepository::writePersons(const QList<InsuredPerson> &persons)
{
    if (persons.isEmpty())
        return Done{};
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const identity::CitizenId::Validation v = identity::CitizenId::validate(persons.at(i).citizenId);
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
    const QString stamp = now();
    for (const InsuredPerson &p : persons) {
        q.bindValue(QStringLiteral(":id"), p.id);
        q.bindValue(QStringLiteral(":citizen"), p.citizenId);
        q.bindValue(QStringLiteral(":name"), normalizedName(p.name));
        q.bindValue(QStringLiteral(":sex"), identity::CitizenId::sexKey(p.sex));
        q.bindValue(QStringLiteral(":birth"), dateOrNull(p.birthDate));
        q.bindValue(QStringLiteral(":group"), insured::retirementGroupKey(p.retirementGroup));
        q.bindValue(QStringLiteral(":region"), p.region);
        q.bindValue(QStringLiteral(":work"), dateOrNull(p.firstWorkDate));
        q.bindValue(QStringLiteral(":deemed"), p.deemedMonths);
        q.bindValue(QStringLiteral(":openingFen"), p.accountOpeningMonth.isValid() ? p.accountOpeningBalance.fen() : qint64(0));
        q.bindValue(QStringLiteral(":openingMonth"),
                    p.accountOpeningMonth.isValid() ? QVariant(p.accountOpeningMonth.toString()) : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(QStringLiteral(":phone"), textOrNull(p.phone));
        q.bindValue(QStringLiteral(":now"), stamp);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot store the insured person %1 (%2)")
                                                 .arg(p.name, identity::CitizenId::mask(p.citizenId)));
    }
    return Done{};
}

Status PersonRepository::writeRecords(const QString &personId, const QList<ContributionRecord> &records)
{
    if (records.isEmpty())
        return Done{};
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO contribution_record (person_id, month, base_fen, employer_fen, personal_fen, kind, employer_id, region)"
            " VALUES (:person, :month, :base, :employer, :personal, :kind, :employerId, :region)"
            " ON CONFLICT (person_id, month, kind) DO UPDATE SET base_fen = excluded.base_fen,"
            " employer_fen = excluded.employer_fen, personal_fen = excluded.personal_fen,"
            " employer_id = excluded.employer_id, region = excluded.region")))
        return LocalStore::queryError(q, tr("cannot prepare the contribution record statement"));
    for (const ContributionRecord &r : records) {
        q.bindValue(QStringLiteral(":person"), personId);
        q.bindValue(QStringLiteral(":month"), r.month.isValid() ? QVariant(r.month.toString()) : QVariant(QMetaType::fromType<QString>()));
        q.bindValue(QStringLiteral(":base"), r.base.fen());
        q.bindValue(QStringLiteral(":employer"), r.employerAmount.fen());
        q.bindValue(QStringLiteral(":personal"), r.personalAmount.fen());
        q.bindValue(QStringLiteral(":kind"), insured::contributionKindKey(r.kind));
        q.bindValue(QStringLiteral(":employerId"), textOrNull(r.employerId));
        q.bindValue(QStringLiteral(":region"), r.region);
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot store the contribution record of %1 for %2").arg(personId, r.month.toString()));
    }
    return Done{};
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
    q.bindValue(QStringLiteral(":pattern"), QString(u'%' + likeEscaped(needle) + u'%'));
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
    if (!q.prepare(QStringLiteral("SELECT month, base_fen, employer_fen, personal_fen, kind, employer_id, region"
                                  " FROM contribution_record WHERE person_id = :person ORDER BY month, kind")))
        return LocalStore::queryError(q, tr("cannot prepare loading contribution records"));
    q.bindValue(QStringLiteral(":person"), personId);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot load the contribution records of %1").arg(personId));
    QList<ContributionRecord> records;
    while (q.next()) {
        ContributionRecord r;
        r.month = YearMonth::parse(q.value(0).toString()).value_or(YearMonth());
        r.base = Money::fromFen(q.value(1).toLongLong());
        r.employerAmount = Money::fromFen(q.value(2).toLongLong());
        r.personalAmount = Money::fromFen(q.value(3).toLongLong());
        r.kind = insured::contributionKindFromKey(q.value(4).toString()).value_or(insured::ContributionKind::Employee);
        r.employerId = q.value(5).toString();
        r.region = q.value(6).toString();
        records.append(r);
    }
    return records;
}

Result<std::optional<Employer>> PersonRepository::findEmployer(const QString &id) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, uscc, name, industry_code, size_class, kind, region FROM employer WHERE id = :id")))
        return LocalStore::queryError(q, tr("cannot prepare loading an employer"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return LocalStore::queryError(q, tr("cannot load the employer %1").arg(id));
    if (!q.next())
        return std::optional<Employer>();
    Employer e;
    e.id = q.value(0).toString();
    e.uscc = q.value(1).toString();
    e.name = q.value(2).toString();
    e.industryCode = q.value(3).toString();
    e.sizeClass = q.value(4).toString();
    e.kind = q.value(5).toString();
    e.region = q.value(6).toString();
    return std::optional<Employer>(e);
}

Result<qint64> PersonRepository::countPersons() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM insured_person")) || !q.next())
        return LocalStore::queryError(q, tr("cannot count the insured persons"));
    return q.value(0).toLongLong();
}

} // namespace tongban::storage
