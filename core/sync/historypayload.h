#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tongban::sync {

/// One month of a contribution history as the protocol carries it (the local
/// contribution_record's columns, with the employer's uuid instead of its local key).
struct HistoryMonth
{
    qint64 month = 0; ///< YYYYMM
    qint64 kind = 0; ///< 0 employee, 1 flexibly employed (storage migration step 3)
    qint64 baseFen = 0; ///< contribution base, integer fen
    qint64 employerFen = 0; ///< the employer's share, integer fen
    qint64 personalFen = 0; ///< the person's share, integer fen
    QString employerId; ///< the employer's uuid; empty when none (a flexibly employed month)
    qint64 region = 0; ///< GB/T 2260 code of the region the month was paid in
};

/// The payload of the down entity contribution_history (docs/sync.md): a person's whole history.
///
/// Protocol 2 (server step 7) carries it as one array per column, the months in the same order in
/// each: {"month": [200501, …], "kind": […], "base_fen": […], "employer_fen": […],
/// "personal_fen": […], "employer_id": ["<uuid>" or null, …], "region": […]}. Protocol 1 (a server
/// before step 7) carried one object per month: {"records": [{"month", "kind", "base_fen",
/// "employer_fen", "personal_fen", "employer_id", "region"}, …]}; it is still read.
class HistoryPayload
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::HistoryPayload)

public:
    /// The seven keys, in the order of HistoryMonth.
    static const QStringList &keys();

    /// Reads @p payload, in either form, into @p months (cleared first; its capacity is kept, so
    /// that one list serves a whole page of histories). Every value is checked: the months,
    /// kinds, amounts (fen) and regions whole numbers within ±2^53, the employer a string or null.
    /// Errors (nothing is read): BadInput naming the field, as a path inside the payload —
    /// "kind" (not an array, or another length than "month"), "base_fen[17]" (not a whole
    /// number), "employer_id[3]", "colour" (a key that is not one of keys()), "records[2].region"
    /// (the form of protocol 1), "month" (missing).
    static Status read(const QJsonObject &payload, QList<HistoryMonth> &months);

    /// @p months in the form of protocol 2 (what DownRecords loads and the server stores).
    static QJsonObject toColumns(const QList<HistoryMonth> &months);
};

} // namespace tongban::sync
