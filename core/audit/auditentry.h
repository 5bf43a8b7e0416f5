#pragma once

#include <QDateTime>
#include <QString>

namespace tongban::audit {

/// The stable ids of the audited actions (the same in the local store and on the server).
namespace action {
inline const QString lookUp = QStringLiteral("look-up"); ///< a person looked up (a name search listing several is not)
inline const QString openPerson = QStringLiteral("open-person"); ///< a person's file opened from a list
inline const QString print = QStringLiteral("print"); ///< a paper printed
inline const QString pdf = QStringLiteral("pdf"); ///< a paper saved as PDF
inline const QString exportCsv = QStringLiteral("export"); ///< a CSV written
inline const QString unmask = QStringLiteral("unmask"); ///< the full ID number shown, with a reason
inline const QString compare = QStringLiteral("compare"); ///< another person's data shown in a comparison
inline const QString signIn = QStringLiteral("sign-in");
inline const QString signInRefused = QStringLiteral("sign-in-refused");
inline const QString refused = QStringLiteral("refused"); ///< an action the role has no right to
inline const QString account = QStringLiteral("account"); ///< a clerk account changed
} // namespace action

/// What is audited of one action: what, whose, why, and how it ended.
struct AuditEntry
{
    QString action; ///< one of audit::action
    QString subject; ///< whose data: the person's citizen ID number (18 characters); empty when none
    QString object; ///< what: "calculation-sheet", "return-notice", "sweep-csv", a file name; may be empty
    QString reason; ///< the reason the clerk gave, where one is asked (unmasking)
    QString outcome = QStringLiteral("ok"); ///< "ok" or "refused"
    QString detail; ///< anything more: the refused action's id, the refusal's message
};

/// One stored record of the audit log (table audit_record).
struct AuditRecord
{
    qint64 seq = 0; ///< 1, 2, … per device
    QString deviceId; ///< the UUID of the device that wrote it
    QDateTime at; ///< UTC
    QString clerk; ///< the signed-in clerk's login ("cli:<OS user>" for the CLI without a sign-in)
    QString officeCode; ///< the clerk's office (empty without a sign-in)
    AuditEntry entry;
    QString prevHash; ///< hex SHA-256 of the record before (64 zeros for the first)
    QString hash; ///< hex SHA-256 of this record's canonical form (AuditLog::canonicalForm)
    QDateTime syncedAt; ///< UTC; invalid until sent to the server
};

} // namespace tongban::audit
