#include "demotemporaryfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace tongban::demo {

DemoTemporaryFile::DemoTemporaryFile(const QString &target)
{
    const QFileInfo info(target);
    // The name only is random: the content of the file does not depend on it.
    do {
        m_path = info.absoluteDir().filePath(
            QStringLiteral(".%1.%2.partial").arg(info.fileName()).arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0')));
    } while (QFileInfo::exists(m_path));
}

void DemoTemporaryFile::remove() const
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(m_path + suffix);
}

Status DemoTemporaryFile::moveTo(const QString &target) const
{
    QFile file(m_path);
    if (file.rename(target))
        return Done {};
    const QString reason = file.errorString();
    remove();
    return Error::storage(tr("cannot move the new database to %1: %2").arg(target, reason));
}

} // namespace tongban::demo
