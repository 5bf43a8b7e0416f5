#pragma once

// What many tests need the same way.

#include "policy/parameterset.h"

#include <QtGlobal>

#include <memory>

namespace tongban::test {

/// The parameters shipped in the program (":/parameters"). Shipped data that does not load is a
/// build defect: the test stops with the loader's field and message.
inline std::shared_ptr<const policy::ParameterSet> shippedParameters()
{
    auto parameters = policy::ParameterSet::loadBuiltIn();
    if (!parameters)
        qFatal("the shipped parameters do not load: %s: %s", qPrintable(parameters.error().field), qPrintable(parameters.error().message));
    return *parameters;
}

} // namespace tongban::test
