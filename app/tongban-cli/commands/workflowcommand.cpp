#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "services/matterworkflowservice.h"
#include "services/registryprereviewrunner.h"
#include "workflow/intakebatch.h"
#include "workflow/matterstatemachine.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tongban::cli {

namespace {

class WorkflowCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::WorkflowCommand)

public:
    /// `matter-status --db FILE --matter UUID --to STATUS [--reason TEXT] [--clerk NAME] [--document ID ...]`.
    static CommandOutput changeStatus(const QStringList &arguments)
    {
        const auto options = CliOptions::parse(
            arguments,
            {QStringLiteral("--db"), QStringLiteral("--matter"), QStringLiteral("--to"), QStringLiteral("--reason"),
             QStringLiteral("--clerk"), QStringLiteral("--document")},
            {},
            QStringLiteral(
                "tongban-cli matter-status --db FILE --matter UUID --to STATUS [--reason TEXT] [--clerk NAME] [--document ID ...]"));
        if (!options)
            return failure(options.error());
        if (options->value(QStringLiteral("--matter")).isEmpty())
            return failure(
                Error::badInput(QStringLiteral("--matter"), tr("the matter is required: --matter UUID (the id the intake printed)")));
        const auto to = workflow::MatterStatusText::fromKey(options->value(QStringLiteral("--to")));
        if (!to)
            return failure(Error::badInput(QStringLiteral("--to"),
                                           tr("the new status is required: --to one of %1").arg(workflow::MatterStatusText::allKeys())));
        auto context = CliContext::open(options->value(QStringLiteral("--db")));
        if (!context)
            return failure(context.error());
        auto service = services::MatterWorkflowService::builtIn((*context)->context(), services::RegistryPreReviewRunner::builtIn());
        if (!service)
            return {1, errorObject(service.error().field, service.error().message)};
        workflow::StatusChange change;
        change.matterId = options->value(QStringLiteral("--matter"));
        change.to = *to;
        change.reason = options->value(QStringLiteral("--reason"));
        change.clerk = options->value(QStringLiteral("--clerk"));
        change.documentsBrought = options->values(QStringLiteral("--document"));
        const auto outcome = (*service)->changeStatus(change).result();
        if (!outcome) {
            Error e = outcome.error();
            if (e.field == QLatin1String("to") || e.field == QLatin1String("reason") || e.field == QLatin1String("clerk")
                || e.field == QLatin1String("matter"))
                e.field = QStringLiteral("--") + e.field;
            else if (e.field.startsWith(QLatin1String("documents")))
                e.field = QStringLiteral("--document");
            return failure(e);
        }
        QJsonObject json = matterJson(outcome->matter, (*service)->catalog());
        json.insert(QStringLiteral("event"), eventJson(outcome->event));
        if (!outcome->dueNote.isEmpty())
            json.insert(QStringLiteral("due_note"), outcome->dueNote);
        return {0, json};
    }

    /// `backoffice --db FILE [--department D] [--channel C]`.
    static CommandOutput queue(const QStringList &arguments)
    {
        const auto options
            = CliOptions::parse(arguments, {QStringLiteral("--db"), QStringLiteral("--department"), QStringLiteral("--channel")}, {},
                                QStringLiteral("tongban-cli backoffice --db FILE [--department D] [--channel C]"));
        if (!options)
            return failure(options.error());
        auto context = CliContext::open(options->value(QStringLiteral("--db")));
        if (!context)
            return failure(context.error());
        auto service = services::MatterWorkflowService::builtIn((*context)->context(), services::RegistryPreReviewRunner::builtIn());
        if (!service)
            return {1, errorObject(service.error().field, service.error().message)};
        workflow::QueueFilter filter;
        filter.department = options->value(QStringLiteral("--department"));
        filter.channel = options->value(QStringLiteral("--channel"));
        if (!filter.department.isEmpty() && !(*service)->catalog().department(filter.department)) {
            QStringList ids;
            for (const intake::Department &d : (*service)->catalog().departments())
                ids << d.id;
            return failure(
                Error::badInput(QStringLiteral("--department"),
                                tr("unknown department \"%1\"; known: %2").arg(filter.department, ids.join(QStringLiteral(", ")))));
        }
        const QStringList channels {QStringLiteral("counter"), QStringLiteral("outreach"), QStringLiteral("online"),
                                    QStringLiteral("import")};
        if (!filter.channel.isEmpty() && !channels.contains(filter.channel))
            return failure(
                Error::badInput(QStringLiteral("--channel"),
                                tr("unknown channel \"%1\"; known: %2").arg(filter.channel, channels.join(QStringLiteral(", ")))));
        const auto entries = (*service)->queue(filter).result();
        if (!entries)
            return failure(entries.error());
        QJsonArray list;
        int overdue = 0;
        int dueSoon = 0;
        for (const workflow::QueueEntry &e : *entries) {
            QJsonObject o = matterJson(e.matter, (*service)->catalog());
            o.insert(QStringLiteral("department"), e.department);
            o.insert(QStringLiteral("overdue"), e.overdue);
            o.insert(QStringLiteral("due_soon"), e.dueSoon);
            if (!e.note.isEmpty())
                o.insert(QStringLiteral("note"), e.note);
            overdue += e.overdue ? 1 : 0;
            dueSoon += e.dueSoon ? 1 : 0;
            list.append(o);
        }
        return {0,
                QJsonObject {{QStringLiteral("today"), (*context)->context().clock().today().toString(Qt::ISODate)},
                             {QStringLiteral("count"), int(list.size())},
                             {QStringLiteral("overdue"), overdue},
                             {QStringLiteral("due_soon"), dueSoon},
                             {QStringLiteral("matters"), list}}};
    }

    /// `import-intakes --db FILE --file FILE`.
    static CommandOutput importIntakes(const QStringList &arguments)
    {
        const auto options = CliOptions::parse(arguments, {QStringLiteral("--db"), QStringLiteral("--file")}, {},
                                               QStringLiteral("tongban-cli import-intakes --db FILE --file FILE"));
        if (!options)
            return failure(options.error());
        if (!options->has(QStringLiteral("--file")))
            return failure(
                Error::badInput(QStringLiteral("--file"), tr("the batch file is required: --file FILE (\"-\": standard input)")));
        const auto json = readJsonObjectFile(options->value(QStringLiteral("--file")), QStringLiteral("--file"));
        if (!json)
            return failure(json.error());
        const auto batch = workflow::IntakeBatchCodec::fromJson(*json);
        if (!batch)
            return failure(batch.error());
        auto context = CliContext::open(options->value(QStringLiteral("--db")));
        if (!context)
            return failure(context.error());
        auto service = services::MatterWorkflowService::builtIn((*context)->context(), services::RegistryPreReviewRunner::builtIn());
        if (!service)
            return {1, errorObject(service.error().field, service.error().message)};
        const auto outcome = (*service)->importBatch(*batch).result();
        if (!outcome)
            return failure(outcome.error());
        QJsonArray cases;
        for (const intake::IntakeReceipt &r : outcome->receipts) {
            QJsonArray matters;
            for (const intake::ReceiptMatter &m : r.matters)
                matters.append(
                    QJsonObject {{QStringLiteral("id"), m.id},
                                 {QStringLiteral("matter"), m.matter},
                                 {QStringLiteral("due_on"), m.dueOn.isValid() ? QJsonValue(m.dueOn.toString(Qt::ISODate)) : QJsonValue()}});
            cases.append(QJsonObject {{QStringLiteral("session"), r.sessionId},
                                      {QStringLiteral("queue_number"), r.queueNumber},
                                      {QStringLiteral("matters"), matters}});
        }
        return {0,
                QJsonObject {{QStringLiteral("channel"), outcome->channel},
                             {QStringLiteral("imported"), int(outcome->receipts.size())},
                             {QStringLiteral("matters"), outcome->matterCount},
                             {QStringLiteral("cases"), cases}}};
    }

