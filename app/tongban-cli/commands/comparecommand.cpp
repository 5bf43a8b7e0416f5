#include "cliinput.h"
#include "commands.h"
#include "comparisonjson.h"
#include "pension/pensioncasejson.h"

#include "clicontext.h"
#include "identity/citizenid.h"
#include "pension/pensioncalculator.h"
#include "pension/scenarioside.h"
#include "policy/parameterset.h"
#include "services/comparisonservice.h"

#include <tuple>

namespace tongban::cli {

namespace {

class CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::CompareCommand)

public:
    static QString usage()
    {
        return QStringLiteral("compare --case-a FILE --case-b FILE | compare --db FILE --id NUMBER [--id NUMBER] "
                              "[--a-retirement YYYY-MM] [--b-retirement YYYY-MM] [--a-keep-paying CNY] [--b-keep-paying CNY] "
                              "[--a-kind employee|flexible] [--b-kind employee|flexible] [--today YYYY-MM]");
    }

    static CommandOutput run(const QStringList &arguments)
    {
        const auto options = CliOptions::parse(arguments,
                                               {QStringLiteral("--case-a"), QStringLiteral("--case-b"), QStringLiteral("--db"),
                                                QStringLiteral("--id"), QStringLiteral("--a-retirement"), QStringLiteral("--b-retirement"),
                                                QStringLiteral("--a-keep-paying"), QStringLiteral("--b-keep-paying"),
                                                QStringLiteral("--a-kind"), QStringLiteral("--b-kind"), QStringLiteral("--today")},
                                               {}, usage());
        if (!options)
            return failure(options.error());
        const auto parameters = policy::ParameterSet::loadBuiltIn();
        if (!parameters)
            return failure(parameters.error());

        const bool byCase = options->has(QStringLiteral("--case-a")) || options->has(QStringLiteral("--case-b"));
        const bool byPerson = options->has(QStringLiteral("--db")) || options->has(QStringLiteral("--id"));
        if (byCase == byPerson)
            return failure(
                Error::badInput(QStringLiteral("--case-a"), tr("compare either two case files or stored persons; usage: %1").arg(usage())));
        std::optional<pension::ComparisonSide> a, b;
        QStringList assumptionsA, assumptionsB;
        if (byCase) {
            auto sa = caseSide(*options, QStringLiteral("--case-a"), QStringLiteral("A"), *parameters);
            if (!sa)
                return failure(sa.error());
            auto sb = caseSide(*options, QStringLiteral("--case-b"), QStringLiteral("B"), *parameters);
            if (!sb)
                return failure(sb.error());
            a = *sa;
            b = *sb;
        } else {
            const QStringList ids = options->values(QStringLiteral("--id"));
            if (ids.isEmpty() || ids.size() > 2)
                return failure(
                    Error::badInput(QStringLiteral("--id"), tr("give one citizen ID number (two scenarios) or two (two persons)")));
            const bool scenario = ids.size() == 1;
            if (scenario && !options->has(QStringLiteral("--a-retirement")) && !options->has(QStringLiteral("--b-retirement"))
                && !options->has(QStringLiteral("--a-keep-paying")) && !options->has(QStringLiteral("--b-keep-paying")))
                return failure(Error::badInput(QStringLiteral("--id"),
                                               tr("with one person, describe a scenario: --b-retirement YYYY-MM or --b-keep-paying CNY")));
            const auto today = options->month(QStringLiteral("--today"));
            if (!today)
                return failure(today.error());
            for (const QString &id : ids) {
                const auto v = identity::CitizenId::validate(id, CliContext::clock().today());
                if (!v.valid)
                    return failure(Error::badInput(QStringLiteral("--id"), v.reason));
            }
            services::ComparisonService::Request request;
            request.today = today->value_or(currentMonth());
            request.bIsScenarioOfA = scenario;
            for (const auto &[side, prefix, id] : {std::tuple {&request.a, QStringLiteral("--a-"), ids.first()},
                                                   std::tuple {&request.b, QStringLiteral("--b-"), ids.last()}}) {
                side->query = id;
                side->queryField = QStringLiteral("--id");
                const auto s = scenarioOf(*options, prefix);
                if (!s)
                    return failure(s.error());
                side->scenario = *s;
                side->describe = scenario || s->retirement;
            }
            auto cli = CliContext::open(options->value(QStringLiteral("--db")));
            if (!cli)
                return failure(cli.error());
            const auto outcome
                = services::ComparisonService((*cli)->context()).compare(request, std::make_shared<std::atomic_bool>(false)).result();
            if (outcome.error) {
                Error e = *outcome.error;
                if ((e.field == u"retirement" || e.field == u"keep_paying") && outcome.errorSide)
                    e.field = QStringLiteral("--%1-").arg(QChar::fromLatin1(outcome.errorSide)) + QString(e.field).replace(u'_', u'-');
                return failure(e);
            }
            return {0,
                    comparisonToJson(*outcome.comparison, outcome.sideA->result, outcome.sideB->result, outcome.assumptionsA,
                                     outcome.assumptionsB)};
        }
        const auto comparison = pension::PensionComparer::compare(*a, *b);
        return {0, comparisonToJson(comparison, a->result, b->result, assumptionsA, assumptionsB)};
    }

private:
    static Result<pension::ComparisonSide> caseSide(const CliOptions &options, const QString &key, const QString &label,
                                                    const std::shared_ptr<const policy::ParameterSet> &parameters)
    {
        const QString path = options.value(key);
        if (path.isEmpty())
            return Error::badInput(key, tr("both --case-a FILE and --case-b FILE are required"));
        const auto input = readJsonObjectFile(path, key);
        if (!input)
            return input.error();
        auto pensionCase = pension::PensionCaseJson::parse(*input);
        if (!pensionCase) {
            Error e = pensionCase.error();
            e.field = key + u':' + e.field;
            return e;
        }
        auto result = pension::PensionCalculator(parameters).calculate(*pensionCase);
        if (!result) {
            Error e = result.error();
            e.field = key + u':' + e.field;
            return e;
        }
        return pension::ComparisonSide {label, *pensionCase, *result, std::nullopt};
    }

    /// The scenario of the "--a-" or "--b-" options.
    static Result<pension::Scenario> scenarioOf(const CliOptions &options, const QString &prefix)
    {
        pension::Scenario s;
        const auto retirement = options.month(prefix + QStringLiteral("retirement"));
        if (!retirement)
            return retirement.error();
        s.retirement = *retirement;
        const auto keepPaying = options.money(prefix + QStringLiteral("keep-paying"));
        if (!keepPaying)
            return keepPaying.error();
        s.keepPayingBase = *keepPaying;
        if (options.has(prefix + QStringLiteral("kind"))) {
            const auto kind = insured::contributionKindFromKey(options.value(prefix + QStringLiteral("kind")));
            if (!kind)
                return Error::badInput(prefix + QStringLiteral("kind"), tr("must be employee or flexible"));
            s.kind = *kind;
        }
        return s;
    }
};

} // namespace

CommandOutput runCompare(const QStringList &arguments)
{
    return CompareCommand::run(arguments);
}

} // namespace tongban::cli
