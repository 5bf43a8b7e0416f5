#include "cliinput.h"
#include "commands.h"
#include "pension/pensioncasejson.h"

#include "pension/pensioncalculator.h"
#include "policy/parameterset.h"

#include <QCoreApplication>

namespace tongban::cli {

namespace {

class PensionCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::PensionCommand)

public:
    static CommandOutput run(const QStringList &arguments)
    {
        const auto input = readCaseArgument(arguments, QStringLiteral("pension"));
        if (!input)
            return failure(input.error());
        const auto pensionCase = pension::PensionCaseJson::parse(*input);
        if (!pensionCase)
            return {2, errorObject(pensionCase.error().field, pensionCase.error().message)};
        const auto parameters = policy::ParameterSet::loadBuiltIn();
        if (!parameters)
            return {1, errorObject(parameters.error().field, parameters.error().message)};
        const auto result = pension::PensionCalculator(*parameters).calculate(*pensionCase);
        if (!result)
            return {2, errorObject(result.error().field, result.error().message)};
        return {0, pension::PensionCaseJson::toJson(*result)};
    }
};

} // namespace

CommandOutput runPension(const QStringList &arguments)
{
    return PensionCommand::run(arguments);
}

} // namespace tongban::cli
