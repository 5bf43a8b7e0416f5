#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "accounts/accesspolicy.h"
#include "central/centralconnectioninfo.h"
#include "central/centralsession.h"
#include "central/onlinesignin.h"
#include "central/syncserver.h"
#include "services/accountservice.h"
#include "services/syncround.h"
#include "storage/storeservice.h"
#include "sync/offlinelimits.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <csignal>

namespace tongban::cli {

namespace {

/// `sync --db FILE --server CONNINFO [--user USER --password-file FILE] [--page-size N]
/// [--batch N]`: one round of sync of the file (services::SyncRound): the outbox pushed, then the
/// server's changes pulled until up to date; a file that does not exist yet is created and
/// receives its office's first download. With --user the clerk signs in online (the server checks
/// the password), the offline verifier is cached in the file and the sign-in audited, as the
/// window does; without it the connection string's own user syncs.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::SyncCommand)

public:
    static CommandOutput run(const QStringList &arguments)
    {
        const QString usage
            = QStringLiteral("sync --db FILE --server CONNINFO [--user USER --password-file FILE] [--page-size N] [--batch N]");
        auto options = CliOptions::parse(
            arguments, {QStringLiteral("--db"), QStringLiteral("--server"), QStringLiteral("--page-size"), QStringLiteral("--batch")}, {},
            usage);
        if (!options)
            return failure(options.error());
        for (const QString &key : {QStringLiteral("--db"), QStringLiteral("--server")}) {
            if (options->value(key).isEmpty())
                return failure(Error::badInput(key, tr("%1 is required; usage: tongban-cli %2").arg(key, usage)));
        }
        services::SyncRound::Options round;
        if (auto n = positive(*options, QStringLiteral("--page-size"), 1000); !n)
            return failure(n.error());
        else
            round.pullPage = *n;
        if (auto n = positive(*options, QStringLiteral("--batch"), 200); !n)
            return failure(n.error());
        else
            round.pushBatch = *n;
        installKillPoints(round.hooks);

        auto server = central::CentralConnectionInfo::parse(options->value(QStringLiteral("--server")), QStringLiteral("--server"));
        if (!server)
            return failure(server.error());

        std::optional<accounts::SignedInUser> signedIn;
        QString password;
        if (!CliContext::takenLogin().isEmpty()) {
            auto read = CliContext::readPasswordFile(CliContext::takenPasswordFile());
            if (!read)
                return failure(read.error());
            password = *read;
            auto user = central::OnlineSignIn::signIn(*server, CliContext::takenLogin(), password, CliContext::clock());
            if (!user) {
                Error e = user.error();
                if (e.field == u"password")
                    e.field = QStringLiteral("--password-file");
                else if (e.field == u"login")
                    e.field = QStringLiteral("--user");
                return failure(e);
            }
            signedIn = *user;
            server = server->with(QStringLiteral("user"), CliContext::takenLogin()).with(QStringLiteral("password"), password);
        }

        storage::StoreService::Options storeOptions;
        storeOptions.path = options->value(QStringLiteral("--db"));
        storeOptions.createIfMissing = true;
        storage::StoreService store(storeOptions, CliContext::clock());
        if (auto opened = store.open().result(); !opened) {
            Error e = opened.error();
            e.field = QStringLiteral("--db");
            return failure(e);
        }
        if (signedIn) {
            const accounts::SignedInUser user = *signedIn;
            const Clock clock = CliContext::clock();
            auto remembered = store
                                  .write<accounts::SignedInUser>([user, password, clock](QSqlDatabase db) {
                                      return services::AccountService::rememberOnlineSignIn(db, user, password, clock, {});
                                  })
                                  .result();
            if (!remembered)
                return failure(remembered.error());
        }

        auto session = central::CentralSession::open(*server);
        if (!session)
            return failure(session.error());
        central::SyncServer syncServer(**session);
        const auto report = services::SyncRound(store, syncServer, CliContext::clock(), round).run();
        if (!report)
            return failure(report.error());
        return {0,
                QJsonObject {{QStringLiteral("pushed"), report->pushed},
                             {QStringLiteral("duplicates"), report->duplicates},
                             {QStringLiteral("conflicts"), report->conflicts},
                             {QStringLiteral("rejected"), report->rejected},
                             {QStringLiteral("pulled"), report->pulled},
                             {QStringLiteral("pending"), report->pending},
                             {QStringLiteral("cursor"), report->cursor},
                             {QStringLiteral("office"), report->officeCode},
                             {QStringLiteral("first_download"), report->firstDownload},
                             {QStringLiteral("complete"), report->complete},
                             {QStringLiteral("resynced"), report->resynced},
                             {QStringLiteral("parameter_editions"), QJsonArray::fromStringList(report->parameterEditions)},
                             {QStringLiteral("parameter_problem"), report->parameterProblem}}};
    }

private:
    static Result<int> positive(const CliOptions &options, const QString &key, int fallback)
    {
        if (!options.has(key))
            return fallback;
        bool ok = false;
        const int n = options.value(key).toInt(&ok);
        if (!ok || n < 1 || n > 100000)
            return Error::badInput(key, tr("a whole number from 1 to 100000 is allowed, not \"%1\"").arg(options.value(key)));
        return n;
    }

