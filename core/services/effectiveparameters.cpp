#include "effectiveparameters.h"

#include "sync/parametereditionstore.h"

namespace tongban::services {

Result<std::shared_ptr<const policy::ParameterSet>> EffectiveParameters::load(const QString &databasePath, QString *warning)
{
    if (warning)
        warning->clear();
    const auto editions = sync::ParameterEditionStore::readFile(databasePath);
    if (editions && !editions->isEmpty()) {
        auto withEditions = policy::ParameterEditions::loadBuiltInWith(*editions);
        if (withEditions)
            return withEditions;
        if (warning)
            *warning = tr("the parameter editions received from the central store do not load with this program's data (%1): "
                          "computing with the figures this program ships")
                           .arg(withEditions.error().message);
    } else if (!editions && warning) {
        *warning = tr("the parameter editions of this file cannot be read (%1): computing with the figures this program ships")
                       .arg(editions.error().message);
    }
    return policy::ParameterSet::loadBuiltIn();
}

} // namespace tongban::services
