#include "clicontext.h"

#include "services/accountservice.h"
#include "services/effectiveparameters.h"
#include "storage/storeservice.h"

#include <QFile>
#include <QFileInfo>

namespace tongban::cli {

namespace {

struct SignInOptions
{
    QString login;
    QString passwordFile;
};

SignInOptions &signInOptions()
{
    static SignInOptions options;
    return options;
}

} // namespace

std::optional<Error> CliContext::takeSignIn(QStringList &arguments)
{
    if (!arguments.contains(QStringLiteral("--db")))
        return std::nullopt;
    SignInOptions &options = signInOptions();
    for (const auto &[key, target] :
         {std::pair {QStringLiteral("--user"), &options.login}, std::pair {QStringLiteral("--password-file"), &options.passwordFile}}) {
        const qsizetype at = arguments.indexOf(key);
        if (at < 0)
            continue;
        if (at + 1 >= arguments.size() || arguments.at(at + 1).isEmpty())
            return Error::badInput(key, tr("a value is required"));
        *target = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    if (!options.login.isEmpty() && options.passwordFile.isEmpty())
        return Error::badInput(QStringLiteral("--password-file"), tr("--user needs --password-file FILE (the password on its first line)"));
    if (options.login.isEmpty() && !options.passwordFile.isEmpty())
        return Error::badInput(QStringLiteral("--user"), tr("--password-file needs --user LOGIN"));
    return std::nullopt;
}

QString CliContext::takenLogin()
{
    return signInOptions().login;
}

QString CliContext::takenPasswordFile()
{
    return signInOptions().passwordFile;
}

Result<std::unique_ptr<CliContext>> CliContext::open(const QString &dbPath)
{
    if (dbPath.isEmpty())
        return Error::badInput(QStringLiteral("--db"), tr("the database file is required (--db FILE)"));
    if (!QFileInfo::exists(dbPath))
        return Error::badInput(QStringLiteral("--db"), tr("no database file at %1").arg(dbPath));
    QString parameterWarning;
    auto parameters = services::EffectiveParameters::load(dbPath, &parameterWarning);
    if (!parameters)
        return parameters.error();
    if (!parameterWarning.isEmpty())
        qWarning("%s", qPrintable(parameterWarning));
    storage::StoreService::Options options;
    options.path = dbPath;
    options.createIfMissing = false;
    auto store = std::make_shared<storage::StoreService>(options, clock());
    const auto opened = store->open().result();
    if (!opened) {
        Error e = opened.error();
        if (e.kind == Error::Kind::NotFound)
            e.kind = Error::Kind::BadInput;
        e.field = QStringLiteral("--db");
        return e;
    }
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    std::unique_ptr<CliContext> cli(new CliContext);
    cli->m_context = std::make_unique<services::AppContext>(
        *parameters, std::move(store), QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("tongban-cli") : user), clock());
    const SignInOptions &signIn = signInOptions();
    if (!signIn.login.isEmpty()) {
        const auto password = readPasswordFile(signIn.passwordFile);
        if (!password)
            return password.error();
        const auto signedIn = services::AccountService(cli->context()).signInOffline(signIn.login, *password).result();
        if (!signedIn) {
            Error e = signedIn.error();
            e.field = e.field == QStringLiteral("password") ? QStringLiteral("--password-file") : QStringLiteral("--user");
            return e;
        }
        cli->m_context->setSignedIn(*signedIn);
    }
    return cli;
}

Result<QString> CliContext::readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(QStringLiteral("--password-file"), tr("cannot read %1: %2").arg(path, file.errorString()));
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::badInput(QStringLiteral("--password-file"), tr("the first line of %1 is empty: it holds the password").arg(path));
    return QString::fromUtf8(line);
}

} // namespace tongban::cli
