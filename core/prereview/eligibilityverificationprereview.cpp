#include "eligibilityverificationprereview.h"

#include "retirement/retirementrule.h"

#include <QJsonObject>

namespace tongban::prereview {

QDate EligibilityVerificationPreReview::nextDue(QDate verified)
{
    return verified.addMonths(12);
}

Result<PreReviewResult> EligibilityVerificationPreReview::review(const PreReviewRequest &request) const
{
    const QString method = request.field(QStringLiteral("verification_method")).toString();
    QString methodText;
    if (method == QLatin1String("counter"))
        methodText = tr("at the counter");
    else if (method == QLatin1String("home"))
        methodText = tr("at home");
    else if (method == QLatin1String("outreach"))
        methodText = tr("at an outreach point");
    else
        return Error::badInput(QStringLiteral("fields.verification_method"),
                               tr("the verification method is one of \"counter\", \"home\" or \"outreach\"; got \"%1\"").arg(method));

    PreReviewResult result;
    result.engine = id();
    const QDate due = nextDue(request.today);
    QJsonObject details {{QStringLiteral("method"), method},
                         {QStringLiteral("verified_on"), request.today.toString(Qt::ISODate)},
                         {QStringLiteral("next_due"), due.toString(Qt::ISODate)},
                         {QStringLiteral("cycle_months"), 12}};

    if (!request.subject) {
        result.add(Verdict::NeedsAttention,
                   tr("The person is not in this window's records: whether they draw a benefit could not be "
                      "checked here."));
    } else {
        const insured::InsuredPerson &person = *request.subject;
        const YearMonth current = request.currentMonth();
        const QList<insured::ContributionRecord> records = request.records();
        const std::optional<YearMonth> lastRecord = records.isEmpty() ? std::nullopt : std::optional(records.constLast().month);
        std::optional<retirement::StatutoryRetirement> statutory;
        if (request.parameters && person.birthDate.isValid())
            if (auto s
                = retirement::RetirementRule::statutory(YearMonth::fromDate(person.birthDate), person.retirementGroup, *request.parameters))
                statutory = *s;
        const unemployment::StoredClaim *claim = nullptr;
        for (const unemployment::StoredClaim &c : request.claims.value_or(QList<unemployment::StoredClaim> {}))
            if (!c.stopped && c.firstMonth <= current && c.lastMonth() >= current) {
                claim = &c;
                break;
            }
        const bool belowAge = statutory && current < statutory->earliestFlexibleRetirement;
        const bool paying = lastRecord && (*lastRecord >= current || (belowAge && *lastRecord >= current.addMonths(-1)));
        if (statutory) {
            details.insert(QStringLiteral("statutory_month"), statutory->statutoryRetirement.toString());
            details.insert(QStringLiteral("earliest_flexible_month"), statutory->earliestFlexibleRetirement.toString());
        }
        if (lastRecord)
            details.insert(QStringLiteral("last_contribution_month"), lastRecord->toString());
        if (claim) {
            details.insert(QStringLiteral("drawing"), QStringLiteral("unemployment-benefit"));
            result.add(Verdict::Ready,
                       tr("Draws unemployment benefit: the claim from %1 pays until %2.")
                           .arg(claim->claimDate.toString(Qt::ISODate), claim->lastMonth().toString()));
        } else if (paying) {
            details.insert(QStringLiteral("drawing"), QStringLiteral("none"));
            result.add(Verdict::CannotProceed,
                       tr("Not drawing a benefit: pension contributions are still paid (last recorded month %1), "
                          "so there is nothing to verify.")
                           .arg(lastRecord->toString()));
        } else if (belowAge) {
            details.insert(QStringLiteral("drawing"), QStringLiteral("unknown"));
            result.add(Verdict::NeedsAttention,
                       tr("Below the earliest pension age (from %1): verification applies only to a benefit not in this window's records "
                          "(early retirement for a special post or illness, a work-injury benefit); check it.")
                           .arg(statutory->earliestFlexibleRetirement.toString()));
        } else if (statutory) {
            details.insert(QStringLiteral("drawing"), QStringLiteral("pension"));
            result.add(Verdict::Ready,
                       tr("Of pension age (statutory retirement %1) and no longer paying contributions: taken as drawing "
                          "a pension.")
                           .arg(statutory->statutoryRetirement.toString()));
        }
    }
    if (result.verdict != Verdict::CannotProceed) {
        result.add(Verdict::Ready,
                   tr("Verified %1 on %2; the next verification is due by %3 (once every 12 months, 人社厅发〔2018〕107号).")
                       .arg(methodText, request.today.toString(Qt::ISODate), due.toString(Qt::ISODate)));
    }
    result.details = details;
    return result;
}

} // namespace tongban::prereview
