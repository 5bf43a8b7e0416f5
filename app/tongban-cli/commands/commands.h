#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace tongban::cli {

/// What a command of tongban-cli produces: the exit status and the JSON document for stdout
/// (../shared/contracts/cli.md: 0 success, 1 failure, 2 bad input, 3 server unreachable; on
/// failure the object is {"error": {"field", "message"}}).
struct CommandOutput
{
    CommandOutput() = default;
    CommandOutput(int code, QJsonObject object)
        : exitCode(code)
        , json(std::move(object))
    { }

    int exitCode = 0;
    QJsonObject json;
    /// When set, stdout is this array instead of @c json (`audit list`).
    std::optional<QJsonArray> array;
};

/// `id-check NUMBER`: validates a citizen ID number (GB 11643-1999). Always exit 0 unless the
/// argument is missing.
CommandOutput runIdCheck(const QStringList &arguments);
/// `demo-db --out FILE [--persons N] [--seed S]`: writes a new synthetic local database.
CommandOutput runDemoDb(const QStringList &arguments);
/// `lookup --db FILE (--id NUMBER | --name TEXT) [--unmasked]`: a person and the per-year summary.
CommandOutput runLookup(const QStringList &arguments);
/// `pension --case FILE`: the monthly pension at the start of retirement, with its breakdown.
CommandOutput runPension(const QStringList &arguments);
/// `projection --db FILE --id NUMBER --base CNY [...]`: the pension if the person keeps paying
/// at a base until retirement, with every assumption.
CommandOutput runProjection(const QStringList &arguments);
/// `compare (--case-a FILE --case-b FILE | --db FILE --id A [--id B] [scenario options])`: two
/// pensions side by side, the difference per component and its causes.
CommandOutput runCompare(const QStringList &arguments);
/// `retirement --birth YYYY-MM --group GROUP [...]`: statutory and flexible retirement.
CommandOutput runRetirement(const QStringList &arguments);
/// `unemployment --case FILE`: an unemployment benefit claim — conditions with reasons, months,
/// monthly amount and total (core/unemployment).
CommandOutput runUnemployment(const QStringList &arguments);
/// `deferral --case FILE`: eligibility for the 2022 temporary premium deferral per insurance,
/// with reasons and sources (core/deferral).
CommandOutput runDeferral(const QStringList &arguments);
/// `intake --db FILE --case FILE`: takes in one visit as the intake form would (core/intake,
/// services::IntakeService); exit 2 with the field path and nothing stored on bad input.
CommandOutput runIntake(const QStringList &arguments);

/// `day-report --db FILE --date YYYY-MM-DD [--csv FILE] [--window W]`: the day's work per window
/// and per department (services::DayReportService), optionally written as CSV.
CommandOutput runDayReport(const QStringList &arguments);
/// `sweep --db FILE --as-of YYYY-MM-DD [--hard-hit CODE ...] [--difficulty-attested] [--csv FILE]`:
/// the 免申即享 deferral sweep of every employer of the file, recorded as the GUI records it.
CommandOutput runSweep(const QStringList &arguments);
/// `search --db FILE [filters] [--page-size N] [--after CURSOR]`: one page of the visits and
/// matters that match (services::VisitSearchService) and the cursor of the next.
CommandOutput runSearch(const QStringList &arguments);

/// `audit verify --db FILE`: the local audit chain checked ({"records", "intact", "first_broken",
/// "reason"}; exit 1 when broken). `audit list --db FILE [--person ID] [--since DATE]`: the
/// records as a JSON array (a supervisor's right: --user and --password-file).
CommandOutput runAudit(const QStringList &arguments);

/// `matters`: the matter catalog of the integrated window as JSON.
CommandOutput runMatters(const QStringList &arguments);

/// `matter-status --db FILE --matter UUID --to STATUS [--reason TEXT] [--clerk NAME] [--document ID ...]`:
/// changes a stored matter's status (core/workflow, services::MatterWorkflowService); exit 2 with
/// both statuses and what is allowed when the way is refused.
CommandOutput runMatterStatus(const QStringList &arguments);
/// `backoffice --db FILE [--department D] [--channel C]`: the open matters by due date, with
/// overdue and due within 2 working days.
CommandOutput runBackoffice(const QStringList &arguments);
/// `import-intakes --db FILE --file FILE`: a batch of intake cases taken elsewhere, all stored or
/// none (exit 2 with the path "cases[i]…" of the first bad entry).
CommandOutput runImportIntakes(const QStringList &arguments);
/// `server-init --server CONNINFO`: creates or upgrades the central PostgreSQL schema (core/central
/// ServerMigrations), as the administrator's role. Exit 3 when the server cannot be reached.
CommandOutput runServerInit(const QStringList &arguments);
/// `sync --db FILE --server CONNINFO [--user USER --password-file FILE]`: one round of sync
/// (services::SyncRound); the first download of the office when the file is new. Exit 3 when the
/// server cannot be reached (nothing lost; a rerun resumes).
CommandOutput runSync(const QStringList &arguments);
/// `carry export --db FILE --out FILE` and `carry import --file FILE --server CONNINFO`: the
/// hand-carry file of a point with no network (sync::HandCarry), checked and pushed at the hall.
CommandOutput runCarry(const QStringList &arguments);
/// `sync-limits --db FILE [--days N --records N]`: the offline limits (sync::OfflineLimits); setting
/// them needs a supervisor (--user).
CommandOutput runSyncLimits(const QStringList &arguments);
/// `parameters publish --server CONNINFO --file PATH [--name FILE]`: publishes a new edition of a
/// policy parameter file on the central store (administrator only); devices receive it with sync.
CommandOutput runParameters(const QStringList &arguments);
/// `office add --server CONNINFO --code CODE --name NAME`: adds an office (administrator only).
CommandOutput runOffice(const QStringList &arguments);
/// `user add|disable|reset-password|set-grace --server CONNINFO …`: clerk accounts (administrator,
/// or a supervisor for their own office's window clerks and experts); exit 2 naming the argument.
CommandOutput runUser(const QStringList &arguments);
/// `check --db FILE`: the whole local database checked (PRAGMA integrity_check).
CommandOutput runCheck(const QStringList &arguments);
/// `backup --db FILE`: a backup of the local database now.
CommandOutput runBackup(const QStringList &arguments);
/// `backups --db FILE`: the backups of the local database.
CommandOutput runBackups(const QStringList &arguments);
/// `restore --db FILE --from BACKUP`: a backup put in place of the local database.
CommandOutput runRestore(const QStringList &arguments);

} // namespace tongban::cli

namespace tongban::cli {

/// {"error": {"field": @p field, "message": @p message}} — the contract's error shape.
QJsonObject errorObject(const QString &field, const QString &message);

} // namespace tongban::cli
