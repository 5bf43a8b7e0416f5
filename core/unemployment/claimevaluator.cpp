#include "claimevaluator.h"

#include <algorithm>

namespace tongban::unemployment {

namespace {

bool isRegionCode(const QString &code)
{
    return code.size() == 6 && code.front() != u'0'
        && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

ClaimEvaluator::ClaimEvaluator(std::shared_ptr<const UnemploymentRules> rules)
    : m_rules(std::move(rules))
{ }

QString ClaimEvaluator::sourceText(const policy::Provenance &p) const
{
    QString text = p.document.isEmpty() ? p.sourceKey : p.document;
    // The note and the conflict in the language of the screen (note_zh / conflict_zh on Chinese ones).
    if (const QString note = p.localizedNote(); !note.isEmpty())
        text += QStringLiteral(" — ") + note;
    if (const QString conflict = p.localizedConflict(); !conflict.isEmpty())
        text += QStringLiteral(" — ") + conflict;
    if (!p.confidence.isEmpty())
        text += QStringLiteral(" [%1]").arg(p.confidence);
    return text;
}

QString ClaimEvaluator::joinedBases(std::initializer_list<policy::Provenance> provenances)
{
    QStringList bases;
    for (const policy::Provenance &p : provenances) {
        if (const QString basis = p.visitorBasis(); !basis.isEmpty() && !bases.contains(basis))
            bases << basis;
    }
    return bases.join(QStringLiteral("；"));
}

void ClaimEvaluator::amountFromStandard(const ClaimInput &claim, int months, ClaimAssessment &a) const
{
    const UnemploymentRules &rules = *m_rules;
    const auto standard = rules.standardFor(claim.region, claim.claimDate);
    if (!standard) {
        const QList<BenefitStandard> others = rules.standardsOf(claim.region);
        if (others.isEmpty()) {
            a.amountMissingReason = tr("no unemployment benefit standard for region %1 in the data: enter the region's monthly standard "
                                       "with a note")
                                        .arg(claim.region);
        } else {
            QStringList spans;
            for (const BenefitStandard &s : others)
                spans << tr("%1 (%2 to %3)")
                             .arg(s.name, s.from.isValid() ? s.from.toString(Qt::ISODate) : tr("no start"),
                                  s.to.isValid() ? s.to.toString(Qt::ISODate) : tr("open"));
            a.amountMissingReason = tr("no unemployment benefit standard for region %1 on %2 in the data (it has: %3): enter the "
                                       "monthly standard with a note")
                                        .arg(claim.region, claim.claimDate.toString(Qt::ISODate), spans.join(QStringLiteral("; ")));
        }
        return;
    }
    if (standard->ruleOnly()) {
        a.amountMissingReason = tr("the standard of region %1 is known in the data only as a rule: %2 — enter the monthly standard "
                                   "with a note")
                                    .arg(claim.region, standard->provenance.localizedNote());
        return;
    }
    std::optional<MinimumWage> wage;
    if (standard->usesMinimumWage()) {
        wage = standard->minimumWageTier.isEmpty()
            ? rules.minimumWageFor(claim.region, claim.claimDate)
            : rules.minimumWageOfTier(claim.region.left(2) + QStringLiteral("0000"), standard->minimumWageTier, claim.claimDate);
        if (!wage) {
            // The share of this claim's first month (Liaoning: 85 % or 90 % by the years paid).
            auto first = standard->stepFor(claim.monthsPaid, 1);
            if (!first || !first->share)
                first = *std::find_if(standard->steps.cbegin(), standard->steps.cend(),
                                      [](const StandardStep &s) { return s.share.has_value(); });
            const QString percent = (*first->share * Rational(100)).toShortString(2);
            a.amountMissingReason = standard->minimumWageTier.isEmpty()
                ? tr("the standard of region %1 (%2) is %3 % of the local minimum wage, which is not in the data for region %1 on %4: "
                     "enter the monthly standard with a note")
                      .arg(claim.region, standard->name, percent, claim.claimDate.toString(Qt::ISODate))
                : tr("the standard of region %1 (%2) is %3 % of the minimum wage of tier %4, which is not in the data on %5: enter the "
                     "monthly standard with a note")
                      .arg(claim.region, standard->name, percent, standard->minimumWageTier, claim.claimDate.toString(Qt::ISODate));
            return;
        }
    }
    const RoundingMode mode = RoundingMode::HalfUp;
    QList<AmountPeriod> periods;
    for (int m = 1; m <= months; ++m) {
        const auto step = standard->stepFor(claim.monthsPaid, m);
        if (!step) {
            a.amountMissingReason = tr("the standard of region %1 (%2) has no amount for benefit month %3 with %4 months paid: enter the "
                                       "monthly standard with a note")
                                        .arg(claim.region, standard->name)
                                        .arg(m)
                                        .arg(claim.monthsPaid);
            return;
        }
        Money amount;
        QString basis;
        if (step->monthly) {
            amount = *step->monthly;
        } else {
            const Rational exact = *step->share * wage->monthly.yuan();
            // The data names the rounding: to the fen, or to the whole yuan (both half-up). Without
            // one, only a share that comes to whole yuan is an amount (every rounding agrees on it).
            if (standard->rounding.isEmpty() && exact.rounded(0, mode) != exact) {
                a.amountMissingReason = tr("%1 % of the minimum wage %2 is %3, and how region %4 (%5) rounds it is not in the data: "
                                           "enter the monthly standard with a note")
                                            .arg((*step->share * Rational(100)).toShortString(2), wage->monthly.toDisplayString(),
                                                 exact.toShortString(4), claim.region, standard->name);
                return;
            }
            amount = standard->rounding == u"yuan" ? Money::fromYuan(exact.rounded(0, mode), mode) : Money::fromYuan(exact, mode);
            const QString percent = (*step->share * Rational(100)).toShortString(2);
            basis = wage->placeName.isEmpty()
                ? tr("%1 % × minimum wage %2 (%3, from %4) = %5")
                      .arg(percent, wage->monthly.toDisplayString(), wage->tier, wage->from.toString(Qt::ISODate), amount.toDisplayString())
                : tr("%1 % × minimum wage %2 (%3, %4, from %5) = %6")
                      .arg(percent, wage->monthly.toDisplayString(), wage->placeName, wage->tier, wage->from.toString(Qt::ISODate),
                           amount.toDisplayString());
        }
        if (!periods.isEmpty() && periods.last().monthly == amount && periods.last().basis == basis)
            periods.last().lastBenefitMonth = m;
        else
            periods << AmountPeriod {m, m, amount, basis};
    }
    a.amountPeriods = periods;
    a.monthlyAmount = periods.first().monthly;
    a.amountSource = tr("standard of %1 (%2): %3").arg(standard->name, standard->code, sourceText(standard->provenance));
    a.amountBasis = joinedBases({standard->provenance});
    a.amountConfidence = standard->provenance.confidence;
    if (wage) {
        if (const QString wageBasis = wage->provenance.visitorBasis(); !wageBasis.isEmpty() && !a.amountBasis.contains(wageBasis))
            a.amountBasis = a.amountBasis.isEmpty() ? wageBasis : a.amountBasis + QStringLiteral("；") + wageBasis;
        a.amountSource += QStringLiteral("; ") + tr("minimum wage: %1").arg(sourceText(wage->provenance));
        // The weaker of the two figures is the amount's confidence.
        const QStringList order {QStringLiteral("LOW"), QStringLiteral("MEDIUM"), QStringLiteral("HIGH")};
        if (order.indexOf(wage->provenance.confidence) < order.indexOf(a.amountConfidence))
            a.amountConfidence = wage->provenance.confidence;
    }
    if (a.amountConfidence == u"LOW")
        a.notes << tr("the monthly standard of %1 comes from a single secondary source (confidence LOW): check it against the "
                      "current local notice, and enter it with a note if it differs")
                       .arg(standard->name);
}

Result<ClaimAssessment> ClaimEvaluator::evaluate(const ClaimInput &claim) const
{
    const UnemploymentRules &rules = *m_rules;
    if (!isRegionCode(claim.region))
        return Error::badInput(QStringLiteral("region"), tr("the region must be a six-digit GB/T 2260 code, e.g. 430100"));
    if (!claim.claimDate.isValid())
        return Error::badInput(QStringLiteral("claim_date"), tr("the claim date must be a date YYYY-MM-DD"));
    if (claim.monthsPaid < 0 || claim.monthsPaid > 1200)
        return Error::badInput(QStringLiteral("months_paid"), tr("the months paid must be a whole number from 0 to 1200"));
    if (claim.carriedMonths < 0 || claim.carriedMonths > rules.maximumMonths())
        return Error::badInput(QStringLiteral("carried_months"),
                               tr("the carried-over months must be a whole number from 0 to %1").arg(rules.maximumMonths()));
    const auto reason = rules.jobLossReason(claim.jobLossReason);
    if (!reason) {
        QStringList keys;
        for (const JobLossReason &r : rules.jobLossReasons())
            keys << r.key;
        return Error::badInput(QStringLiteral("job_loss_reason"),
                               tr("unknown job-loss reason \"%1\"; allowed: %2").arg(claim.jobLossReason, keys.join(QStringLiteral(", "))));
    }
    if (claim.enteredStandard && *claim.enteredStandard <= Money())
        return Error::badInput(QStringLiteral("monthly_standard"), tr("an entered monthly standard must be above 0 CNY"));
    if (claim.enteredStandard && claim.enteredStandardNote.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("standard_note"),
                               tr("an entered monthly standard needs a note saying where the figure comes from"));

    ClaimAssessment a;
    a.input = claim;

    // 失业保险条例 Art. 14(1), 社会保险法 Art. 45(1): at least one year paid.
    const YearsMonths paid = YearsMonths::fromMonths(claim.monthsPaid);
    const QString paidText = tr("%1 months (%2 years %3 months)").arg(claim.monthsPaid).arg(paid.years).arg(paid.months);
    ConditionCheck paidCheck;
    paidCheck.key = QStringLiteral("paid-one-year");
    paidCheck.label = tr("Paid at least one year");
    paidCheck.met = claim.monthsPaid >= rules.minimumPaidMonths();
    paidCheck.reason = paidCheck.met
        ? tr("%1 paid since the last claim: at least %2 months are needed").arg(paidText).arg(rules.minimumPaidMonths())
        : tr("only %1 paid since the last claim: at least %2 months (one year) are needed").arg(paidText).arg(rules.minimumPaidMonths());
    paidCheck.source = sourceText(rules.minimumPaidProvenance());
    paidCheck.basis = rules.minimumPaidProvenance().visitorBasis();
    a.conditions << paidCheck;

    // 条例 Art. 14(2), 社会保险法 Art. 45(2): not by the worker's own choice.
    ConditionCheck involuntary;
    involuntary.key = QStringLiteral("involuntary-job-loss");
    involuntary.label = tr("Job lost not by own choice");
    involuntary.met = reason->involuntary;
    involuntary.reason = reason->involuntary
        ? tr("the job ended by: %1 — not by the worker's own choice").arg(reason->label)
        : tr("the job ended by: %1 — by the worker's own choice, which does not qualify").arg(reason->label);
    involuntary.source = sourceText(rules.involuntaryProvenance()) + QStringLiteral("; ") + sourceText(reason->provenance);
    involuntary.basis = joinedBases({rules.involuntaryProvenance(), reason->provenance});
    a.conditions << involuntary;

    // 条例 Art. 14(3), 社会保险法 Art. 45(3): registered and seeking work.
    ConditionCheck registered;
    registered.key = QStringLiteral("registered-seeking-work");
    registered.label = tr("Registered as unemployed and seeking work");
    registered.met = claim.registered;
    registered.reason = claim.registered ? tr("registered as unemployed and seeking work")
                                         : tr("not registered as unemployed and seeking work: the unemployment registration comes first");
    registered.source = sourceText(rules.registrationProvenance());
    registered.basis = rules.registrationProvenance().visitorBasis();
    a.conditions << registered;

    // 条例 Art. 15(4), 社会保险法 Art. 51(4): the benefit ends where the basic pension begins.
    if (claim.statutoryRetirement) {
        ConditionCheck age;
        age.key = QStringLiteral("below-retirement-age");
        age.label = tr("Below the statutory retirement age");
        age.met = YearMonth::fromDate(claim.claimDate) < *claim.statutoryRetirement;
        age.reason = age.met ? tr("the statutory retirement month is %1, after the claim").arg(claim.statutoryRetirement->toString())
                             : tr("the statutory retirement month %1 has been reached: the basic pension, not unemployment benefit, "
                                  "applies from then on")
                                   .arg(claim.statutoryRetirement->toString());
        // The ground of the stop that reaching the pension is (条例 Art. 15(4), 社会保险法 Art. 51(4)).
        if (const auto pension = rules.stopGround(QStringLiteral("basic-pension"))) {
            age.source = sourceText(pension->provenance);
            age.basis = pension->provenance.visitorBasis();
        }
        a.conditions << age;
    }

    a.eligible = std::all_of(a.conditions.cbegin(), a.conditions.cend(), [](const ConditionCheck &c) { return c.met; });

    // 条例 Art. 17, 社会保险法 Art. 46: band of the years paid plus the months carried over, cap 24.
    a.bandMonths = rules.bandMonths(claim.monthsPaid);
    a.carriedMonths = claim.carriedMonths;
    const int sum = a.bandMonths + a.carriedMonths;
    a.capped = sum > rules.maximumMonths();
    a.durationSource = sourceText(rules.bandsProvenance()) + QStringLiteral("; ") + sourceText(rules.maximumProvenance());
    for (const policy::Provenance &p : {rules.bandsProvenance(), rules.maximumProvenance()}) {
        if (const QString basis = p.visitorBasis(); !basis.isEmpty() && !a.durationBases.contains(basis))
            a.durationBases << basis;
    }
    if (a.eligible) {
        a.entitlementMonths = std::min(sum, rules.maximumMonths());
        QString text = tr("%1 paid: at most %2 months").arg(paidText).arg(a.bandMonths);
        if (a.carriedMonths > 0)
            text += tr("; plus %1 months not drawn from the earlier claim = %2").arg(a.carriedMonths).arg(sum);
        if (a.capped)
            text += tr("; capped at %1 months").arg(rules.maximumMonths());
        a.durationReason = text;
        // 社会保险法 Art. 50: counted from the registration; paid by month from the claim month.
        a.firstMonth = YearMonth::fromDate(claim.claimDate);
        a.lastMonth = a.firstMonth.addMonths(a.entitlementMonths - 1);
    } else {
        QStringList failed;
        for (const ConditionCheck &c : std::as_const(a.conditions)) {
            if (!c.met)
                failed << c.label;
        }
        a.durationReason = tr("no entitlement: not met — %1").arg(failed.join(QStringLiteral("; ")));
        if (claim.carriedMonths > 0)
            a.durationReason += tr("; the %1 months carried over stay kept for a later claim").arg(claim.carriedMonths);
    }

    // 条例 Art. 18: the region's standard, or the clerk's figure; never a guess.
    const int months = a.eligible ? a.entitlementMonths : 1;
    if (claim.enteredStandard) {
        a.monthlyAmount = claim.enteredStandard;
        a.amountPeriods << AmountPeriod {1, months, *claim.enteredStandard, QString()};
        a.amountSource = tr("entered by the clerk: %1").arg(claim.enteredStandardNote.trimmed());
        a.amountConfidence = QStringLiteral("ENTERED");
    } else {
        amountFromStandard(claim, months, a);
    }
    if (!a.amountPeriods.isEmpty() && a.eligible) {
        Money total;
        for (const AmountPeriod &p : std::as_const(a.amountPeriods))
            total += Money::fromFen(p.monthly.fen() * (p.lastBenefitMonth - p.firstBenefitMonth + 1));
        a.total = total;
    }
    return a;
}

Result<StopOutcome> ClaimEvaluator::stop(const ClaimPeriod &period, QDate stopDate, const QString &ground) const
{
    const UnemploymentRules &rules = *m_rules;
    const auto g = rules.stopGround(ground);
    if (!g) {
        QStringList keys;
        for (const StopGround &s : rules.stopGrounds())
            keys << s.key;
        return Error::badInput(QStringLiteral("ground"),
                               tr("unknown stop ground \"%1\"; allowed: %2").arg(ground, keys.join(QStringLiteral(", "))));
    }
    if (period.monthsEntitled <= 0 || !period.firstMonth.isValid() || !period.claimDate.isValid())
        return Error::badInput(QStringLiteral("period"), tr("the claim has no benefit period to stop"));
    if (!stopDate.isValid())
        return Error::badInput(QStringLiteral("date"), tr("the stop date must be a date YYYY-MM-DD"));
    if (stopDate < period.claimDate)
        return Error::badInput(
            QStringLiteral("date"),
            tr("the stop date %1 is before the claim date %2").arg(stopDate.toString(Qt::ISODate), period.claimDate.toString(Qt::ISODate)));

    StopOutcome out;
    out.stopDate = stopDate;
    out.ground = g->key;
    out.groundLabel = g->label;
    const policy::SourcedSetting setting = rules.stopPayment();
    const YearMonth groundMonth = YearMonth::fromDate(stopDate);
    // Local rules [U10]: payment stops from the month after the ground arises ("next-month").
    out.firstUnpaidMonth = setting.value == u"same-month" ? groundMonth : groundMonth.addMonths(1);
    if (out.firstUnpaidMonth < period.firstMonth)
        out.firstUnpaidMonth = period.firstMonth;
    out.monthsReceived = std::clamp(period.firstMonth.monthsTo(out.firstUnpaidMonth), 0, period.monthsEntitled);
    out.monthsLeft = period.monthsEntitled - out.monthsReceived;
    out.monthsLeftCarried = g->monthsLeftCarried && out.monthsLeft > 0;

    out.reasons << tr("payment stops on the ground: %1").arg(g->label);
    const YearMonth lastMonth = period.firstMonth.addMonths(period.monthsEntitled - 1);
    if (out.firstUnpaidMonth > lastMonth)
        out.reasons << tr("the ground arose on %1, after the last month paid (%2): the benefit period had already ended")
                           .arg(stopDate.toString(Qt::ISODate), lastMonth.toString());
    else
        out.reasons << (setting.value == u"same-month" ? tr("the ground arose on %1: payment stops from that month, %2")
                                                             .arg(stopDate.toString(Qt::ISODate), out.firstUnpaidMonth.toString())
                                                       : tr("the ground arose on %1: payment stops from the following month, %2")
                                                             .arg(stopDate.toString(Qt::ISODate), out.firstUnpaidMonth.toString()));
    out.reasons << tr("%1 of %2 months received; %3 months left").arg(out.monthsReceived).arg(period.monthsEntitled).arg(out.monthsLeft);
    if (out.monthsLeft > 0) {
        out.reasons << (out.monthsLeftCarried
                            ? tr("the %1 months left are kept and added to a later entitlement, at most %2 months together")
                                  .arg(out.monthsLeft)
                                  .arg(rules.maximumMonths())
                            : tr("the %1 months left are not kept: %2").arg(out.monthsLeft).arg(g->provenance.localizedNote()));
    }
    out.sources << sourceText(g->provenance) << sourceText(setting.provenance);
    for (const policy::Provenance &p : {g->provenance, setting.provenance}) {
        if (const QString basis = p.visitorBasis(); !basis.isEmpty() && !out.bases.contains(basis))
            out.bases << basis;
    }
    return out;
}

int ClaimEvaluator::carriedFromStop(int monthsLeft, bool kept) const
{
    return kept ? std::clamp(monthsLeft, 0, m_rules->maximumMonths()) : 0;
}

} // namespace tongban::unemployment
