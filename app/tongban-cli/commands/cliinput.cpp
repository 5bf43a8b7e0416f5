#include "cliinput.h"

#include "clicontext.h"

#include "identity/citizenid.h"
#include "storage/storeservice.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace tongban::cli {

Result<CliOptions> CliOptions::parse(const QStringList &arguments, const QSet<QString> &withValue, const QSet<QString> &flags,
                                     const QString &usage)
{
    CliOptions o;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString key = arguments.at(i);
        if (flags.contains(key)) {
            o.m_flags.insert(key);
            continue;
        }
        if (!withValue.contains(key))
            return Error::badInput(key, tr("unknown option; usage: %1").arg(usage));
        if (i + 1 >= arguments.size())
            return Error::badInput(key, tr("a value is required; usage: %1").arg(usage));
        o.m_values.insert(key, arguments.at(++i));
    }
    return o;
}

QStringList CliOptions::values(const QString &key) const
{
    QStringList list = m_values.values(key);
    std::reverse(list.begin(), list.end()); // QMultiMap returns the latest insertion first
    return list;
}

Result<std::optional<YearMonth>> CliOptions::month(const QString &key) const
{
    if (!m_values.contains(key))
        return std::optional<YearMonth>();
    const auto m = YearMonth::parse(value(key));
    if (!m)
        return Error::badInput(key, tr("a month \"YYYY-MM\" is required, e.g. \"2031-05\""));
    return std::optional<YearMonth>(*m);
}

Result<std::optional<Money>> CliOptions::money(const QString &key) const
{
    if (!m_values.contains(key))
        return std::optional<Money>();
    const auto m = Money::parse(value(key));
    if (!m)
        return Error::badInput(key, tr("an amount in CNY with at most two decimals is required, e.g. 8000 or 7310.50"));
    return std::optional<Money>(*m);
}

Result<QJsonObject> readJsonObjectFile(const QString &path, const QString &field)
{
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return Error::badInput(field, CliOptions::tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::badInput(
            field, CliOptions::tr("the case is not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return Error::badInput(field, CliOptions::tr("the case must be a JSON object {…}"));
    return doc.object();
}

Result<QJsonObject> readCaseArgument(const QStringList &arguments, const QString &command)
{
    if (arguments.size() != 2 || arguments.at(0) != u"--case")
        return Error::badInput(QStringLiteral("--case"),
                               CliOptions::tr("usage: tongban-cli %1 --case FILE (- for standard input)").arg(command));
    return readJsonObjectFile(arguments.at(1), QStringLiteral("--case"));
}

Result<services::StoredPerson> loadStoredPerson(const QString &dbPath, const QString &citizenId, const QString &field)
{
    if (dbPath.isEmpty())
        return Error::badInput(QStringLiteral("--db"), CliOptions::tr("the database file is required (--db FILE)"));
    const auto validation = identity::CitizenId::validate(citizenId, CliContext::clock().today());
    if (!validation.valid)
        return Error::badInput(field, validation.reason);
    auto cli = CliContext::open(dbPath);
    if (!cli)
        return cli.error();
    return (*cli)
        ->context()
        .store()
        .read<services::StoredPerson>([number = validation.normalized, field](QSqlDatabase db) {
            return services::StoredPerson::find(db, number, CliContext::clock(), field);
        })
        .result();
}

int exitCodeFor(const Error &error)
{
    // The contract: 2 for the caller's input (a role without the right included), 3 for a
    // server that cannot be reached, 1 for anything else.
    switch (error.kind) {
    case Error::Kind::BadInput:
    case Error::Kind::MissingFigure:
    case Error::Kind::Forbidden:
        return 2;
    case Error::Kind::Unavailable:
        return 3;
    case Error::Kind::NotFound:
    case Error::Kind::Storage:
        return 1;
    }
    return 1;
}

CommandOutput failure(const Error &error)
{
    return {exitCodeFor(error), errorObject(error.field, error.message)};
}

YearMonth currentMonth()
{
    return CliContext::clock().currentMonth();
}

} // namespace tongban::cli
