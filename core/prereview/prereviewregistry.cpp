#include "prereviewregistry.h"

#include "backpaymentprereview.h"
#include "deferralprereview.h"
#include "eligibilityverificationprereview.h"
#include "retirementprereview.h"
#include "serviceyearsprereview.h"
#include "unemploymentclaimprereview.h"
#include "unemploymentstopprereview.h"

#include "deferral/deferralrules.h"
#include "employer/industrycatalog.h"
#include "unemployment/unemploymentrules.h"

namespace tongban::prereview {

PreReviewRegistry::PreReviewRegistry(std::vector<std::unique_ptr<PreReviewEngine>> engines)
{
    for (auto &engine : engines)
        if (engine && !find(engine->id()))
            m_engines.push_back(std::move(engine));
}

const PreReviewRegistry &PreReviewRegistry::builtIn()
{
    static const PreReviewRegistry registry = [] {
        std::shared_ptr<const unemployment::UnemploymentRules> unemploymentRules;
        QString unemploymentError;
        if (auto loaded = unemployment::UnemploymentRules::loadBuiltIn())
            unemploymentRules = *loaded;
        else
            unemploymentError = loaded.error().message;

        std::optional<deferral::DeferralEvaluator> evaluator;
        QString deferralError;
        auto rules = deferral::DeferralRules::loadBuiltIn();
        auto catalog = employer::IndustryCatalog::loadBuiltIn();
        if (rules && catalog)
            evaluator.emplace(std::move(rules).value(), std::move(catalog).value());
        else
            deferralError = !rules ? rules.error().message : catalog.error().message;

        std::vector<std::unique_ptr<PreReviewEngine>> engines;
        engines.push_back(std::make_unique<RetirementPreReview>());
        engines.push_back(std::make_unique<BackPaymentPreReview>());
        engines.push_back(std::make_unique<ServiceYearsPreReview>());
        engines.push_back(std::make_unique<UnemploymentClaimPreReview>(unemploymentRules, unemploymentError));
        engines.push_back(std::make_unique<UnemploymentStopPreReview>(unemploymentRules, unemploymentError));
        engines.push_back(std::make_unique<DeferralPreReview>(std::move(evaluator), deferralError));
        engines.push_back(std::make_unique<EligibilityVerificationPreReview>());
        return PreReviewRegistry(std::move(engines));
    }();
    return registry;
}

QStringList PreReviewRegistry::ids() const
{
    QStringList list;
    for (const auto &engine : m_engines)
        list.append(engine->id());
    return list;
}

const PreReviewEngine *PreReviewRegistry::find(const QString &id) const
{
    for (const auto &engine : m_engines)
        if (engine->id() == id)
            return engine.get();
    return nullptr;
}

} // namespace tongban::prereview