private:
    static QJsonValue date(QDate d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }

    static QJsonObject matterJson(const workflow::StoredMatter &m, const intake::MatterCatalog &catalog)
    {
        QJsonArray allowed;
        if (const intake::MatterDefinition *definition = catalog.matter(m.matter))
            for (const workflow::MatterStatus s : workflow::MatterStateMachine::allowed(definition->workflow, m.status))
                allowed.append(workflow::MatterStatusText::key(s));
        return {{QStringLiteral("id"), m.id},
                {QStringLiteral("session"), m.sessionId},
                {QStringLiteral("queue_number"), m.queueNumber},
                {QStringLiteral("matter"), m.matter},
                {QStringLiteral("status"), workflow::MatterStatusText::key(m.status)},
                {QStringLiteral("channel"), m.channel},
                {QStringLiteral("received_on"), date(m.receivedOn)},
                {QStringLiteral("due_on"), date(m.dueOn)},
                {QStringLiteral("statutory_due_on"), date(m.statutoryDueOn)},
                {QStringLiteral("documents"), QJsonArray::fromStringList(m.documents)},
                {QStringLiteral("missing_documents"), QJsonArray::fromStringList(m.missingDocuments)},
                {QStringLiteral("returned_reason"), m.returnedReason.isEmpty() ? QJsonValue() : QJsonValue(m.returnedReason)},
                {QStringLiteral("allowed"), allowed}};
    }

    static QJsonObject eventJson(const workflow::StatusEvent &e)
    {
        return {{QStringLiteral("id"), e.id},
                {QStringLiteral("from"), workflow::MatterStatusText::key(e.from)},
                {QStringLiteral("to"), workflow::MatterStatusText::key(e.to)},
                {QStringLiteral("reason"), e.reason},
                {QStringLiteral("clerk"), e.clerk},
                {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                {QStringLiteral("department"), e.department}};
    }
};

} // namespace

CommandOutput runMatterStatus(const QStringList &arguments)
{
    return WorkflowCommand::changeStatus(arguments);
}

CommandOutput runBackoffice(const QStringList &arguments)
{
    return WorkflowCommand::queue(arguments);
}

CommandOutput runImportIntakes(const QStringList &arguments)
{
    return WorkflowCommand::importIntakes(arguments);
}

} // namespace tongban::cli