    /// The failure tests' kill points (tests/core/testsyncfailures.cpp): TONGBAN_SYNC_KILL_AT =
    /// "after-push" kills the process once the server has applied a batch and before its results
    /// are stored; "apply:N" kills it inside a page's local transaction after its N-th change. A
    /// kill, not an exit: no destructor, no rollback, as a power cut or the task manager would.
    static void installKillPoints(services::SyncRound::Hooks &hooks)
    {
        const QString at = qEnvironmentVariable("TONGBAN_SYNC_KILL_AT");
        if (at == u"after-push") {
            hooks.afterPushBeforeAcknowledge = [] { std::raise(SIGKILL); };
        } else if (at.startsWith(u"apply:")) {
            const int index = at.mid(6).toInt();
            hooks.whileApplyingPage = [index](int change) {
                if (change == index)
                    std::raise(SIGKILL);
            };
        }
    }
};

/// `sync-limits --db FILE [--days N --records N]`: the file's standing against the offline limits
/// (sync::OfflineLimits) and, with both values, new limits (a supervisor signed in with --user).
/// Prints {"days_limit", "records_limit", "unsynced_records", "unsynced_days", "level":
/// "fine"|"warning"|"refused", "message"}.
class SyncLimitsCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::SyncLimitsCommand)

public:
    static CommandOutput run(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("sync-limits --db FILE [--days N --records N] [--user LOGIN --password-file FILE]");
        auto options
            = CliOptions::parse(arguments, {QStringLiteral("--db"), QStringLiteral("--days"), QStringLiteral("--records")}, {}, usage);
        if (!options)
            return failure(options.error());
        if (options->has(QStringLiteral("--days")) != options->has(QStringLiteral("--records")))
            return failure(Error::badInput(options->has(QStringLiteral("--days")) ? QStringLiteral("--records") : QStringLiteral("--days"),
                                           tr("--days and --records are set together; usage: tongban-cli %1").arg(usage)));
        auto cli = CliContext::open(options->value(QStringLiteral("--db")));
        if (!cli)
            return failure(cli.error());
        services::AppContext &context = (*cli)->context();
        if (options->has(QStringLiteral("--days"))) {
            if (auto refused = accounts::AccessPolicy::builtIn().require(context.actingUser(), accounts::Permission::SyncAdmin,
                                                                         QStringLiteral("--user")))
                return failure(*refused);
            bool daysOk = false;
            bool recordsOk = false;
            const int days = options->value(QStringLiteral("--days")).toInt(&daysOk);
            const int records = options->value(QStringLiteral("--records")).toInt(&recordsOk);
            if (!daysOk)
                return failure(Error::badInput(QStringLiteral("--days"), tr("a whole number of days is required")));
            if (!recordsOk)
                return failure(Error::badInput(QStringLiteral("--records"), tr("a whole number of records is required")));
            auto set = context.store()
                           .write<Done>([days, records](QSqlDatabase db) { return sync::OfflineLimits::set(db, days, records); })
                           .result();
            if (!set) {
                Error e = set.error();
                if (!e.field.isEmpty())
                    e.field = QStringLiteral("--") + e.field;
                return failure(e);
            }
        }
        const QDateTime now = CliContext::clock().nowUtc();
        auto standing = context.store()
                            .read<sync::OfflineStanding>([now](QSqlDatabase db) { return sync::OfflineLimits::standing(db, now); })
                            .result();
        if (!standing)
            return failure(standing.error());
        static const char *levels[] = {"fine", "warning", "refused"};
        return {0,
                QJsonObject {{QStringLiteral("days_limit"), standing->daysLimit},
                             {QStringLiteral("records_limit"), standing->recordsLimit},
                             {QStringLiteral("unsynced_records"), standing->unsyncedRecords},
                             {QStringLiteral("unsynced_days"), standing->unsyncedDays},
                             {QStringLiteral("level"), QString::fromLatin1(levels[int(standing->level)])},
                             {QStringLiteral("message"), standing->message}}};
    }
};

} // namespace

CommandOutput runSyncLimits(const QStringList &arguments)
{
    return SyncLimitsCommand::run(arguments);
}

CommandOutput runSync(const QStringList &arguments)
{
    return SyncCommand::run(arguments);
}

} // namespace tongban::cli
