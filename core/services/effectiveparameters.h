#pragma once

#include "common/error.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tongban::services {

/// The policy parameters a program computes with over one local file: the shipped ones with the
/// parameter editions the file received from the central store laid over them (issue 13, "down —
/// parameter editions"; policy::ParameterEditions::loadBuiltInWith). Read once at start, so that every
/// calculation of a run uses the same figures; editions received during a run apply from the next.
class EffectiveParameters
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::EffectiveParameters)

public:
    /// The parameters for the local file at @p databasePath (which may not exist yet). When its
    /// editions cannot be read or do not load with this program's data, the shipped parameters
    /// alone, and @p warning (when given) says why in plain words; else @p warning is cleared.
    /// Error: only when the shipped data itself does not load (a build defect).
    static Result<std::shared_ptr<const policy::ParameterSet>> load(const QString &databasePath, QString *warning = nullptr);
};

} // namespace tongban::services
