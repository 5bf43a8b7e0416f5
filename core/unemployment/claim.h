#pragma once

#include "common/money.h"
#include "common/yearmonth.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::unemployment {

/// A claim for unemployment benefit (失业保险金) as the clerk confirms it at the window.
struct ClaimInput
{
    QString region; ///< GB/T 2260 code (six digits) of the region paying the benefit
    QDate claimDate; ///< the day of unemployment registration / the claim
    /// Months paid to unemployment insurance (employer and worker) since the last claim, or
    /// since insurance began when there was none (条例 Art. 17: the time counts afresh after a
    /// claim). The local store holds pension records only: the GUI pre-fills this from the
    /// person's employee months and the clerk confirms it.
    int monthsPaid = 0;
    /// Months not drawn from an earlier claim, carried into this one (条例 Art. 17), 0…24.
    int carriedMonths = 0;
    QString jobLossReason; ///< a key of the data's job_loss_reasons ("contract-expired", "resigned", …)
    bool registered = false; ///< registered as unemployed and seeking work (条例 Art. 14(3))
    /// The region's monthly standard entered by the clerk when the data has none (or to replace
    /// it), with @c enteredStandardNote saying where the figure comes from (required).
    std::optional<Money> enteredStandard;
    QString enteredStandardNote;
    /// The month the person reaches the statutory retirement age, when known
    /// (retirement::RetirementRule): unemployment benefit ends where the basic pension begins
    /// (条例 Art. 15(4), 社会保险法 Art. 51(4)), so a claim from that month on is refused.
    std::optional<YearMonth> statutoryRetirement;
};

/// One condition of the claim, checked.
struct ConditionCheck
{
    QString key; ///< "paid-one-year", "involuntary-job-loss", "registered-seeking-work"
    QString label; ///< the condition in words (translated)
    bool met = false;
    QString reason; ///< why it is met or not, with the figures (translated)
    QString source; ///< for staff: the data's documents with their notes and confidence
    /// For the visitor: the articles the condition follows, by number and title
    /// ("《失业保险条例》第十四条第（一）项"); empty when the data names none.
    QString basis;
};

/// A run of benefit months paid the same amount (the standard can change from a benefit month
/// on — Shanghai's months 13–24 — or differ by the months paid).
struct AmountPeriod
{
    int firstBenefitMonth = 1; ///< 1-based, within the benefit period
    int lastBenefitMonth = 1;
    Money monthly; ///< CNY per month
    QString basis; ///< how the amount comes about ("90 % × minimum wage 2680 (一类) = 2412"), translated; may be empty
};

/// The answer to a claim: the conditions, the entitlement and the money.
struct ClaimAssessment
{
    ClaimInput input;
    bool eligible = false; ///< every condition met
    QList<ConditionCheck> conditions;

    int bandMonths = 0; ///< months for the years paid (12 / 18 / 24), 0 below one year
    int carriedMonths = 0; ///< the carried-over months as given
    int entitlementMonths = 0; ///< min(bandMonths + carriedMonths, 24); 0 when not eligible
    bool capped = false; ///< the 24-month cap cut the sum
    QString durationReason; ///< how entitlementMonths came about, in words
    QString durationSource;
    QStringList durationBases; ///< the articles of the entitlement, for the visitor (ConditionCheck::basis)
    YearMonth firstMonth; ///< first month paid (the claim month); invalid when not eligible
    YearMonth lastMonth; ///< last month paid; invalid when not eligible

    std::optional<Money> monthlyAmount; ///< CNY per month of the first benefit month; std::nullopt when not in the data
    /// The amounts month by month in runs (one run when the amount never changes); empty without
    /// an amount. Covers the entitlement when eligible, else the first month only.
    QList<AmountPeriod> amountPeriods;
    QString amountSource; ///< where the amount comes from (data source and confidence, or the clerk's note)
    QString amountConfidence; ///< "HIGH"/"MEDIUM"/"LOW", "ENTERED" for a clerk's figure; empty when missing
    QString amountMissingReason; ///< why there is no amount (names the region); empty when there is one
    QString amountBasis; ///< the local standard's document for the visitor; empty for a clerk's figure or none
    std::optional<Money>
        total; ///< the sum over amountPeriods (monthlyAmount × entitlementMonths when one), exact; std::nullopt without an amount or when not eligible
    QStringList notes; ///< caveats worth reading (LOW-confidence figures, the months-paid source)
};

/// A claim's benefit period: what a stop is computed against.
struct ClaimPeriod
{
    QDate claimDate;
    YearMonth firstMonth;
    int monthsEntitled = 0;
};

/// The stop of payment (失业保险待遇停发) of a claim.
struct StopOutcome
{
    QDate stopDate; ///< the day the ground arose (e.g. the first day of the new job)
    QString ground; ///< key of the data's stop_grounds
    QString groundLabel; ///< its wording
    YearMonth firstUnpaidMonth; ///< first month no longer paid
    int monthsReceived = 0; ///< months paid, from the first month to the one before firstUnpaidMonth
    int monthsLeft = 0; ///< months entitled and not drawn
    bool monthsLeftCarried = false; ///< kept for a later claim (条例 Art. 17; cap 24 there)
    QStringList reasons; ///< in words (translated)
    QStringList sources; ///< for staff: the documents of the ground and of the stop month, with notes and confidence
    QStringList bases; ///< for the visitor: the articles of the ground and of the stop month
};

} // namespace tongban::unemployment
