#include "clicontext.h"
#include "commands.h"

#include "identity/citizenid.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace tongban::cli {

namespace {

class IdCheckCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::IdCheckCommand)

public:
    /// `id-check NUMBER` (../shared/contracts/cli.md). Prints {"valid", "normalized", "birth",
    /// "sex", "region", "reason"}: "normalized" is the 18-character form, null unless valid;
    /// "birth", "sex" and "region" are filled when that part of the number could be read (a
    /// number with a wrong check character still has them), else null; "reason" is empty when
    /// valid. Exit 0 whether valid or not; exit 2 when the argument is missing or extra ones
    /// are given (field "NUMBER").
    static CommandOutput run(const QStringList &arguments)
    {
        if (arguments.size() != 1)
            return {2,
                    errorObject(QStringLiteral("NUMBER"),
                                tr("usage: tongban-cli id-check NUMBER (one citizen ID number, 18 or 15 characters)"))};
        const identity::CitizenId::Validation v = identity::CitizenId::validate(arguments.first(), CliContext::clock().today());
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        return {0,
                QJsonObject {
                    {QStringLiteral("valid"), v.valid},
                    {QStringLiteral("normalized"), orNull(v.normalized)},
                    {QStringLiteral("birth"), v.birth.isValid() ? QJsonValue(v.birth.toString(Qt::ISODate)) : QJsonValue()},
                    {QStringLiteral("sex"), v.sex ? QJsonValue(identity::CitizenId::sexKey(*v.sex)) : QJsonValue()},
                    {QStringLiteral("region"), orNull(v.region)},
                    {QStringLiteral("reason"), v.reason},
                }};
    }
};

} // namespace

CommandOutput runIdCheck(const QStringList &arguments)
{
    return IdCheckCommand::run(arguments);
}

} // namespace tongban::cli
