#pragma once

#include "common/error.h"
#include "intakecase.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tongban::intake {

/// Reads and writes the intake case JSON (contract: ../shared/contracts/cli.md, section intake).
/// It checks the shape only (which keys, which JSON types); what the values must be is
/// IntakeValidator's work against the catalog.
class IntakeCaseCodec
{
    Q_DECLARE_TR_FUNCTIONS(tongban::intake::IntakeCaseCodec)

public:
    /// The case in @p json. Errors (BadInput, field = the JSON path): a missing "applicant" or
    /// "matters" (an array, at least one matter), an unknown key, a value of the wrong JSON type
    /// ("applicant.name", "matters[1].fields", "matters[0].documents[2]"…).
    static Result<IntakeCase> fromJson(const QJsonObject &json);
    /// @p intake as JSON; fromJson(toJson(c)) gives c back. Empty optional parts are left out.
    static QJsonObject toJson(const IntakeCase &intake);
};

} // namespace tongban::intake
