#include "dayreportcsv.h"

namespace tongban::casework {

namespace {

QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString line(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(u',') + QStringLiteral("\r\n");
}

QString seconds(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QStringList DayReportCsv::header()
{
    return {tr("Date"),           tr("Group"),     tr("Window or department"),    tr("Received"),         tr("Done"),
            tr("Returned"),       tr("Overdue"),   tr("Visits with ticket time"), tr("Average wait (s)"), tr("Longest wait (s)"),
            tr("Very satisfied"), tr("Satisfied"), tr("Basically satisfied"),     tr("Dissatisfied"),     tr("Very dissatisfied")};
}

QStringList DayReportCsv::row(const QString &date, const QString &group, const DayFigures &f)
{
    return {date,
            group,
            f.label,
            QString::number(f.received),
            QString::number(f.done),
            QString::number(f.returned),
            QString::number(f.overdue),
            QString::number(f.waitedVisits),
            seconds(f.averageWaitSeconds),
            seconds(f.longestWaitSeconds),
            QString::number(f.ratings[4]),
            QString::number(f.ratings[3]),
            QString::number(f.ratings[2]),
            QString::number(f.ratings[1]),
            QString::number(f.ratings[0])};
}

QByteArray DayReportCsv::toCsv(const DayReport &report)
{
    const QString date = report.date.toString(Qt::ISODate);
    QString text = line(header());
    for (const DayFigures &f : report.byWindow)
        text += line(row(date, tr("Window"), f));
    for (const DayFigures &f : report.byDepartment)
        text += line(row(date, tr("Department"), f));
    text += line(row(date, tr("Total"), report.total));
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace tongban::casework
