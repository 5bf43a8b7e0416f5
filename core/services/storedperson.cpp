#include "storedperson.h"
#include "personlookup.h"

#include "identity/citizenid.h"
#include "storage/personrepository.h"

namespace tongban::services {

Result<StoredPerson> StoredPerson::find(const QSqlDatabase &db, const QString &query, const Clock &clock, const QString &field)
{
    const QString text = query.trimmed();
    const storage::PersonRepository repository(db, clock);
    StoredPerson stored;
    if (PersonLookup::looksLikeIdNumber(text)) {
        const auto validation = identity::CitizenId::validate(text, clock.today());
        if (!validation.valid)
            return Error::badInput(field, validation.reason);
        const auto found = repository.findByCitizenId(validation.normalized);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error::badInput(
                field,
                StoredPersonText::tr("no insured person with citizen ID number %1").arg(identity::CitizenId::mask(validation.normalized)));
        stored.person = **found;
    } else {
        if (text.isEmpty())
            return Error::badInput(field, StoredPersonText::tr("a citizen ID number or a name is required"));
        const auto found = repository.searchByName(text, 10);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error::badInput(field, StoredPersonText::tr("no insured person with a name containing \"%1\"").arg(text));
        if (found->size() > 1)
            return Error::badInput(
                field, StoredPersonText::tr("%n persons match this name; enter the ID number instead.", nullptr, int(found->size())));
        stored.person = found->first();
    }
    auto records = repository.loadContributionRecords(stored.person.id);
    if (!records)
        return records.error();
    stored.records = std::move(records).value();
    return stored;
}

} // namespace tongban::services
