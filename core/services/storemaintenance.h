#pragma once

#include "appcontext.h"

#include "storage/storeservice.h"

#include <QFuture>
#include <QObject>

namespace tongban::services {

using storage::BackupInfo;
using storage::IntegrityReport;

/// The local store's health as the screens and the supervisor see it: opening the file (checked
/// first), how many persons it holds, the backups, a restore, a full check, and the news that the
/// file was found damaged. The screens reach the store only through services like this one.
class StoreMaintenance : public QObject
{
    Q_OBJECT

public:
    /// What reopening the store after a restore found, and the persons it holds.
    struct Opened
    {
        storage::OpenReport report;
        qint64 persons = 0;
    };

    explicit StoreMaintenance(const AppContext &context, QObject *parent = nullptr);

    /// Opens (creates, checks, migrates) the store. Errors: those of storage::StoreService::open
    /// (a damaged file says what to do). The count of persons is countPersons(): on a county's
    /// file it takes as long as the opening, and the window is usable without it.
    QFuture<Result<storage::OpenReport>> open() const;
    /// The insured persons the open store holds, on a reader. Errors: Storage (the store is not
    /// open, is damaged, or the count failed).
    QFuture<Result<qint64>> countPersons() const;
    /// Starts the store's scheduled backups and full checks (StoreService::startMaintenance).
    void startSchedule() const;
    QFuture<Result<QList<BackupInfo>>> backups() const;
    QFuture<Result<BackupInfo>> backUp() const;
    QFuture<Result<IntegrityReport>> checkIntegrity() const;
    /// Replaces the file with the backup @p path (StoreService::restore; the replaced file is kept).
    QFuture<Result<Opened>> restore(const QString &path) const;

    /// True when the file is damaged and refused; problem() says what to do.
    bool isDamaged() const;
    QString problem() const;
    /// The file's path, for the status bar.
    QString path() const;

signals:
    /// The file was found damaged (at opening, by a scheduled check, or during work).
    void damaged(const QString &message);
    /// A restore finished and the store is ready again.
    void restored();

private:
    QFuture<Result<Opened>> withCount(QFuture<Result<storage::OpenReport>> opened) const;

    const AppContext &m_context;
};

} // namespace tongban::services
