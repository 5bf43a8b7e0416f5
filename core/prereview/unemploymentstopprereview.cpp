#include "unemploymentstopprereview.h"

#include "unemployment/claimevaluator.h"

#include <QJsonObject>
#include <QStringList>

namespace tongban::prereview {

UnemploymentStopPreReview::UnemploymentStopPreReview(std::shared_ptr<const unemployment::UnemploymentRules> rules, QString loadError)
    : m_rules(std::move(rules))
    , m_loadError(std::move(loadError))
{ }

Result<PreReviewResult> UnemploymentStopPreReview::review(const PreReviewRequest &request) const
{
    if (!m_rules)
        return Error::missingFigure(QStringLiteral("unemployment_rules"), m_loadError);
    PreReviewResult result;
    result.engine = id();
    if (!request.subject) {
        result.add(Verdict::NeedsAttention,
                   tr("The person is not in this window's records: the open claim could not be found. Check it in the agency's system."));
        return result;
    }
    const QList<unemployment::StoredClaim> claims = request.claims.value_or(QList<unemployment::StoredClaim> {});
    const unemployment::StoredClaim *open = nullptr;
    for (const unemployment::StoredClaim &c : claims) {
        if (!c.stopped) {
            open = &c;
            break;
        }
    }
    if (!open) {
        result.add(Verdict::CannotProceed,
                   claims.isEmpty() ? tr("The person has no unemployment benefit claim on file: nothing to stop.")
                                    : tr("The person has no open claim: every claim on file is already stopped."));
        return result;
    }

    QJsonObject details {{QStringLiteral("claim"), open->id},
                         {QStringLiteral("claim_date"), open->claimDate.toString(Qt::ISODate)},
                         {QStringLiteral("first_month"), open->firstMonth.toString()},
                         {QStringLiteral("last_month"), open->lastMonth().toString()},
                         {QStringLiteral("months_entitled"), open->monthsEntitled}};
    result.add(Verdict::Ready,
               tr("Open claim found: from %1, %2 months (%3 to %4).")
                   .arg(open->claimDate.toString(Qt::ISODate))
                   .arg(open->monthsEntitled)
                   .arg(open->firstMonth.toString(), open->lastMonth().toString()));

    const QString ground = request.field(QStringLiteral("stop_ground")).toString();
    QDate date = request.dateField(QStringLiteral("stop_date"));
    if (!date.isValid())
        date = request.today;
    details.insert(QStringLiteral("ground"), ground);
    details.insert(QStringLiteral("stop_date"), date.toString(Qt::ISODate));
    if (ground.isEmpty()) {
        QStringList keys;
        for (const unemployment::StopGround &g : m_rules->stopGrounds())
            keys.append(g.label);
        result.add(Verdict::NeedsAttention, tr("The reason for the stop was not entered (one of: %1).").arg(keys.join(u'、')));
        result.details = details;
        return result;
    }
    if (date > request.today) {
        result.add(Verdict::CannotProceed,
                   tr("The stop date %1 is after today: a stop is recorded once its reason has arisen.").arg(date.toString(Qt::ISODate)));
        result.details = details;
        return result;
    }
    const unemployment::ClaimEvaluator evaluator(m_rules);
    const auto stop = evaluator.stop(open->period(), date, ground);
    if (!stop) {
        result.add(Verdict::CannotProceed, tr("The stop cannot be recorded: %1").arg(stop.error().message));
        result.details = details;
        return result;
    }
    details.insert(QStringLiteral("ground_label"), stop->groundLabel);
    details.insert(QStringLiteral("first_unpaid_month"), stop->firstUnpaidMonth.toString());
    details.insert(QStringLiteral("months_received"), stop->monthsReceived);
    details.insert(QStringLiteral("months_left"), stop->monthsLeft);
    details.insert(QStringLiteral("months_left_carried"), stop->monthsLeftCarried);
    result.add(Verdict::Ready,
               tr("Reason: %1 on %2. Paid no longer from %3: %4 months received, %5 left.")
                   .arg(stop->groundLabel, date.toString(Qt::ISODate), stop->firstUnpaidMonth.toString())
                   .arg(stop->monthsReceived)
                   .arg(stop->monthsLeft));
    if (stop->monthsLeft > 0)
        result.add(Verdict::Ready,
                   stop->monthsLeftCarried
                       ? tr("The %1 months left are kept for a later claim (失业保险条例 第十七条).").arg(stop->monthsLeft)
                       : tr("The %1 months left are not kept for a later claim on this reason.").arg(stop->monthsLeft));
    result.details = details;
    return result;
}

} // namespace tongban::prereview
