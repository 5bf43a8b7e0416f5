#include "intakenotices.h"

#include "identity/citizenid.h"
#include "missingdocuments.h"

namespace tongban::intake {

namespace {

QString relationText(const QString &relation)
{
    if (relation == QLatin1String("spouse"))
        return IntakeNotices::tr("spouse");
    if (relation == QLatin1String("parent"))
        return IntakeNotices::tr("parent");
    if (relation == QLatin1String("child"))
        return IntakeNotices::tr("child");
    if (relation == QLatin1String("sibling"))
        return IntakeNotices::tr("sibling");
    if (relation == QLatin1String("other-relative"))
        return IntakeNotices::tr("other relative");
    if (relation == QLatin1String("entrusted"))
        return IntakeNotices::tr("entrusted person");
    return relation;
}

QString verdictText(const QString &verdict)
{
    if (verdict == QLatin1String("ready"))
        return IntakeNotices::tr("ready");
    if (verdict == QLatin1String("needs-attention"))
        return IntakeNotices::tr("needs attention");
    if (verdict == QLatin1String("cannot-proceed"))
        return IntakeNotices::tr("cannot proceed");
    return verdict;
}

QString daysText(const TimeLimit &limit)
{
    if (limit.immediate)
        return IntakeNotices::tr("done at the counter");
    QString text = limit.hasPromisedDays ? IntakeNotices::tr("%1 working days promised").arg(limit.promisedDays)
                                         : IntakeNotices::tr("no promised limit published");
    if (limit.statutoryDays)
        text += IntakeNotices::tr(", %1 by law").arg(*limit.statutoryDays);
    return text;
}

QString documentName(const MatterCatalog &catalog, const QString &id)
{
    const DocumentDefinition *d = catalog.document(id);
    return d ? d->nameZh : id;
}

QString matterName(const MatterCatalog &catalog, const QString &id)
{
    const MatterDefinition *m = catalog.matter(id);
    return m ? m->nameZh : id;
}

void addSources(notice::Notice &n, const MatterCatalog &catalog, const QString &matterId)
{
    const MatterDefinition *m = catalog.matter(matterId);
    if (!m)
        return;
    const QString basis = IntakeNotices::citation(m->source);
    if (!basis.isEmpty() && !n.bases.contains(basis))
        n.bases << basis;
    n.staffNotes << IntakeNotices::tr("%1: %2 %3 (confidence %4); time limits: %5")
                        .arg(m->nameZh, m->source.document, m->source.title, m->source.confidence, m->timeLimit.source);
}

} // namespace

notice::Notice IntakeNotices::receipt(const IntakeReceipt &receipt, const MatterCatalog &catalog, const Issuer &issuer, notice::Copy copy)
{
    notice::Notice n;
    n.title = tr("Acknowledgement of receipt");
    n.subtitle = tr("Queue number %1, received %2 by %3")
                     .arg(receipt.queueNumber, receipt.receivedAt.toLocalTime().date().toString(Qt::ISODate), receipt.clerk);
    n.issuer = issuer.agency;
    n.sealText = issuer.sealText;
    n.issuedOn = issuer.issuedOn;
    n.footer = tr("Acknowledgement of receipt %1").arg(receipt.queueNumber);

    notice::NoticeSection applicant;
    applicant.heading = tr("Applicant");
    applicant.rows << qMakePair(tr("Queue number"), receipt.queueNumber) << qMakePair(tr("Name"), receipt.applicantName)
                   << qMakePair(tr("Citizen ID number"), identity::CitizenId::mask(receipt.applicantIdNumber));
    if (!receipt.applicantPhone.isEmpty())
        applicant.rows << qMakePair(tr("Phone"), receipt.applicantPhone);
    n.sections << applicant;

    for (const ReceiptMatter &m : receipt.matters) {
        notice::NoticeSection s;
        const MatterDefinition *definition = catalog.matter(m.matter);
        const Department *department = catalog.department(m.department);
        s.heading = tr("%1. %2").arg(m.position + 1).arg(matterName(catalog, m.matter));
        s.rows << qMakePair(tr("Department"), department ? department->nameZh : m.department);
        if (!m.agentRelation.isEmpty())
            s.rows << qMakePair(
                tr("On behalf of"),
                tr("%1 (%2), %3").arg(m.subjectName, identity::CitizenId::mask(m.subjectIdNumber), relationText(m.agentRelation)));
        s.rows << qMakePair(tr("Received on"), m.receivedOn.toString(Qt::ISODate));
        if (definition)
            s.rows << qMakePair(tr("Time limit"), daysText(definition->timeLimit));
        if (m.dueOn.isValid())
            s.rows << qMakePair(tr("Promised by"), m.dueOn.toString(Qt::ISODate));
        if (m.statutoryDueOn.isValid())
            s.rows << qMakePair(tr("Due by law by"), m.statutoryDueOn.toString(Qt::ISODate));
        if (!m.dueNote.isEmpty())
            s.rows << qMakePair(tr("Due date"), tr("to be set once the holiday arrangement is published (%1)").arg(m.dueNote));
        QStringList missing;
        for (const QString &d : m.missingDocuments)
            missing << documentName(catalog, d);
        s.rows << qMakePair(tr("Missing documents"), missing.isEmpty() ? tr("none") : missing.join(QStringLiteral("、")));
        if (m.preReview) {
            s.rows << qMakePair(tr("Pre-review"), verdictText(m.preReview->verdict));
            for (const auto &[level, text] : m.preReview->findings)
                s.paragraphs << tr("%1: %2").arg(verdictText(level), text);
        }
        n.sections << s;
        addSources(n, catalog, m.matter);
    }
    n.remarks << tr("The time limits are working days counted from the day all documents are complete; a missing document is listed "
                    "on the one-time notice. Keep this receipt and bring it when you ask about the matters or collect the results.");
    if (copy == notice::Copy::Staff)
        n.staffNotes << tr("Visit %1; matter catalog edition %2").arg(receipt.sessionId, receipt.catalogEdition);
    else
        n.staffNotes.clear();
    return n;
}

notice::Notice IntakeNotices::oneTimeNotice(const IntakeCase &intake, const MatterCatalog &catalog, const Issuer &issuer, notice::Copy copy)
{
    notice::Notice n;
    n.title = tr("One-time notice of the documents to supply");
    n.subtitle = intake.queueNumber.isEmpty() ? tr("For %1").arg(intake.applicant.name)
                                              : tr("For %1, queue number %2").arg(intake.applicant.name, intake.queueNumber);
    n.issuer = issuer.agency;
    n.sealText = issuer.sealText;
    n.issuedOn = issuer.issuedOn;
    n.footer = tr("One-time notice");

    notice::NoticeSection applicant;
    applicant.heading = tr("Applicant");
    applicant.rows << qMakePair(tr("Name"), intake.applicant.name)
                   << qMakePair(tr("Citizen ID number"), identity::CitizenId::mask(intake.applicant.idNumber));
    n.sections << applicant;

    notice::NoticeSection documents;
    documents.heading = tr("Documents still to supply");
    const QList<MissingDocument> missing = MissingDocuments::across(catalog, intake);
    if (missing.isEmpty())
        documents.paragraphs << tr("Nothing is missing: every document the matters need has been brought.");
    for (int i = 0; i < missing.size(); ++i) {
        const MissingDocument &m = missing.at(i);
        const DocumentDefinition *d = catalog.document(m.document);
        QStringList matters;
        for (const QString &id : m.matters)
            if (!matters.contains(matterName(catalog, id)))
                matters << matterName(catalog, id);
        documents.rows << qMakePair(tr("%1. %2").arg(i + 1).arg(d ? d->nameZh : m.document),
                                    tr("%1 — needed for: %2").arg(d ? d->whyZh : QString(), matters.join(QStringLiteral("、"))));
    }
    n.sections << documents;

    notice::NoticeSection limits;
    limits.heading = tr("Matters and time limits");
    for (const IntakeMatter &entry : intake.matters) {
        const MatterDefinition *m = catalog.matter(entry.matter);
        if (!m)
            continue;
        const Department *department = catalog.department(m->department);
        limits.rows << qMakePair(m->nameZh, tr("%1; %2").arg(department ? department->nameZh : m->department, daysText(m->timeLimit)));
        addSources(n, catalog, m->id);
    }
    n.sections << limits;
    n.remarks << tr("This notice lists everything still needed, once; nothing else will be asked for these matters. The time limits "
                    "count working days from the day the documents are complete.");
    if (copy == notice::Copy::Visitor)
        n.staffNotes.clear();
    else
        n.staffNotes << tr("Matter catalog edition %1").arg(catalog.edition());
    return n;
}

QString IntakeNotices::citation(const SourceRef &source)
{
    const QString title = source.title.trimmed();
    const QString number = source.document.trimmed();
    if (title.isEmpty())
        return number;
    const QString named = title.startsWith(u'《') ? title : QStringLiteral("《%1》").arg(title);
    const bool numbered = number.contains(u'〔') || number.contains(u'号');
    return numbered ? QStringLiteral("%1（%2）").arg(named, number) : named;
}

} // namespace tongban::intake
