// tongban-cli: the scriptable face of tongban-core, JSON in and out
// (contract: ../shared/contracts/cli.md, copied to docs/cli.md).

#include "commands/clicontext.h"
#include "commands/commands.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

using tongban::cli::CommandOutput;

namespace {

const std::map<QString, std::function<CommandOutput(const QStringList &)>> &commands()
{
    static const std::map<QString, std::function<CommandOutput(const QStringList &)>> table {
        {QStringLiteral("id-check"), tongban::cli::runIdCheck},
        {QStringLiteral("demo-db"), tongban::cli::runDemoDb},
        {QStringLiteral("lookup"), tongban::cli::runLookup},
        {QStringLiteral("pension"), tongban::cli::runPension},
        {QStringLiteral("retirement"), tongban::cli::runRetirement},
        {QStringLiteral("projection"), tongban::cli::runProjection},
        {QStringLiteral("compare"), tongban::cli::runCompare},
        {QStringLiteral("unemployment"), tongban::cli::runUnemployment},
        {QStringLiteral("deferral"), tongban::cli::runDeferral},
        {QStringLiteral("check"), tongban::cli::runCheck},
        {QStringLiteral("backup"), tongban::cli::runBackup},
        {QStringLiteral("backups"), tongban::cli::runBackups},
        {QStringLiteral("restore"), tongban::cli::runRestore},
        {QStringLiteral("intake"), tongban::cli::runIntake},
        {QStringLiteral("matters"), tongban::cli::runMatters},
        {QStringLiteral("matter-status"), tongban::cli::runMatterStatus},
        {QStringLiteral("backoffice"), tongban::cli::runBackoffice},
        {QStringLiteral("import-intakes"), tongban::cli::runImportIntakes},
        {QStringLiteral("day-report"), tongban::cli::runDayReport},
        {QStringLiteral("sweep"), tongban::cli::runSweep},
        {QStringLiteral("search"), tongban::cli::runSearch},
        {QStringLiteral("server-init"), tongban::cli::runServerInit},
        {QStringLiteral("parameters"), tongban::cli::runParameters},
        {QStringLiteral("office"), tongban::cli::runOffice},
        {QStringLiteral("sync"), tongban::cli::runSync},
        {QStringLiteral("carry"), tongban::cli::runCarry},
        {QStringLiteral("sync-limits"), tongban::cli::runSyncLimits},
        {QStringLiteral("user"), tongban::cli::runUser},
        {QStringLiteral("audit"), tongban::cli::runAudit},
    };
    return table;
}

QString usage()
{
    QStringList names;
    for (const auto &[name, run] : commands())
        names << name;
    return QStringLiteral("usage: tongban-cli <%1> [arguments]; see docs/cli.md").arg(names.join(u'|'));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tongban-cli"));
    tongban::i18n::installTranslators(app, tongban::i18n::defaultLocale());

    QStringList arguments = QCoreApplication::arguments().mid(1);
    CommandOutput output;
    if (arguments.isEmpty() || !commands().contains(arguments.first())) {
        output.exitCode = 2;
        output.json = tongban::cli::errorObject(QStringLiteral("command"), usage());
    } else {
        const QString name = arguments.takeFirst();
        if (const auto bad = tongban::cli::CliContext::takeSignIn(arguments)) {
            output.exitCode = 2;
            output.json = tongban::cli::errorObject(bad->field, bad->message);
        } else {
            output = commands().at(name)(arguments);
        }
    }
    const QByteArray json = (output.array ? QJsonDocument(*output.array) : QJsonDocument(output.json)).toJson(QJsonDocument::Indented);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fflush(stdout);
    return output.exitCode;
}
