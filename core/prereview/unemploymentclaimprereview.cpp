#include "unemploymentclaimprereview.h"

#include "retirement/retirementrule.h"
#include "unemployment/claimevaluator.h"
#include "unemployment/paidmonths.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tongban::prereview {

UnemploymentClaimPreReview::UnemploymentClaimPreReview(std::shared_ptr<const unemployment::UnemploymentRules> rules, QString loadError)
    : m_rules(std::move(rules))
    , m_loadError(std::move(loadError))
{ }

Result<PreReviewResult> UnemploymentClaimPreReview::review(const PreReviewRequest &request) const
{
    if (!m_rules)
        return Error::missingFigure(QStringLiteral("unemployment_rules"), m_loadError);
    PreReviewResult result;
    result.engine = id();
    if (!request.subject) {
        result.add(Verdict::NeedsAttention,
                   tr("The person is not in this window's records: the months paid and earlier claims could "
                      "not be checked. Check the claim in the agency's system."));
        return result;
    }
    const insured::InsuredPerson &person = *request.subject;
    const QList<unemployment::StoredClaim> claims = request.claims.value_or(QList<unemployment::StoredClaim> {});

    unemployment::ClaimInput input;
    input.region = person.region;
    input.claimDate = request.dateField(QStringLiteral("claim_date"));
    if (!input.claimDate.isValid())
        input.claimDate = request.today;
    const YearMonth claimMonth = YearMonth::fromDate(input.claimDate);
    const YearMonth lastClaim = claims.isEmpty() ? YearMonth() : claims.first().firstMonth;
    input.monthsPaid = unemployment::PaidMonths::employeeMonthsSince(request.records(), lastClaim, claimMonth);
    if (!claims.isEmpty() && claims.first().stopped && claims.first().stop && claims.first().stop->monthsLeftCarried)
        input.carriedMonths = std::min(claims.first().stop->monthsLeft, m_rules->maximumMonths());
    input.jobLossReason = request.field(QStringLiteral("job_loss_reason")).toString();
    input.registered = request.field(QStringLiteral("unemployment_registered")).toBool(false);
    if (request.parameters && person.birthDate.isValid()) {
        if (const auto s
            = retirement::RetirementRule::statutory(YearMonth::fromDate(person.birthDate), person.retirementGroup, *request.parameters))
            input.statutoryRetirement = s->statutoryRetirement;
    }

    QJsonObject details {{QStringLiteral("region"), input.region},
                         {QStringLiteral("claim_date"), input.claimDate.toString(Qt::ISODate)},
                         {QStringLiteral("months_paid"), input.monthsPaid},
                         {QStringLiteral("months_paid_since"), lastClaim.isValid() ? lastClaim.toString() : QString()},
                         {QStringLiteral("carried_months"), input.carriedMonths},
                         {QStringLiteral("job_loss_reason"), input.jobLossReason},
                         {QStringLiteral("registered"), input.registered}};

    for (const unemployment::StoredClaim &c : claims) {
        if (!c.stopped && c.lastMonth() >= claimMonth) {
            details.insert(QStringLiteral("open_claim"), c.id);
            result.add(Verdict::CannotProceed,
                       tr("An open claim from %1 still pays until %2: stop it first (a new claim cannot overlap it).")
                           .arg(c.claimDate.toString(Qt::ISODate), c.lastMonth().toString()));
            result.details = details;
            return result;
        }
    }
    if (input.jobLossReason.isEmpty()) {
        result.add(Verdict::NeedsAttention, tr("The reason the job ended was not entered: eligibility could not be decided."));
        result.details = details;
        return result;
    }

    const unemployment::ClaimEvaluator evaluator(m_rules);
    const auto assessed = evaluator.evaluate(input);
    if (!assessed) {
        result.add(Verdict::NeedsAttention, tr("The claim could not be assessed: %1").arg(assessed.error().message));
        result.details = details;
        return result;
    }
    const unemployment::ClaimAssessment &a = *assessed;
    QJsonArray conditions;
    for (const unemployment::ConditionCheck &c : a.conditions) {
        conditions.append(
            QJsonObject {{QStringLiteral("key"), c.key}, {QStringLiteral("met"), c.met}, {QStringLiteral("reason"), c.reason}});
        result.add(c.met ? Verdict::Ready : Verdict::CannotProceed, tr("%1: %2").arg(c.label, c.reason));
    }
    details.insert(QStringLiteral("conditions"), conditions);
    details.insert(QStringLiteral("eligible"), a.eligible);
    details.insert(QStringLiteral("band_months"), a.bandMonths);
    details.insert(QStringLiteral("entitlement_months"), a.entitlementMonths);
    result.add(Verdict::NeedsAttention,
               tr("The months paid (%1) are read from the employee months of the pension records; confirm them "
                  "against the unemployment insurance record.")
                   .arg(a.input.monthsPaid));
    if (a.eligible) {
        details.insert(QStringLiteral("first_month"), a.firstMonth.toString());
        details.insert(QStringLiteral("last_month"), a.lastMonth.toString());
        result.add(Verdict::Ready, a.durationReason);
        if (a.monthlyAmount) {
            details.insert(QStringLiteral("monthly_amount"), a.monthlyAmount->toPlainString());
            if (a.total)
                details.insert(QStringLiteral("total"), a.total->toPlainString());
            details.insert(QStringLiteral("amount_confidence"), a.amountConfidence);
            result.add(Verdict::Ready,
                       tr("Benefit from %1 to %2, %3 yuan a month (%4).")
                           .arg(a.firstMonth.toString(), a.lastMonth.toString(), a.monthlyAmount->toDisplayString(),
                                a.amountBasis.isEmpty() ? a.amountSource : a.amountBasis));
        } else {
            details.insert(QStringLiteral("amount_missing"), a.amountMissingReason);
            result.add(Verdict::NeedsAttention, a.amountMissingReason);
        }
    }
    result.details = details;
    return result;
}

} // namespace tongban::prereview
