#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "casework/dayreportcsv.h"
#include "identity/citizenid.h"
#include "services/auditservice.h"
#include "services/dayreportservice.h"
#include "services/visitsearchservice.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tongban::cli {

namespace {

class CaseworkCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::CaseworkCommand)

public:
    /// `day-report --db FILE --date YYYY-MM-DD [--csv FILE] [--window W]` (docs/cli.md).
    static CommandOutput dayReport(const QStringList &arguments)
    {
        const auto options = CliOptions::parse(
            arguments, {QStringLiteral("--db"), QStringLiteral("--date"), QStringLiteral("--csv"), QStringLiteral("--window")}, {},
            QStringLiteral("tongban-cli day-report --db FILE --date YYYY-MM-DD [--csv FILE] [--window W]"));
        if (!options)
            return failure(options.error());
        const auto date = dateOption(*options, QStringLiteral("--date"), true);
        if (!date)
            return failure(date.error());
        auto context = CliContext::open(options->value(QStringLiteral("--db")));
        if (!context)
            return failure(context.error());
        auto service = services::DayReportService::builtIn((*context)->context());
        if (!service)
            return {1, errorObject(service.error().field, service.error().message)};
        const auto report = (*service)->report(*date, options->value(QStringLiteral("--window"))).result();
        if (!report)
            return failure(report.error());
        QJsonObject out {{QStringLiteral("date"), report->date.toString(Qt::ISODate)}};
        QJsonArray windows;
        for (const casework::DayFigures &f : report->byWindow)
            windows.append(toJson(f));
        QJsonArray departments;
        for (const casework::DayFigures &f : report->byDepartment)
            departments.append(toJson(f));
        out.insert(QStringLiteral("windows"), windows);
        out.insert(QStringLiteral("departments"), departments);
        out.insert(QStringLiteral("total"), toJson(report->total));
        if (options->has(QStringLiteral("--csv"))) {
            const QString path = options->value(QStringLiteral("--csv"));
            // Audited before the file is written (issue 12 §4); refused: exit 2 naming --csv.
            const auto audited
                = services::AuditService((*context)->context())
                      .recordOutput(audit::action::exportCsv, QStringLiteral("day-work-csv"), QString(), QStringLiteral("--csv"))
                      .result();
            if (!audited)
                return failure(audited.error());
            if (const Status written = services::DayReportService::writeCsv(*report, path); !written)
                return failure(written.error().nested(QStringLiteral("--csv")));
            out.insert(QStringLiteral("csv"), path);
        }
        return {0, out};
    }

    /// `search --db FILE [filters] [--page-size N] [--after CURSOR] [--unmasked --reason TEXT]`
    /// (docs/cli.md). --unmasked is an expert's or a supervisor's right, as for `lookup`: anyone
    /// else gets exit 2 naming "--unmasked" and only the "refused" audit record is written; it
    /// needs --reason (at least 4 characters, exit 2 naming "--reason"), kept in an "unmask"
    /// record for each number shown in full, written before the page is printed.
    static CommandOutput search(const QStringList &arguments)
    {
        const auto options = CliOptions::parse(
            arguments,
            {QStringLiteral("--db"), QStringLiteral("--queue"), QStringLiteral("--id"), QStringLiteral("--name"), QStringLiteral("--from"),
             QStringLiteral("--to"), QStringLiteral("--department"), QStringLiteral("--status"), QStringLiteral("--clerk"),
             QStringLiteral("--page-size"), QStringLiteral("--after"), QStringLiteral("--reason")},
            {QStringLiteral("--unmasked")},
            QStringLiteral("tongban-cli search --db FILE [--queue N] [--id NUMBER] [--name PREFIX] [--from YYYY-MM-DD] [--to YYYY-MM-DD]"
                           " [--department D] [--status S] [--clerk NAME] [--page-size N] [--after CURSOR] [--unmasked --reason TEXT]"));
        if (!options)
            return failure(options.error());
        const bool unmasked = options->has(QStringLiteral("--unmasked"));
        const QString reason = options->value(QStringLiteral("--reason")).trimmed();
        if (unmasked) {
            if (const auto bad = services::AuditService::checkReason(reason, QStringLiteral("--reason")))
                return failure(*bad);
        } else if (options->has(QStringLiteral("--reason"))) {
            return failure(Error::badInput(QStringLiteral("--reason"), tr("a reason is asked only with --unmasked")));
        }
        casework::SearchFilter filter;
        filter.queueNumber = options->value(QStringLiteral("--queue"));
        filter.idNumber = options->value(QStringLiteral("--id"));
        filter.namePrefix = options->value(QStringLiteral("--name"));
        filter.department = options->value(QStringLiteral("--department"));
        filter.status = options->value(QStringLiteral("--status"));
        filter.clerk = options->value(QStringLiteral("--clerk"));
        filter.after = options->value(QStringLiteral("--after"));
        for (const auto &[key, target] :
             {std::pair {QStringLiteral("--from"), &filter.from}, std::pair {QStringLiteral("--to"), &filter.to}}) {
            const auto date = dateOption(*options, key, false);
            if (!date)
                return failure(date.error());
            *target = *date;
        }
        if (options->has(QStringLiteral("--page-size"))) {
            bool ok = false;
            filter.pageSize = options->value(QStringLiteral("--page-size")).toInt(&ok);
            if (!ok)
                return failure(Error::badInput(QStringLiteral("--page-size"), tr("the page size must be a whole number from 1 to 500")));
        }
        auto context = CliContext::open(options->value(QStringLiteral("--db")));
        if (!context)
            return failure(context.error());
        const services::AuditService auditService((*context)->context());
        // The unmasked numbers are an expert's or a supervisor's right: refused (and audited)
        // before anything is read.
        if (unmasked) {
            const auto allowed
                = auditService.authorize(accounts::Permission::Unmask, QStringLiteral("--unmasked"), filter.idNumber).result();
            if (!allowed)
                return failure(allowed.error());
        }
        auto service = services::VisitSearchService::builtIn((*context)->context());
        if (!service)
            return {1, errorObject(service.error().field, service.error().message)};
        const auto page = (*service)->search(filter).result();
        if (!page)
            return failure(withOption(page.error()));
        if (unmasked) {
            // Each number shown in full leaves an "unmask" record with the reason first.
            QStringList numbers;
            for (const casework::SearchHit &h : page->hits) {
                for (const QString &number : {h.subjectIdNumber, h.applicantIdNumber}) {
                    if (!number.isEmpty() && !numbers.contains(number))
                        numbers << number;
                }
            }
            QList<audit::AuditEntry> entries;
            for (const QString &number : std::as_const(numbers)) {
                audit::AuditEntry entry;
                entry.action = audit::action::unmask;
                entry.subject = number;
                entry.object = QStringLiteral("id-number");
                entry.reason = reason;
                entries << entry;
            }
            if (!entries.isEmpty()) {
                const auto written = auditService.record(entries).result();
                if (!written)
                    return failure(written.error());
            }
        }
        const auto id = [unmasked](const QString &number) { return unmasked ? number : identity::CitizenId::mask(number); };
        QJsonArray hits;
        for (const casework::SearchHit &h : page->hits)
            hits.append(
                QJsonObject {{QStringLiteral("matter_id"), h.matterId},
                             {QStringLiteral("matter"), h.matter},
                             {QStringLiteral("department"), h.department},
                             {QStringLiteral("status"), h.status},
                             {QStringLiteral("received_on"), h.receivedOn.toString(Qt::ISODate)},
                             {QStringLiteral("due_on"), h.dueOn.isValid() ? QJsonValue(h.dueOn.toString(Qt::ISODate)) : QJsonValue()},
                             {QStringLiteral("subject_id_number"), id(h.subjectIdNumber)},
                             {QStringLiteral("subject_name"), h.subjectName},
                             {QStringLiteral("session"), h.sessionId},
                             {QStringLiteral("queue_number"), h.queueNumber},
                             {QStringLiteral("applicant_id_number"), id(h.applicantIdNumber)},
                             {QStringLiteral("applicant_name"), h.applicantName},
                             {QStringLiteral("clerk"), h.clerk},
                             {QStringLiteral("at"), h.at.toString(Qt::ISODateWithMs)}});
        return {0,
                QJsonObject {{QStringLiteral("hits"), hits},
                             {QStringLiteral("next"), page->next.isEmpty() ? QJsonValue() : QJsonValue(page->next)}}};
    }

