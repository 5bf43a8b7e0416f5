#include "cliinput.h"
#include "commands.h"

#include "deferral/deferralevaluator.h"
#include "deferral/deferraljson.h"

#include <QCoreApplication>

namespace tongban::cli {

namespace {

class DeferralCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::DeferralCommand)

public:
    static CommandOutput run(const QStringList &arguments)
    {
        const auto input = readCaseArgument(arguments, QStringLiteral("deferral"));
        if (!input)
            return failure(input.error());
        const auto question = deferral::DeferralJson::parse(*input);
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
