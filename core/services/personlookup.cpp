#include "personlookup.h"

#include "audit/auditlog.h"
#include "identity/citizenid.h"
#include "identity/typedcode.h"
#include "pension/pensionfromrecords.h"
#include "storage/employerrepository.h"
#include "storage/personrepository.h"
#include "storage/storeservice.h"
#include "storage/writetransaction.h"

#include <QSet>

#include <algorithm>

namespace tongban::services {

namespace {

LookupOutcome failed(const Error &error)
{
    LookupOutcome outcome;
    outcome.kind = LookupOutcome::Kind::Failed;
    outcome.message = error.message;
    return outcome;
}

LookupOutcome ofKind(LookupOutcome::Kind kind)
{
    LookupOutcome outcome;
    outcome.kind = kind;
    return outcome;
}

/// Reads the person and their records into @p file; an outcome when the look-up ends here.
std::optional<LookupOutcome> readPerson(const QSqlDatabase &db, const Clock &clock, const QString &personId, const QString &citizenId,
                                        const QString &text, PersonFile &file)
{
    const storage::PersonRepository repository(db, clock);
    if (!personId.isEmpty()) {
        auto loaded = repository.loadPerson(personId);
        if (!loaded)
            return failed(loaded.error());
        file.person = *loaded;
    } else if (!citizenId.isEmpty()) {
        auto found = repository.findByCitizenId(citizenId);
        if (!found)
            return failed(found.error());
        if (!found->has_value())
            return ofKind(LookupOutcome::Kind::NotFound);
        file.person = **found;
    } else {
        auto found = repository.searchByName(text, PersonLookup::maxMatches);
        if (!found)
            return failed(found.error());
        if (found->isEmpty())
            return ofKind(LookupOutcome::Kind::NotFound);
        if (found->size() > 1) {
            LookupOutcome matches = ofKind(LookupOutcome::Kind::Matches);
            matches.matches = *found;
            return matches;
        }
        file.person = found->first();
    }

    auto records = repository.loadContributionRecords(file.person.id);
    if (!records)
        return failed(records.error());
    file.records = *records;
    QSet<QString> employerIds;
    for (const insured::ContributionRecord &record : std::as_const(file.records))
        if (!record.employerId.isEmpty())
            employerIds.insert(record.employerId);
    const storage::EmployerRepository employers(db, clock);
    for (const QString &id : std::as_const(employerIds)) {
        // A missing employer name is cosmetic: the record itself is still shown.
        auto employer = employers.find(id);
        if (employer && employer->has_value())
            file.employerNames.insert(id, (*employer)->name);
    }
    return std::nullopt;
}

} // namespace

PersonLookup::PersonLookup(const AppContext &context)
    : m_context(context)
{ }

bool PersonLookup::looksLikeIdNumber(const QString &text)
{
    return identity::TypedCode::looksLikeCode(text);
}

QFuture<LookupOutcome> PersonLookup::lookUp(const Request &request, std::shared_ptr<const std::atomic_bool> cancelled) const
{
    storage::StoreService *store = &m_context.store();
    const accounts::SignedInUser user = m_context.actingUser();
    const Clock clock = m_context.clock();
    const QString action = request.personId.isEmpty() ? audit::action::lookUp : audit::action::openPerson;
    return store
        ->read<LookupOutcome>([request, cancelled, parameters = m_context.parameters(), clock](QSqlDatabase db) {
            return Result<LookupOutcome>(run(db, request, parameters, clock, *cancelled));
        })
        .then([store, user, clock, action](const Result<LookupOutcome> &read) {
            LookupOutcome outcome = read ? *read : failed(read.error());
            if (outcome.kind == LookupOutcome::Kind::Matches) {
                // Each person listed among the matches of a name (name, birth, masked number,
                // region) leaves a trace too, first, so that their log shows who saw them listed.
                QStringList listed;
                for (const insured::InsuredPerson &match : std::as_const(outcome.matches))
                    listed << match.citizenId;
                return store
                    ->write<Done>([user, clock, listed](QSqlDatabase db) {
                        return auditShown(db, user, audit::action::lookUp, listed, QStringLiteral("name-match"), clock);
                    })
                    .then([outcome](const Status &audited) { return audited ? outcome : failed(audited.error()); });
            }
            if (outcome.kind != LookupOutcome::Kind::Person)
                return QtFuture::makeReadyFuture(outcome);
            // A person shown leaves its trace first: when the audit cannot be written, nothing is shown.
            const QStringList subject {outcome.person->person.citizenId};
            return store
                ->write<Done>([user, clock, action, subject](QSqlDatabase db) {
                    return auditShown(db, user, action, subject, QStringLiteral("person"), clock);
                })
                .then([outcome](const Status &audited) { return audited ? outcome : failed(audited.error()); });
        })
        .unwrap();
}

Status PersonLookup::auditShown(const QSqlDatabase &db, const accounts::SignedInUser &user, const QString &action,
                                const QStringList &citizenIds, const QString &object, const Clock &clock)
{
    storage::WriteTransaction tx(db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    for (const QString &citizenId : citizenIds) {
        audit::AuditEntry entry;
        entry.action = action;
        entry.subject = citizenId;
        entry.object = object;
        const auto record = audit::AuditLog::append(db, user, entry, clock.nowUtc());
        if (!record)
            return record.error();
    }
    return tx.commit();
}

LookupOutcome PersonLookup::run(const QSqlDatabase &db, const Request &request,
                                const std::shared_ptr<const policy::ParameterSet> &parameters, const Clock &clock,
                                const std::atomic_bool &cancelled)
{
    const QString text = request.query.trimmed();
    QString citizenId;
    if (request.personId.isEmpty() && looksLikeIdNumber(text)) {
        const identity::CitizenId::Validation validation = identity::CitizenId::validate(text, clock.today());
        if (!validation.valid) {
            LookupOutcome outcome = ofKind(LookupOutcome::Kind::BadIdNumber);
            outcome.message = validation.reason;
            return outcome;
        }
        citizenId = validation.normalized;
    }

    PersonFile file;
    if (auto early = readPerson(db, clock, request.personId, citizenId, text, file))
        return *early;
    if (cancelled)
        return ofKind(LookupOutcome::Kind::Cancelled);
    const insured::InsuredPerson &person = file.person;
    const YearMonth today = clock.currentMonth();

    file.regionName = parameters->placeName(person.region);

    const auto statutory
        = retirement::RetirementRule::statutory(YearMonth::fromDate(person.birthDate), person.retirementGroup, *parameters);
    if (statutory)
        file.statutory = *statutory;
    else
        file.statutoryError = statutory.error().message;

    if (request.withPension) {
        pension::PensionFromRecords::Request pensionRequest;
        pensionRequest.person = person;
        pensionRequest.records = file.records;
        pensionRequest.today = today;
        file.pension = pension::PensionFromRecords::run(pensionRequest, parameters);
    }
    if (file.pension.history) {
        file.history = file.pension.history;
    } else {
        auto history = history::ContributionHistory::build(person, file.records, *parameters, today);
        if (history)
            file.history = *history;
        else
            file.historyError = history.error().message;
    }

    LookupOutcome outcome = ofKind(LookupOutcome::Kind::Person);
    outcome.person = std::move(file);
    return outcome;
}

} // namespace tongban::services
