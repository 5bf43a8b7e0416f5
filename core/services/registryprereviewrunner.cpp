#include "registryprereviewrunner.h"

#include "prereview/prereviewinputs.h"

#include <QJsonArray>
#include <QTimeZone>

namespace tongban::services {

namespace {

bool isRange(const QJsonValue &v)
{
    return v.isObject() && v.toObject().value(QStringLiteral("from")).isString() && v.toObject().value(QStringLiteral("to")).isString();
}

} // namespace

RegistryPreReviewRunner::RegistryPreReviewRunner(const prereview::PreReviewRegistry &registry)
    : m_registry(registry)
{ }

std::shared_ptr<const PreReviewRunner> RegistryPreReviewRunner::builtIn()
{
    static const auto runner = std::make_shared<const RegistryPreReviewRunner>(prereview::PreReviewRegistry::builtIn());
    return runner;
}

QMap<QString, QString> RegistryPreReviewRunner::fieldsByType(const QJsonObject &fields)
{
    QMap<QString, QString> types;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue v = it.value();
        if (isRange(v) && !types.contains(QStringLiteral("month-range")))
            types.insert(QStringLiteral("month-range"), it.key());
        if (v.isArray() && !v.toArray().isEmpty() && isRange(v.toArray().first()) && !types.contains(QStringLiteral("month-periods")))
            types.insert(QStringLiteral("month-periods"), it.key());
        if ((it.key() == QLatin1String("uscc") || it.key().endsWith(QLatin1String("_uscc"))) && !types.contains(QStringLiteral("uscc")))
            types.insert(QStringLiteral("uscc"), it.key());
    }
    return types;
}

prereview::PreReviewRequest RegistryPreReviewRunner::requestOf(const PreReviewInput &input)
{
    prereview::PreReviewRequest request;
    request.matterId = input.matter.id;
    request.fields = input.entry.fields;
    request.fieldsByType = fieldsByType(input.entry.fields);
    request.subject = input.subject;
    request.history = input.history;
    request.today = input.today;
    // Not owned: the parameters outlive the run (the context holds them); the request does not
    // leave run().
    request.parameters = std::shared_ptr<const policy::ParameterSet>(std::shared_ptr<const policy::ParameterSet>(), &input.parameters);
    return request;
}

std::optional<Result<intake::PreReviewRecord>> RegistryPreReviewRunner::run(const QString &engineId, const PreReviewInput &input) const
{
    const prereview::PreReviewEngine *engine = m_registry.find(engineId);
    if (!engine)
        return std::nullopt;
    prereview::PreReviewRequest request = requestOf(input);
    // The repositories stamp nothing on a read: a clock on the intake's day is enough.
    const Clock day = Clock::fixed(QDateTime(input.today, QTime(12, 0), QTimeZone::systemTimeZone()));
    if (const Status added = prereview::PreReviewInputs::addStored(input.db, engineId, day, request); !added)
        return Result<intake::PreReviewRecord>(added.error());
    const auto result = engine->review(request);
    if (!result)
        return Result<intake::PreReviewRecord>(result.error());
    return Result<intake::PreReviewRecord>(intake::PreReviewRecord::fromJson(result->toJson()));
}

} // namespace tongban::services
