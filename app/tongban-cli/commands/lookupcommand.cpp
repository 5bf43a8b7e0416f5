#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "history/contributionhistory.h"
#include "identity/citizenid.h"
#include "policy/parameterset.h"
#include "services/auditservice.h"
#include "services/personlookup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>

namespace tongban::cli {

namespace {

class LookupCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::LookupCommand)

public:
    /// `lookup --db FILE (--id NUMBER | --name TEXT) [--unmasked --reason TEXT]`
    /// (../shared/contracts/cli.md), as the signed-in user (--user LOGIN --password-file FILE)
    /// or, without one, as "cli:<OS user>" with a window clerk's rights.
    ///
    /// Every person shown is audited ("look-up"). --unmasked is an expert's or a supervisor's
    /// right: anyone else gets exit 2 naming "--unmasked" and only the "refused" record is
    /// written; it needs --reason (at least 4 characters, exit 2 naming "--reason"), kept in an
    /// "unmask" record for each number shown in full.
    ///
    /// Output for one person: {"person": {"id_number" (masked as 110105********002X unless
    /// --unmasked), "name", "sex", "birth", "region", "retirement_group", "deemed_months",
    /// "first_work_date"}, "years": [{"year", "months_paid", "average_base" (CNY/month),
    /// "average_wage" (CNY/month, null when the data lacks the year), "index" (4 decimals, half-up;
    /// null when the wage is missing or nothing was paid), "kinds", "gap_months",
    /// "account_balance" (CNY at the year's end; null for years before the opening balance's
    /// year, which the opening balance stands for)}], "totals": {"actual_months",
    /// "deemed_months", "account_balance", and the additions "balance_as_of" ("YYYY-MM"),
    /// "gap_months", "average_index" (4 decimals or null), "missing_figures" (strings)}}.
    /// The history runs to the current month (ContributionHistory::build).
    ///
    /// Addition to the contract: when --name matches several persons the output is
    /// {"matches": [{"id_number" (masked unless --unmasked), "name", "birth", "region"}]}
    /// (at most 50, by name), exit 0; look one of them up with --id.
    ///
    /// Exit 2 (bad input): options missing, unknown or both --id and --name ("--id"); an ID
    /// number that is not valid ("--id", CitizenId's reason); nobody found ("--id" / "--name");
    /// a database file that does not exist ("--db"). Exit 1: the file cannot be read as a
    /// database, or is damaged. A person whose region has no rule set yet is shown with the
    /// indices missing (totals.missing_figures names the rule set).
    static CommandOutput run(const QStringList &arguments)
    {
        static const QStringList withValue {QStringLiteral("--db"), QStringLiteral("--id"), QStringLiteral("--name"),
                                            QStringLiteral("--reason")};
        QMap<QString, QString> options;
        bool unmasked = false;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            const QString key = arguments.at(i);
            if (key == u"--unmasked") {
                unmasked = true;
                continue;
            }
            if (!withValue.contains(key))
                return bad(key,
                           tr("unknown option; allowed: --db FILE, --id NUMBER, --name TEXT, --unmasked --reason TEXT, --user LOGIN "
                              "--password-file FILE"));
            if (i + 1 >= arguments.size())
                return bad(key, tr("a value is required"));
            options.insert(key, arguments.at(++i));
        }
        const QString dbPath = options.value(QStringLiteral("--db"));
        if (dbPath.isEmpty())
            return bad(QStringLiteral("--db"), tr("the database file is required: lookup --db FILE (--id NUMBER | --name TEXT)"));
        const bool byId = options.contains(QStringLiteral("--id"));
        const bool byName = options.contains(QStringLiteral("--name"));
        if (byId == byName)
            return bad(QStringLiteral("--id"), tr("give either --id NUMBER or --name TEXT"));

        QString citizenId;
        if (byId) {
            const auto v = identity::CitizenId::validate(options.value(QStringLiteral("--id")), CliContext::clock().today());
            if (!v.valid)
                return bad(QStringLiteral("--id"), v.reason);
            citizenId = v.normalized;
        } else if (options.value(QStringLiteral("--name")).trimmed().isEmpty()) {
            return bad(QStringLiteral("--name"), tr("a name or part of one is required"));
        }

        const QString reason = options.value(QStringLiteral("--reason")).trimmed();
        if (unmasked) {
            if (const auto bad = services::AuditService::checkReason(reason, QStringLiteral("--reason")))
                return failure(*bad);
        } else if (options.contains(QStringLiteral("--reason"))) {
            return bad(QStringLiteral("--reason"), tr("a reason is asked only with --unmasked"));
        }

        auto cli = CliContext::open(dbPath);
        if (!cli) {
            const Error &e = cli.error();
            return {exitCodeFor(e),
                    errorObject(e.field == u"--user" || e.field == u"--password-file" ? e.field : QStringLiteral("--db"), e.message)};
        }
        const services::AuditService auditService((*cli)->context());
        // The unmasked number is an expert's or a supervisor's right: refused (and audited) before
        // anything is read.
        if (unmasked) {
            const auto allowed = auditService.authorize(accounts::Permission::Unmask, QStringLiteral("--unmasked"), citizenId).result();
            if (!allowed)
                return failure(allowed.error());
        }
        QStringList unmaskedNumbers;
        const auto mask = [unmasked, &unmaskedNumbers](const QString &id) {
            if (!unmasked)
                return identity::CitizenId::mask(id);
            unmaskedNumbers << id;
            return id;
        };
        // Each number shown in full leaves an "unmask" record with the reason before it is printed.
        const auto auditUnmasked = [&]() -> std::optional<CommandOutput> {
            if (unmaskedNumbers.isEmpty())
                return std::nullopt;
            QList<audit::AuditEntry> entries;
            for (const QString &number : std::as_const(unmaskedNumbers)) {
                audit::AuditEntry entry;
                entry.action = audit::action::unmask;
                entry.subject = number;
                entry.object = QStringLiteral("id-number");
                entry.reason = reason;
                entries << entry;
            }
            const auto written = auditService.record(entries).result();
            if (!written)
                return failure(written.error());
            return std::nullopt;
        };

