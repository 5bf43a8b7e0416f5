#include "syncattention.h"

#include "accounts/accesspolicy.h"
#include "storage/migrations.h"
#include "storage/storeservice.h"
#include "sync/handcarry.h"

#include <QPromise>

namespace tongban::services {

SyncAttention::SyncAttention(const AppContext &context)
    : m_context(context)
{ }

QFuture<Result<QList<sync::SyncConflict>>> SyncAttention::conflicts() const
{
    return m_context.store().read<QList<sync::SyncConflict>>([](QSqlDatabase db) { return sync::ConflictRepository::open(db); });
}

QFuture<Result<QList<sync::SyncRejection>>> SyncAttention::rejections() const
{
    return m_context.store().read<QList<sync::SyncRejection>>([](QSqlDatabase db) { return sync::ConflictRepository::rejections(db); });
}

QFuture<Result<Done>> SyncAttention::keepMine(const QString &conflictId) const
{
    const QString clerk = m_context.actingUser().login;
    const QDateTime now = m_context.clock().nowUtc();
    return m_context.store().write<Done>(
        [conflictId, clerk, now](QSqlDatabase db) { return sync::ConflictRepository::keepMine(db, conflictId, clerk, now); });
}

QFuture<Result<Done>> SyncAttention::takeTheirs(const QString &conflictId) const
{
    const QString clerk = m_context.actingUser().login;
    const QDateTime now = m_context.clock().nowUtc();
    return m_context.store().write<Done>(
        [conflictId, clerk, now](QSqlDatabase db) { return sync::ConflictRepository::takeTheirs(db, conflictId, clerk, now); });
}

QFuture<Result<Done>> SyncAttention::dismiss(const QString &opId) const
{
    const QString clerk = m_context.actingUser().login;
    const QDateTime now = m_context.clock().nowUtc();
    return m_context.store().write<Done>(
        [opId, clerk, now](QSqlDatabase db) { return sync::ConflictRepository::dismissRejection(db, opId, clerk, now); });
}

QFuture<Result<sync::OfflineStanding>> SyncAttention::standing() const
{
    const QDateTime now = m_context.clock().nowUtc();
    return m_context.store().read<sync::OfflineStanding>([now](QSqlDatabase db) { return sync::OfflineLimits::standing(db, now); });
}

QFuture<Result<Done>> SyncAttention::setLimits(int days, int records) const
{
    if (auto refused = accounts::AccessPolicy::builtIn().require(m_context.actingUser(), accounts::Permission::SyncAdmin,
                                                                 QStringLiteral("sync-admin"))) {
        QPromise<Result<Done>> promise;
        promise.start();
        promise.addResult(Result<Done>(*refused));
        promise.finish();
        return promise.future();
    }
    return m_context.store().write<Done>([days, records](QSqlDatabase db) { return sync::OfflineLimits::set(db, days, records); });
}

QFuture<Result<QByteArray>> SyncAttention::exportCarryFile(std::shared_ptr<int> count) const
{
    const QDateTime now = m_context.clock().nowUtc();
    return m_context.store().read<QByteArray>([now, count](QSqlDatabase db) {
        return sync::HandCarry::exportOutbox(db, storage::Migrations::latestVersion(), now, count.get());
    });
}

QString SyncAttention::entityLabel(const QString &entity)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("visit_session"), QT_TR_NOOP("visit")},
        {QStringLiteral("intake_visit"), QT_TR_NOOP("visitor of an intake")},
        {QStringLiteral("intake_matter"), QT_TR_NOOP("matter")},
        {QStringLiteral("matter_status_event"), QT_TR_NOOP("status change of a matter")},
        {QStringLiteral("session_event"), QT_TR_NOOP("event of a visit")},
        {QStringLiteral("unemployment_claim"), QT_TR_NOOP("unemployment claim")},
        {QStringLiteral("difficult_case"), QT_TR_NOOP("difficult case")},
        {QStringLiteral("difficult_case_event"), QT_TR_NOOP("note on a difficult case")},
        {QStringLiteral("service_rating"), QT_TR_NOOP("rating")},
        {QStringLiteral("rating_followup"), QT_TR_NOOP("follow-up of a rating")},
        {QStringLiteral("data_disclosure"), QT_TR_NOOP("disclosure of personal data")},
        {QStringLiteral("audit_record"), QT_TR_NOOP("audit record")},
        {QStringLiteral("insured_person"), QT_TR_NOOP("insured person")},
        {QStringLiteral("employer"), QT_TR_NOOP("employer")},
        {QStringLiteral("contribution_history"), QT_TR_NOOP("contribution history")},
    };
    const auto it = labels.constFind(entity);
    return it == labels.cend() ? entity : tr(it.value());
}

} // namespace tongban::services
