#include "deferralevaluator.h"

#include "deferraltext.h"

#include <algorithm>

namespace tongban::deferral {

namespace {

/// A rule that granted one insurance: the window it opens and the reasons it holds.
struct Grant
{
    const DeferralRule *rule = nullptr;
    const PremiumWindow *window = nullptr;
    YearMonth from;
    YearMonth to;
    QStringList reasons;
};

/// The conditions of one rule checked for one payer: plain-word reasons met and failed.
class RuleCheck
{
    Q_DECLARE_TR_FUNCTIONS(tongban::deferral::DeferralEvaluator)

public:
    RuleCheck(const DeferralRules &rules, const employer::IndustryCatalog &catalog, const ValidPayer &payer)
        : m_rules(rules)
        , m_catalog(catalog)
        , m_payer(payer)
    { }

    /// Fills @p met and @p failed with the payer conditions of @p rule (industry group, size,
    /// hard-hit area, temporary difficulty), in that order.
    void conditions(const DeferralRule &rule, QStringList &met, QStringList &failed) const
    {
        if (!rule.industryGroup.isEmpty())
            industry(*m_rules.group(rule.industryGroup), met, failed);
        if (!rule.sizes.isEmpty()) {
            QStringList allowed;
            for (const QString &s : rule.sizes)
                allowed << DeferralText::size(s);
            const QString list = allowed.join(u'/');
            if (m_payer.payer.size.isEmpty())
                failed << tr("size not given: %1 required").arg(list);
            else if (rule.sizes.contains(m_payer.payer.size))
                met << tr("size %1 is %2").arg(DeferralText::size(m_payer.payer.size), list);
            else
                failed << tr("size %1 is not %2").arg(DeferralText::size(m_payer.payer.size), list);
        }
        if (rule.hardHitArea) {
            if (m_payer.payer.hardHitArea == *rule.hardHitArea)
                met << (*rule.hardHitArea ? tr("in a hard-hit area") : tr("not in a hard-hit area"));
            else
                failed << (*rule.hardHitArea ? tr("not in a hard-hit area") : tr("in a hard-hit area"));
        }
        if (rule.temporaryDifficulty) {
            if (m_payer.payer.temporaryDifficulty == *rule.temporaryDifficulty)
                met << (*rule.temporaryDifficulty ? tr("temporary operating difficulty attested")
                                                  : tr("no temporary operating difficulty attested"));
            else
                failed << (*rule.temporaryDifficulty ? tr("no temporary operating difficulty attested")
                                                     : tr("temporary operating difficulty attested"));
        }
    }

    /// Whether @p asOf lies in the rule's application period; the reason why not otherwise.
    QString periodFailure(const DeferralRule &rule, const QDate &asOf) const
    {
        const QString isoDate = asOf.toString(Qt::ISODate);
        if (asOf < rule.applicationFrom)
            return tr("the policy was not yet in force on %1: applications from %2 (%3)")
                .arg(isoDate, rule.applicationFrom.toString(Qt::ISODate), number(rule.source));
        if (asOf > rule.applicationTo)
            return tr("the deferral period is over: applications closed on %1; deferred premiums are to be paid back by %2 (%3)")
                .arg(rule.applicationTo.toString(Qt::ISODate), m_rules.payBackBy().toString(Qt::ISODate), number(m_rules.payBackSource()));
        return {};
    }

    QString number(const QString &sourceKey) const { return m_rules.source(sourceKey).number; }

private:
    void industry(const IndustryGroup &group, QStringList &met, QStringList &failed) const
    {
        const QString groupLabel = DeferralText::pick(group.label, group.labelZh);
        const QString document = number(group.source);
        const employer::IndustryCode &code = m_payer.industry;
        if (!code.isValid()) {
            failed << tr("no industry given: %1 covers %2 (%3)").arg(groupLabel, group.codes.join(QStringLiteral(", ")), document);
            return;
        }
        const QString label = m_catalog.label(code);
        if (group.codes.contains(code.majorGroup) || (!code.classCode.isEmpty() && group.codes.contains(code.classCode))) {
            met << tr("industry %1 is one of %2 (%3)").arg(label, groupLabel, document);
            return;
        }
        // A group may list a class of a major group (旅游 = 7291 of 72 商务服务业): say so.
        QStringList classes;
        for (const QString &c : group.codes)
            if (c.size() == 4 && c.startsWith(code.majorGroup))
                classes << c + u' ' + m_catalog.name(c);
        if (!classes.isEmpty() && code.classCode.isEmpty())
            failed << tr("industry %1 is not one of %2 (%3); of major group %4 only %5 is: give the 4-digit class")
                          .arg(label, groupLabel, document, code.majorGroup, classes.join(QStringLiteral(", ")));
        else
            failed << tr("industry %1 is not one of %2 (%3)").arg(label, groupLabel, document);
    }

