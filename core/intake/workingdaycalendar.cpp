#include "workingdaycalendar.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tongban::intake {

namespace {

QDate readDate(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

} // namespace

Result<WorkingDayCalendar> WorkingDayCalendar::load(const QString &dir)
{
    WorkingDayCalendar calendar;
    const QStringList names = QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto fault = [&name](const QString &path, const QString &message) {
            return Error::badInput(path.isEmpty() ? name : name + QStringLiteral(": ") + path, message);
        };
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return fault(QString(), tr("cannot read the file: %1").arg(file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return fault(QString(), tr("not a valid JSON object: %1").arg(parseError.errorString()));
        const QJsonObject root = doc.object();
        Year y;
        y.year = root.value(QStringLiteral("year")).toInt();
        if (QString::number(y.year) + QStringLiteral(".json") != name)
            return fault(QStringLiteral("year"), tr("\"year\" must be the year the file is named after"));
        y.edition = root.value(QStringLiteral("edition")).toString();
        const QJsonObject source = root.value(QStringLiteral("source")).toObject();
        y.sourceDocument = source.value(QStringLiteral("document")).toString();
        y.sourceTitle = source.value(QStringLiteral("title")).toString();
        y.sourceUrl = source.value(QStringLiteral("url")).toString();
        y.confidence = source.value(QStringLiteral("confidence")).toString();
        const QJsonArray holidays = root.value(QStringLiteral("holidays")).toArray();
        for (qsizetype i = 0; i < holidays.size(); ++i) {
            const QString at = QStringLiteral("holidays[%1]").arg(i);
            const QJsonObject h = holidays.at(i).toObject();
            Holiday holiday;
            holiday.nameZh = h.value(QStringLiteral("name_zh")).toString();
            holiday.from = readDate(h.value(QStringLiteral("from")));
            holiday.to = readDate(h.value(QStringLiteral("to")));
            // A holiday may run into the next year (元旦 of the next year is in that year's file).
            if (!holiday.from.isValid() || holiday.from.year() != y.year)
                return fault(at + QStringLiteral(".from"), tr("a date YYYY-MM-DD in %1 is required").arg(y.year));
            if (!holiday.to.isValid() || holiday.to < holiday.from)
                return fault(at + QStringLiteral(".to"), tr("a date YYYY-MM-DD not before \"from\" is required"));
            y.holidays.append(holiday);
        }
        const QJsonArray weekends = root.value(QStringLiteral("working_weekends")).toArray();
        for (qsizetype i = 0; i < weekends.size(); ++i) {
            const QDate d = readDate(weekends.at(i));
            const QString at = QStringLiteral("working_weekends[%1]").arg(i);
            if (!d.isValid() || d.year() != y.year)
                return fault(at, tr("a date YYYY-MM-DD in %1 is required").arg(y.year));
            if (d.dayOfWeek() < 6)
                return fault(
                    at, tr("%1 is not a Saturday or Sunday: only a weekend day can be made a working day").arg(d.toString(Qt::ISODate)));
            y.workingWeekends.insert(d);
        }
        calendar.m_years.insert(y.year, y);
    }
    return calendar;
}

Result<WorkingDayCalendar> WorkingDayCalendar::builtIn()
{
    return load(QStringLiteral(":/calendar"));
}

const WorkingDayCalendar::Year *WorkingDayCalendar::year(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.cend() ? nullptr : &*it;
}

Result<bool> WorkingDayCalendar::isWorkingDay(QDate date) const
{
    const Year *y = year(date.year());
    if (!y)
        return Error::missingFigure(QStringLiteral("date"), tr("no holiday arrangement for %1 in resources/calendar").arg(date.year()));
    if (y->workingWeekends.contains(date))
        return true;
    if (date.dayOfWeek() >= 6)
        return false;
    for (const Year &other : m_years) // a holiday of the year before may reach into this one
        for (const Holiday &h : other.holidays)
            if (date >= h.from && date <= h.to)
                return false;
    return true;
}

Result<QDate> WorkingDayCalendar::addWorkingDays(QDate from, int n) const
{
    if (n < 0)
        return Error::badInput(QStringLiteral("days"), tr("a number of working days is 0 or more"));
    if (const auto first = isWorkingDay(from); !first)
        return first.error();
    QDate d = from;
    int counted = 0;
    while (counted < n) {
        d = d.addDays(1);
        const auto working = isWorkingDay(d);
        if (!working)
            return working.error();
        if (*working)
            ++counted;
    }
    return d;
}

} // namespace tongban::intake
