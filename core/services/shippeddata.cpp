#include "shippeddata.h"

#include "deferral/deferralrules.h"
#include "employer/industrycatalog.h"
#include "intake/mattercatalog.h"
#include "policy/parameterset.h"
#include "services/registryprereviewrunner.h"
#include "unemployment/unemploymentrules.h"

namespace tongban::services {

void ShippedData::preload()
{
    (void)policy::ParameterSet::loadBuiltIn(); // first: the program needs it first
    (void)intake::MatterCatalog::builtIn(RegistryPreReviewRunner::builtIn()->ids());
    (void)intake::MatterCatalog::builtIn(PreReviewRunner::designEngineIds());
    (void)employer::IndustryCatalog::loadBuiltIn();
    (void)deferral::DeferralRules::loadBuiltIn();
    (void)unemployment::UnemploymentRules::loadBuiltIn();
}

} // namespace tongban::services
