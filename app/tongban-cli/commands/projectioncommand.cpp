#include "cliinput.h"
#include "commands.h"
#include "pension/pensioncasejson.h"

#include "identity/citizenid.h"
#include "pension/accountprojection.h"
#include "policy/parameterset.h"

#include <QJsonArray>

namespace tongban::cli {

namespace {

class ProjectionCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::ProjectionCommand)

public:
    static QString usage()
    {
        return QStringLiteral("projection --db FILE --id NUMBER --base CNY [--kind employee|flexible] [--retirement YYYY-MM] "
                              "[--crediting-rate FRACTION] [--calculation-base CNY] [--today YYYY-MM]");
    }

    /// Output: {"person": {"id_number" (masked), "name"}, "projection": {"base", "kind",
    /// "first_month", "last_month" (null when nothing is left to project), "months",
    /// "credits" (CNY credited by the projected months, before interest), "account_balance"
    /// (CNY at retirement), "average_index"}, "assumptions": [strings], "pension": the result
    /// object of `pension`}.
    static CommandOutput run(const QStringList &arguments)
    {
        const auto options
            = CliOptions::parse(arguments,
                                {QStringLiteral("--db"), QStringLiteral("--id"), QStringLiteral("--base"), QStringLiteral("--kind"),
                                 QStringLiteral("--retirement"), QStringLiteral("--crediting-rate"), QStringLiteral("--calculation-base"),
                                 QStringLiteral("--today")},
                                {}, usage());
        if (!options)
            return failure(options.error());
        pension::ProjectionRequest request;
        const auto base = options->money(QStringLiteral("--base"));
        if (!base)
            return failure(base.error());
        if (!*base)
            return failure(
                Error::badInput(QStringLiteral("--base"), tr("the monthly base to keep paying is required; usage: %1").arg(usage())));
        request.base = **base;
        if (options->has(QStringLiteral("--kind"))) {
            const auto kind = insured::contributionKindFromKey(options->value(QStringLiteral("--kind")));
            if (!kind)
                return failure(Error::badInput(QStringLiteral("--kind"), tr("must be employee or flexible")));
            request.kind = *kind;
        }
        const auto retirement = options->month(QStringLiteral("--retirement"));
        if (!retirement)
            return failure(retirement.error());
        request.retirement = *retirement;
        const auto today = options->month(QStringLiteral("--today"));
        if (!today)
            return failure(today.error());
        request.today = today->value_or(currentMonth());
        if (options->has(QStringLiteral("--crediting-rate"))) {
            const auto rate = Rational::fromDecimalString(options->value(QStringLiteral("--crediting-rate")));
            if (!rate)
                return failure(
                    Error::badInput(QStringLiteral("--crediting-rate"), tr("a decimal fraction is required, e.g. 0.0262 for 2.62 %")));
            request.creditingRate = *rate;
        }
        const auto calculationBase = options->money(QStringLiteral("--calculation-base"));
        if (!calculationBase)
            return failure(calculationBase.error());
        request.calculationBase = *calculationBase;

        const auto stored
            = loadStoredPerson(options->value(QStringLiteral("--db")), options->value(QStringLiteral("--id")), QStringLiteral("--id"));
        if (!stored)
            return failure(stored.error());
        const auto parameters = policy::ParameterSet::loadBuiltIn();
        if (!parameters)
            return failure(parameters.error());
        const auto p = pension::AccountProjection::project(stored->person, stored->records, *parameters, request);
        if (!p) {
            Error e = p.error();
            if (e.field == u"base" || e.field == u"retirement" || e.field == u"crediting_rate" || e.field == u"calculation_base")
                e.field = QStringLiteral("--") + QString(e.field).replace(u'_', u'-');
            return failure(e);
        }
        const QJsonValue none = QJsonValue::Null;
        return {0,
                QJsonObject {
                    {QStringLiteral("person"),
                     QJsonObject {{QStringLiteral("id_number"), identity::CitizenId::mask(stored->person.citizenId)},
                                  {QStringLiteral("name"), stored->person.name}}},
                    {QStringLiteral("projection"),
                     QJsonObject {
                         {QStringLiteral("base"), request.base.toJsonDouble()},
                         {QStringLiteral("kind"), insured::contributionKindKey(request.kind)},
                         {QStringLiteral("first_month"), p->projectedMonths > 0 ? QJsonValue(p->firstProjectedMonth.toString()) : none},
                         {QStringLiteral("last_month"), p->projectedMonths > 0 ? QJsonValue(p->lastProjectedMonth.toString()) : none},
                         {QStringLiteral("months"), p->projectedMonths},
                         {QStringLiteral("credits"), p->projectedCredits.toJsonDouble()},
                         {QStringLiteral("account_balance"), p->historyCase.pensionCase.accountBalance.toJsonDouble()},
                         {QStringLiteral("average_index"), p->historyCase.pensionCase.averageIndex.toDouble()}}},
                    {QStringLiteral("assumptions"), QJsonArray::fromStringList(p->assumptions)},
                    {QStringLiteral("pension"), pension::PensionCaseJson::toJson(p->result)},
                }};
    }
};

} // namespace

CommandOutput runProjection(const QStringList &arguments)
{
    return ProjectionCommand::run(arguments);
}

} // namespace tongban::cli
