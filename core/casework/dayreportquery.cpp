#include "dayreportquery.h"

#include "storage/localstore.h"
#include "storage/storedtime.h"

#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

namespace tongban::casework {

using storage::LocalStore;
using storage::StoredTime;

namespace {

/// One row being summed, with what the average needs.
struct Sum
{
    DayFigures figures;
    qint64 waitTotal = 0;

    void addWait(qint64 seconds)
    {
        ++figures.waitedVisits;
        waitTotal += seconds;
        if (!figures.longestWaitSeconds || seconds > *figures.longestWaitSeconds)
            figures.longestWaitSeconds = seconds;
    }
    /// The average waiting time in whole seconds, rounded half up (ties go to the longer time):
    /// floor((2·total + n) / 2n).
    DayFigures finished() const
    {
        DayFigures f = figures;
        if (f.waitedVisits > 0)
            f.averageWaitSeconds = (2 * waitTotal + f.waitedVisits) / (2 * qint64(f.waitedVisits));
        return f;
    }
};

} // namespace

DayReportQuery::DayReportQuery(QSqlDatabase db, const intake::MatterCatalog &catalog)
    : m_db(std::move(db))
    , m_catalog(catalog)
{ }

Result<DayReport> DayReportQuery::run(QDate date, const QString &windowClerk, const QString &window) const
{
    if (!date.isValid())
        return Error::badInput(QStringLiteral("date"), tr("the day of the report is not a valid date (YYYY-MM-DD)"));
    const QString day = date.toString(Qt::ISODate);
    const QString start = StoredTime::toText(QDateTime(date, QTime(0, 0), QTimeZone::systemTimeZone()));
    const QString end = StoredTime::toText(QDateTime(date.addDays(1), QTime(0, 0), QTimeZone::systemTimeZone()));

    QMap<QString, Sum> clerks;
    QMap<QString, Sum> departments;
    Sum total;
    const auto departmentOf = [this](const QString &matter) {
        const intake::MatterDefinition *m = m_catalog.matter(matter);
        return m ? m->department : matter;
    };
    // Adds to the clerk's row, the department's row and the total.
    const auto add = [&](const QString &clerk, const QString &matter, const std::function<void(DayFigures &)> &change) {
        change(clerks[clerk].figures);
        change(departments[departmentOf(matter)].figures);
        change(total.figures);
    };
    const auto run = [this](QSqlQuery &q, const QString &sql, const QVariantMap &values) -> Status {
        if (!q.prepare(sql))
            return LocalStore::queryError(q, tr("cannot prepare reading the day's work"));
        for (auto it = values.begin(); it != values.end(); ++it)
            q.bindValue(it.key(), it.value());
        if (!q.exec())
            return LocalStore::queryError(q, tr("cannot read the day's work"));
        return Done {};
    };

    QSqlQuery q(m_db);
    // Received that day.
    if (const Status s
        = run(q, QStringLiteral("SELECT clerk, matter_id FROM intake_matter WHERE received_on = :day"), {{QStringLiteral(":day"), day}});
        !s)
        return s.error();
    while (q.next())
        add(q.value(0).toString(), q.value(1).toString(), [](DayFigures &f) { ++f.received; });
    // Done and returned that day.
    if (const Status s = run(q,
                             QStringLiteral("SELECT e.clerk, m.matter_id, e.to_status FROM matter_status_event e"
                                            " JOIN intake_matter m ON m.id = e.matter_id"
                                            " WHERE e.at >= :start AND e.at < :end AND e.to_status IN ('done', 'returned')"),
                             {{QStringLiteral(":start"), start}, {QStringLiteral(":end"), end}});
        !s)
        return s.error();
    while (q.next()) {
        const bool done = q.value(2).toString() == QLatin1String("done");
        add(q.value(0).toString(), q.value(1).toString(), [done](DayFigures &f) { ++(done ? f.done : f.returned); });
    }
    // Overdue at the end of the day: the status then is the last change before the day ended.
    if (const Status s = run(q,
                             QStringLiteral("SELECT m.clerk, m.matter_id FROM intake_matter m"
                                            " WHERE m.received_on <= :day AND m.due_on < :day"
                                            " AND coalesce((SELECT e.to_status FROM matter_status_event e WHERE e.matter_id = m.id"
                                            "   AND e.at < :end ORDER BY e.at DESC, e.rowid DESC LIMIT 1), 'received')"
                                            " NOT IN ('done', 'returned')"),
                             {{QStringLiteral(":day"), day}, {QStringLiteral(":end"), end}});
        !s)
        return s.error();
    while (q.next())
        add(q.value(0).toString(), q.value(1).toString(), [](DayFigures &f) { ++f.overdue; });
    // Waiting time: the visits called that day with a ticket time, once per row they count in.
    if (const Status s = run(q,
                             QStringLiteral("SELECT s.id, s.clerk, s.opened_at, i.ticket_at, m.matter_id FROM visit_session s"
                                            " JOIN intake_visit i ON i.session_id = s.id JOIN intake_matter m ON m.session_id = s.id"
                                            " WHERE s.opened_at >= :start AND s.opened_at < :end AND i.ticket_at IS NOT NULL"
                                            " ORDER BY s.id"),
                             {{QStringLiteral(":start"), start}, {QStringLiteral(":end"), end}});
        !s)
        return s.error();
    QSet<QString> visitsCounted;
    QSet<QPair<QString, QString>> visitDepartments;
    while (q.next()) {
        const QString visit = q.value(0).toString();
        const qint64 waited = StoredTime::fromText(q.value(3).toString()).secsTo(StoredTime::fromText(q.value(2).toString()));
        if (waited < 0)
            continue; // a ticket time after the call is a typing error; it is not a waiting time
        if (!visitsCounted.contains(visit)) {
            visitsCounted.insert(visit);
            clerks[q.value(1).toString()].addWait(waited);
            total.addWait(waited);
        }
        const QString department = departmentOf(q.value(4).toString());
        if (!visitDepartments.contains({visit, department})) {
            visitDepartments.insert({visit, department});
            departments[department].addWait(waited);
        }
    }
    // Ratings given that day.
    if (const Status s
        = run(q,
              QStringLiteral("SELECT m.clerk, m.matter_id, r.level FROM service_rating r JOIN intake_matter m ON m.id = r.matter_id"
                             " WHERE r.at >= :start AND r.at < :end"),
              {{QStringLiteral(":start"), start}, {QStringLiteral(":end"), end}});
        !s)
        return s.error();
    while (q.next()) {
        const int level = q.value(2).toInt();
        if (level >= 1 && level <= 5)
            add(q.value(0).toString(), q.value(1).toString(), [level](DayFigures &f) { ++f.ratings[size_t(level - 1)]; });
    }

    DayReport report;
    report.date = date;
    for (auto it = clerks.begin(); it != clerks.end(); ++it) {
        DayFigures f = it->finished();
        f.key = it.key();
        f.label = (!window.isEmpty() && it.key() == windowClerk) ? tr("%1 (window %2)").arg(it.key(), window) : it.key();
        report.byWindow.append(f);
    }
    QStringList order;
    for (const intake::Department &d : m_catalog.departments())
        order.append(d.id);
    for (const QString &key : departments.keys())
        if (!order.contains(key))
            order.append(key);
    for (const QString &key : order) {
        if (!departments.contains(key))
            continue;
        DayFigures f = departments.value(key).finished();
        f.key = key;
        const intake::Department *d = m_catalog.department(key);
        f.label = d ? d->nameZh : key;
        report.byDepartment.append(f);
    }
    report.total = total.finished();
    report.total.key = QStringLiteral("total");
    report.total.label = tr("Total");
    return report;
}

} // namespace tongban::casework
