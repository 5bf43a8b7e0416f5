#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "storage/storeservice.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace tongban::cli {

namespace {

/// `check`, `backup`, `backups` and `restore`: the local store's upkeep from the command line,
/// through the same storage::StoreService as the GUI (../shared/contracts/cli.md, additions).
class StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::StoreCommand)

public:
    /// `check --db FILE`: the quick check at opening, then the whole file (PRAGMA integrity_check).
    /// Output {"sound": true, "checked_at"}. A damaged file: exit 1, the error says what to do.
    static CommandOutput check(const QStringList &arguments)
    {
        auto store = openStore(arguments, {}, QStringLiteral("check --db FILE"));
        if (!store)
            return failure(store.error());
        if (const auto opened = (*store)->open().result(); !opened)
            return failure(withField(opened.error()));
        const auto report = (*store)->checkIntegrity().result();
        if (!report)
            return failure(withField(report.error()));
        if (!report->ok)
            return failure(withField(Error::storage((*store)->problem())));
        return {0, QJsonObject {{QStringLiteral("sound"), true}, {QStringLiteral("checked_at"), report->checkedAt.toString(Qt::ISODate)}}};
    }

    /// `backup --db FILE`: a backup now (VACUUM INTO the folder FILE.backups, the newest 7 kept).
    /// Output {"backup": {"path", "made_at", "bytes"}, "backups": [the same, newest first]}.
    static CommandOutput backup(const QStringList &arguments)
    {
        auto store = openStore(arguments, {}, QStringLiteral("backup --db FILE"));
        if (!store)
            return failure(store.error());
        if (const auto opened = (*store)->open().result(); !opened)
            return failure(withField(opened.error()));
        const auto made = (*store)->backUp().result();
        if (!made)
            return failure(withField(made.error()));
        const auto all = (*store)->backups().result();
        return {0,
                QJsonObject {{QStringLiteral("backup"), backupJson(*made)},
                             {QStringLiteral("backups"), all ? backupsJson(*all) : QJsonArray()}}};
    }

    /// `backups --db FILE`: the backups of FILE, newest first (also of a damaged file).
    static CommandOutput backups(const QStringList &arguments)
    {
        auto store = openStore(arguments, {}, QStringLiteral("backups --db FILE"));
        if (!store)
            return failure(store.error());
        const auto all = (*store)->backups().result();
        if (!all)
            return failure(withField(all.error()));
        return {0, QJsonObject {{QStringLiteral("backups"), backupsJson(*all)}}};
    }

    /// `restore --db FILE --from BACKUP`: BACKUP (checked first) in place of FILE, which is kept
    /// beside it. Output {"restored_from", "replaced" (where FILE was kept), "schema"}.
    /// Exit 2 for a backup that is missing or damaged ("--from").
    static CommandOutput restore(const QStringList &arguments)
    {
        const auto options = CliOptions::parse(arguments, {QStringLiteral("--db"), QStringLiteral("--from")}, {},
                                               QStringLiteral("restore --db FILE --from BACKUP"));
        if (!options)
            return failure(options.error());
        if (options->value(QStringLiteral("--from")).isEmpty())
            return failure(
                Error::badInput(QStringLiteral("--from"), tr("the backup to restore is required: restore --db FILE --from BACKUP")));
        auto store = openStore(arguments, {QStringLiteral("--from")}, QStringLiteral("restore --db FILE --from BACKUP"));
        if (!store)
            return failure(store.error());
        const QString from = QFileInfo(options->value(QStringLiteral("--from"))).absoluteFilePath();
        const auto restored = (*store)->restore(from).result();
        if (!restored) {
            Error e = restored.error();
            e.field = e.field == u"backup" ? QStringLiteral("--from") : QStringLiteral("--db");
            if (e.kind == Error::Kind::NotFound)
                e.kind = Error::Kind::BadInput;
            return failure(e);
        }
        return {0,
                QJsonObject {{QStringLiteral("restored_from"), from},
                             {QStringLiteral("replaced"), restored->replaced},
                             {QStringLiteral("schema"), restored->schema}}};
    }

private:
    /// A store on --db (which must exist), not opened yet. @p extra: the other options allowed.
    static Result<std::unique_ptr<storage::StoreService>> openStore(const QStringList &arguments, const QSet<QString> &extra,
                                                                    const QString &usage)
    {
        QSet<QString> allowed = extra;
        allowed.insert(QStringLiteral("--db"));
        const auto options = CliOptions::parse(arguments, allowed, {}, usage);
        if (!options)
            return options.error();
        const QString path = options->value(QStringLiteral("--db"));
        if (path.isEmpty())
            return Error::badInput(QStringLiteral("--db"), tr("the database file is required: %1").arg(usage));
        if (!QFileInfo::exists(path))
            return Error::badInput(QStringLiteral("--db"), tr("no database file at %1").arg(path));
        storage::StoreService::Options storeOptions;
        storeOptions.path = QFileInfo(path).absoluteFilePath();
        storeOptions.createIfMissing = false;
        return std::make_unique<storage::StoreService>(storeOptions, CliContext::clock());
    }

    static Error withField(Error e)
    {
        if (e.field.isEmpty() || e.field == u"path")
            e.field = QStringLiteral("--db");
        return e;
    }

    static QJsonObject backupJson(const storage::BackupInfo &b)
    {
        return {{QStringLiteral("path"), QDir::toNativeSeparators(b.path)},
                {QStringLiteral("made_at"), b.madeAt.toString(Qt::ISODate)},
                {QStringLiteral("bytes"), b.bytes}};
    }

    static QJsonArray backupsJson(const QList<storage::BackupInfo> &all)
    {
        QJsonArray list;
        for (const storage::BackupInfo &b : all)
            list.append(backupJson(b));
        return list;
    }
};

} // namespace

CommandOutput runCheck(const QStringList &arguments)
{
    return StoreCommand::check(arguments);
}

CommandOutput runBackup(const QStringList &arguments)
{
    return StoreCommand::backup(arguments);
}

CommandOutput runBackups(const QStringList &arguments)
{
    return StoreCommand::backups(arguments);
}

CommandOutput runRestore(const QStringList &arguments)
{
    return StoreCommand::restore(arguments);
}

} // namespace tongban::cli
