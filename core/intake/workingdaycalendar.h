#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace tongban::intake {

/// The working days of the State Council's holiday arrangements (国务院办公厅关于 YYYY 年部分节假日
/// 安排的通知), one file a year (resources/calendar/<year>.json): holidays and the weekend days
/// made working days (调休). Every time limit of a matter is counted on it.
class WorkingDayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(tongban::intake::WorkingDayCalendar)

public:
    /// One holiday period of a year's arrangement.
    struct Holiday
    {
        QString nameZh; ///< "国庆节、中秋节"
        QDate from;
        QDate to; ///< inclusive
    };

    /// One year's arrangement and its source.
    struct Year
    {
        int year = 0;
        QString edition;
        QString sourceDocument; ///< "国办发明电〔2025〕7号"
        QString sourceTitle;
        QString sourceUrl;
        QString confidence;
        QList<Holiday> holidays;
        QSet<QDate> workingWeekends;
    };

    WorkingDayCalendar() = default;

    /// Every "<year>.json" in @p dir (a folder or a Qt resource path such as ":/calendar").
    /// Errors (BadInput, field = "<file>: <JSON path>"): invalid JSON, a "year" that is not the
    /// file's name, a date that is not "YYYY-MM-DD" or not in the year, a holiday whose "to" is
    /// before its "from", a working weekend that is not a Saturday or Sunday.
    static Result<WorkingDayCalendar> load(const QString &dir);
    /// The shipped calendar (":/calendar"). Errors: load's.
    static Result<WorkingDayCalendar> builtIn();

    /// Whether @p date is a working day: Monday–Friday outside every holiday, or a working
    /// weekend day. Error (MissingFigure, field "date") when the year has no arrangement:
    /// "no holiday arrangement for 2027 in resources/calendar".
    Result<bool> isWorkingDay(QDate date) const;
    /// The @p n-th working day after @p from (n = 0: @p from itself); a limit of n working days
    /// from a received date is due on it. Errors: isWorkingDay's for any day counted; BadInput
    /// ("days") for a negative n.
    Result<QDate> addWorkingDays(QDate from, int n) const;

    /// The years with an arrangement, ascending.
    QList<int> years() const { return m_years.keys(); }
    /// The arrangement of @p year, or nullptr.
    const Year *year(int year) const;

private:
    QMap<int, Year> m_years;
};

} // namespace tongban::intake
