#include "commands.h"

#include "deferral/deferralevaluator.h"
#include "deferral/deferraljson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace tongban::cli {

namespace {

class DeferralCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::DeferralCommand)

public:
    static CommandOutput run(const QStringList &arguments)
    {
        if (arguments.size() != 2 || arguments.at(0) != u"--case")
            return {2, errorObject(QStringLiteral("--case"), tr("usage: tongban-cli deferral --case FILE (- for standard input)"))};
        QFile file;
        const QString path = arguments.at(1);
        const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened)
            return {2, errorObject(QStringLiteral("--case"), tr("cannot read %1: %2").arg(path, file.errorString()))};
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return {2,
                    errorObject(QStringLiteral("--case"),
                                tr("the case is not a JSON object: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset))};
        const auto question = deferral::DeferralJson::parse(doc.object());
        if (!question)
            return {2, errorObject(question.error().field, question.error().message)};
        const auto rules = deferral::DeferralRules::loadBuiltIn();
        if (!rules)
            return {1, errorObject(rules.error().field, rules.error().message)};
        const auto catalog = employer::IndustryCatalog::loadBuiltIn();
        if (!catalog)
            return {1, errorObject(catalog.error().field, catalog.error().message)};
        const auto outcome = deferral::DeferralEvaluator(*rules, *catalog).evaluate(question->payer, question->asOf);
        if (!outcome) {
            const Error error = outcome.error().field == u"as_of" ? outcome.error() : outcome.error().nested(QStringLiteral("payer"));
            return {error.kind == Error::Kind::BadInput ? 2 : 1, errorObject(error.field, error.message)};
        }
        return {0, deferral::DeferralJson::toJson(*outcome)};
    }
};

} // namespace

CommandOutput runDeferral(const QStringList &arguments)
{
    return DeferralCommand::run(arguments);
}

} // namespace tongban::cli
