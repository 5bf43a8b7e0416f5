#pragma once

#include "appcontext.h"

#include "accounts/permission.h"
#include "accounts/signedinuser.h"
#include "audit/auditchaincheck.h"
#include "audit/auditentry.h"
#include "audit/auditquery.h"

#include <QCoreApplication>
#include <QFuture>

namespace tongban::services {

/// The audit log for the supervisor's view and the CLI: a page of records, and the check of the
/// chain, on the store's reader threads.
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::AuditService)

public:
    explicit AuditService(const AppContext &context);

    /// A page of records (audit::AuditQuery) when the acting user may read the audit log
    /// (Permission::AuditView: a supervisor). A clerk without the right gets Forbidden (field
    /// "audit-view") and the refusal is audited ("refused", nothing else written).
    QFuture<Result<audit::AuditQuery::Page>> list(const audit::AuditQuery::Filter &filter, int limit = 100,
                                                  std::optional<qint64> after = std::nullopt) const;

    /// Walks the chain (audit::AuditChainCheck). Anyone may: it shows no one's data.
    QFuture<Result<audit::AuditChainReport>> verify() const;

    /// Whether the acting user may @p permission; when not, the refusal is audited ("refused",
    /// with @p subject and the permission's id as object; nothing else is written) and the result
    /// is the Forbidden error with @p field. Done at once (no write) when allowed.
    QFuture<Result<Done>> authorize(accounts::Permission permission, const QString &field = QString(),
                                    const QString &subject = QString()) const;

    /// Appends @p entries by the acting user in one write transaction of their own (an action
    /// that writes nothing else: a paper printed, a file exported, a number unmasked). For an
    /// "unmask" entry the reason must have at least minimumReasonLength characters (BadInput
    /// "reason", nothing written).
    QFuture<Result<Done>> record(const QList<audit::AuditEntry> &entries) const;

    /// Shows @p citizenId (18 characters) in full to the acting user, after @p reason: checked
    /// first (Permission::Unmask: an assisting expert or a supervisor; refused: Forbidden on
    /// @p field and only the "refused" record written), then the reason (at least
    /// minimumReasonLength characters; else BadInput "reason", nothing written), then the
    /// "unmask" record with the reason appended in a write transaction of its own. Show the number
    /// only when this succeeds. Source: 个人信息保护法 第五十一条 (least privilege, logged access);
    /// issue 12 §3 (the full number to an expert, after a reason). Errors also: Storage.
    QFuture<Result<Done>> unmask(const QString &citizenId, const QString &reason, const QString &field = QString()) const;

    /// Whether the acting user has @p permission (accounts::AccessPolicy), for a screen deciding
    /// what to offer; writes nothing (the action itself is checked and audited when it is asked).
    bool allows(accounts::Permission permission) const;

    /// A paper printed or saved as PDF, or a file exported, by the acting user: checked and
    /// audited before it is put out (call it first; put out nothing unless it succeeds).
    /// @p action is audit::action::print, ::pdf or ::exportCsv; @p object names the paper or file
    /// ("calculation-sheet", "return-notice", "receipt", "sweep-csv", "day-work-csv"); @p subject
    /// is the person's citizen ID number where the paper is someone's (empty for a list).
    /// The right asked: Permission::Print, Pdf, Export, and SweepCsv (a supervisor) for the object
    /// "sweep-csv". Allowed: the record (action, subject, object) is appended in a write
    /// transaction of its own. Refused: Forbidden (field @p field) and only the "refused" record
    /// (object the permission's id) is written. Errors: BadInput "action" for another action;
    /// Storage.
    QFuture<Result<Done>> recordOutput(const QString &action, const QString &object, const QString &subject = QString(),
                                       const QString &field = QString()) const;
    /// The same for a paper about several persons (a comparison: the visitor and the colleague
    /// whose figures it shows): one record per ID number of @p subjects, in one transaction, so
    /// that each person's log shows the paper. A refusal is recorded once, on the first subject.
    QFuture<Result<Done>> recordOutputFor(const QString &action, const QString &object, const QStringList &subjects,
                                          const QString &field = QString()) const;

    /// The right that putting out @p object by @p action needs (see recordOutput); std::nullopt
    /// for an action that is not an output.
    static std::optional<accounts::Permission> outputPermission(const QString &action, const QString &object);

    /// The object of the comparison of two pensions (养老金对比表), printed or saved as PDF.
    static QString comparisonSheetObject() { return QStringLiteral("comparison-sheet"); }
    /// The object of the 免申即享 sweep's CSV, which only a supervisor may write.
    static QString sweepCsvObject() { return QStringLiteral("sweep-csv"); }

    /// What a reason for unmasking must have at least (characters, trimmed).
    static constexpr int minimumReasonLength = 4;
    /// BadInput (@p field) when @p reason is too short to say why; std::nullopt when it will do.
    static std::optional<Error> checkReason(const QString &reason, const QString &field);

private:
    const AppContext &m_context;
};

/// Writes, in a write transaction of its own on the store's writer, the audit record "refused" of
/// @p user trying @p what (a permission id, in detail with @p error's message) on @p subject.
/// What every service does when AccessPolicy::require refuses; returns @p error for the caller
/// to pass on (or the storage error when the refusal could not be audited).
QFuture<Error> auditRefusal(const AppContext &context, const accounts::SignedInUser &user, const QString &what, const QString &subject,
                            const Error &error);

} // namespace tongban::services
