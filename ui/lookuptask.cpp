#include "lookuptask.h"

#include "identity/citizenid.h"
#include "pensiontask.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include <QSet>

#include <algorithm>

namespace tongban::ui {

namespace {

LookupOutcome failed(const Error &error)
{
    LookupOutcome outcome;
    outcome.kind = LookupOutcome::Kind::Failed;
    outcome.message = error.message;
    return outcome;
}

LookupOutcome cancelledOutcome()
{
    LookupOutcome outcome;
    outcome.kind = LookupOutcome::Kind::Cancelled;
    return outcome;
}

/// Reads the person and their records into @p file; an outcome when the lookup ends here.
std::optional<LookupOutcome> readPerson(const storage::PersonRepository &repository, const QString &personId,
                                        const QString &citizenId, const QString &text, PersonFile &file)
{
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
            return LookupOutcome{LookupOutcome::Kind::NotFound, {}, {}, {}};
        file.person = **found;
    } else {
        auto found = repository.searchByName(text, LookupTask::maxMatches);
        if (!found)
            return failed(found.error());
        if (found->isEmpty())
            return LookupOutcome{LookupOutcome::Kind::NotFound, {}, {}, {}};
        if (found->size() > 1)
            return LookupOutcome{LookupOutcome::Kind::Matches, {}, *found, {}};
        file.person = found->first();
    }

    auto records = repository.loadContributionRecords(file.person.id);
    if (!records)
        return failed(records.error());
    file.records = *records;
    QSet<QString> employerIds;
    for (const insured::ContributionRecord &record : file.records)
        if (!record.employerId.isEmpty())
            employerIds.insert(record.employerId);
    for (const QString &id : employerIds) {
        // A missing employer name is cosmetic: the record itself is still shown.
        auto employer = repository.findEmployer(id);
        if (employer && employer->has_value())
            file.employerNames.insert(id, (*employer)->name);
    }
    return std::nullopt;
}

} // namespace

bool LookupTask::looksLikeIdNumber(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

LookupOutcome LookupTask::run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters,
                              const std::atomic_bool &cancelled)
{
    const QString text = request.query.trimmed();
    QString citizenId;
    if (request.personId.isEmpty() && looksLikeIdNumber(text)) {
        const identity::CitizenId::Validation validation = identity::CitizenId::validate(text);
        if (!validation.valid) {
            LookupOutcome outcome;
            outcome.kind = LookupOutcome::Kind::BadIdNumber;
            outcome.message = validation.reason;
            return outcome;
        }
        citizenId = validation.normalized;
    }

    PersonFile file;
    {
        // Declared after the store, the repository (a handle on its connection) goes first: Qt
        // removes a connection cleanly only once no handle on it is left.
        auto store = storage::LocalStore::open(request.databasePath, storage::LocalStore::OpenMode::ExistingOnly);
        if (!store)
            return failed(store.error());
        const storage::PersonRepository repository((*store)->database());
        if (auto early = readPerson(repository, request.personId, citizenId, text, file))
            return *early;
    }
    if (cancelled)
        return cancelledOutcome();
    const insured::InsuredPerson &person = file.person;

    const auto region = parameters->region(person.region);
    file.regionName = region ? (*region)->displayName() : person.region;

    const auto statutory = retirement::RetirementRule::statutory(YearMonth::fromDate(person.birthDate),
                                                                 person.retirementGroup, *parameters);
    if (statutory)
        file.statutory = *statutory;
    else
        file.statutoryError = statutory.error().message;

    PensionTask::Request pensionRequest;
    pensionRequest.person = person;
    pensionRequest.records = file.records;
    pensionRequest.today = request.today;
    file.pension = PensionTask::run(pensionRequest, parameters);
    if (file.pension.history) {
        file.history = file.pension.history;
    } else {
        auto history = history::ContributionHistory::build(person, file.records, *parameters, request.today);
        if (history)
            file.history = *history;
        else
            file.historyError = history.error().message;
    }

    LookupOutcome outcome;
    outcome.kind = LookupOutcome::Kind::Person;
    outcome.person = std::move(file);
    return outcome;
}

} // namespace tongban::ui
