#include "deferralprereview.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tongban::prereview {

namespace {

QString insuranceLabel(const QString &insurance)
{
    if (insurance == QLatin1String("pension"))
        return DeferralPreReview::tr("Pension insurance");
    if (insurance == QLatin1String("unemployment"))
        return DeferralPreReview::tr("Unemployment insurance");
    if (insurance == QLatin1String("work-injury"))
        return DeferralPreReview::tr("Work-injury insurance");
    return insurance;
}

} // namespace

DeferralPreReview::DeferralPreReview(std::optional<deferral::DeferralEvaluator> evaluator, QString loadError)
    : m_evaluator(std::move(evaluator))
    , m_loadError(std::move(loadError))
{ }

Result<PreReviewResult> DeferralPreReview::review(const PreReviewRequest &request) const
{
    if (!m_evaluator)
        return Error::missingFigure(QStringLiteral("deferral_rules"), m_loadError);
    PreReviewResult result;
    result.engine = id();
    const QString uscc = request.field(QStringLiteral("uscc"), QStringLiteral("uscc")).toString().trimmed().toUpper();
    QJsonObject details {{QStringLiteral("uscc"), uscc}, {QStringLiteral("as_of"), request.today.toString(Qt::ISODate)}};
    if (!request.employer) {
        result.add(Verdict::NeedsAttention,
                   uscc.isEmpty() ? tr("No unified social credit code was entered: the employer could not be checked.")
                                  : tr("The employer %1 is not in this window's records: its kind, industry and size are "
                                       "unknown, so the deferral rules could not be applied. Check it in the agency's system.")
                                        .arg(uscc));
        result.details = details;
        return result;
    }
    const insured::Employer &employer = *request.employer;
    const bool hardHit = request.field(QStringLiteral("hard_hit_area")).toBool(false);
    const bool difficulty = request.field(QStringLiteral("temporary_difficulty")).toBool(false);
    const deferral::Payer payer = deferral::Payer::fromEmployer(employer, hardHit, difficulty);
    details.insert(QStringLiteral("employer"), employer.name);
    details.insert(QStringLiteral("kind"), employer.kind);
    details.insert(QStringLiteral("industry"), employer.industryCode);
    details.insert(QStringLiteral("size"), employer.sizeClass);
    details.insert(QStringLiteral("hard_hit_area"), hardHit);
    details.insert(QStringLiteral("temporary_difficulty"), difficulty);

    const auto outcome = m_evaluator->evaluate(payer, request.today);
    if (!outcome) {
        result.add(Verdict::NeedsAttention,
                   tr("The stored data of %1 does not pass the check (%2: %3); correct the employer's record first.")
                       .arg(employer.name, outcome.error().field, outcome.error().message));
        result.details = details;
        return result;
    }
    const deferral::DeferralOutcome &o = *outcome;
    details.insert(QStringLiteral("eligible"), o.eligible);
    details.insert(QStringLiteral("edition"), o.edition);
    details.insert(QStringLiteral("industry_label"), o.industryLabel);
    QJsonArray insurances;
    for (const deferral::InsuranceOutcome &i : o.insurances) {
        QJsonObject entry {{QStringLiteral("insurance"), i.insurance}, {QStringLiteral("eligible"), i.eligible}};
        if (i.eligible) {
            entry.insert(QStringLiteral("from"), i.from ? i.from->toString() : QString());
            entry.insert(QStringLiteral("to"), i.to ? i.to->toString() : QString());
            entry.insert(QStringLiteral("share"), i.share);
            entry.insert(QStringLiteral("pay_back_by"), i.payBackBy.toString(Qt::ISODate));
            entry.insert(QStringLiteral("rule"), i.rule);
        }
        insurances.append(entry);
    }
    details.insert(QStringLiteral("insurances"), insurances);

    result.add(o.eligible ? Verdict::Ready : Verdict::CannotProceed, tr("%1 (%2): %3").arg(employer.name, o.industryLabel, o.headline));
    // The decisive reason is the headline; the conditions rule by rule stay in the evaluator's
    // answer (the deferral screen), and the receipt gets what was granted, insurance by insurance.
    for (const deferral::InsuranceOutcome &i : o.insurances) {
        if (!i.eligible || !i.from || !i.to)
            continue;
        result.add(Verdict::Ready,
                   tr("%1: premium months %2 to %3 may be deferred (%4 share), to be paid back by %5%6.")
                       .arg(insuranceLabel(i.insurance), i.from->toString(), i.to->toString(),
                            i.share == QLatin1String("all") ? tr("every") : tr("the employer's"), i.payBackBy.toString(Qt::ISODate),
                            i.lateFeeWaived ? tr(", without late fees") : QString()));
    }
    result.details = details;
    return result;
}

} // namespace tongban::prereview
