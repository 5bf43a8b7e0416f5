#include "parameterpublisher.h"

#include "policy/parametereditions.h"
#include "sync/parametereditionstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tongban::services {

Result<PublishedParameterEdition> ParameterPublisher::publish(central::SyncServer &server, const QString &file, const QByteArray &content)
{
    const QJsonValue edition = QJsonDocument::fromJson(content).object().value(u"edition");
    if (!edition.isString() || edition.toString().isEmpty())
        return Error::badInput(
            QStringLiteral("edition"),
            tr("%1 declares no edition: a published file names its edition date (\"edition\": \"YYYY-MM-DD\")").arg(file));
    const policy::ParameterFileEdition candidate {file, edition.toString(), content};
    if (const Status checked = policy::ParameterEditions::check(candidate); !checked)
        return checked.error();
    if (const Status published = server.publishParameterEdition(file, candidate.edition, content); !published)
        return published.error();
    return PublishedParameterEdition {file, candidate.edition, sync::ParameterEditionStore::digestOf(content)};
}

} // namespace tongban::services
