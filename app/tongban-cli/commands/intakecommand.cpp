#include "clicontext.h"
#include "cliinput.h"
#include "commands.h"

#include "intake/intakecasecodec.h"
#include "services/intakeservice.h"
#include "services/registryprereviewrunner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace tongban::cli {

namespace {

class IntakeCommand
{
    Q_DECLARE_TR_FUNCTIONS(tongban::cli::IntakeCommand)

public:
    /// The pre-review engines of the command line: the same registry as the window's.
    static std::shared_ptr<const services::PreReviewRunner> preReviews() { return services::RegistryPreReviewRunner::builtIn(); }

    /// `intake --db FILE --case FILE` (docs/cli.md).
    static CommandOutput run(const QStringList &arguments)
    {
        const auto options = CliOptions::parse(arguments, {QStringLiteral("--db"), QStringLiteral("--case")}, {},
                                               QStringLiteral("tongban-cli intake --db FILE --case FILE"));
        if (!options)
            return failure(options.error());
        if (!options->has(QStringLiteral("--case")))
            return failure(Error::badInput(QStringLiteral("--case"), tr("the case file is required: --case FILE (\"-\": standard input)")));
        const auto json = readJsonObjectFile(options->value(QStringLiteral("--case")), QStringLiteral("--case"));
        if (!json)
            return failure(json.error());
        const auto intakeCase = intake::IntakeCaseCodec::fromJson(*json);
        if (!intakeCase)
            return failure(intakeCase.error());
        auto context = CliContext::open(options->value(QStringLiteral("--db")));
        if (!context)
            return failure(context.error());
        auto service = services::IntakeService::builtIn((*context)->context(), preReviews());
        if (!service)
            return {1, errorObject(service.error().field, service.error().message)};
        const auto receipt = (*service)->take(*intakeCase).result();
        if (!receipt)
            return failure(receipt.error());
        return {0, toJson(*receipt)};
    }

    /// `matters`: the shipped catalog.
    static CommandOutput list(const QStringList &arguments)
    {
        if (!arguments.isEmpty())
            return failure(Error::badInput(arguments.first(), tr("tongban-cli matters takes no arguments")));
        const auto catalog = intake::MatterCatalog::builtIn(services::PreReviewRunner::designEngineIds());
        if (!catalog)
            return {1, errorObject(catalog.error().field, catalog.error().message)};
        QJsonArray matters;
        for (const intake::MatterDefinition &m : catalog->matters()) {
            QJsonArray fields;
            for (const intake::MatterField &f : m.fields) {
                const intake::FieldDefinition *d = catalog->field(f.field);
                fields.append(QJsonObject {{QStringLiteral("field"), f.field},
                                           {QStringLiteral("type"), intake::fieldTypeKey(d->type)},
                                           {QStringLiteral("label"), d->labelZh},
                                           {QStringLiteral("required"), f.required},
                                           {QStringLiteral("conditional"), !f.when.isEmpty()}});
            }
            QJsonArray documents;
            for (const intake::MatterDocument &d : m.documents)
                documents.append(QJsonObject {{QStringLiteral("document"), d.document},
                                              {QStringLiteral("name"), catalog->document(d.document)->nameZh},
                                              {QStringLiteral("conditional"), !d.when.isEmpty()}});
            QJsonObject o {
                {QStringLiteral("id"), m.id},
                {QStringLiteral("name"), m.nameZh},
                {QStringLiteral("name_en"), m.nameEn},
                {QStringLiteral("department"), m.department},
                {QStringLiteral("pinyin"), m.pinyin},
                {QStringLiteral("subject"), m.subject == intake::Subject::Employer ? QStringLiteral("employer") : QStringLiteral("person")},
                {QStringLiteral("fields"), fields},
                {QStringLiteral("documents"), documents},
                {QStringLiteral("promised_days"), m.timeLimit.promisedDays},
                {QStringLiteral("statutory_days"), m.timeLimit.statutoryDays ? QJsonValue(*m.timeLimit.statutoryDays) : QJsonValue()},
                {QStringLiteral("immediate"), m.timeLimit.immediate},
                {QStringLiteral("offline"), m.offline},
                {QStringLiteral("pre_review"), m.preReview.isEmpty() ? QJsonValue() : QJsonValue(m.preReview)},
                {QStringLiteral("workflow"),
                 QJsonObject {
                     {QStringLiteral("steps"), QJsonArray::fromStringList(m.workflow.steps)},
                     {QStringLiteral("forward_to"), m.workflow.forwardTo.isEmpty() ? QJsonValue() : QJsonValue(m.workflow.forwardTo)}}}};
            matters.append(o);
        }
        QJsonArray departments;
        for (const intake::Department &d : catalog->departments())
            departments.append(QJsonObject {{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.nameZh}});
        return {0,
                QJsonObject {{QStringLiteral("edition"), catalog->edition()},
                             {QStringLiteral("departments"), departments},
                             {QStringLiteral("matters"), matters}}};
    }

private:
    static QJsonObject toJson(const intake::IntakeReceipt &r)
    {
        QJsonArray matters;
        for (const intake::ReceiptMatter &m : r.matters) {
            QJsonObject o {{QStringLiteral("id"), m.id},
                           {QStringLiteral("matter"), m.matter},
                           {QStringLiteral("department"), m.department},
                           {QStringLiteral("status"), m.status},
                           {QStringLiteral("missing_documents"), QJsonArray::fromStringList(m.missingDocuments)},
                           {QStringLiteral("time_limit_days"), m.promisedDays ? QJsonValue(*m.promisedDays) : QJsonValue()},
                           {QStringLiteral("statutory_days"), m.statutoryDays ? QJsonValue(*m.statutoryDays) : QJsonValue()},
                           {QStringLiteral("received_on"), m.receivedOn.toString(Qt::ISODate)},
                           {QStringLiteral("due_on"), m.dueOn.isValid() ? QJsonValue(m.dueOn.toString(Qt::ISODate)) : QJsonValue()},
                           {QStringLiteral("statutory_due_on"),
                            m.statutoryDueOn.isValid() ? QJsonValue(m.statutoryDueOn.toString(Qt::ISODate)) : QJsonValue()},
                           {QStringLiteral("pre_review"), m.preReview ? QJsonValue(m.preReview->toJson()) : QJsonValue()}};
            if (!m.dueNote.isEmpty())
                o.insert(QStringLiteral("due_note"), m.dueNote);
            matters.append(o);
        }
        return {{QStringLiteral("session"), r.sessionId},
                {QStringLiteral("queue_number"), r.queueNumber},
                {QStringLiteral("matters"), matters}};
    }
};

} // namespace

CommandOutput runIntake(const QStringList &arguments)
{
    return IntakeCommand::run(arguments);
}

CommandOutput runMatters(const QStringList &arguments)
{
    return IntakeCommand::list(arguments);
}

} // namespace tongban::cli
