#include "servermigrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace tongban::central {

namespace {

// Two runs of server-init on one database take turns (pg_advisory_xact_lock: held until the
// step's transaction ends). The number is arbitrary, the same in every version of the program.
constexpr qint64 migrationLock = 7215104012;

} // namespace

QList<ServerMigrations::Step> ServerMigrations::steps()
{
    static const QList<Step> list = [] {
        QList<Step> result;
        static const QRegularExpression pattern(QStringLiteral("^([0-9]{4})-([a-z0-9-]+)\\.sql$"));
        const QStringList names = QDir(QStringLiteral(":/server")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const auto match = pattern.match(name);
            if (!match.hasMatch())
                qFatal("resources/server/%s: a step's file is named NNNN-name.sql", qPrintable(name));
            const int version = match.captured(1).toInt();
            if (version != result.size() + 1)
                qFatal("resources/server/%s: step %d expected (steps are numbered 1, 2, 3, … without a gap)", qPrintable(name),
                       static_cast<int>(result.size() + 1));
            result.append({version, match.captured(2), QStringLiteral(":/server/") + name});
        }
        return result;
    }();
    return list;
}

int ServerMigrations::latestVersion()
{
    return static_cast<int>(steps().size());
}

Result<int> ServerMigrations::currentVersion(const CentralSession &session)
{
    QSqlQuery q(session.database());
    if (!q.exec(QStringLiteral("SELECT to_regclass('tongban.schema_version') IS NOT NULL")) || !q.next())
        return session.errorFrom(q.lastError(), tr("reading the schema's version"));
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM tongban.schema_version")) || !q.next())
        return session.errorFrom(q.lastError(), tr("reading the schema's version"));
    return q.value(0).toInt();
}

Result<ServerMigrations::Outcome> ServerMigrations::migrate(CentralSession &session, int targetVersion)
{
    const int latest = latestVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    if (targetVersion > latest)
        return Error::badInput(QStringLiteral("targetVersion"), tr("this program knows steps 0 to %1 of the server's schema").arg(latest));
    QSqlDatabase db = session.database();
    Outcome outcome;
    bool first = true;
    for (;;) {
        if (!db.transaction())
            return session.errorFrom(db.lastError(), tr("starting a transaction"));
        auto fail = [&](const Error &error) {
            db.rollback();
            return error;
        };
        QSqlQuery lock(db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLock)))
            return fail(session.errorFrom(lock.lastError(), tr("waiting for another server-init")));
        const auto current = currentVersion(session);
        if (!current)
            return fail(current.error());
        if (first) {
            outcome.from = *current;
            first = false;
        }
        outcome.to = *current;
        if (*current > latest)
            return fail(Error::storage(tr("the central server's schema is at step %1, newer than this program knows (%2): "
                                          "it was upgraded by a newer Tongban; upgrade this program")
                                           .arg(*current)
                                           .arg(latest)));
        if (*current >= targetVersion) {
            db.commit();
            return outcome;
        }
        const Step &step = steps().at(*current);
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("%s cannot be read from the program's resources", qPrintable(step.resource));
        const QString sql = QString::fromUtf8(file.readAll());
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            Error error
                = session.errorFrom(q.lastError(), tr("applying step %1 (%2) of the server's schema").arg(step.version).arg(step.name));
            if (error.kind == Error::Kind::Forbidden)
                error.message = tr("step %1 (%2) of the server's schema needs the owner's rights (CREATEROLE, CREATE on the "
                                   "database): %3")
                                    .arg(step.version)
                                    .arg(step.name, q.lastError().databaseText());
            return fail(error);
        }
        q.prepare(QStringLiteral("INSERT INTO tongban.schema_version (version, name) VALUES (?, ?)"));
        q.addBindValue(step.version);
        q.addBindValue(step.name);
        if (!q.exec())
            return fail(session.errorFrom(q.lastError(), tr("recording step %1 of the server's schema").arg(step.version)));
        if (!db.commit())
            return fail(session.errorFrom(db.lastError(), tr("committing step %1 of the server's schema").arg(step.version)));
        outcome.applied << QStringLiteral("%1-%2").arg(step.version, 4, 10, QLatin1Char('0')).arg(step.name);
        outcome.to = step.version;
    }
}

} // namespace tongban::central
