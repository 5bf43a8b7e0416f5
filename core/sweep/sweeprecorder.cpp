#include "sweeprecorder.h"

#include "storage/storedtime.h"
#include "storage/writetransaction.h"

#include <QJsonArray>

namespace tongban::sweep {

using storage::StoredTime;

SweepRecorder::SweepRecorder(QSqlDatabase db, Clock clock)
    : m_db(std::move(db))
    , m_clock(std::move(clock))
{ }

QJsonObject SweepRecorder::payload(const SweepResult &result)
{
    return QJsonObject {
        {QStringLiteral("format"), 1},
        {QStringLiteral("parameters"), result.parameters.toJson()},
        {QStringLiteral("as_of"), result.parameters.asOf.toString(Qt::ISODate)},
        {QStringLiteral("rules_edition"), result.rulesEdition},
        {QStringLiteral("started_at"), StoredTime::toText(result.startedAt)},
        {QStringLiteral("finished_at"), StoredTime::toText(result.finishedAt)},
        {QStringLiteral("employers_total"), result.employersTotal},
        {QStringLiteral("screened"), result.screened},
        {QStringLiteral("cancelled"), result.cancelled},
        {QStringLiteral("result_count"), qint64(result.rows.size())},
        {QStringLiteral("eligible_count"), result.eligibleCount()},
        {QStringLiteral("skipped_count"), qint64(result.skipped.size())},
        {QStringLiteral("deferrable_pension_fen"), result.pensionTotal.fen()},
        {QStringLiteral("deferrable_pension"), result.pensionTotal.toPlainString()},
        {QStringLiteral("assumptions"), QJsonArray::fromStringList(result.assumptions)},
    };
}

Result<SweepRecorder::Recorded> SweepRecorder::record(const SweepResult &result, const QString &clerk)
{
    const QString who = clerk.trimmed();
    if (who.isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the clerk's name is required"));
    const QDateTime now = m_clock.nowUtc();
    storage::WriteTransaction tx(m_db);
    if (const Status s = tx.begin(); !s)
        return s.error();
    session::VisitEventLog log(m_db);
    const auto visit = log.insertBackOfficeVisit(who, result.startedAt.isValid() ? result.startedAt : now,
                                                 result.finishedAt.isValid() ? result.finishedAt : now);
    if (!visit)
        return visit.error();
    const auto event = log.append({QString(), *visit, eventKind(), payload(result), who, now});
    if (!event)
        return event.error();
    if (const Status s = tx.commit(); !s)
        return s.error();
    return Recorded {*visit, *event};
}

} // namespace tongban::sweep
