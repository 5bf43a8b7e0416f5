#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "identity/citizenid.h"
#include "services/auditservice.h"
#include "storage/storedtime.h"

#include <QCoreApplication>

namespace tongban::cli {

namespace {

class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::AuditCommand)

public:
    /// `audit verify --db FILE` and `audit list --db FILE [--person ID] [--since DATE]`
    /// (../shared/contracts/cli.md).
    ///
    /// verify: {"records": N, "intact": bool, "first_broken": seq or null, "reason": text
    /// (empty when intact)}; exit 0 when intact, 1 when not. Anyone may: it shows no one's data.
    ///
    /// list: the records newest first as a JSON array of {"at" (UTC, ISO 8601), "clerk",
    /// "action", "person" (the subject's ID number masked, "" when none), "reason"} and the
    /// additions "seq", "object", "outcome". Reading the audit log is a supervisor's right: without
    /// --user/--password-file of a supervisor, exit 2 naming "--user" (and the refusal is
    /// audited). --person: an ID number (checked, 15 digits normalized); --since: "YYYY-MM-DD",
    /// the hall's day from which on.
    static CommandOutput run(QStringList arguments)
    {
        const QString usage = tr("audit verify --db FILE | audit list --db FILE [--person ID] [--since YYYY-MM-DD]");
        if (arguments.isEmpty() || (arguments.first() != u"verify" && arguments.first() != u"list"))
            return {2, errorObject(QStringLiteral("command"), usage)};
        const bool list = arguments.takeFirst() == u"list";
        const QSet<QString> allowed = list ? QSet<QString> {QStringLiteral("--db"), QStringLiteral("--person"), QStringLiteral("--since")}
                                           : QSet<QString> {QStringLiteral("--db")};
        const auto options = CliOptions::parse(arguments, allowed, {}, usage);
        if (!options)
            return failure(options.error());
        audit::AuditQuery::Filter filter;
        if (options->has(QStringLiteral("--person"))) {
            const auto v = identity::CitizenId::validate(options->value(QStringLiteral("--person")), CliContext::clock().today());
            if (!v.valid)
                return {2, errorObject(QStringLiteral("--person"), v.reason)};
            filter.person = v.normalized;
        }
        if (options->has(QStringLiteral("--since"))) {
            filter.from = QDate::fromString(options->value(QStringLiteral("--since")), Qt::ISODate);
            if (!filter.from.isValid())
                return {2, errorObject(QStringLiteral("--since"), tr("a date YYYY-MM-DD is required, e.g. 2026-12-01"))};
        }
        auto cli = CliContext::open(options->value(QStringLiteral("--db")));
        if (!cli)
            return failure(cli.error());
        const services::AuditService service((*cli)->context());

        if (!list) {
            const auto report = service.verify().result();
            if (!report)
                return failure(report.error());
            return {report->intact ? 0 : 1,
                    QJsonObject {{QStringLiteral("records"), report->records},
                                 {QStringLiteral("intact"), report->intact},
                                 {QStringLiteral("first_broken"), report->firstBroken ? QJsonValue(*report->firstBroken) : QJsonValue()},
                                 {QStringLiteral("reason"), report->reason}}};
        }

        QJsonArray records;
        std::optional<qint64> after;
        do {
            const auto page = service.list(filter, 1000, after).result();
            if (!page) {
                Error e = page.error();
                if (e.kind == Error::Kind::Forbidden)
                    e.field = QStringLiteral("--user");
                return failure(e);
            }
            for (const audit::AuditRecord &r : page->records)
                records.append(QJsonObject {
                    {QStringLiteral("seq"), r.seq},
                    {QStringLiteral("at"), storage::StoredTime::toText(r.at)},
                    {QStringLiteral("clerk"), r.clerk},
                    {QStringLiteral("action"), r.entry.action},
                    {QStringLiteral("person"), r.entry.subject.isEmpty() ? QString() : identity::CitizenId::mask(r.entry.subject)},
                    {QStringLiteral("object"), r.entry.object},
                    {QStringLiteral("reason"), r.entry.reason},
                    {QStringLiteral("outcome"), r.entry.outcome},
                });
            after = page->next;
        } while (after);
        CommandOutput output;
        output.array = records;
        return output;
    }
};

} // namespace

CommandOutput runAudit(const QStringList &arguments)
{
    return AuditCommand::run(arguments);
}

} // namespace tongban::cli
