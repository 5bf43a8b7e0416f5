#include "demoids.h"

#include <QUuid>

namespace tongban::demo {

QString DemoIds::person(const QString &citizenId)
{
    return fromName(QStringLiteral("person:") + citizenId);
}

QString DemoIds::employer(const QString &uscc)
{
    return fromName(QStringLiteral("employer:") + uscc);
}

QString DemoIds::fromName(const QString &name)
{
    static const QUuid demoNamespace(0x6f1d7a52, 0x3c2b, 0x4e8f, 0x9a, 0x41, 0x5d, 0x2e, 0x7b, 0x90, 0xc3, 0x18);
    return QUuid::createUuidV5(demoNamespace, name).toString(QUuid::WithoutBraces);
}

} // namespace tongban::demo
