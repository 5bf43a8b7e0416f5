#pragma once

#include "dayreport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace tongban::casework {

/// The day's work as CSV for Excel: UTF-8 with a byte order mark (Excel reads UTF-8 without it as
/// the ANSI code page and garbles Chinese), one header row (translated column names: Chinese on
/// the counter's machines), one row per window, per department and the total, CRLF line ends
/// (RFC 4180); a field with a comma, quote or line break is quoted.
class DayReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(tongban::casework::DayReportCsv)

public:
    /// The header row's column names, translated, in order.
    static QStringList header();
    /// The fields of @p figures in the header's order; @p group is the translated group name
    /// (window, department, total). Waiting times in whole seconds, empty when no ticket time
    /// was known.
    static QStringList row(const QString &date, const QString &group, const DayFigures &figures);
    /// The whole file: BOM, header, the windows, the departments, the total.
    static QByteArray toCsv(const DayReport &report);
};

} // namespace tongban::casework