    const DeferralRules &m_rules;
    const employer::IndustryCatalog &m_catalog;
    const ValidPayer &m_payer;
};

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

/// What one rule that covers an insurance failed on: its conditions (and the premium window),
/// and its application period.
struct RuleFailure
{
    QString ruleLabel;
    QStringList failed;
    QString period; ///< empty when the application date lies in the rule's period
};

/// @p failures as lines, each failure once with the rules that failed on it ("rule A; rule B:
/// no temporary operating difficulty attested"), in the order they first come; the periods
/// only when @p withPeriod (else the headline says it).
QStringList failureLines(const QList<RuleFailure> &failures, bool withPeriod)
{
    QList<std::pair<QString, QStringList>> groups; // failure → rules
    const auto add = [&groups](const QString &failure, const QString &rule) {
        auto it = std::find_if(groups.begin(), groups.end(), [&failure](const auto &g) { return g.first == failure; });
        if (it == groups.end())
            groups.append({failure, {rule}});
        else
            appendUnique(it->second, rule);
    };
    for (const RuleFailure &f : failures) {
        for (const QString &failed : f.failed)
            add(failed, f.ruleLabel);
        if (withPeriod && !f.period.isEmpty())
            add(f.period, f.ruleLabel);
    }
    QStringList lines;
    for (const auto &[failure, rules] : std::as_const(groups))
        lines << DeferralEvaluator::tr("%1: %2").arg(rules.join(DeferralEvaluator::tr("; ", "between the names of rules")), failure);
    return lines;
}

/// Moves a reason that more than one insurance gives to the outcome, once — as it is when every
/// insurance gives it, after the names of those that do otherwise ("unemployment insurance /
/// work-injury insurance: premium months …") — and drops a reason that repeats the headline:
/// what is left under an insurance is its own.
void shareCommonReasons(DeferralOutcome &outcome)
{
    QStringList shared;
    for (const InsuranceOutcome &answer : std::as_const(outcome.insurances)) {
        for (const QString &reason : answer.reasons) {
            if (reason == outcome.headline || shared.contains(reason))
                continue;
            QStringList holders;
            for (const InsuranceOutcome &other : std::as_const(outcome.insurances)) {
                if (other.reasons.contains(reason))
                    holders << DeferralText::insurance(other.insurance);
            }
            if (holders.size() < 2)
                continue;
            shared << reason;
            outcome.reasons << (holders.size() == outcome.insurances.size()
                                    ? reason
                                    : DeferralEvaluator::tr("%1: %2").arg(holders.join(DeferralEvaluator::tr(" / ", "between insurances")),
                                                                          reason));
        }
    }
    for (InsuranceOutcome &answer : outcome.insurances)
        answer.reasons.removeIf([&](const QString &r) { return r == outcome.headline || shared.contains(r); });
}

} // namespace

DeferralEvaluator::DeferralEvaluator(DeferralRules rules, employer::IndustryCatalog catalog)
    : m_rules(std::move(rules))
    , m_catalog(std::move(catalog))
{ }

Result<DeferralOutcome> DeferralEvaluator::evaluate(const Payer &payer, const QDate &asOf) const
{
    if (!asOf.isValid())
        return Error::badInput(QStringLiteral("as_of"), tr("the date of the application is required: YYYY-MM-DD"));
    const auto valid = PayerValidation::check(payer, m_catalog);
    if (!valid)
        return valid.error();

    DeferralOutcome outcome;
    outcome.asOf = asOf;
    outcome.edition = m_rules.edition();
    outcome.payer = *valid;
    outcome.industryLabel = m_catalog.label(valid->industry);

    const RuleCheck check(m_rules, m_catalog, *valid);
    const YearMonth applicationMonth = YearMonth::fromDate(asOf);
    QList<const DeferralRule *> applicable;
    for (const DeferralRule &rule : m_rules.rules())
        if (rule.payerKinds.contains(payer.kind))
            applicable << &rule;

    // What decides the answer when nothing is granted: every rule outside its application
    // period (closed, or not yet open) makes the period the headline.
    bool anyCovered = false;
    bool allOutsidePeriod = true;
    bool anyClosed = false;
    bool anyNotOpen = false;
    QDate latestClose;
    const DeferralRule *earliestOpen = nullptr;
    QStringList grants; // "rule (document)" of the rules that grant an insurance
    QList<QList<RuleFailure>> failuresByInsurance;

    for (const QString &insurance : m_rules.insurances()) {
        InsuranceOutcome answer;
        answer.insurance = insurance;
        answer.payBackBy = m_rules.payBackBy();
        std::optional<Grant> best;
        QList<RuleFailure> failures;
        QStringList consideredSources;
        QStringList consideredCitations;
        bool covered = false;
        for (const DeferralRule *rule : applicable) {
            const auto window = std::find_if(rule->windows.cbegin(), rule->windows.cend(),
                                             [&insurance](const PremiumWindow &w) { return w.insurance == insurance; });
            if (window == rule->windows.cend())
                continue;
            covered = true;
            anyCovered = true;
            appendUnique(consideredSources, m_rules.source(rule->source).document);
            if (const QString citation = m_rules.source(rule->source).citation; !citation.isEmpty())
                appendUnique(consideredCitations, citation);
            const QString ruleLabel = DeferralText::pick(rule->label, rule->labelZh);
            QStringList met;
            QStringList failed;
            check.conditions(*rule, met, failed);
            const QString period = check.periodFailure(*rule, asOf);

            // The application month opens "from the application month" windows (人社部发〔2022〕31号).
            const YearMonth from = window->fromApplication ? applicationMonth : *window->from;
            YearMonth to = window->to.value_or(from.addMonths(window->maxMonths - 1));
            if (window->to && window->maxMonths > 0)
                to = std::min(to, from.addMonths(window->maxMonths - 1));
            if (period.isEmpty() && from > to)
                failed << tr("no premium month left to defer: the window ended %1").arg(to.toString());

            if (!period.isEmpty() || !failed.isEmpty()) {
                failures << RuleFailure {ruleLabel, failed, period};
                if (period.isEmpty()) {
                    allOutsidePeriod = false;
                } else if (asOf > rule->applicationTo) {
                    anyClosed = true;
                    latestClose = std::max(latestClose, rule->applicationTo);
                } else {
                    anyNotOpen = true;
                    if (!earliestOpen || rule->applicationFrom < earliestOpen->applicationFrom)
                        earliestOpen = rule;
                }
                continue;
            }
            allOutsidePeriod = false;
            const bool better = !best || to > best->to || (to == best->to && from < best->from);
            if (!better)
                continue;
            Grant grant {rule, &*window, from, to, {}};
            for (const QString &m : met)
                grant.reasons << tr("%1: %2").arg(ruleLabel, m);
            if (met.isEmpty())
                grant.reasons << tr("%1 (%2)").arg(ruleLabel, check.number(rule->source));
            best = grant;
        }

        if (best) {
            answer.eligible = true;
            answer.from = best->from;
            answer.to = best->to;
            answer.share = best->rule->share;
            answer.lateFeeWaived = m_rules.lateFeeWaived();
            answer.rule = best->rule->id;
            answer.ruleLabel = DeferralText::pick(best->rule->label, best->rule->labelZh);
            answer.confidence = best->window->confidence;
            appendUnique(grants, tr("%1 (%2)").arg(answer.ruleLabel, check.number(best->rule->source)));
            answer.reasons = best->reasons;
            answer.reasons << tr("application on %1 is within the application period %2 to %3")
                                  .arg(asOf.toString(Qt::ISODate), best->rule->applicationFrom.toString(Qt::ISODate),
                                       best->rule->applicationTo.toString(Qt::ISODate));
            if (best->window->fromApplication)
                answer.reasons << tr("premium months from the application month %1 to %2 may be deferred (%3)")
                                      .arg(best->from.toString(), best->to.toString(), check.number(best->window->source));
            else
                answer.reasons << tr("premium months %1 to %2 may be deferred; a shorter span may be chosen (%3)")
                                      .arg(best->from.toString(), best->to.toString(), check.number(best->window->source));
            appendUnique(answer.reasons, DeferralText::pick(best->rule->shareNote, best->rule->shareNoteZh));
            answer.reasons << tr("deferred premiums are to be paid back by %1 (%2)")
                                  .arg(m_rules.payBackBy().toString(Qt::ISODate), check.number(m_rules.payBackSource()));
            if (m_rules.lateFeeWaived())
                answer.reasons
                    << tr("no late-payment surcharge during deferral and pay-back (%1)").arg(check.number(m_rules.lateFeeSource()));
            for (const QString &key : {best->rule->source, best->window->source, m_rules.payBackSource(), m_rules.lateFeeSource()}) {
                const DeferralSource source = m_rules.source(key);
                appendUnique(answer.sources, source.document);
                if (!source.citation.isEmpty())
                    appendUnique(answer.citations, source.citation);
            }
            outcome.eligible = true;
        } else {
            if (!covered)
                answer.reasons << tr("no rule of the %1 covers %2 premiums of a %3")
                                      .arg(DeferralText::pick(m_rules.title(), m_rules.titleZh()), DeferralText::insurance(insurance),
                                           DeferralText::kind(payer.kind));
            answer.sources = consideredSources;
            answer.citations = consideredCitations;
        }
        failuresByInsurance << failures;
        outcome.insurances << answer;
    }

    // --- the decisive reason first, then what every insurance shares, then each one's own
    const bool periodDecides = !outcome.eligible && anyCovered && allOutsidePeriod && anyClosed != anyNotOpen;
    for (qsizetype i = 0; i < outcome.insurances.size(); ++i) {
        if (!outcome.insurances.at(i).eligible)
            outcome.insurances[i].reasons << failureLines(failuresByInsurance.at(i), !periodDecides);
    }
    const QString title = DeferralText::pick(m_rules.title(), m_rules.titleZh());
    if (outcome.eligible)
        outcome.headline = tr("Premiums may be deferred under %1.").arg(grants.join(QStringLiteral("; ")));
    else if (periodDecides && anyClosed)
        outcome.headline
            = tr("The application period ended on %1: no premium may be deferred any more; premiums deferred earlier "
                 "are to be paid back by %2 (%3).")
                  .arg(latestClose.toString(Qt::ISODate), m_rules.payBackBy().toString(Qt::ISODate), check.number(m_rules.payBackSource()));
    else if (periodDecides)
        outcome.headline
            = tr("The application period had not begun on %1: the policy was not yet in force; applications from %2 "
                 "(%3).")
                  .arg(asOf.toString(Qt::ISODate), earliestOpen->applicationFrom.toString(Qt::ISODate), check.number(earliestOpen->source));
    else if (!anyCovered)
        outcome.headline = tr("No rule of the %1 covers a %2: no premium may be deferred.").arg(title, DeferralText::kind(payer.kind));
    else
        outcome.headline
            = tr("No premium may be deferred: no rule of the %1 applies to this payer on %2.").arg(title, asOf.toString(Qt::ISODate));
    shareCommonReasons(outcome);
    // One condition that every rule failed on is the decisive reason itself.
    if (!outcome.eligible && !periodDecides && anyCovered && outcome.reasons.size() == 1
        && std::all_of(outcome.insurances.cbegin(), outcome.insurances.cend(),
                       [](const InsuranceOutcome &answer) { return answer.reasons.isEmpty(); })) {
        outcome.headline = tr("No premium may be deferred: %1.").arg(outcome.reasons.takeFirst());
    }
    return outcome;
}

} // namespace tongban::deferral
