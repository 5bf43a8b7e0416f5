#include "intakevalidator.h"

#include "fieldvalidator.h"
#include "identity/citizenid.h"
#include "identity/uscc.h"
#include "missingdocuments.h"

#include <QRegularExpression>
#include <QSet>

namespace tongban::intake {

namespace {

/// The applicant's or the agent's ID number checked; the Error at @p path.
std::optional<Error> checkIdNumber(const QString &number, const QString &path, QDate today)
{
    if (number.trimmed().isEmpty())
        return Error::badInput(path, IntakeValidator::tr("the citizen ID number is required (18 characters)"));
    const auto check = identity::CitizenId::validate(number, today);
    if (!check.valid)
        return Error::badInput(path, check.reason);
    return std::nullopt;
}

QString normalizedId(const QString &number, QDate today)
{
    const auto check = identity::CitizenId::validate(number, today);
    return check.valid ? check.normalized : number.trimmed().toUpper();
}

} // namespace

QString IntakeValidator::subjectIdNumber(const IntakeCase &intake, int position)
{
    const IntakeMatter &m = intake.matters.at(position);
    const QDate farFuture(9999, 12, 31);
    if (m.agentFor)
        return normalizedId(m.agentFor->idNumber, farFuture);
    return normalizedId(intake.applicant.idNumber, farFuture);
}

QList<Error> IntakeValidator::issues(const MatterCatalog &catalog, const IntakeCase &intake, QDate today)
{
    QList<Error> found;
    if (const auto e = checkIdNumber(intake.applicant.idNumber, QStringLiteral("applicant.id_number"), today))
        found.append(*e);
    if (intake.applicant.name.trimmed().isEmpty())
        found.append(Error::badInput(QStringLiteral("applicant.name"), tr("the applicant's name is required")));
    if (!intake.applicant.phone.trimmed().isEmpty()) {
        static const QRegularExpression phone(QStringLiteral("^(1[3-9]\\d{9}|0\\d{2,3}-\\d{7,8})$"));
        if (!phone.match(intake.applicant.phone.trimmed()).hasMatch())
            found.append(Error::badInput(
                QStringLiteral("applicant.phone"),
                tr("a mobile number (11 digits starting 13–19) or a landline with its area code (e.g. 010-12345678) is expected")));
    }
    if (intake.matters.isEmpty())
        found.append(Error::badInput(QStringLiteral("matters"), tr("add at least one matter")));

    const QString applicantId = normalizedId(intake.applicant.idNumber, today);
    QSet<QString> seen; // matter id + subject
    for (int i = 0; i < intake.matters.size(); ++i) {
        const IntakeMatter &entry = intake.matters.at(i);
        const QString at = QStringLiteral("matters[%1]").arg(i);
        const MatterDefinition *matter = catalog.matter(entry.matter);
        if (!matter) {
            found.append(Error::badInput(at + QStringLiteral(".matter"),
                                         entry.matter.isEmpty()
                                             ? tr("the matter is required: an id of the catalog (tongban-cli matters lists them)")
                                             : tr("unknown matter \"%1\": tongban-cli matters lists the catalog").arg(entry.matter)));
            continue;
        }
        if (entry.agentFor) {
            const QString gp = at + QStringLiteral(".agent_for");
            if (matter->subject == Subject::Employer)
                found.append(Error::badInput(gp, tr("an employer's matter has no agent: the applicant is the employer's handler")));
            if (const auto e = checkIdNumber(entry.agentFor->idNumber, gp + QStringLiteral(".id_number"), today))
                found.append(*e);
            else if (normalizedId(entry.agentFor->idNumber, today) == applicantId)
                found.append(
                    Error::badInput(gp + QStringLiteral(".id_number"), tr("the person acted for is the applicant: leave agent_for out")));
            if (entry.agentFor->name.trimmed().isEmpty())
                found.append(Error::badInput(gp + QStringLiteral(".name"), tr("the name of the person acted for is required")));
            if (!AgentFor::relations().contains(entry.agentFor->relation))
                found.append(
                    Error::badInput(gp + QStringLiteral(".relation"),
                                    tr("the relation is one of: spouse, parent, child, sibling, other-relative, entrusted (受托人)")));
        }
        // The same matter twice for the same subject (an employer: the same code).
        QString subject = entry.agentFor ? normalizedId(entry.agentFor->idNumber, today) : applicantId;
        if (matter->subject == Subject::Employer) {
            for (const MatterField &f : matter->fields)
                if (const FieldDefinition *d = catalog.field(f.field); d && d->type == FieldType::Uscc)
                    subject = identity::Uscc::normalized(entry.fields.value(f.field).toString());
        }
        const QString key = matter->id + u'|' + subject;
        if (seen.contains(key))
            found.append(Error::badInput(at + QStringLiteral(".matter"),
                                         tr("\"%1\" is already in this intake for the same person or employer: one matter once per subject")
                                             .arg(matter->displayZh())));
        seen.insert(key);

        for (auto it = entry.fields.begin(); it != entry.fields.end(); ++it)
            if (!matter->fieldEntry(it.key()))
                found.append(Error::badInput(at + QStringLiteral(".fields.") + it.key(),
                                             tr("the matter \"%1\" does not ask for this field").arg(matter->displayZh())));
        for (const MatterField &f : matter->fields) {
            const FieldDefinition *definition = catalog.field(f.field);
            const QJsonValue value = entry.fields.value(f.field);
            const QString fp = at + QStringLiteral(".fields.") + f.field;
            const bool applies = MissingDocuments::holds(f.when, entry);
            if (!FieldValidator::isSet(value)) {
                if (f.required && applies)
                    found.append(Error::badInput(fp, tr("%1 is required for this matter").arg(definition->labelZh)));
                continue;
            }
            if (const auto e = FieldValidator::validate(*definition, value, today))
                found.append(e->nested(fp));
        }
        QSet<QString> brought;
        for (int k = 0; k < entry.documents.size(); ++k) {
            const QString document = entry.documents.at(k);
            const QString dp = at + QStringLiteral(".documents[%1]").arg(k);
            const bool asked = std::any_of(matter->documents.cbegin(), matter->documents.cend(),
                                           [&](const MatterDocument &d) { return d.document == document; });
            if (!asked)
                found.append(Error::badInput(
                    dp,
                    catalog.document(document)
                        ? tr("the matter \"%1\" does not ask for %2").arg(matter->displayZh(), catalog.document(document)->nameZh)
                        : tr("unknown document \"%1\"").arg(document)));
            else if (brought.contains(document))
                found.append(Error::badInput(dp, tr("the document is listed twice")));
            brought.insert(document);
        }
    }
    return found;
}

Status IntakeValidator::validate(const MatterCatalog &catalog, const IntakeCase &intake, QDate today)
{
    const QList<Error> all = issues(catalog, intake, today);
    if (!all.isEmpty())
        return all.first();
    return Done {};
}

} // namespace tongban::intake
