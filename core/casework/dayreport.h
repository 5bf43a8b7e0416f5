#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace tongban::casework {

/// The figures of one window (clerk) or one department on one day.
struct DayFigures
{
    QString key; ///< the clerk's name, or the Department id
    QString label; ///< the clerk's name (with the window when known), or the department's Chinese name
    int received = 0; ///< matters taken in that day (intake_matter.received_on)
    int done = 0; ///< matters that became done that day (matter_status_event)
    int returned = 0; ///< matters returned that day
    /// Matters past their promised due date at the end of the day: received by then, due before
    /// the day, neither done nor returned at its end.
    int overdue = 0;
    int waitedVisits = 0; ///< visits called that day whose hall ticket time is known
    std::optional<qint64> averageWaitSeconds; ///< ticket → call; rounded half up to whole seconds
    std::optional<qint64> longestWaitSeconds;
    /// Ratings given that day, by level: ratings[0] is level 1 (非常不满意) … ratings[4] level 5 (非常满意).
    std::array<int, 5> ratings {};
};

/// The day's work (当日工作量) of the local store: per window, per department and in total.
struct DayReport
{
    QDate date;
    QList<DayFigures> byWindow; ///< one per clerk with any figure, by name
    QList<DayFigures> byDepartment; ///< one per department with any figure, in catalog order
    DayFigures total; ///< key "total"; waiting time over every visit (not the sum of the rows)
};

} // namespace tongban::casework
