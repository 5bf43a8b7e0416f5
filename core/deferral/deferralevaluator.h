#pragma once

#include "deferralrules.h"
#include "payer.h"

#include "common/error.h"
#include "common/yearmonth.h"
#include "employer/industrycatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::deferral {

/// The answer for one insurance.
struct InsuranceOutcome
{
    QString insurance; ///< "pension", "unemployment", "work-injury"
    bool eligible = false;
    std::optional<YearMonth> from; ///< first deferrable premium month (when eligible)
    std::optional<YearMonth> to; ///< last deferrable premium month (when eligible)
    QString share; ///< "employer" or "all" (when eligible)
    QDate payBackBy; ///< deadline to pay the deferred premiums back
    bool lateFeeWaived = false; ///< true when eligible and the data waives late fees
    QString rule; ///< id of the rule that grants it (when eligible)
    QString ruleLabel; ///< that rule's name in the language of the screen ("五个特困行业的参保单位")
    QString confidence; ///< of the window that grants it
    /// Plain words, translated: what holds for this insurance alone (its premium months, a
    /// rule that covers only it); what holds for every insurance is in DeferralOutcome, once.
    /// May be empty.
    QStringList reasons;
    QStringList sources; ///< document numbers and titles (for staff: the data's wording)
    QStringList citations; ///< the same documents as a visitor's paper names them; those without a citation left out
};

/// The whole answer: eligible when at least one insurance is. Read as: the headline (the
/// decisive reason), the reasons shared by every insurance, then each insurance's own — no
/// sentence twice.
struct DeferralOutcome
{
    bool eligible = false;
    QDate asOf;
    QString edition; ///< of the rules data
    ValidPayer payer; ///< the payer as validated
    QString industryLabel; ///< "62 餐饮业"; empty when none given
    /// The decisive reason in one sentence, translated: the rule that grants the deferral, the
    /// application period that ended ("申请期已于2022-12-31结束…") or had not begun, no rule
    /// for the payer's kind, or the one condition every rule failed on.
    QString headline;
    /// The reasons that hold for every insurance (the conditions met or failed, rule by rule
    /// once, the pay-back date), in order, each once.
    QStringList reasons;
    QList<InsuranceOutcome> insurances;

    /// Everything said about @p insurance in reading order: headline, shared reasons, its own.
    QStringList reasonsFor(const InsuranceOutcome &insurance) const { return QStringList {headline} + reasons + insurance.reasons; }
};

/// Answers "may this payer defer its premiums?" from DeferralRules: per insurance, eligible or
/// not, which premium months, whose share, pay back by when, with every condition met or failed
/// in plain words and the documents. The rules are data: no industry code or date is here.
///
/// Per insurance the rules for the payer's kind are tried; among those whose conditions hold
/// and whose application period contains @p asOf, the one with the latest last month wins
/// (ties: the earliest first month). Ineligible answers give every failed condition, once per
/// condition with the rules that failed on it. The decisive reason leads (DeferralOutcome::
/// headline): the granting rules; or, when every rule was outside its application period, that
/// period; or the payer's kind no rule covers; or the one condition every rule failed on.
class DeferralEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(tongban::deferral::DeferralEvaluator)

public:
    DeferralEvaluator(DeferralRules rules, employer::IndustryCatalog catalog);

    /// Validates @p payer (PayerValidation::check; errors BadInput with the payer field) and
    /// evaluates it on @p asOf (the application date; its month is the application month).
    /// Error (BadInput, "as_of") for an invalid date.
    Result<DeferralOutcome> evaluate(const Payer &payer, const QDate &asOf) const;

    const DeferralRules &rules() const { return m_rules; }
    const employer::IndustryCatalog &catalog() const { return m_catalog; }

private:
    DeferralRules m_rules;
    employer::IndustryCatalog m_catalog;
};

} // namespace tongban::deferral
