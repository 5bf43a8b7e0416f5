#include "retirementprereview.h"

#include "pension/casefromrecords.h"
#include "retirement/retirementrule.h"

#include <QJsonArray>

namespace tongban::prereview {

namespace {

/// @p first then @p second as one text: a Chinese sentence runs on without a space (its full
/// stop closes it), an English one takes a space.
QString followedBy(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    const bool cjk = first.back().unicode() >= 0x2E80; // CJK punctuation and ideographs
    if (cjk)
        return first + second;
    return first + u' ' + second;
}

QString ageText(YearsMonths age)
{
    return age.months == 0 ? RetirementPreReview::tr("%1 years").arg(age.years)
                           : RetirementPreReview::tr("%1 years %2 months").arg(age.years).arg(age.months);
}

} // namespace

Result<PreReviewResult> RetirementPreReview::review(const PreReviewRequest &request) const
{
    if (!request.parameters)
        return Error::missingFigure(QStringLiteral("parameters"), tr("the policy parameters are not loaded"));
    const policy::ParameterSet &parameters = *request.parameters;
    PreReviewResult result;
    result.engine = id();

    if (!request.subject) {
        result.add(Verdict::NeedsAttention,
                   tr("The person is not in this window's records: the retirement month, the contribution "
                      "period and the pension could not be checked here. Check them in the agency's system."));
        return result;
    }
    const insured::InsuredPerson &person = *request.subject;
    if (!person.birthDate.isValid()) {
        result.add(Verdict::NeedsAttention, tr("The stored person has no birth date: the retirement month could not be checked."));
        return result;
    }
    const auto statutory = retirement::RetirementRule::statutory(YearMonth::fromDate(person.birthDate), person.retirementGroup, parameters);
    if (!statutory) {
        result.add(Verdict::NeedsAttention, tr("The retirement month could not be computed: %1").arg(statutory.error().message));
        return result;
    }
    const retirement::StatutoryRetirement &s = *statutory;

    const std::optional<YearMonth> asked = request.monthField(QStringLiteral("retirement_month"));
    const YearMonth requested = asked.value_or(s.statutoryRetirement);
    const int minimum = s.minimumContributionMonths;
    const int deemed = person.deemedMonths;
    const int actual = request.history ? request.history->actualMonthsBetween(YearMonth(1, 1), requested.addMonths(-1)) : 0;
    const int counted = actual + deemed;

    QJsonObject details {
        {QStringLiteral("group"), insured::retirementGroupKey(s.group)},
        {QStringLiteral("original_age_months"), s.originalAge.totalMonths()},
        {QStringLiteral("delay_months"), s.delayMonths},
        {QStringLiteral("statutory_age_months"), s.statutoryAge.totalMonths()},
        {QStringLiteral("statutory_month"), s.statutoryRetirement.toString()},
        {QStringLiteral("earliest_flexible_month"), s.earliestFlexibleRetirement.toString()},
        {QStringLiteral("latest_flexible_month"), s.latestFlexibleRetirement.toString()},
        {QStringLiteral("requested_month"), requested.toString()},
        {QStringLiteral("requested_given"), asked.has_value()},
        {QStringLiteral("minimum_contribution_months"), minimum},
        {QStringLiteral("actual_months"), actual},
        {QStringLiteral("deemed_months"), deemed},
        {QStringLiteral("contribution_months"), counted},
        {QStringLiteral("records_until"),
         request.history && !request.history->records().isEmpty() ? request.history->records().constLast().month.toString() : QString()},
    };

    result.add(Verdict::Ready,
               tr("Statutory retirement: %1 at the age of %2 (original age %3, %4 months later under the 2025 "
                  "reform); flexible retirement possible from %5 to %6 (人社部发〔2024〕94号).")
                   .arg(s.statutoryRetirement.toString(), ageText(s.statutoryAge), ageText(s.originalAge))
                   .arg(s.delayMonths)
                   .arg(s.earliestFlexibleRetirement.toString(), s.latestFlexibleRetirement.toString()));
    if (!asked)
        result.add(Verdict::NeedsAttention,
                   tr("No retirement month was entered: the statutory month %1 is assumed.").arg(s.statutoryRetirement.toString()));

    if (requested < s.earliestFlexibleRetirement) {
        result.add(Verdict::CannotProceed,
                   tr("The requested month %1 is before the earliest flexible retirement %2: retirement may come at most %3 months "
                      "before the statutory month and never below the original age of %4 (人社部发〔2024〕94号).")
                       .arg(requested.toString(), s.earliestFlexibleRetirement.toString())
                       .arg(parameters.maxEarlyRetirementMonths())
                       .arg(ageText(s.originalAge)));
        result.details = details;
        return result;
    }
    if (requested > s.latestFlexibleRetirement) {
        result.add(Verdict::CannotProceed,
                   tr("The requested month %1 is after the latest flexible retirement %2: retirement may be "
                      "put off at most %3 months past the statutory month (人社部发〔2024〕94号).")
                       .arg(requested.toString(), s.latestFlexibleRetirement.toString())
                       .arg(parameters.maxLateRetirementMonths()));
        result.details = details;
        return result;
    }

    const int early = requested.monthsTo(s.statutoryRetirement);
    const int missing = std::max(0, minimum - counted);
    details.insert(QStringLiteral("minimum_met"), missing == 0);
    details.insert(QStringLiteral("missing_months"), missing);
    details.insert(QStringLiteral("early_months"), std::max(0, early));
    details.insert(QStringLiteral("late_months"), std::max(0, -early));
    const int stillToPay = std::max(0, request.currentMonth().monthsTo(requested));
    details.insert(QStringLiteral("months_until_requested"), stillToPay);

    const QString period = tr("Contribution period by %1: %2 months recorded and %3 months deemed, %4 in all; the minimum for "
                              "retiring in %5 is %6 months.")
                               .arg(requested.toString())
                               .arg(actual)
                               .arg(deemed)
                               .arg(counted)
                               .arg(s.statutoryRetirement.year())
                               .arg(minimum);
    if (early > 0) {
        if (missing > 0) {
            result.add(Verdict::CannotProceed,
                       followedBy(period,
                                  tr("Flexible early retirement (%1 months early) needs the minimum contribution period "
                                     "already met; %2 months are missing (人社部发〔2024〕94号).")
                                      .arg(early)
                                      .arg(missing)));
            result.details = details;
            return result;
        }
        result.add(Verdict::Ready,
                   followedBy(period,
                              tr("Flexible early retirement, %1 months before the statutory month: the minimum is met; the "
                                 "person tells the employer in writing at least 3 months before (人社部发〔2024〕94号).")
                                  .arg(early)));
    } else {
        if (missing > 0) {
            QString text = followedBy(period,
                                      tr("%n month(s) missing: the person may keep paying after the statutory age, or pay the "
                                         "missing months in one sum, until the minimum is reached (人社部令第13号 第二条).",
                                         nullptr, missing));
            if (stillToPay >= missing)
                text = followedBy(text,
                                  tr("Paying every month from now until %1 would be enough (%2 months to go).")
                                      .arg(requested.toString())
                                      .arg(stillToPay));
            result.add(Verdict::NeedsAttention, text);
        } else {
            result.add(Verdict::Ready, followedBy(period, tr("The minimum is met.")));
        }
        if (early < 0)
            result.add(Verdict::Ready,
                       tr("Flexible late retirement, %1 months after the statutory month: it needs the employer's "
                          "agreement in writing at least one month before (人社部发〔2024〕94号).")
                           .arg(-early));
    }

    // The estimate: the records as they stand, unpublished figures assumed (each one listed).
    pension::CaseOrigin origin;
    origin.today = request.currentMonth();
    origin.retirement = requested;
    origin.assumeUnpublished = true;
    const auto estimate = pension::CaseFromRecords::calculate(person, request.records(), request.parameters, origin);
    if (!estimate) {
        result.add(Verdict::NeedsAttention, tr("No pension estimate from the records: %1").arg(estimate.error().message));
    } else {
        const pension::PensionResult &p = estimate->result;
        QJsonArray assumptions;
        for (const QString &a : estimate->built.assumptions)
            assumptions.append(a);
        details.insert(QStringLiteral("estimate"),
                       QJsonObject {{QStringLiteral("total"), p.total.toJsonDouble()},
                                    {QStringLiteral("basic_pension"), p.basicPension.toJsonDouble()},
                                    {QStringLiteral("individual_account_pension"), p.individualAccountPension.toJsonDouble()},
                                    {QStringLiteral("transitional_pension"), p.transitionalPension.toJsonDouble()},
                                    {QStringLiteral("supplements"), p.supplements.toJsonDouble()},
                                    {QStringLiteral("calculation_base"), p.calculationBase.toJsonDouble()},
                                    {QStringLiteral("provisional_base"), p.provisional},
                                    {QStringLiteral("region"), p.regionName},
                                    {QStringLiteral("regional_rules"), p.regionalRules},
                                    {QStringLiteral("account_as_of"), origin.today.toString()},
                                    {QStringLiteral("assumptions"), assumptions}});
        QString text
            = tr("Estimated monthly pension from the records: %1 yuan (basic pension %2, individual account %3, "
                 "transitional %4), on the calculation base of %5 yuan (%6 rules, 国发〔2005〕38号). An estimate only: "
                 "the account as of %7 without the months still to be paid; the pension is set when the application "
                 "is approved.")
                  .arg(p.total.toDisplayString(), p.basicPension.toDisplayString(), p.individualAccountPension.toDisplayString(),
                       p.transitionalPension.toDisplayString(), p.calculationBase.toDisplayString(), p.regionName, origin.today.toString());
        if (p.provisional || !estimate->built.assumptions.isEmpty())
            text = followedBy(
                text,
                tr("Figures not yet published were taken as the latest published ones (%n assumption(s)).", nullptr,
                   int(estimate->built.assumptions.size()) + (p.provisional && estimate->built.assumptions.isEmpty() ? 1 : 0)));
        result.add(Verdict::Ready, text);
    }
    result.details = details;
    return result;
}

} // namespace tongban::prereview
