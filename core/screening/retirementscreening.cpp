#include "retirementscreening.h"

#include "identity/citizenid.h"
#include "storage/localstore.h"
#include "storage/readtransaction.h"
#include "storage/storedcolumns.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace tongban::screening {

namespace {

using storage::LocalStore;

/// Persons read per statement: the progress is reported and the cancel flag looked at per batch.
constexpr int kBatch = 5000;

/// The key of the rule's cache: the birth month's ordinal and the group.
int cacheKey(YearMonth birth, insured::RetirementGroup group)
{
    return birth.ordinal() * 4 + int(group);
}

} // namespace

Result<RetirementScreeningResult> RetirementScreening::run(const QSqlDatabase &db, YearMonth from, YearMonth to,
                                                           const policy::ParameterSet &parameters, const std::atomic_bool &cancel,
                                                           const Progress &progress)
{
    if (!from.isValid())
        return Error::badInput(QStringLiteral("from"), tr("the first month of the window is not a month: YYYY-MM"));
    if (!to.isValid())
        return Error::badInput(QStringLiteral("to"), tr("the last month of the window is not a month: YYYY-MM"));
    if (to < from)
        return Error::badInput(QStringLiteral("to"), tr("the window ends (%1) before it starts (%2)").arg(to.toString(), from.toString()));

    RetirementScreeningResult result;
    result.from = from;
    result.to = to;
    storage::ReadTransaction snapshot(db);
    if (!snapshot.begin())
        return LocalStore::sqlError(db.lastError(), tr("cannot start reading the insured persons"));

    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM insured_person")) || !count.next())
        return LocalStore::queryError(count, tr("cannot count the insured persons"));
    result.personsTotal = count.value(0).toLongLong();
    if (progress)
        progress(0, result.personsTotal);

    QSqlQuery persons(db);
    persons.setForwardOnly(true);
    if (!persons.prepare(QStringLiteral("SELECT key, id, citizen_id, name, birth_date, retirement_group, deemed_months"
                                        " FROM insured_person WHERE key > :after ORDER BY key LIMIT :batch")))
        return LocalStore::queryError(persons, tr("cannot prepare reading the insured persons"));
    // The months with a record before the statutory month: one range of the clustered table.
    QSqlQuery months(db);
    months.setForwardOnly(true);
    if (!months.prepare(
            QStringLiteral("SELECT count(DISTINCT month) FROM contribution_record WHERE person_key = :person AND month < :before")))
        return LocalStore::queryError(months, tr("cannot prepare counting contribution months"));

    QHash<int, retirement::StatutoryRetirement> rules;
    qint64 after = 0;
    bool more = true;
    while (more && !cancel.load()) {
        persons.bindValue(QStringLiteral(":after"), after);
        persons.bindValue(QStringLiteral(":batch"), kBatch);
        if (!persons.exec())
            return LocalStore::queryError(persons, tr("cannot read the insured persons"));
        int read = 0;
        while (persons.next()) {
            ++read;
            after = persons.value(0).toLongLong();
            if (cancel.load())
                break;
            ++result.screened;
            const QDate birthDate = QDate::fromString(persons.value(4).toString(), Qt::ISODate);
            const auto group = insured::retirementGroupFromKey(persons.value(5).toString());
            const QString citizenId = persons.value(2).toString();
            if (!group)
                return Error::badInput(QStringLiteral("group"),
                                       tr("the retirement group of %1 is not known").arg(identity::CitizenId::mask(citizenId)));
            const YearMonth birth = YearMonth::fromDate(birthDate);
            auto rule = rules.constFind(cacheKey(birth, *group));
            if (rule == rules.cend()) {
                const auto computed = retirement::RetirementRule::statutory(birth, *group, parameters);
                if (!computed) {
                    Error error = computed.error();
                    error.message = tr("%1: %2").arg(identity::CitizenId::mask(citizenId), error.message);
                    return error;
                }
                rule = rules.insert(cacheKey(birth, *group), *computed);
            }
            const YearMonth statutoryMonth = rule->statutoryRetirement;
            if (statutoryMonth < from || to < statutoryMonth)
                continue;
            months.bindValue(QStringLiteral(":person"), persons.value(0).toLongLong());
            months.bindValue(QStringLiteral(":before"), storage::StoredColumns::month(statutoryMonth));
            if (!months.exec() || !months.next())
                return LocalStore::queryError(months,
                                              tr("cannot count the contribution months of %1").arg(identity::CitizenId::mask(citizenId)));
            RetirementDue due;
            due.personId = persons.value(1).toString();
            due.citizenId = citizenId;
            due.name = persons.value(3).toString();
            due.birthDate = birthDate;
            due.group = *group;
            due.statutory = *rule;
            due.contributionMonths = persons.value(6).toInt() + months.value(0).toInt();
            due.shortMonths = std::max(0, rule->minimumContributionMonths - due.contributionMonths);
            result.due.append(std::move(due));
            months.finish();
        }
        more = read == kBatch;
        if (progress)
            progress(result.screened, result.personsTotal);
    }
    result.cancelled = result.screened < result.personsTotal && cancel.load();
    std::sort(result.due.begin(), result.due.end(), [](const RetirementDue &a, const RetirementDue &b) {
        if (a.statutory.statutoryRetirement != b.statutory.statutoryRetirement)
            return a.statutory.statutoryRetirement < b.statutory.statutoryRetirement;
        return a.citizenId < b.citizenId;
    });
    return result;
}

} // namespace tongban::screening
