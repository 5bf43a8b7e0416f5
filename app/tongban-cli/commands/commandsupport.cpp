#include "commands.h"

namespace tongban::cli {

QJsonObject errorObject(const QString &field, const QString &message)
{
    return QJsonObject {{QStringLiteral("error"), QJsonObject {{QStringLiteral("field"), field}, {QStringLiteral("message"), message}}}};
}

} // namespace tongban::cli
