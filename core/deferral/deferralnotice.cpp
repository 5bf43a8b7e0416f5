#include "deferralnotice.h"

#include "deferraltext.h"

namespace tongban::deferral {

notice::Notice DeferralNotice::build(const DeferralOutcome &outcome, const QString &payerName, const QDate &issued)
{
    notice::Notice n;
    n.title = tr("Notice of temporary social insurance premium deferral");
    const Payer &payer = outcome.payer.payer;
    const QString who = payerName.isEmpty() ? (payer.uscc.isEmpty() ? DeferralText::kind(payer.kind) : payer.uscc) : payerName;
    n.subtitle = tr("%1 — application date %2").arg(who, outcome.asOf.toString(Qt::ISODate));

    notice::NoticeSection payerSection;
    payerSection.heading = tr("Payer");
    if (!payerName.isEmpty())
        payerSection.rows.append({Payer::isOrganisation(payer.kind) ? tr("Name of the employer") : tr("Name"), payerName});
    payerSection.rows.append({tr("Kind"), DeferralText::kind(payer.kind)});
    if (!payer.uscc.isEmpty())
        payerSection.rows.append({tr("Unified social credit code"), payer.uscc});
    if (!outcome.industryLabel.isEmpty())
        payerSection.rows.append({tr("Industry (GB/T 4754-2017)"), outcome.industryLabel});
    if (!payer.size.isEmpty())
        payerSection.rows.append({tr("Size"), DeferralText::size(payer.size)});
    payerSection.rows.append({tr("Hard-hit area"), payer.hardHitArea ? tr("yes") : tr("no")});
    payerSection.rows.append({tr("Temporary operating difficulty attested"), payer.temporaryDifficulty ? tr("yes") : tr("no")});
    // The decisive reason first, then what holds for every insurance, once (DeferralOutcome).
    payerSection.paragraphs << tr("Result: %1").arg(outcome.headline);
    payerSection.paragraphs << outcome.reasons;
    n.sections << payerSection;

    QStringList sources;
    for (const InsuranceOutcome &answer : outcome.insurances) {
        notice::NoticeSection section;
        section.heading = DeferralText::insurance(answer.insurance);
        section.rows.append({tr("Deferral"), answer.eligible ? tr("eligible") : tr("not eligible")});
        if (answer.eligible) {
            section.rows.append({tr("Premium months"), tr("%1 to %2").arg(answer.from->toString(), answer.to->toString())});
            section.rows.append({tr("Share deferred"), DeferralText::share(answer.share)});
            section.rows.append({tr("Pay back by"), answer.payBackBy.toString(Qt::ISODate)});
            section.rows.append({tr("Late-payment surcharge"), answer.lateFeeWaived ? tr("waived") : tr("not waived")});
        }
        section.paragraphs = answer.reasons;
        n.sections << section;
        for (const QString &s : answer.sources)
            if (!sources.contains(s))
                sources << s;
        for (const QString &c : answer.citations)
            if (!n.bases.contains(c))
                n.bases << c;
    }
    n.remarks << tr("Hard-hit areas and operating difficulty follow the local criteria; the clerk attested them.");
    for (const QString &s : sources)
        n.staffNotes << tr("Source: %1").arg(s);
    n.staffNotes << tr("Rules edition %1.").arg(outcome.edition);
    n.footer = n.title;
    n.issuedOn = issued;
    return n;
}

} // namespace tongban::deferral
