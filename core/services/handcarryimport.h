#pragma once

#include "common/error.h"
#include "sync/syncprotocol.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tongban::central {
class CentralSession;
}

namespace tongban::services {

/// What importing a hand-carry file did.
struct CarryImportReport
{
    QString deviceId; ///< the device the file came from
    QString officeCode;
    int operations = 0; ///< in the file
    int applied = 0;
    int duplicates = 0; ///< applied before (the file imported again, or the device synced since)
    int conflicts = 0; ///< the server kept another device's newer version; the device sees the conflict when it syncs
    int rejected = 0;
    QList<sync::OpResult> problems; ///< the conflicts and refusals, for the importer to read out
};

/// The hall's side of the hand-carry file (issue 13, point 4; sync::HandCarry): the file's
/// device key fetched from the server (a supervisor of the device's own office only), the file
/// checked against it, then its operations pushed as the device's own, in bounded batches, each
/// applied once. A file that fails the check pushes nothing.
class HandCarryImport
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::HandCarryImport)

public:
    /// Imports @p file through @p session (a supervisor's connection). Errors: BadInput "file"
    /// (not a hand-carry file, changed, cut short); Forbidden "device" (a device of another
    /// office, or not enrolled; the session is no supervisor's); Unavailable; those of
    /// central::SyncServer::push. A failure part-way keeps the batches already applied: importing
    /// the file again applies the rest (the others come back as duplicates).
    static Result<CarryImportReport> run(central::CentralSession &session, const QByteArray &file);
};

} // namespace tongban::services
