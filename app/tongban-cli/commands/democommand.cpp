#include "cliinput.h"
#include "commands.h"

#include "central/centralconnectioninfo.h"
#include "central/centralsession.h"
#include "demo/demogenerator.h"
#include "policy/parameterset.h"
#include "services/centraldemoloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>

namespace tongban::cli {

namespace {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::DemoCommand)

public:
    /// `demo-db --out FILE [--persons N] [--employers M] [--seed S]` (../shared/contracts/cli.md):
    /// writes a new synthetic local database (DemoGenerator), N persons (default 200,
    /// 2…100,000, the fixed cast included), M more employers with employees and 2022 records for
    /// the deferral sweep (DemoGenerator::generateEmployers; default 0, 0…100,000), seed S
    /// (default 1, 0…2^64−1). Prints {"out": absolute path, "persons" (all, the sweep
    /// employers' employees included), "employers" (all), "contribution_records", "seed" (a
    /// string: a 64-bit
    /// seed does not fit a JSON number exactly)}. Exit 2 for a bad option ("--out" when the
    /// file exists or its directory does not: it is never overwritten), 1 when writing failed
    /// (nothing is left behind).
    static CommandOutput run(const QStringList &arguments)
    {
        static const QStringList known {QStringLiteral("--out"), QStringLiteral("--server"), QStringLiteral("--persons"),
                                        QStringLiteral("--employers"), QStringLiteral("--seed")};
        QMap<QString, QString> options;
        for (qsizetype i = 0; i < arguments.size(); i += 2) {
            const QString key = arguments.at(i);
            if (!known.contains(key))
                return bad(key, tr("unknown option; allowed: %1").arg(known.join(QStringLiteral(", "))));
            if (i + 1 >= arguments.size())
                return bad(key, tr("a value is required"));
            options.insert(key, arguments.at(i + 1));
        }
        const QString out = options.value(QStringLiteral("--out"));
        const QString server = options.value(QStringLiteral("--server"));
        if (!out.isEmpty() && !server.isEmpty())
            return bad(QStringLiteral("--server"), tr("either --out FILE or --server CONNINFO, not both"));
        if (out.isEmpty() && server.isEmpty())
            return bad(QStringLiteral("--out"),
                       tr("the file to write is required: demo-db --out FILE [--persons N] [--employers M] [--seed S]"
                          " (or --server CONNINFO to fill the central store)"));
        int persons = 200;
        if (options.contains(QStringLiteral("--persons"))) {
            bool ok = false;
            persons = options.value(QStringLiteral("--persons")).toInt(&ok);
            if (!ok || persons < 2 || persons > 100000)
                return bad(QStringLiteral("--persons"), tr("a whole number from 2 to 100000 is required"));
        }
        int employers = 0;
        if (options.contains(QStringLiteral("--employers"))) {
            bool ok = false;
            employers = options.value(QStringLiteral("--employers")).toInt(&ok);
            if (!ok || employers < 0 || employers > demo::DemoGenerator::maxSweepEmployers())
                return bad(QStringLiteral("--employers"),
                           tr("a whole number from 0 to %1 is required").arg(demo::DemoGenerator::maxSweepEmployers()));
        }
        quint64 seed = 1;
        if (options.contains(QStringLiteral("--seed"))) {
            bool ok = false;
            seed = options.value(QStringLiteral("--seed")).toULongLong(&ok);
            if (!ok)
                return bad(QStringLiteral("--seed"), tr("a whole number from 0 to 18446744073709551615 is required"));
        }
        const auto parameters = policy::ParameterSet::loadBuiltIn();
        if (!parameters)
            return {1, errorObject(parameters.error().field, parameters.error().message)};
        if (!server.isEmpty())
            return loadIntoServer(server, *parameters, seed, persons, employers);
        const auto summary = demo::DemoGenerator(*parameters, seed).writeNewFile(out, persons, employers);
        if (!summary) {
            const Error &e = summary.error();
            if (e.kind == Error::Kind::BadInput)
                return bad(e.field == u"persons"         ? QStringLiteral("--persons")
                               : e.field == u"employers" ? QStringLiteral("--employers")
                                                         : QStringLiteral("--out"),
                           e.message);
            return {1, errorObject(e.field.isEmpty() ? QStringLiteral("--out") : e.field, e.message)};
        }
        return {0,
                QJsonObject {
                    {QStringLiteral("out"), QFileInfo(out).absoluteFilePath()},
                    {QStringLiteral("persons"), summary->persons},
                    {QStringLiteral("employers"), summary->employers},
                    {QStringLiteral("contribution_records"), summary->contributionRecords},
                    {QStringLiteral("seed"), QString::number(seed)},
                }};
    }

private:
    /// `demo-db --server CONNINFO …`: the same data loaded into the central store
    /// (services::CentralDemoLoader) as the administrator. Prints {"server", "persons",
    /// "employers", "histories", "offices", "offices_added", "seed"}; exit 3 when the server cannot
    /// be reached.
    static CommandOutput loadIntoServer(const QString &conninfo, std::shared_ptr<const policy::ParameterSet> parameters, quint64 seed,
                                        int persons, int employers)
    {
        const auto server = central::CentralConnectionInfo::parse(conninfo, QStringLiteral("--server"));
        if (!server)
            return failure(server.error());
        auto session = central::CentralSession::open(*server);
        if (!session)
            return failure(session.error());
        const auto summary = services::CentralDemoLoader::load(**session, std::move(parameters), seed, persons, employers);
        if (!summary) {
            Error e = summary.error();
            if (e.field == u"persons" || e.field == u"employers")
                e.field = QStringLiteral("--") + e.field;
            return failure(e);
        }
        return {0,
                QJsonObject {{QStringLiteral("server"), server->display()},
                             {QStringLiteral("persons"), summary->persons},
                             {QStringLiteral("employers"), summary->employers},
                             {QStringLiteral("histories"), summary->histories},
                             {QStringLiteral("offices"), QJsonArray::fromStringList(summary->offices)},
                             {QStringLiteral("offices_added"), QJsonArray::fromStringList(summary->officesAdded)},
                             {QStringLiteral("seed"), QString::number(seed)}}};
    }

    static CommandOutput bad(const QString &field, const QString &message) { return {2, errorObject(field, message)}; }
};

} // namespace

CommandOutput runDemoDb(const QStringList &arguments)
{
    return DemoCommand::run(arguments);
}

} // namespace tongban::cli
