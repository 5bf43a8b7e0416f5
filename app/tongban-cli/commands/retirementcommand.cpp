#include "commands.h"

#include "policy/parameterset.h"
#include "retirement/retirementrule.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tongban::cli {

namespace {

class RetirementCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::RetirementCommand)

public:
    static CommandOutput run(const QStringList &arguments)
    {
        QMap<QString, QString> options;
        for (qsizetype i = 0; i < arguments.size(); i += 2) {
            const QString key = arguments.at(i);
            static const QStringList known {QStringLiteral("--birth"), QStringLiteral("--group"), QStringLiteral("--contribution-months"),
                                            QStringLiteral("--early-months"), QStringLiteral("--late-months")};
            if (!known.contains(key))
                return bad(key, tr("unknown option; allowed: %1").arg(known.join(QStringLiteral(", "))));
            if (i + 1 >= arguments.size())
                return bad(key, tr("a value is required"));
            options.insert(key, arguments.at(i + 1));
        }
        const auto birth = YearMonth::parse(options.value(QStringLiteral("--birth")));
        if (!birth)
            return bad(QStringLiteral("--birth"), tr("a birth month \"YYYY-MM\" is required"));
        if (birth->year() < 1900 || birth->year() > 2100)
            return bad(QStringLiteral("--birth"), tr("a birth year between 1900 and 2100 is required"));
        const auto group = insured::retirementGroupFromKey(options.value(QStringLiteral("--group")));
        if (!group)
            return bad(QStringLiteral("--group"), tr("must be one of: male, female-55, female-50"));
        std::optional<int> contribution;
        int early = 0;
        int late = 0;
        for (const auto &[key, target] :
             {std::pair {QStringLiteral("--early-months"), &early}, std::pair {QStringLiteral("--late-months"), &late}}) {
            if (!options.contains(key))
                continue;
            bool ok = false;
            *target = options.value(key).toInt(&ok);
            if (!ok || *target < 0)
                return bad(key, tr("a whole number of months, 0 or more, is required"));
        }
        if (options.contains(QStringLiteral("--contribution-months"))) {
            bool ok = false;
            contribution = options.value(QStringLiteral("--contribution-months")).toInt(&ok);
            if (!ok || *contribution < 0 || *contribution > 1000)
                return bad(QStringLiteral("--contribution-months"), tr("a whole number of months between 0 and 1000 is required"));
        }
        const auto parameters = policy::ParameterSet::loadBuiltIn();
        if (!parameters)
            return {1, errorObject(parameters.error().field, parameters.error().message)};
        const auto statutory = retirement::RetirementRule::statutory(*birth, *group, **parameters);
        if (!statutory)
            return bad(QStringLiteral("--") + statutory.error().field, statutory.error().message);
        const auto chosen = retirement::RetirementRule::chosen(*statutory, early, late, contribution, **parameters);
        if (!chosen)
            return bad(chosen.error().field, chosen.error().message);

        QJsonObject out {
            {QStringLiteral("group"), insured::retirementGroupKey(*group)},
            {QStringLiteral("birth"), birth->toString()},
            {QStringLiteral("delay_months"), statutory->delayMonths},
            {QStringLiteral("statutory_age"),
             QJsonObject {{QStringLiteral("years"), statutory->statutoryAge.years},
                          {QStringLiteral("months"), statutory->statutoryAge.months}}},
            {QStringLiteral("statutory_retirement"), statutory->statutoryRetirement.toString()},
            {QStringLiteral("minimum_contribution_months"), statutory->minimumContributionMonths},
            {QStringLiteral("earliest_flexible_retirement"), statutory->earliestFlexibleRetirement.toString()},
            {QStringLiteral("latest_flexible_retirement"), statutory->latestFlexibleRetirement.toString()},
            {QStringLiteral("chosen_retirement"), chosen->toString()},
        };
        if (contribution) {
            // Keyed on the year the statutory age is reached (policy-facts §4), not the chosen month.
            const int minimum = statutory->minimumContributionMonths;
            out.insert(QStringLiteral("eligible_for_monthly_pension"), *contribution >= minimum);
            out.insert(QStringLiteral("missing_months"), std::max(0, minimum - *contribution));
        }
        return {0, out};
    }

private:
    static CommandOutput bad(const QString &field, const QString &message) { return {2, errorObject(field, message)}; }
};

} // namespace

CommandOutput runRetirement(const QStringList &arguments)
{
    return RetirementCommand::run(arguments);
}

} // namespace tongban::cli
