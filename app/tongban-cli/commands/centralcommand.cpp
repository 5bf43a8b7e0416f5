#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "central/centralaccounts.h"
#include "central/centralconnectioninfo.h"
#include "central/centralsession.h"
#include "central/servermigrations.h"
#include "central/syncserver.h"
#include "services/parameterpublisher.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace tongban::cli {

namespace {

/// `server-init`, `office add`, `user add|disable|reset-password|set-grace`: the central store's
/// schema, offices and clerk accounts (core/central), on the connection of `--server` (a libpq
/// connection string of the administrator or, for accounts, a supervisor). Errors name the
/// argument: the core's fields ("login", "office", …) become the options they came from.
class CentralCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::CentralCommand)

public:
    static CommandOutput serverInit(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("server-init --server CONNINFO");
        auto options = CliOptions::parse(arguments, {QStringLiteral("--server")}, {}, usage);
        if (!options)
            return failure(options.error());
        auto session = connect(*options, usage);
        if (!session)
            return failure(session.error());
        const auto outcome = central::ServerMigrations::migrate(**session);
        if (!outcome)
            return failure(withArgument(outcome.error()));
        return {0,
                QJsonObject {{QStringLiteral("schema_version"), outcome->to},
                             {QStringLiteral("previous_version"), outcome->from},
                             {QStringLiteral("applied"), QJsonArray::fromStringList(outcome->applied)}}};
    }

    /// `parameters publish --server CONNINFO --file PATH [--name FILE]`: a new edition of a policy
    /// parameter file for every device (services::ParameterPublisher), as the administrator.
    static CommandOutput parameters(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("parameters publish --server CONNINFO --file PATH [--name national.json|regions/CODE.json]");
        if (arguments.value(0) != u"publish")
            return failure(Error::badInput(QStringLiteral("command"), tr("usage: tongban-cli %1").arg(usage)));
        auto options = CliOptions::parse(arguments.mid(1), {QStringLiteral("--server"), QStringLiteral("--file"), QStringLiteral("--name")},
                                         {}, usage);
        if (!options)
            return failure(options.error());
        if (auto missing = require(*options, {QStringLiteral("--file")}, usage))
            return failure(*missing);
        const QString path = options->value(QStringLiteral("--file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(Error::badInput(QStringLiteral("--file"), tr("cannot read %1: %2").arg(path, file.errorString())));
        const QByteArray content = file.readAll();
        // By default the name the file has in resources/parameters: national.json or regions/<code>.json.
        const QString baseName = QFileInfo(path).fileName();
        const QString name = options->has(QStringLiteral("--name"))
            ? options->value(QStringLiteral("--name"))
            : (baseName == u"national.json" ? baseName : QStringLiteral("regions/") + baseName);
        auto session = connect(*options, usage);
        if (!session)
            return failure(session.error());
        central::SyncServer server(**session);
        const auto published = services::ParameterPublisher::publish(server, name, content);
        if (!published) {
            Error e = published.error();
            if (e.field == u"file")
                e.field = options->has(QStringLiteral("--name")) ? QStringLiteral("--name") : QStringLiteral("--file");
            else if (e.kind == Error::Kind::BadInput && e.field != u"edition")
                e.field = QStringLiteral("--file");
            return failure(e);
        }
        return {0,
                QJsonObject {{QStringLiteral("file"), published->file},
                             {QStringLiteral("edition"), published->edition},
                             {QStringLiteral("digest"), published->digest}}};
    }

    static CommandOutput office(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("office add --server CONNINFO --code CODE --name NAME");
        if (arguments.value(0) != u"add")
            return failure(Error::badInput(QStringLiteral("command"), tr("usage: tongban-cli %1").arg(usage)));
        auto options = CliOptions::parse(arguments.mid(1), {QStringLiteral("--server"), QStringLiteral("--code"), QStringLiteral("--name")},
                                         {}, usage);
        if (!options)
            return failure(options.error());
        if (auto missing = require(*options, {QStringLiteral("--code"), QStringLiteral("--name")}, usage))
            return failure(*missing);
        auto session = connect(*options, usage);
        if (!session)
            return failure(session.error());
        const auto added = central::CentralAccounts(**session).addOffice(options->value(QStringLiteral("--code")),
                                                                         options->value(QStringLiteral("--name")));
        if (!added)
            return failure(withArgument(added.error()));
        return {0, QJsonObject {{QStringLiteral("code"), added->code}, {QStringLiteral("name"), added->name}}};
    }

    static CommandOutput user(const QStringList &arguments)
    {
        const QString sub = arguments.value(0);
        const QStringList rest = arguments.mid(1);
        if (sub == u"add")
            return add(rest);
        if (sub == u"disable")
            return disable(rest);
        if (sub == u"reset-password")
            return resetPassword(rest);
        if (sub == u"set-grace")
            return setGrace(rest);
        return failure(Error::badInput(QStringLiteral("command"),
                                       tr("usage: tongban-cli user add|disable|reset-password|set-grace …; see docs/cli.md")));
    }

private:
    static CommandOutput add(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("user add --server CONNINFO --office CODE --role window-clerk|expert|supervisor "
                                             "--login LOGIN --name NAME --password-file FILE");
        auto options = CliOptions::parse(arguments,
                                         {QStringLiteral("--server"), QStringLiteral("--office"), QStringLiteral("--role"),
                                          QStringLiteral("--login"), QStringLiteral("--name"), QStringLiteral("--password-file")},
                                         {}, usage);
        if (!options)
            return failure(options.error());
        if (auto missing = require(*options,
                                   {QStringLiteral("--office"), QStringLiteral("--role"), QStringLiteral("--login"),
                                    QStringLiteral("--name"), QStringLiteral("--password-file")},
                                   usage))
            return failure(*missing);
        const auto role = accounts::roleFromId(options->value(QStringLiteral("--role")));
        if (!role)
            return failure(Error::badInput(
                QStringLiteral("--role"),
                tr("unknown role \"%1\": window-clerk, expert or supervisor").arg(options->value(QStringLiteral("--role")))));
        const auto password = CliContext::readPasswordFile(options->value(QStringLiteral("--password-file")));
        if (!password)
            return failure(password.error());
        if (auto weak = central::CentralAccounts::checkPassword(*password))
            return failure(withArgument(*weak));
        auto session = connect(*options, usage);
        if (!session)
            return failure(session.error());
        central::CentralAccounts::NewUser user;
        user.login = options->value(QStringLiteral("--login"));
        user.displayName = options->value(QStringLiteral("--name"));
        user.role = *role;
        user.officeCode = options->value(QStringLiteral("--office"));
        user.password = *password;
        return accountOutput(central::CentralAccounts(**session).addUser(user));
    }

    static CommandOutput disable(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("user disable --server CONNINFO --login LOGIN");
        auto options = CliOptions::parse(arguments, {QStringLiteral("--server"), QStringLiteral("--login")}, {}, usage);
        if (!options)
            return failure(options.error());
        if (auto missing = require(*options, {QStringLiteral("--login")}, usage))
            return failure(*missing);
        auto session = connect(*options, usage);
        if (!session)
            return failure(session.error());
        return accountOutput(central::CentralAccounts(**session).disableUser(options->value(QStringLiteral("--login"))));
    }

    static CommandOutput resetPassword(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("user reset-password --server CONNINFO --login LOGIN --password-file FILE");
        auto options = CliOptions::parse(
            arguments, {QStringLiteral("--server"), QStringLiteral("--login"), QStringLiteral("--password-file")}, {}, usage);
        if (!options)
            return failure(options.error());
        if (auto missing = require(*options, {QStringLiteral("--login"), QStringLiteral("--password-file")}, usage))
            return failure(*missing);
        const auto password = CliContext::readPasswordFile(options->value(QStringLiteral("--password-file")));
        if (!password)
            return failure(password.error());
        if (auto weak = central::CentralAccounts::checkPassword(*password))
            return failure(withArgument(*weak));
        auto session = connect(*options, usage);
        if (!session)
            return failure(session.error());
        return accountOutput(central::CentralAccounts(**session).resetPassword(options->value(QStringLiteral("--login")), *password));
    }

    static CommandOutput setGrace(const QStringList &arguments)
    {
        const QString usage = QStringLiteral("user set-grace --server CONNINFO --login LOGIN --days N");
        auto options
            = CliOptions::parse(arguments, {QStringLiteral("--server"), QStringLiteral("--login"), QStringLiteral("--days")}, {}, usage);
        if (!options)
            return failure(options.error());
        if (auto missing = require(*options, {QStringLiteral("--login"), QStringLiteral("--days")}, usage))
            return failure(*missing);
        bool ok = false;
        const int days = options->value(QStringLiteral("--days")).toInt(&ok);
        if (!ok)
            return failure(Error::badInput(QStringLiteral("--days"), tr("a whole number of days, 1 to 30, is required")));
        auto session = connect(*options, usage);
        if (!session)
            return failure(session.error());
        return accountOutput(central::CentralAccounts(**session).setGraceDays(options->value(QStringLiteral("--login")), days));
    }

    /// The session of `--server` (required). Errors name "--server".
    static Result<std::unique_ptr<central::CentralSession>> connect(const CliOptions &options, const QString &usage)
    {
        if (!options.has(QStringLiteral("--server")))
            return Error::badInput(QStringLiteral("--server"),
                                   tr("the central server's connection string is required; usage: tongban-cli %1").arg(usage));
        const auto server = central::CentralConnectionInfo::parse(options.value(QStringLiteral("--server")), QStringLiteral("--server"));
        if (!server)
            return server.error();
        return central::CentralSession::open(*server);
    }

    static std::optional<Error> require(const CliOptions &options, const QStringList &keys, const QString &usage)
    {
        for (const QString &key : keys) {
            if (!options.has(key) || options.value(key).isEmpty())
                return Error::badInput(key, tr("%1 is required; usage: tongban-cli %2").arg(key, usage));
        }
        return std::nullopt;
    }

    /// @p error with its field named as the argument it came from.
    static Error withArgument(Error error)
    {
        static const QMap<QString, QString> arguments {
            {QStringLiteral("login"), QStringLiteral("--login")},    {QStringLiteral("office"), QStringLiteral("--office")},
            {QStringLiteral("role"), QStringLiteral("--role")},      {QStringLiteral("name"), QStringLiteral("--name")},
            {QStringLiteral("code"), QStringLiteral("--code")},      {QStringLiteral("password"), QStringLiteral("--password-file")},
            {QStringLiteral("grace_days"), QStringLiteral("--days")}};
        if (arguments.contains(error.field))
            error.field = arguments.value(error.field);
        else if (error.field.isEmpty() && error.kind != Error::Kind::Unavailable)
            error.field = QStringLiteral("--server");
        return error;
    }

    static CommandOutput accountOutput(const Result<central::UserAccount> &account)
    {
        if (!account)
            return failure(withArgument(account.error()));
        return {0,
                QJsonObject {{QStringLiteral("login"), account->login},
                             {QStringLiteral("name"), account->displayName},
                             {QStringLiteral("office"), account->officeCode},
                             {QStringLiteral("role"), accounts::roleId(account->role)},
                             {QStringLiteral("enabled"), account->enabled},
                             {QStringLiteral("offline_grace_days"), account->graceDays}}};
    }
};

} // namespace

CommandOutput runServerInit(const QStringList &arguments)
{
    return CentralCommand::serverInit(arguments);
}

CommandOutput runParameters(const QStringList &arguments)
{
    return CentralCommand::parameters(arguments);
}

CommandOutput runOffice(const QStringList &arguments)
{
    return CentralCommand::office(arguments);
}

CommandOutput runUser(const QStringList &arguments)
{
    return CentralCommand::user(arguments);
}

} // namespace tongban::cli
