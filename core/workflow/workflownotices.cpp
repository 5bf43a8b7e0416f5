#include "workflownotices.h"

#include "identity/citizenid.h"

namespace tongban::workflow {

namespace {

/// The lines both notices share: the applicant (ID masked), the matter, its department.
void addMatterSections(notice::Notice &n, const StoredMatter &matter, const intake::MatterCatalog &catalog)
{
    notice::NoticeSection applicant;
    applicant.heading = WorkflowNotices::tr("Applicant");
    applicant.rows << qMakePair(WorkflowNotices::tr("Queue number"), matter.queueNumber)
                   << qMakePair(WorkflowNotices::tr("Name"), matter.applicantName)
                   << qMakePair(WorkflowNotices::tr("Citizen ID number"), identity::CitizenId::mask(matter.applicantIdNumber));
    if (!matter.agentRelation.isEmpty())
        applicant.rows << qMakePair(
            WorkflowNotices::tr("On behalf of"),
            WorkflowNotices::tr("%1 (%2)").arg(matter.subjectName, identity::CitizenId::mask(matter.subjectIdNumber)));
    n.sections << applicant;

    const intake::MatterDefinition *definition = catalog.matter(matter.matter);
    const intake::Department *department = definition ? catalog.department(definition->department) : nullptr;
    notice::NoticeSection s;
    s.heading = WorkflowNotices::tr("Matter");
    s.rows << qMakePair(WorkflowNotices::tr("Matter"), definition ? definition->nameZh : matter.matter)
           << qMakePair(WorkflowNotices::tr("Department"), department ? department->nameZh : QString())
           << qMakePair(WorkflowNotices::tr("Received on"), matter.receivedOn.toString(Qt::ISODate));
    n.sections << s;
}

void addStaffNotes(notice::Notice &n, const StoredMatter &matter, const StatusEvent &event, const intake::MatterCatalog &catalog,
                   notice::Copy copy)
{
    const intake::MatterDefinition *definition = catalog.matter(matter.matter);
    if (definition) {
        const QString basis = intake::IntakeNotices::citation(definition->source);
        if (!basis.isEmpty())
            n.bases << basis;
    }
    if (copy != notice::Copy::Staff)
        return;
    n.staffNotes << WorkflowNotices::tr("Matter %1 of visit %2 (%3); change %4 by %5 at %6")
                        .arg(matter.id, matter.sessionId, matter.matter, event.id, event.clerk,
                             event.at.toLocalTime().toString(Qt::ISODate));
    if (definition)
        n.staffNotes << WorkflowNotices::tr("Source: %1 %2 (confidence %3)")
                            .arg(definition->source.document, definition->source.title, definition->source.confidence);
}

void setIssuer(notice::Notice &n, const intake::IntakeNotices::Issuer &issuer)
{
    n.issuer = issuer.agency;
    n.sealText = issuer.sealText;
    n.issuedOn = issuer.issuedOn;
}

} // namespace

notice::Notice WorkflowNotices::returnNotice(const StoredMatter &matter, const StatusEvent &returned, const intake::MatterCatalog &catalog,
                                             const intake::IntakeNotices::Issuer &issuer, notice::Copy copy)
{
    notice::Notice n;
    n.title = tr("Notice of return");
    const QDate on = returned.at.toLocalTime().date();
    n.subtitle = tr("Queue number %1, returned %2 by %3").arg(matter.queueNumber, on.toString(Qt::ISODate), returned.clerk);
    setIssuer(n, issuer);
    n.footer = tr("Notice of return %1").arg(matter.queueNumber);
    addMatterSections(n, matter, catalog);

    notice::NoticeSection why;
    why.heading = tr("Why the matter is returned");
    why.rows << qMakePair(tr("Returned on"), on.toString(Qt::ISODate));
    why.paragraphs << (returned.reason.isEmpty() ? matter.returnedReason : returned.reason);
    n.sections << why;

    notice::NoticeSection bring;
    bring.heading = tr("What to bring when you come back");
    if (matter.missingDocuments.isEmpty())
        bring.paragraphs << tr("No document is missing; correct what the reason above names.");
    for (int i = 0; i < matter.missingDocuments.size(); ++i) {
        const intake::DocumentDefinition *d = catalog.document(matter.missingDocuments.at(i));
        if (d)
            bring.paragraphs << tr("%1. %2: %3").arg(i + 1).arg(d->nameZh, d->whyZh);
        else
            bring.paragraphs << tr("%1. %2").arg(i + 1).arg(matter.missingDocuments.at(i));
    }
    n.sections << bring;

    n.remarks << tr("The documents you handed in are kept with the matter: bring only what is listed above. The time limit counts "
                    "again from the day you resubmit. Bring this notice with you.");
    addStaffNotes(n, matter, returned, catalog, copy);
    return n;
}

notice::Notice WorkflowNotices::completionNotice(const StoredMatter &matter, const StatusEvent &done, const intake::MatterCatalog &catalog,
                                                 const intake::IntakeNotices::Issuer &issuer, notice::Copy copy)
{
    notice::Notice n;
    n.title = tr("Notice of completion");
    const QDate on = done.at.toLocalTime().date();
    n.subtitle = tr("Queue number %1, done %2").arg(matter.queueNumber, on.toString(Qt::ISODate));
    setIssuer(n, issuer);
    n.footer = tr("Notice of completion %1").arg(matter.queueNumber);
    addMatterSections(n, matter, catalog);

    notice::NoticeSection result;
    result.heading = tr("Result");
    result.rows << qMakePair(tr("Done on"), on.toString(Qt::ISODate));
    if (matter.dueOn.isValid())
        result.rows << qMakePair(tr("Promised by"), matter.dueOn.toString(Qt::ISODate))
                    << qMakePair(tr("Within the promised time"), on <= matter.dueOn ? tr("yes") : tr("no"));
    if (!done.reason.isEmpty())
        result.paragraphs << done.reason;
    n.sections << result;

    n.remarks << tr("The matter is settled. Keep this notice; ask at any window of the hall if anything in it is unclear.");
    addStaffNotes(n, matter, done, catalog, copy);
    return n;
}

} // namespace tongban::workflow
