#include "commands.h"
#include "pensioncasejson.h"

#include "pension/pensioncalculator.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace tongban::cli {

namespace {

class PensionCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::PensionCommand)

public:
    static CommandOutput run(const QStringList &arguments)
    {
        if (arguments.size() != 2 || arguments.at(0) != u"--case")
            return {2, errorObject(QStringLiteral("--case"), tr("usage: tongban-cli pension --case FILE (- for standard input)"))};
        QFile file;
        const QString path = arguments.at(1);
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return {2, errorObject(QStringLiteral("--case"), tr("cannot read %1: %2").arg(path, file.errorString()))};
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return {2, errorObject(QStringLiteral("--case"), tr("the case is not a JSON object: %1 at offset %2")
                                                                 .arg(parseError.errorString())
                                                                 .arg(parseError.offset))};
        const auto pensionCase = PensionCaseJson::parse(doc.object());
        if (!pensionCase)
            return {2, errorObject(pensionCase.error().field, pensionCase.error().message)};
        const auto parameters = policy::ParameterSet::loadBuiltIn();
        if (!parameters)
            return {1, errorObject(parameters.error().field, parameters.error().message)};
        const auto result = pension::PensionCalculator(*parameters).calculate(*pensionCase);
        if (!result)
            return {2, errorObject(result.error().field, result.error().message)};
        return {0, PensionCaseJson::toJson(*result)};
    }
};

} // namespace

CommandOutput runPension(const QStringList &arguments)
{
    return PensionCommand::run(arguments);
}

} // namespace tongban::cli
