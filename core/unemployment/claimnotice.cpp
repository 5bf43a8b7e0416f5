#include "claimnotice.h"

#include "identity/citizenid.h"

namespace tongban::unemployment {

notice::NoticeSection ClaimNotice::personSection(const insured::InsuredPerson &person)
{
    notice::NoticeSection s;
    s.heading = tr("Insured person");
    s.rows << qMakePair(tr("Name"), person.name) << qMakePair(tr("Citizen ID number"), identity::CitizenId::mask(person.citizenId));
    return s;
}

QString ClaimNotice::subtitle(QDate issuedOn, const QString &clerk)
{
    return clerk.trimmed().isEmpty() ? tr("Issued on %1").arg(issuedOn.toString(Qt::ISODate))
                                     : tr("Issued on %1 by %2").arg(issuedOn.toString(Qt::ISODate), clerk.trimmed());
}

QString ClaimNotice::rulesVersion(const UnemploymentRules &rules)
{
    const auto v = rules.version();
    return tr("Rules: %1, edition %2 (%3)").arg(v.file, v.edition, v.digest);
}

void ClaimNotice::addBasis(notice::Notice &n, const QString &basis)
{
    for (const QString &part : basis.split(u'；', Qt::SkipEmptyParts)) {
        if (!n.bases.contains(part.trimmed()))
            n.bases << part.trimmed();
    }
}

QString ClaimNotice::regionText(const UnemploymentRules &rules, const QString &region)
{
    // A visitor reads a place, not a code: the name of the place whose standard covers the
    // region, with the region's own code where it is a district or county of it.
    const auto standard = rules.standardFor(region);
    if (!standard || standard->name.isEmpty())
        return region;
    return standard->code == region ? standard->name : tr("%1, area code %2").arg(standard->name, region);
}

QString ClaimNotice::monthsText(int months)
{
    return tr("%n month(s)", nullptr, months);
}

notice::Notice ClaimNotice::award(const UnemploymentRules &rules, const insured::InsuredPerson &person, const ClaimAssessment &a,
                                  qint64 claimNumber, QDate issuedOn, const QString &clerk)
{
    notice::Notice n;
    n.title = tr("Unemployment benefit award notice");
    n.subtitle = subtitle(issuedOn, clerk);
    n.footer = n.title;
    n.issuedOn = issuedOn;
    n.staffNotes << rulesVersion(rules);
    n.sections << personSection(person);

    notice::NoticeSection claim;
    claim.heading = tr("Claim");
    if (claimNumber > 0)
        claim.rows << qMakePair(tr("Claim number"), QString::number(claimNumber));
    const auto reason = rules.jobLossReason(a.input.jobLossReason);
    claim.rows << qMakePair(tr("Claim date"), a.input.claimDate.toString(Qt::ISODate))
               << qMakePair(tr("Region"), regionText(rules, a.input.region))
               << qMakePair(tr("Job ended by"), reason ? reason->label : a.input.jobLossReason)
               << qMakePair(tr("Months paid since the last claim"), monthsText(a.input.monthsPaid))
               << qMakePair(tr("Months carried over from an earlier claim"), monthsText(a.input.carriedMonths));
    n.sections << claim;

    notice::NoticeSection conditions;
    conditions.heading = tr("Conditions");
    for (const ConditionCheck &c : a.conditions) {
        conditions.rows << qMakePair(c.label, (c.met ? tr("met") : tr("not met")) + tr(": ") + c.reason);
        addBasis(n, c.basis);
        n.staffNotes << c.label + tr(": ") + c.source;
    }
    n.sections << conditions;

    notice::NoticeSection decision;
    decision.heading = tr("Decision");
    if (!a.eligible) {
        QStringList failed;
        for (const ConditionCheck &c : a.conditions) {
            if (!c.met)
                failed << c.reason;
        }
        decision.rows << qMakePair(tr("Result"), tr("not eligible"));
        decision.paragraphs << tr("Unemployment benefit cannot be paid: %1.").arg(failed.join(QStringLiteral("; ")));
    } else {
        decision.rows << qMakePair(tr("Result"), tr("eligible")) << qMakePair(tr("Benefit months"), monthsText(a.entitlementMonths))
                      << qMakePair(tr("Paid from"), a.firstMonth.toString()) << qMakePair(tr("Paid until"), a.lastMonth.toString());
        if (a.monthlyAmount) {
            decision.rows << qMakePair(tr("Monthly amount (CNY)"), a.monthlyAmount->toDisplayString());
            // Where the amount changes within the period (Shanghai from month 13), each run.
            if (a.amountPeriods.size() > 1) {
                for (const AmountPeriod &p : a.amountPeriods)
                    decision.rows << qMakePair(tr("Benefit months %1–%2 (CNY)").arg(p.firstBenefitMonth).arg(p.lastBenefitMonth),
                                               p.monthly.toDisplayString());
            }
            for (const AmountPeriod &p : a.amountPeriods) {
                if (!p.basis.isEmpty())
                    decision.paragraphs << p.basis;
            }
            if (a.total)
                decision.rows << qMakePair(tr("Total over the benefit period (CNY)"), a.total->toDisplayString());
        } else {
            decision.rows << qMakePair(tr("Monthly amount (CNY)"), tr("not in the data"));
            decision.paragraphs << a.amountMissingReason;
        }
        decision.paragraphs << a.durationReason;
        decision.paragraphs << tr("Payment stops on re-employment, military service, emigration, starting a basic pension, "
                                  "imprisonment, refusing suitable work or training without good reason, or another legal ground; "
                                  "report such a change at once. Months not drawn are kept for a later claim.");
        for (const QString &basis : a.durationBases)
            addBasis(n, basis);
        n.staffNotes << tr("Benefit months: %1").arg(a.durationSource);
        if (a.monthlyAmount) {
            addBasis(n, a.amountBasis);
            n.staffNotes << tr("Monthly amount: %1").arg(a.amountSource);
        }
    }
    n.sections << decision;
    n.staffNotes << a.notes;
    return n;
}

notice::Notice ClaimNotice::stopNotice(const UnemploymentRules &rules, const insured::InsuredPerson &person, const StoredClaim &claim,
                                       const StopOutcome &stop, QDate issuedOn, const QString &clerk)
{
    notice::Notice n;
    n.title = tr("Unemployment benefit stop notice");
    n.subtitle = subtitle(issuedOn, clerk);
    n.footer = n.title;
    n.issuedOn = issuedOn;
    n.staffNotes << rulesVersion(rules);
    n.sections << personSection(person);

    notice::NoticeSection claimSection;
    claimSection.heading = tr("Claim");
    claimSection.rows << qMakePair(tr("Claim number"), QString::number(claim.id))
                      << qMakePair(tr("Claim date"), claim.claimDate.toString(Qt::ISODate))
                      << qMakePair(tr("Benefit months"), monthsText(claim.monthsEntitled))
                      << qMakePair(tr("Paid from"), claim.firstMonth.toString());
    if (claim.monthlyAmount)
        claimSection.rows << qMakePair(tr("Monthly amount (CNY)"), claim.monthlyAmount->toDisplayString());
    n.sections << claimSection;

    notice::NoticeSection s;
    s.heading = tr("Stop of payment");
    const auto ground = rules.stopGround(stop.ground);
    s.rows << qMakePair(tr("Ground"), ground ? ground->label : stop.ground)
           << qMakePair(tr("Ground arose on"), stop.stopDate.toString(Qt::ISODate))
           << qMakePair(tr("First month not paid"), stop.firstUnpaidMonth.toString())
           << qMakePair(tr("Months received"), monthsText(stop.monthsReceived)) << qMakePair(tr("Months left"), monthsText(stop.monthsLeft))
           << qMakePair(tr("Months left kept for a later claim"), stop.monthsLeftCarried ? tr("yes") : tr("no"));
    s.paragraphs << stop.reasons;
    n.sections << s;
    for (const QString &basis : stop.bases)
        addBasis(n, basis);
    n.staffNotes << stop.sources;
    return n;
}

} // namespace tongban::unemployment
