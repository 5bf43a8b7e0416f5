#pragma once

#include <initializer_list>

#include "claim.h"
#include "common/error.h"
#include "unemploymentrules.h"

#include <QCoreApplication>

#include <memory>

namespace tongban::unemployment {

/// Decides a claim for unemployment benefit and computes the stop of payment, from the rules
/// in the data (UnemploymentRules). Pure: no clock, no database; safe on any thread.
class ClaimEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(tongban::unemployment::ClaimEvaluator)

public:
    explicit ClaimEvaluator(std::shared_ptr<const UnemploymentRules> rules);

    /// The answer to @p claim:
    /// - the three conditions of 失业保险条例 Art. 14 / 社会保险法 Art. 45, each met or failed with
    ///   its reason: at least 12 months paid, a job lost not by the worker's own choice (the
    ///   reason's entry in the data), registered as unemployed and seeking work;
    /// - the entitlement (条例 Art. 17, 社会保险法 Art. 46): the band of the months paid (12 to
    ///   under 60 → 12 months, 60 to under 120 → 18, 120 or more → 24) plus the carried-over
    ///   months, at most 24; first month = the claim month (社会保险法 Art. 50), last month = first
    ///   + entitlement − 1;
    /// - the monthly amount in CNY: the clerk's entered standard if given, else the region's
    ///   standard in the data on the claim date (条例 Art. 18): a fixed amount, or the region's
    ///   share of the claimant's place's minimum wage rounded as the data names it; the amount
    ///   may change from a benefit month on or differ by the months paid (amountPeriods). When
    ///   the data has no standard, only a rule in words, or no minimum wage for the place: no
    ///   amount and amountMissingReason naming the region — never a guess; total = the sum of
    ///   the months, exact.
    /// A claim that fails a condition is an answer (eligible false), not an error.
    /// Errors (BadInput, field = the input's JSON name): "region" not six digits, "claim_date"
    /// invalid, "months_paid" negative or above 1200, "carried_months" outside 0…24,
    /// "job_loss_reason" not in the data's list (the allowed keys listed), "monthly_standard"
    /// zero or negative, "standard_note" empty with an entered standard.
    Result<ClaimAssessment> evaluate(const ClaimInput &claim) const;

    /// The stop of payment of the claim @p period on @p stopDate for @p ground:
    /// - first month not paid: the month after the one of @p stopDate ("next-month", the data's
    ///   stop_payment setting, local rules [U10]) or that month itself ("same-month"), never
    ///   before the first month of the claim;
    /// - months received = from the first month to the month before the first unpaid one,
    ///   at most the entitlement; months left = entitlement − received;
    /// - the months left are kept for a later claim when the ground allows it (条例 Art. 17;
    ///   not after starting a basic pension or death).
    /// Errors (BadInput): "ground" not in the data's list (the allowed keys listed), "date"
    /// invalid or before the claim date, "period" with no months.
    Result<StopOutcome> stop(const ClaimPeriod &period, QDate stopDate, const QString &ground) const;

    /// The carried-over months for a new claim given the months left @p monthsLeft of the last
    /// stopped claim and whether they were kept: min(monthsLeft, 24) or 0.
    int carriedFromStop(int monthsLeft, bool kept) const;

    const UnemploymentRules &rules() const { return *m_rules; }

private:
    QString sourceText(const policy::Provenance &p) const;
    /// The visitor's bases (Provenance::visitorBasis) of @p provenances, each once, joined by "；".
    static QString joinedBases(std::initializer_list<policy::Provenance> provenances);
    /// Fills the amount of @p a (monthlyAmount, amountPeriods over @p months benefit months,
    /// amountSource, amountConfidence, notes) from the region's standard, or
    /// amountMissingReason.
    void amountFromStandard(const ClaimInput &claim, int months, ClaimAssessment &a) const;

    std::shared_ptr<const UnemploymentRules> m_rules;
};

} // namespace tongban::unemployment
