#include "matterstatus.h"

#include <QStringList>

namespace tongban::workflow {

QList<MatterStatus> MatterStatusText::all()
{
    return {MatterStatus::Received, MatterStatus::PreReviewed, MatterStatus::Forwarded, MatterStatus::Done, MatterStatus::Returned};
}

QString MatterStatusText::key(MatterStatus status)
{
    switch (status) {
    case MatterStatus::Received:
        return QStringLiteral("received");
    case MatterStatus::PreReviewed:
        return QStringLiteral("pre-reviewed");
    case MatterStatus::Forwarded:
        return QStringLiteral("forwarded");
    case MatterStatus::Done:
        return QStringLiteral("done");
    case MatterStatus::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

std::optional<MatterStatus> MatterStatusText::fromKey(const QString &key)
{
    for (const MatterStatus s : all())
        if (MatterStatusText::key(s) == key)
            return s;
    return std::nullopt;
}

QString MatterStatusText::allKeys()
{
    QStringList keys;
    for (const MatterStatus s : all())
        keys << key(s);
    return keys.join(QStringLiteral(", "));
}

QString MatterStatusText::label(MatterStatus status)
{
    switch (status) {
    case MatterStatus::Received:
        return tr("received");
    case MatterStatus::PreReviewed:
        return tr("pre-reviewed");
    case MatterStatus::Forwarded:
        return tr("forwarded");
    case MatterStatus::Done:
        return tr("done");
    case MatterStatus::Returned:
        return tr("returned");
    }
    return {};
}

} // namespace tongban::workflow
