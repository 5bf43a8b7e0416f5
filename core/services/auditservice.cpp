#include "auditservice.h"

#include "accounts/accesspolicy.h"
#include "audit/auditlog.h"
#include "storage/storeservice.h"
#include "storage/writetransaction.h"

namespace tongban::services {

AuditService::AuditService(const AppContext &context)
    : m_context(context)
{ }

QFuture<Result<audit::AuditQuery::Page>> AuditService::list(const audit::AuditQuery::Filter &filter, int limit,
                                                            std::optional<qint64> after) const
{
    const accounts::SignedInUser user = m_context.actingUser();
    if (const auto refusal = accounts::AccessPolicy::builtIn().require(user, accounts::Permission::AuditView, QStringLiteral("audit-view")))
        return auditRefusal(m_context, user, QStringLiteral("audit-view"), filter.person, *refusal).then([](const Error &error) {
            return Result<audit::AuditQuery::Page>(error);
        });
    return m_context.store().read<audit::AuditQuery::Page>(
        [filter, limit, after](QSqlDatabase db) { return audit::AuditQuery::run(db, filter, limit, after); });
}

QFuture<Result<audit::AuditChainReport>> AuditService::verify() const
{
    return m_context.store().read<audit::AuditChainReport>([](QSqlDatabase db) { return audit::AuditChainCheck::run(db); });
}

QFuture<Result<Done>> AuditService::authorize(accounts::Permission permission, const QString &field, const QString &subject) const
{
    const accounts::SignedInUser user = m_context.actingUser();
    const auto refusal = accounts::AccessPolicy::builtIn().require(user, permission, field);
    if (!refusal)
        return QtFuture::makeReadyFuture(Result<Done>(Done {}));
    return auditRefusal(m_context, user, accounts::permissionId(permission), subject, *refusal).then([](const Error &error) {
        return Result<Done>(error);
    });
}

std::optional<Error> AuditService::checkReason(const QString &reason, const QString &field)
{
    if (reason.trimmed().size() < minimumReasonLength)
        return Error::badInput(
            field, tr("say why the full ID number is needed, in at least %1 characters (e.g. 本人申请核对)").arg(minimumReasonLength));
    return std::nullopt;
}

QFuture<Result<Done>> AuditService::record(const QList<audit::AuditEntry> &entries) const
{
    for (const audit::AuditEntry &entry : entries) {
        if (entry.action == audit::action::unmask) {
            if (const auto bad = checkReason(entry.reason, QStringLiteral("reason")))
                return QtFuture::makeReadyFuture(Result<Done>(*bad));
        }
    }
    return m_context.store().write<Done>([entries, user = m_context.actingUser(), clock = m_context.clock()](QSqlDatabase db) -> Status {
        storage::WriteTransaction tx(db);
        if (const Status s = tx.begin(); !s)
            return s.error();
        for (const audit::AuditEntry &entry : entries) {
            const auto written = audit::AuditLog::append(db, user, entry, clock.nowUtc());
            if (!written)
                return written.error();
        }
        return tx.commit();
    });
}

QFuture<Result<Done>> AuditService::unmask(const QString &citizenId, const QString &reason, const QString &field) const
{
    const accounts::SignedInUser user = m_context.actingUser();
    if (const auto refusal = accounts::AccessPolicy::builtIn().require(user, accounts::Permission::Unmask, field))
        return auditRefusal(m_context, user, accounts::permissionId(accounts::Permission::Unmask), citizenId, *refusal)
            .then([](const Error &error) { return Result<Done>(error); });
    audit::AuditEntry entry;
    entry.action = audit::action::unmask;
    entry.subject = citizenId;
    entry.reason = reason.trimmed();
    return record({entry});
}

bool AuditService::allows(accounts::Permission permission) const
{
    return accounts::AccessPolicy::builtIn().may(m_context.actingUser(), permission);
}

std::optional<accounts::Permission> AuditService::outputPermission(const QString &action, const QString &object)
{
    if (action == audit::action::print)
        return accounts::Permission::Print;
    if (action == audit::action::pdf)
        return accounts::Permission::Pdf;
    if (action == audit::action::exportCsv)
        return object == sweepCsvObject() ? accounts::Permission::SweepCsv : accounts::Permission::Export;
    return std::nullopt;
}

QFuture<Result<Done>> AuditService::recordOutput(const QString &action, const QString &object, const QString &subject,
                                                 const QString &field) const
{
    return recordOutputFor(action, object, QStringList {subject}, field);
}

QFuture<Result<Done>> AuditService::recordOutputFor(const QString &action, const QString &object, const QStringList &subjects,
                                                    const QString &field) const
{
    const QString subject = subjects.value(0);
    const auto permission = outputPermission(action, object);
    if (!permission)
        return QtFuture::makeReadyFuture(
            Result<Done>(Error::badInput(QStringLiteral("action"), tr("\"%1\" is no output; allowed: print, pdf, export").arg(action))));
    const accounts::SignedInUser user = m_context.actingUser();
    if (const auto refusal = accounts::AccessPolicy::builtIn().require(user, *permission, field))
        return auditRefusal(m_context, user, accounts::permissionId(*permission), subject, *refusal).then([](const Error &error) {
            return Result<Done>(error);
        });
    QList<audit::AuditEntry> entries;
    for (const QString &concerned : subjects.isEmpty() ? QStringList {QString()} : subjects) {
        audit::AuditEntry entry;
        entry.action = action;
        entry.object = object;
        entry.subject = concerned;
        entries << entry;
    }
    return record(entries);
}

QFuture<Error> auditRefusal(const AppContext &context, const accounts::SignedInUser &user, const QString &what, const QString &subject,
                            const Error &error)
{
    return context.store()
        .write<Done>([user, what, subject, error, clock = context.clock()](QSqlDatabase db) -> Status {
            storage::WriteTransaction tx(db);
            if (const Status s = tx.begin(); !s)
                return s.error();
            audit::AuditEntry entry;
            entry.action = audit::action::refused;
            entry.outcome = QStringLiteral("refused");
            entry.subject = subject;
            entry.object = what;
            entry.detail = error.message;
            const auto record = audit::AuditLog::append(db, user, entry, clock.nowUtc());
            if (!record)
                return record.error();
            return tx.commit();
        })
        .then([error](const Status &written) { return written ? error : written.error(); });
}

} // namespace tongban::services
