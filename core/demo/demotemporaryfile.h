#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace tongban::demo {

/// The file a new demo database is written to before it gets its name: a hidden file with a
/// random name next to the target, so that a failed run leaves nothing under the target's name.
class DemoTemporaryFile
{
    // The messages keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(tongban::demo::DemoGenerator)

public:
    /// A name not taken yet, in the directory of @p target (an absolute or relative path whose
    /// directory exists): ".<file name>.<16 hex digits>.partial". Nothing is created.
    explicit DemoTemporaryFile(const QString &target);

    /// The temporary file's path.
    const QString &path() const { return m_path; }

    /// Removes the temporary file and SQLite's files beside it (-wal, -shm, -journal), those
    /// that exist.
    void remove() const;

    /// Renames the temporary file to @p target (an existing file is not replaced). Error:
    /// Storage with the reason, and the temporary files are removed.
    Status moveTo(const QString &target) const;

private:
    QString m_path;
};

} // namespace tongban::demo
