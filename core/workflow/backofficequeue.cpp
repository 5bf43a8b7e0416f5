#include "backofficequeue.h"

namespace tongban::workflow {

QString BackOfficeQueue::departmentOf(const StoredMatter &matter, const intake::MatterCatalog &catalog)
{
    const intake::MatterDefinition *definition = catalog.matter(matter.matter);
    if (!definition)
        return {};
    if (matter.status == MatterStatus::Forwarded && !definition->workflow.forwardTo.isEmpty())
        return definition->workflow.forwardTo;
    return definition->department;
}

QList<QueueEntry> BackOfficeQueue::entries(const QList<StoredMatter> &open, const QueueFilter &filter, const intake::MatterCatalog &catalog,
                                           const intake::WorkingDayCalendar &calendar, QDate today)
{
    // The last day that counts as "due soon", once for all lines.
    const auto soonLimit = calendar.addWorkingDays(today, dueSoonWorkingDays);
    QList<QueueEntry> lines;
    for (const StoredMatter &m : open) {
        if (m.status == MatterStatus::Done || m.status == MatterStatus::Returned)
            continue;
        if (!filter.channel.isEmpty() && m.channel != filter.channel)
            continue;
        QueueEntry e;
        e.matter = m;
        e.department = departmentOf(m, catalog);
        if (!filter.department.isEmpty() && e.department != filter.department)
            continue;
        if (m.dueOn.isValid()) {
            e.overdue = m.dueOn < today;
            if (!e.overdue) {
                if (soonLimit)
                    e.dueSoon = m.dueOn <= *soonLimit;
                else
                    e.note = soonLimit.error().message;
            }
        }
        lines.append(e);
    }
    return lines;
}

} // namespace tongban::workflow
