#include "comparisontask.h"

#include "identity/citizenid.h"
#include "lookuptask.h"
#include "storage/localstore.h"
#include "storage/personrepository.h"

#include <variant>

namespace tongban::ui {

namespace {

ComparisonOutcome failed(const QString &field, const QString &message)
{
    ComparisonOutcome o;
    o.errorField = field;
    o.error = message;
    return o;
}

struct OtherPerson
{
    insured::InsuredPerson person;
    QList<insured::ContributionRecord> records;
};

/// The other person of the comparison, read through a connection of this thread.
std::variant<OtherPerson, ComparisonOutcome> readOther(const QString &databasePath, const QString &query)
{
    const QString text = query.trimmed();
    auto store = storage::LocalStore::open(databasePath, storage::LocalStore::OpenMode::ExistingOnly);
    if (!store)
        return failed(QString(), store.error().message);
    const storage::PersonRepository repository((*store)->database());
    OtherPerson other;
    if (LookupTask::looksLikeIdNumber(text)) {
        const auto validation = identity::CitizenId::validate(text);
        if (!validation.valid)
            return failed(QStringLiteral("other"), validation.reason);
        const auto found = repository.findByCitizenId(validation.normalized);
        if (!found)
            return failed(QString(), found.error().message);
        if (!found->has_value())
            return failed(QStringLiteral("other"), ComparisonTask::tr("Nobody with this ID number is in the database."));
        other.person = **found;
    } else {
        const auto found = repository.searchByName(text, 10);
        if (!found)
            return failed(QString(), found.error().message);
        if (found->isEmpty())
            return failed(QStringLiteral("other"), ComparisonTask::tr("Nobody with this name is in the database."));
        if (found->size() > 1)
            return failed(QStringLiteral("other"),
                          ComparisonTask::tr("%n persons match this name; enter the ID number instead.", nullptr, int(found->size())));
        other.person = found->first();
    }
    const auto records = repository.loadContributionRecords(other.person.id);
    if (!records)
        return failed(QString(), records.error().message);
    other.records = *records;
    return other;
}

} // namespace

ComparisonOutcome ComparisonTask::run(const Request &request, const std::shared_ptr<const policy::ParameterSet> &parameters,
                                      const std::atomic_bool &cancelled)
{
    const bool withOther = !request.otherQuery.trimmed().isEmpty();
    ComparisonOutcome outcome;
    auto a = pension::ScenarioSide::build(request.person, request.records, parameters, {}, request.today, false, &outcome.assumptionsA);
    if (!a)
        return failed(QString(), a.error().message);
    if (cancelled)
        return {};

    Result<pension::ComparisonSide> b = Error::badInput(QString(), QString());
    if (withOther) {
        auto other = readOther(request.databasePath, request.otherQuery);
        if (auto *stop = std::get_if<ComparisonOutcome>(&other))
            return *stop;
        const OtherPerson &o = std::get<OtherPerson>(other);
        if (o.person.id == request.person.id)
            return failed(QStringLiteral("other"), tr("This is the person on screen; enter someone else, or compare a scenario."));
        b = pension::ScenarioSide::build(o.person, o.records, parameters, {}, request.today, false, &outcome.assumptionsB);
    } else {
        b = pension::ScenarioSide::build(request.person, request.records, parameters, request.scenario, request.today, true, &outcome.assumptionsB);
    }
    if (!b) {
        const QString field = b.error().field == u"retirement" || b.error().field == u"keep_paying" ? b.error().field : QString();
        return failed(field, b.error().message);
    }
    if (cancelled)
        return {};
    outcome.comparison = pension::PensionComparer::compare(*a, *b);
    if (!withOther)
        outcome.scenarioSide = *b;
    return outcome;
}

} // namespace tongban::ui
