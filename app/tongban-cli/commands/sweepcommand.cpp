#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "deferral/deferralevaluator.h"
#include "services/auditservice.h"
#include "services/sweepservice.h"
#include "sweep/sweepcsv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace tongban::cli {

namespace {

/// `sweep --db FILE --as-of YYYY-MM-DD [--hard-hit CODE …] [--difficulty-attested] [--csv FILE]`
/// (docs/cli.md): the 免申即享 deferral sweep as the GUI's back-office page runs it
/// (services::SweepService: every employer screened in one read snapshot, the sweep recorded by
/// whoever acts), for a nightly batch job.
class SweepCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::SweepCommand)

public:
    static CommandOutput run(const QStringList &arguments)
    {
        const auto options = CliOptions::parse(
            arguments, {QStringLiteral("--db"), QStringLiteral("--as-of"), QStringLiteral("--hard-hit"), QStringLiteral("--csv")},
            {QStringLiteral("--difficulty-attested")},
            QStringLiteral("tongban-cli sweep --db FILE --as-of YYYY-MM-DD [--hard-hit CODE ...] [--difficulty-attested] [--csv FILE]"));
        if (!options)
            return failure(options.error());
        sweep::SweepParameters parameters;
        parameters.asOf = QDate::fromString(options->value(QStringLiteral("--as-of")), Qt::ISODate);
        if (!options->has(QStringLiteral("--as-of")) || !parameters.asOf.isValid())
            return failure(
                Error::badInput(QStringLiteral("--as-of"), tr("the application date is required as YYYY-MM-DD, e.g. --as-of 2022-06-15")));
        // "--hard-hit 310000 --hard-hit 220100" or one value with spaces or commas, as the GUI's field.
        for (const QString &value : options->values(QStringLiteral("--hard-hit")))
            parameters.hardHitRegions << value.split(QRegularExpression(QStringLiteral("[\\s,，、]+")), Qt::SkipEmptyParts);
        parameters.difficultyAttested = options->has(QStringLiteral("--difficulty-attested"));
        if (const Status valid = parameters.validate(); !valid)
            return failure(withOption(valid.error()));

        auto rules = deferral::DeferralRules::loadBuiltIn();
        if (!rules)
            return failure(rules.error());
        auto catalog = employer::IndustryCatalog::loadBuiltIn();
        if (!catalog)
            return failure(catalog.error());
        auto context = CliContext::open(options->value(QStringLiteral("--db")));
        if (!context)
            return failure(context.error());
        const auto evaluator = std::make_shared<const deferral::DeferralEvaluator>(std::move(rules).value(), std::move(catalog).value());
        const auto outcome = services::SweepService((*context)->context(), evaluator)
                                 .run(parameters, {}, std::make_shared<const std::atomic_bool>(false))
                                 .result();
        if (outcome.error)
            return failure(*outcome.error);
        if (outcome.recordError)
            return failure(*outcome.recordError);
        QJsonObject out = toJson(*outcome.result);
        out.insert(QStringLiteral("event_id"), outcome.eventId);
        if (options->has(QStringLiteral("--csv"))) {
            const QString path = options->value(QStringLiteral("--csv"));
            // A supervisor's export, audited before the file is written, as in the GUI.
            const auto audited
                = services::AuditService((*context)->context())
                      .recordOutput(audit::action::exportCsv, services::AuditService::sweepCsvObject(), QString(), QStringLiteral("--csv"))
                      .result();
            if (!audited)
                return failure(audited.error());
            if (const Status written = sweep::SweepCsv::write(*outcome.result, path); !written)
                return failure(written.error().nested(QStringLiteral("--csv")));
            out.insert(QStringLiteral("csv"), path);
        }
        return {0, out};
    }

private:
    /// The parameters' field as the option that gave it ("hard_hit_regions[0]" → "--hard-hit").
    static Error withOption(Error error)
    {
        if (error.field.startsWith(QStringLiteral("hard_hit_regions")))
            error.field = QStringLiteral("--hard-hit");
        else if (error.field == QStringLiteral("as_of"))
            error.field = QStringLiteral("--as-of");
        return error;
    }

    static QJsonObject toJson(const sweep::SweepResult &result)
    {
        QJsonArray rows;
        for (const sweep::SweepRow &row : result.rows) {
            QJsonArray insurances;
            for (const sweep::SweepInsurance &i : row.insurances) {
                QJsonObject o {{QStringLiteral("insurance"), i.insurance}, {QStringLiteral("eligible"), i.eligible}};
                if (i.eligible) {
                    o.insert(QStringLiteral("from"), i.from.toString());
                    o.insert(QStringLiteral("to"), i.to.toString());
                    o.insert(QStringLiteral("share"), i.share);
                    o.insert(QStringLiteral("pay_back_by"), i.payBackBy.toString(Qt::ISODate));
                    if (i.amount) {
                        o.insert(QStringLiteral("amount"), i.amount->toJsonDouble());
                        o.insert(QStringLiteral("record_months"), i.recordMonths);
                        o.insert(QStringLiteral("records"), i.records);
                    }
                }
                insurances.append(o);
            }
            rows.append(QJsonObject {{QStringLiteral("employer_id"), row.employerId},
                                     {QStringLiteral("uscc"), row.uscc},
                                     {QStringLiteral("name"), row.name},
                                     {QStringLiteral("industry_code"), row.industryCode},
                                     {QStringLiteral("size_class"), row.sizeClass},
                                     {QStringLiteral("kind"), row.kind},
                                     {QStringLiteral("region"), row.region},
                                     {QStringLiteral("hard_hit_area"), row.hardHitArea},
                                     {QStringLiteral("rules"), QJsonArray::fromStringList(row.rules)},
                                     {QStringLiteral("insurances"), insurances}});
        }
        QJsonArray skipped;
        for (const sweep::SweepSkip &s : result.skipped)
            skipped.append(QJsonObject {{QStringLiteral("employer_id"), s.employerId},
                                        {QStringLiteral("name"), s.name},
                                        {QStringLiteral("field"), s.field},
                                        {QStringLiteral("message"), s.message}});
        QJsonObject out = result.parameters.toJson();
        out.insert(QStringLiteral("rules_edition"), result.rulesEdition);
        out.insert(QStringLiteral("employers_total"), result.employersTotal);
        out.insert(QStringLiteral("screened"), result.screened);
        out.insert(QStringLiteral("eligible"), result.eligibleCount());
        out.insert(QStringLiteral("pension_total"), result.pensionTotal.toJsonDouble());
        out.insert(QStringLiteral("assumptions"), QJsonArray::fromStringList(result.assumptions));
        out.insert(QStringLiteral("employers"), rows);
        out.insert(QStringLiteral("skipped"), skipped);
        return out;
    }
};

} // namespace

CommandOutput runSweep(const QStringList &arguments)
{
    return SweepCommand::run(arguments);
}

} // namespace tongban::cli
