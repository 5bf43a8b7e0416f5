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
                              "[--a-kind employee|flexible] [--b-kind employee|flexible] [--today YYYY-MM] "
                              "[--basis consent --consent-by NAME --consent-form written|in-person | "
                              "--basis approval --approved-by NAME --reason TEXT]");
    }

    static CommandOutput run(const QStringList &arguments)
    {
        const auto options
            = CliOptions::parse(arguments,
                                {QStringLiteral("--case-a"), QStringLiteral("--case-b"), QStringLiteral("--db"), QStringLiteral("--id"),
                                 QStringLiteral("--a-retirement"), QStringLiteral("--b-retirement"), QStringLiteral("--a-keep-paying"),
                                 QStringLiteral("--b-keep-paying"), QStringLiteral("--a-kind"), QStringLiteral("--b-kind"),
                                 QStringLiteral("--today"), QStringLiteral("--basis"), QStringLiteral("--consent-by"),
                                 QStringLiteral("--consent-form"), QStringLiteral("--approved-by"), QStringLiteral("--reason")},
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
        const auto basis = basisOf(*options);
        if (!basis)
            return failure(basis.error());
        if (*basis && (byCase || options->values(QStringLiteral("--id")).size() != 2))
            return failure(Error::badInput(QStringLiteral("--basis"),
                                           tr("a basis goes with a comparison of two stored persons (--db FILE --id NUMBER --id NUMBER): "
                                              "it records that the second person's data was shown")));
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
            QJsonObject json = comparisonToJson(*outcome.comparison, outcome.sideA->result, outcome.sideB->result, outcome.assumptionsA,
                                                outcome.assumptionsB);
            if (*basis && outcome.colleague && outcome.visitor) {
                // Recorded before anything of the second person is printed (个人信息保护法 第十三条).
                const auto recorded = services::ComparisonService((*cli)->context())
                                          .recordDisclosure({*outcome.colleague, *outcome.visitor, **basis, *outcome.comparison})
                                          .result();
                if (!recorded)
                    return failure(recorded.error());
                json.insert(QStringLiteral("disclosure"), disclosureToJson(*recorded));
            } else if (outcome.colleague) {
                // Someone else's data printed without a basis: still audited first.
                const auto audited = services::ComparisonService((*cli)->context()).auditShown(*outcome.colleague).result();
                if (!audited)
                    return failure(audited.error());
            }
            return {0, json};
        }
        const auto comparison = pension::PensionComparer::compare(*a, *b);
        return {0, comparisonToJson(comparison, a->result, b->result, assumptionsA, assumptionsB)};
    }

private:
    /// The basis of the --basis options; std::nullopt when none is given.
    static Result<std::optional<session::DisclosureBasis>> basisOf(const CliOptions &options)
    {
        const QString kind = options.value(QStringLiteral("--basis"));
        const bool any = options.has(QStringLiteral("--basis")) || options.has(QStringLiteral("--consent-by"))
            || options.has(QStringLiteral("--consent-form")) || options.has(QStringLiteral("--approved-by"))
            || options.has(QStringLiteral("--reason"));
        if (!any)
            return std::optional<session::DisclosureBasis>();
        if (kind == u"consent" && options.has(QStringLiteral("--approved-by")))
            return Error::badInput(QStringLiteral("--approved-by"), tr("--approved-by goes with --basis approval"));
        if (kind == u"approval" && options.has(QStringLiteral("--consent-by")))
            return Error::badInput(QStringLiteral("--consent-by"), tr("--consent-by goes with --basis consent"));
        const QString by = options.value(kind == u"approval" ? QStringLiteral("--approved-by") : QStringLiteral("--consent-by"));
        const auto basis = session::DisclosureBasis::fromKeys(kind, by, options.value(QStringLiteral("--consent-form")),
                                                              options.value(QStringLiteral("--reason")));
        if (!basis) {
            Error e = basis.error();
            e.field = QStringLiteral("--") + QString(e.field).replace(u'_', u'-');
            return e;
        }
        return std::optional<session::DisclosureBasis>(*basis);
    }

    /// The "disclosure" member of the output: the row recorded, without the names it holds
    /// beyond the basis itself.
    static QJsonObject disclosureToJson(const session::Disclosure &d)
    {
        QJsonObject json {{QStringLiteral("id"), d.id},
                          {QStringLiteral("basis"), d.basis.kindKey()},
                          {QStringLiteral("clerk"), d.clerk},
                          {QStringLiteral("created_at"), d.createdAt.toString(Qt::ISODate)}};
        if (d.basis.kind() == session::DisclosureBasis::Kind::Consent) {
            json.insert(QStringLiteral("consent_by"), d.basis.by());
            json.insert(QStringLiteral("consent_form"), d.basis.consentFormKey());
        } else {
            json.insert(QStringLiteral("approved_by"), d.basis.by());
            json.insert(QStringLiteral("reason"), d.basis.reason());
        }
        return json;
    }

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
