#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tongban::sync {

/// One record of a down entity (insured_person, employer, contribution_history) read from a
/// local file in the protocol's payload form (docs/sync.md), with the office it belongs to.
struct DownRecord
{
    QString recordId; ///< the person's or employer's uuid (a history: its person's)
    QString officeCode; ///< GB/T 2260 code of the county the record is registered in
    QJsonObject payload;
};

/// Reads the persons, employers and contribution histories of a local file as the central store
/// keeps them: the payloads PageApplier writes back on a device (every column but the local integer
/// keys; a history in the form of protocol 2, one array per column — HistoryPayload::toColumns —
/// with the employer's uuid instead of its local key). For `tongban-cli demo-db --server`, which
/// fills the central store from a generated file.
///
/// A record's office is the region code it is registered in: the person's `region`, the
/// employer's `region` (an employer without one is left out and counted by the caller).
class DownRecords
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sync::DownRecords)

public:
    /// At most @p limit persons, in key order, after the person of local key @p afterKey (0: from
    /// the first); @p lastKey receives the last key read (unchanged when none). Error: Storage.
    static Result<QList<DownRecord>> persons(const QSqlDatabase &db, qint64 afterKey, int limit, qint64 &lastKey);
    /// The same for employers with a region.
    static Result<QList<DownRecord>> employers(const QSqlDatabase &db, qint64 afterKey, int limit, qint64 &lastKey);
    /// The contribution histories of the same persons as persons(): one record per person with at
    /// least one month. Error: Storage.
    static Result<QList<DownRecord>> histories(const QSqlDatabase &db, qint64 afterKey, int limit, qint64 &lastKey);
};

} // namespace tongban::sync
