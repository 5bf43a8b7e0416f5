#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "central/centralconnectioninfo.h"
#include "central/centralsession.h"
#include "services/handcarryimport.h"
#include "storage/migrations.h"
#include "storage/storeservice.h"
#include "sync/handcarry.h"

#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace tongban::cli {

namespace {

/// `carry export --db FILE --out FILE` and `carry import --file FILE --server CONNINFO [--user
/// USER --password-file FILE]`: the hand-carry file of a point with no network (sync::HandCarry,
/// services::HandCarryImport).
class CarryCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::CarryCommand)

public:
    static CommandOutput run(const QStringList &arguments)
    {
        if (arguments.value(0) == u"export")
            return exportOutbox(arguments.mid(1));
        if (arguments.value(0) == u"import")
            return importFile(arguments.mid(1));
        return failure(Error::badInput(QStringLiteral("command"), tr("usage: tongban-cli carry export|import …; see docs/cli.md")));
    }

private:
    /// Prints {"out", "operations", "device"}. The file is written whole or not at all.
    static CommandOutput exportOutbox(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("carry export --db FILE --out FILE");
        auto options = CliOptions::parse(arguments, {QStringLiteral("--db"), QStringLiteral("--out")}, {}, usage);
        if (!options)
            return failure(options.error());
        if (options->value(QStringLiteral("--out")).isEmpty())
            return failure(Error::badInput(QStringLiteral("--out"), tr("the file to write is required; usage: tongban-cli %1").arg(usage)));
        auto cli = CliContext::open(options->value(QStringLiteral("--db")));
        if (!cli)
            return failure(cli.error());
        const QDateTime now = CliContext::clock().nowUtc();
        int count = 0;
        auto file = (*cli)
                        ->context()
                        .store()
                        .read<QByteArray>([now, &count](QSqlDatabase db) {
                            return sync::HandCarry::exportOutbox(db, storage::Migrations::latestVersion(), now, &count);
                        })
                        .result();
        if (!file)
            return failure(file.error());
        QSaveFile out(options->value(QStringLiteral("--out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(*file) != file->size() || !out.commit())
            return failure(Error::badInput(QStringLiteral("--out"), tr("cannot write %1: %2").arg(out.fileName(), out.errorString())));
        const auto device = sync::HandCarry::deviceOf(*file);
        return {0,
                QJsonObject {{QStringLiteral("out"), out.fileName()},
                             {QStringLiteral("operations"), count},
                             {QStringLiteral("device"), device ? *device : QString()}}};
    }

    /// Prints {"device", "office", "operations", "applied", "duplicates", "conflicts", "rejected",
    /// "problems": [{"op_id", "result", "code", "message"}]}. Exit 2 for a file that fails the check.
    static CommandOutput importFile(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("carry import --file FILE --server CONNINFO [--user USER --password-file FILE]");
        auto options = CliOptions::parse(
            arguments, {QStringLiteral("--file"), QStringLiteral("--server"), QStringLiteral("--user"), QStringLiteral("--password-file")},
            {}, usage);
        if (!options)
            return failure(options.error());
        QFile in(options->value(QStringLiteral("--file")));
        if (!in.open(QIODevice::ReadOnly))
            return failure(Error::badInput(QStringLiteral("--file"), tr("cannot read %1: %2").arg(in.fileName(), in.errorString())));
        const QByteArray bytes = in.readAll();
        auto server = central::CentralConnectionInfo::parse(options->value(QStringLiteral("--server")), QStringLiteral("--server"));
        if (!server)
            return failure(server.error());
        if (options->has(QStringLiteral("--user"))) {
            const auto password = CliContext::readPasswordFile(options->value(QStringLiteral("--password-file")));
            if (!password)
                return failure(password.error());
            server = server->with(QStringLiteral("user"), options->value(QStringLiteral("--user")))
                         .with(QStringLiteral("password"), *password);
        }
        auto session = central::CentralSession::open(*server);
        if (!session)
            return failure(session.error());
        auto report = services::HandCarryImport::run(**session, bytes);
        if (!report) {
            Error e = report.error();
            if (e.field == u"file")
                e.field = QStringLiteral("--file");
            return failure(e);
        }
        QJsonArray problems;
        for (const sync::OpResult &p : std::as_const(report->problems))
            problems.append(QJsonObject {{QStringLiteral("op_id"), p.opId},
                                         {QStringLiteral("result"), sync::OpResult::outcomeName(p.outcome)},
                                         {QStringLiteral("code"), p.code},
                                         {QStringLiteral("message"), p.message}});
        return {0,
                QJsonObject {{QStringLiteral("device"), report->deviceId},
                             {QStringLiteral("office"), report->officeCode},
                             {QStringLiteral("operations"), report->operations},
                             {QStringLiteral("applied"), report->applied},
                             {QStringLiteral("duplicates"), report->duplicates},
                             {QStringLiteral("conflicts"), report->conflicts},
                             {QStringLiteral("rejected"), report->rejected},
                             {QStringLiteral("problems"), problems}}};
    }
};

} // namespace

CommandOutput runCarry(const QStringList &arguments)
{
    return CarryCommand::run(arguments);
}

} // namespace tongban::cli
