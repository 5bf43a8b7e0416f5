#include "missingdocuments.h"

#include "fieldvalidator.h"

#include <QJsonArray>

namespace tongban::intake {

bool MissingDocuments::holds(const QList<Condition> &when, const IntakeMatter &entry)
{
    for (const Condition &c : when) {
        const QJsonValue v = entry.fields.value(c.field);
        switch (c.kind) {
        case Condition::Kind::Agent:
            if (!entry.agentFor)
                return false;
            break;
        case Condition::Kind::Set:
            if (FieldValidator::isSet(v) != c.set)
                return false;
            break;
        case Condition::Kind::Equals:
            if (v != c.value)
                return false;
            break;
        case Condition::Kind::In:
            if (!c.values.contains(v))
                return false;
            break;
        }
    }
    return true;
}

QStringList MissingDocuments::forMatter(const MatterCatalog &catalog, const IntakeCase &intake, int position)
{
    QStringList missing;
    if (position < 0 || position >= intake.matters.size())
        return missing;
    const IntakeMatter &entry = intake.matters.at(position);
    const MatterDefinition *matter = catalog.matter(entry.matter);
    if (!matter)
        return missing;
    for (const MatterDocument &d : matter->documents)
        if (holds(d.when, entry) && !entry.documents.contains(d.document) && !missing.contains(d.document))
            missing.append(d.document);
    return missing;
}

QList<MissingDocument> MissingDocuments::across(const MatterCatalog &catalog, const IntakeCase &intake)
{
    QList<MissingDocument> all;
    for (int i = 0; i < intake.matters.size(); ++i) {
        for (const QString &document : forMatter(catalog, intake, i)) {
            auto it = std::find_if(all.begin(), all.end(), [&](const MissingDocument &m) { return m.document == document; });
            if (it == all.end()) {
                all.append(MissingDocument {document, {}, {}});
                it = all.end() - 1;
            }
            it->matterPositions.append(i);
            it->matters.append(intake.matters.at(i).matter);
        }
    }
    return all;
}

} // namespace tongban::intake
