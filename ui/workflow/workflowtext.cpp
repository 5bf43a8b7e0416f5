#include "ui/workflow/workflowtext.h"

#include "policy/sourcedfigure.h"

namespace tongban::ui {

QString WorkflowText::localized(const QString &zh, const QString &en)
{
    return policy::chineseScreen() || en.isEmpty() ? zh : en;
}

QString WorkflowText::matterShortName(const intake::MatterCatalog &catalog, const QString &matterId)
{
    const intake::MatterDefinition *matter = catalog.matter(matterId);
    if (!matter)
        return matterId;
    if (policy::chineseScreen() && !matter->shortZh.isEmpty())
        return matter->shortZh;
    return localized(matter->nameZh, matter->nameEn);
}

QString WorkflowText::matterName(const intake::MatterCatalog &catalog, const QString &matterId)
{
    const intake::MatterDefinition *matter = catalog.matter(matterId);
    return matter ? localized(matter->nameZh, matter->nameEn) : matterId;
}

QString WorkflowText::departmentName(const intake::MatterCatalog &catalog, const QString &departmentId)
{
    if (departmentId.isEmpty())
        return QStringLiteral("—");
    const intake::Department *department = catalog.department(departmentId);
    return department ? localized(department->nameZh, department->nameEn) : departmentId;
}

QString WorkflowText::channel(const QString &channel)
{
    if (channel == u"counter")
        return tr("counter");
    if (channel == u"outreach")
        return tr("outreach point");
    if (channel == u"online")
        return tr("online");
    if (channel == u"import")
        return tr("imported");
    return channel;
}

QStringList WorkflowText::channels()
{
    return {QStringLiteral("counter"), QStringLiteral("outreach"), QStringLiteral("online"), QStringLiteral("import")};
}

QString WorkflowText::status(const QString &key)
{
    const auto status = workflow::MatterStatusText::fromKey(key);
    return status ? workflow::MatterStatusText::label(*status) : key;
}

QString WorkflowText::deadline(const workflow::QueueEntry &entry, QDate today)
{
    if (entry.overdue) {
        const qint64 days = entry.matter.dueOn.daysTo(today);
        return tr("overdue by %n day(s)", nullptr, int(days));
    }
    if (entry.dueSoon)
        return entry.matter.dueOn == today ? tr("due today") : tr("due within 2 working days");
    if (!entry.note.isEmpty())
        return entry.note;
    if (!entry.matter.dueOn.isValid())
        return tr("no due date");
    return QString();
}

QString WorkflowText::verdict(const QString &verdict)
{
    if (verdict == u"ready")
        return tr("ready");
    if (verdict == u"needs-attention")
        return tr("needs attention");
    if (verdict == u"cannot-proceed")
        return tr("cannot proceed");
    return verdict;
}

QString WorkflowText::verdictColour(const QString &verdict)
{
    if (verdict == u"ready")
        return QStringLiteral("#1b5e20");
    if (verdict == u"cannot-proceed")
        return overdueColour();
    return dueSoonColour();
}

QString WorkflowText::action(workflow::MatterStatus to, const QString &forwardTo)
{
    using workflow::MatterStatus;
    switch (to) {
    case MatterStatus::PreReviewed:
        return tr("Pre-review passed");
    case MatterStatus::Forwarded:
        return forwardTo.isEmpty() ? tr("Forward") : tr("Forward to %1").arg(forwardTo);
    case MatterStatus::Done:
        return tr("Done");
    case MatterStatus::Returned:
        return tr("Return");
    case MatterStatus::Received:
        return tr("Resubmit");
    }
    return workflow::MatterStatusText::label(to);
}

} // namespace tongban::ui
