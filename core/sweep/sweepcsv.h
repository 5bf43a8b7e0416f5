#pragma once

#include "sweepresult.h"

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tongban::sweep {

/// The eligible employers of a sweep as CSV, for a spreadsheet.
///
/// RFC 4180: fields separated by commas, records ended by CRLF, a field holding a comma, a
/// double quote, CR or LF enclosed in double quotes with its quotes doubled. UTF-8 with a byte
/// order mark, which Excel needs to read Chinese text from a CSV. The first row is one field
/// saying what the list covers (statusLine(): complete, or "未完成" with how far the sweep got
/// and when it was cancelled), then one header row (translated column names), then one row per
/// eligible employer in the result's order. Amounts are CNY with two decimals and no grouping
/// ("1234.50", Money::toPlainString); an amount the records do not hold (unemployment, work
/// injury) is the words "not in the records" (translated), never a figure; a month range is
/// "2022-04…2022-12"; an insurance not deferrable is empty; the rules are named, not by id.
class SweepCsv
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sweep::SweepCsv)

public:
    /// What the file covers, one sentence, translated: a complete sweep ("all N employers
    /// screened, as of …, finished at …"), or a cancelled one, saying it is incomplete, how far it
    /// got (n of N employers) and when it was cancelled (local time, minutes).
    static QString statusLine(const SweepResult &result);
    /// The file name to offer, translated: "deferral-sweep-<as of>.csv", or for a cancelled
    /// sweep "deferral-sweep-<as of>-incomplete-<n>-of-<N>.csv".
    static QString defaultFileName(const SweepResult &result);
    /// The header row's column names, translated, in order.
    static QStringList header();
    /// The fields of @p row, in the header's order.
    static QStringList fields(const SweepRow &row);
    /// The whole file: BOM, status line, header, rows.
    static QByteArray toCsv(const SweepResult &result);
    /// @p text as one CSV field: quoted when RFC 4180 requires it, and a leading = + - @
    /// escaped with an apostrophe so that a spreadsheet shows it as text, never as a formula.
    static QString quoted(const QString &text);

    /// Writes toCsv(@p result) to @p path all or nothing (QSaveFile: a temporary file renamed
    /// over @p path on success; an existing file is replaced only then). Error (Storage) with
    /// the path and the system's reason.
    static Status write(const SweepResult &result, const QString &path);
};

} // namespace tongban::sweep