private:
    /// The date of option @p key; an invalid date when absent and not @p required.
    static Result<QDate> dateOption(const CliOptions &options, const QString &key, bool required)
    {
        if (!options.has(key)) {
            if (required)
                return Error::badInput(key, tr("the day is required: %1 YYYY-MM-DD").arg(key));
            return QDate();
        }
        const QDate date = QDate::fromString(options.value(key), Qt::ISODate);
        if (!date.isValid())
            return Error::badInput(key, tr("\"%1\" is not a date: YYYY-MM-DD").arg(options.value(key)));
        return date;
    }

    /// The search's error with the option's name for its field ("page_size" → "--page-size").
    static Error withOption(Error error)
    {
        static const QMap<QString, QString> options {{QStringLiteral("page_size"), QStringLiteral("--page-size")},
                                                     {QStringLiteral("after"), QStringLiteral("--after")},
                                                     {QStringLiteral("department"), QStringLiteral("--department")},
                                                     {QStringLiteral("status"), QStringLiteral("--status")},
                                                     {QStringLiteral("from"), QStringLiteral("--from")},
                                                     {QStringLiteral("id_number"), QStringLiteral("--id")}};
        error.field = options.value(error.field, error.field);
        return error;
    }

    static QJsonValue seconds(const std::optional<qint64> &value) { return value ? QJsonValue(double(*value)) : QJsonValue(); }

    static QJsonObject toJson(const casework::DayFigures &f)
    {
        QJsonObject ratings;
        const QStringList levels {QStringLiteral("very_dissatisfied"), QStringLiteral("dissatisfied"),
                                  QStringLiteral("basically_satisfied"), QStringLiteral("satisfied"), QStringLiteral("very_satisfied")};
        for (int i = 0; i < 5; ++i)
            ratings.insert(levels.at(i), f.ratings[size_t(i)]);
        return {{QStringLiteral("key"), f.key},
                {QStringLiteral("label"), f.label},
                {QStringLiteral("received"), f.received},
                {QStringLiteral("done"), f.done},
                {QStringLiteral("returned"), f.returned},
                {QStringLiteral("overdue"), f.overdue},
                {QStringLiteral("waited_visits"), f.waitedVisits},
                {QStringLiteral("average_wait_seconds"), seconds(f.averageWaitSeconds)},
                {QStringLiteral("longest_wait_seconds"), seconds(f.longestWaitSeconds)},
                {QStringLiteral("ratings"), ratings}};
    }
};

} // namespace

CommandOutput runDayReport(const QStringList &arguments)
{
    return CaseworkCommand::dayReport(arguments);
}

CommandOutput runSearch(const QStringList &arguments)
{
    return CaseworkCommand::search(arguments);
}

} // namespace tongban::cli
