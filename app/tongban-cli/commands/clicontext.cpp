#include "clicontext.h"

#include "storage/storeservice.h"

#include <QFileInfo>

namespace tongban::cli {

Result<std::unique_ptr<CliContext>> CliContext::open(const QString &dbPath)
{
    if (dbPath.isEmpty())
        return Error::badInput(QStringLiteral("--db"), tr("the database file is required (--db FILE)"));
    if (!QFileInfo::exists(dbPath))
        return Error::badInput(QStringLiteral("--db"), tr("no database file at %1").arg(dbPath));
    auto parameters = policy::ParameterSet::loadBuiltIn();
    if (!parameters)
        return parameters.error();
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
    cli->m_context = std::make_unique<services::AppContext>(*parameters, std::move(store),
                                                            user.isEmpty() ? QStringLiteral("tongban-cli") : user, clock());
    return cli;
}

} // namespace tongban::cli
