#pragma once

// What the casework tests share: visits with intake matters stored through the real
// IntakeRepository (the visit opened at a given time, with or without the hall's ticket time), and
// a matter's status changed as the workflow records it.

#include "common/clock.h"
#include "intake/intakecase.h"
#include "intake/intakereceipt.h"
#include "intake/intakerepository.h"
#include "storage/storeservice.h"
#include "storage/writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace tongban::test {

/// One matter of a stored visit: its catalog id, the person it is about (empty: the applicant)
/// and its promised due date.
struct VisitMatter
{
    QString matter;
    QDate dueOn;
    QString subjectIdNumber;
    QString subjectName;
};

/// One visit as the tests store it.
struct Visit
{
    QDateTime at; ///< when it was called (the visit's opened_at)
    QString clerk = QStringLiteral("王芳");
    QString queueNumber; ///< empty: automatic
    QString applicantIdNumber = QStringLiteral("11010519491231002X");
    QString applicantName = QStringLiteral("李秀英");
    QDateTime ticketAt; ///< invalid: unknown
    QList<VisitMatter> matters;
};

/// Beijing time on @p day at @p hour:@p minute.
inline QDateTime beijing(QDate day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(day, QTime(hour, minute, second), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
}

/// The receipt and case IntakeRepository::store takes for @p visit.
inline QPair<intake::IntakeReceipt, intake::IntakeCase> intakeOf(const Visit &visit)
{
    intake::IntakeReceipt r;
    r.queueNumber = visit.queueNumber;
    r.clerk = visit.clerk;
    r.applicantIdNumber = visit.applicantIdNumber;
    r.applicantName = visit.applicantName;
    r.catalogEdition = QStringLiteral("2026-11-01");
    intake::IntakeCase c;
    c.ticketAt = visit.ticketAt;
    for (int i = 0; i < visit.matters.size(); ++i) {
        const VisitMatter &vm = visit.matters.at(i);
        intake::ReceiptMatter m;
        m.position = i;
        m.matter = vm.matter;
        m.subjectIdNumber = vm.subjectIdNumber.isEmpty() ? visit.applicantIdNumber : vm.subjectIdNumber;
        m.subjectName = vm.subjectName.isEmpty() ? visit.applicantName : vm.subjectName;
        m.status = QStringLiteral("received");
        m.receivedOn = visit.at.toLocalTime().date();
        m.dueOn = vm.dueOn;
        r.matters.append(m);
        c.matters.append(intake::IntakeMatter {vm.matter, std::nullopt, {}, {}});
    }
    return {r, c};
}

/// Stores @p visit (its visit, intake and matters) and returns the receipt as stored (the ids of
/// the visit and its matters). Stops the test's check with an empty receipt on an error.
inline intake::IntakeReceipt storeVisit(storage::StoreService &store, const Visit &visit)
{
    const auto [receipt, intakeCase] = intakeOf(visit);
    const Clock at = Clock::fixed(visit.at);
    const auto stored = store
                            .write<intake::IntakeReceipt>([receipt, intakeCase, at](QSqlDatabase db) {
                                return intake::IntakeRepository(db, at).store(receipt, intakeCase);
                            })
                            .result();
    if (!stored) {
        qWarning("the visit was not stored: %s %s", qPrintable(stored.error().field), qPrintable(stored.error().message));
        return {};
    }
    return *stored;
}

/// Records the change of the matter @p matterId from its status to @p to by @p clerk at @p at as
/// the workflow records it: intake_matter.status (and returned_reason) and one matter_status_event.
inline bool changeStatus(storage::StoreService &store, const QString &matterId, const QString &to, const QString &clerk,
                         const QDateTime &at, const QString &reason = {})
{
    const auto done
        = store
              .write<Done>([=](QSqlDatabase db) -> Result<Done> {
                  storage::WriteTransaction tx(db);
                  if (const Status s = tx.begin(); !s)
                      return s.error();
                  QSqlQuery q(db);
                  q.prepare(QStringLiteral("SELECT status FROM intake_matter WHERE id = :id"));
                  q.bindValue(QStringLiteral(":id"), matterId);
                  if (!q.exec() || !q.next())
                      return Error::notFound(QStringLiteral("matter"), matterId);
                  const QString from = q.value(0).toString();
                  q.prepare(QStringLiteral("UPDATE intake_matter SET status = :to, returned_reason = :reason WHERE id = :id"));
                  q.bindValue(QStringLiteral(":to"), to);
                  q.bindValue(QStringLiteral(":reason"), reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : reason);
                  q.bindValue(QStringLiteral(":id"), matterId);
                  if (!q.exec())
                      return Error::storage(q.lastError().text());
                  q.prepare(QStringLiteral("INSERT INTO matter_status_event (id, matter_id, from_status, to_status, reason, clerk, at)"
                                           " VALUES (:id, :matter, :from, :to, :reason, :clerk, :at)"));
                  q.bindValue(QStringLiteral(":id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
                  q.bindValue(QStringLiteral(":matter"), matterId);
                  q.bindValue(QStringLiteral(":from"), from);
                  q.bindValue(QStringLiteral(":to"), to);
                  q.bindValue(QStringLiteral(":reason"), reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : reason);
                  q.bindValue(QStringLiteral(":clerk"), clerk);
                  q.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODateWithMs));
                  if (!q.exec())
                      return Error::storage(q.lastError().text());
                  return tx.commit();
              })
              .result();
    if (!done)
        qWarning("the status was not changed: %s", qPrintable(done.error().message));
    return done.ok();
}

} // namespace tongban::test