        // The person look-up of the counter window, without the default pension: the history
        // here runs to the current month.
        services::PersonLookup::Request request;
        request.query = byId ? citizenId : options.value(QStringLiteral("--name"));
        request.withPension = false;
        const auto outcome = services::PersonLookup((*cli)->context()).lookUp(request, std::make_shared<std::atomic_bool>(false)).result();
        switch (outcome.kind) {
        case services::LookupOutcome::Kind::Person:
            break;
        case services::LookupOutcome::Kind::Matches: {
            QJsonArray matches;
            for (const insured::InsuredPerson &p : outcome.matches)
                matches.append(QJsonObject {{QStringLiteral("id_number"), mask(p.citizenId)},
                                            {QStringLiteral("name"), p.name},
                                            {QStringLiteral("birth"), p.birthDate.toString(Qt::ISODate)},
                                            {QStringLiteral("region"), p.region}});
            if (const auto failed = auditUnmasked())
                return *failed;
            return {0, QJsonObject {{QStringLiteral("matches"), matches}}};
        }
        case services::LookupOutcome::Kind::NotFound:
            return byId ? bad(QStringLiteral("--id"), tr("no insured person with citizen ID number %1").arg(mask(citizenId)))
                        : bad(QStringLiteral("--name"),
                              tr("no insured person with a name containing \"%1\"").arg(options.value(QStringLiteral("--name")).trimmed()));
        case services::LookupOutcome::Kind::BadIdNumber:
            return bad(QStringLiteral("--id"), outcome.message);
        case services::LookupOutcome::Kind::Failed:
        case services::LookupOutcome::Kind::Cancelled:
            return {1, errorObject(QStringLiteral("--db"), outcome.message)};
        }
        const insured::InsuredPerson &person = outcome.person->person;
        const auto &history = outcome.person->history;
        if (!history)
            return {1, errorObject(QStringLiteral("person.records"), outcome.person->historyError)};

        QJsonArray years;
        for (const history::YearSummary &y : history->years()) {
            QJsonArray kinds;
            for (const insured::ContributionKind kind : y.kinds)
                kinds.append(insured::contributionKindKey(kind));
            const bool beforeOpening
                = !y.reconstructed && person.accountOpeningMonth.isValid() && y.year < person.accountOpeningMonth.year();
            years.append(QJsonObject {
                {QStringLiteral("year"), y.year},
                {QStringLiteral("months_paid"), y.monthsPaid},
                {QStringLiteral("average_base"), y.averageBase.toJsonDouble()},
                {QStringLiteral("average_wage"),
                 y.averageWage ? QJsonValue(Money::fromYuan(y.averageWage->value, RoundingMode::HalfUp).toJsonDouble()) : QJsonValue()},
                {QStringLiteral("index"), decimals4(y.index)},
                {QStringLiteral("kinds"), kinds},
                {QStringLiteral("gap_months"), y.gapMonths},
                {QStringLiteral("account_balance"), beforeOpening ? QJsonValue() : QJsonValue(y.balanceAtYearEnd.toJsonDouble())},
            });
        }
        const history::HistoryTotals &t = history->totals();
        const QString shownNumber = mask(person.citizenId);
        if (const auto failed = auditUnmasked())
            return *failed;
        return {0,
                QJsonObject {
                    {QStringLiteral("person"),
                     QJsonObject {
                         {QStringLiteral("id_number"), shownNumber},
                         {QStringLiteral("name"), person.name},
                         {QStringLiteral("sex"), identity::CitizenId::sexKey(person.sex)},
                         {QStringLiteral("birth"), person.birthDate.toString(Qt::ISODate)},
                         {QStringLiteral("region"), person.region},
                         {QStringLiteral("retirement_group"), insured::retirementGroupKey(person.retirementGroup)},
                         {QStringLiteral("deemed_months"), person.deemedMonths},
                         {QStringLiteral("first_work_date"),
                          person.firstWorkDate.isValid() ? QJsonValue(person.firstWorkDate.toString(Qt::ISODate)) : QJsonValue()},
                     }},
                    {QStringLiteral("years"), years},
                    {QStringLiteral("totals"),
                     QJsonObject {
                         {QStringLiteral("actual_months"), t.actualMonths},
                         {QStringLiteral("deemed_months"), t.deemedMonths},
                         {QStringLiteral("account_balance"), t.accountBalance.toJsonDouble()},
                         {QStringLiteral("balance_as_of"), t.balanceAsOf.toString()},
                         {QStringLiteral("gap_months"), t.gapMonths},
                         {QStringLiteral("average_index"), decimals4(t.averageIndex)},
                         {QStringLiteral("missing_figures"), QJsonArray::fromStringList(t.missingFigures)},
                     }},
                }};
    }

private:
    static CommandOutput bad(const QString &field, const QString &message) { return {2, errorObject(field, message)}; }

    /// @p value half-up to 4 decimals as a JSON number; null when absent.
    static QJsonValue decimals4(const std::optional<Rational> &value)
    {
        return value ? QJsonValue(value->rounded(4, RoundingMode::HalfUp).toDouble()) : QJsonValue();
    }
};

} // namespace

CommandOutput runLookup(const QStringList &arguments)
{
    return LookupCommand::run(arguments);
}

} // namespace tongban::cli
