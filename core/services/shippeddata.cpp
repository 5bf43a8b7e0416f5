#include "shippeddata.h"

#include "deferral/deferralrules.h"
#include "employer/industrycatalog.h"
#include "intake/mattercatalog.h"
#include "policy/parameterset.h"
#include "services/registryprereviewrunner.h"
#include "unemployment/unemploymentrules.h"

namespace tongban::services {

void ShippedData::preloadParameters()
{
    (void)policy::ParameterSet::loadBuiltIn();
}

void ShippedData::preloadCatalogs()
{
    // In the order the window builds its pages: the counter's unemployment tab first.
    (void)unemployment::UnemploymentRules::loadBuiltIn();
    (void)intake::MatterCatalog::builtIn(RegistryPreReviewRunner::builtIn()->ids());
    (void)intake::MatterCatalog::builtIn(PreReviewRunner::designEngineIds());
    (void)employer::IndustryCatalog::loadBuiltIn();
    (void)deferral::DeferralRules::loadBuiltIn();
}

} // namespace tongban::services
