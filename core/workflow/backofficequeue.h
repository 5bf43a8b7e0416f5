#pragma once

#include "intake/mattercatalog.h"
#include "intake/workingdaycalendar.h"
#include "storedmatter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tongban::workflow {

/// Which open matters the back-office queue shows.
struct QueueFilter
{
    QString department; ///< Department::id the matter is with now (see BackOfficeQueue::departmentOf); empty: all
    QString channel; ///< "counter", "outreach", "online", "import"; empty: all
};

/// One line of the back-office queue.
struct QueueEntry
{
    StoredMatter matter;
    QString department; ///< where the matter is now (BackOfficeQueue::departmentOf)
    bool overdue = false; ///< the due date is before today
    bool dueSoon = false; ///< not overdue, and due within 2 working days of today on the calendar
    /// Why dueSoon could not be decided (a year without a holiday arrangement); empty otherwise.
    QString note;
};

/// The back office's view of the open matters: by due date, with what is overdue or due soon.
class BackOfficeQueue
{
    Q_DECLARE_TR_FUNCTIONS(tongban::workflow::BackOfficeQueue)

public:
    /// How many working days ahead "due soon" looks.
    static constexpr int dueSoonWorkingDays = 2;

    /// The department @p matter is with now: the department it was forwarded to
    /// (MatterWorkflow::forwardTo) when forwarded, else its catalog department; empty when the
    /// catalog has not the matter.
    static QString departmentOf(const StoredMatter &matter, const intake::MatterCatalog &catalog);

    /// @p open (MatterWorkflowRepository::openMatters, in its order) as queue lines for
    /// @p today: only those @p filter lets through; overdue when the due date is before today;
    /// due soon when the due date is on or before the 2nd working day after today
    /// (WorkingDayCalendar::addWorkingDays; a year without data leaves dueSoon false and says so
    /// in note). A matter without a due date is neither.
    static QList<QueueEntry> entries(const QList<StoredMatter> &open, const QueueFilter &filter, const intake::MatterCatalog &catalog,
                                     const intake::WorkingDayCalendar &calendar, QDate today);
};

} // namespace tongban::workflow
