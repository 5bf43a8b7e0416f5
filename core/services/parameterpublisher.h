#pragma once

#include "central/syncserver.h"
#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tongban::services {

/// What ParameterPublisher::publish put on the central store.
struct PublishedParameterEdition
{
    QString file; ///< "regions/110000.json"
    QString edition; ///< "2026-12-01"
    QString digest; ///< SHA-256 of the bytes, 64 hex digits
};

/// The province's publication of a new edition of a policy parameter file (issue 13: parameter
/// editions go down to every device with sync; server step 5).
class ParameterPublisher
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::ParameterPublisher)

public:
    /// Publishes @p content as parameter file @p file ("national.json" or
    /// "regions/<code>.json") through @p server (the owner's connection). The file must declare
    /// its edition date ("edition": "YYYY-MM-DD") and load in place of its file among this
    /// program's data (policy::ParameterEditions::check), so that no device receives figures it
    /// cannot compute with. Errors: BadInput on "file" (not a parameter file name), on "edition"
    /// (missing, not a date, or not later than the newest published edition), or from loading
    /// (naming the JSON path); Forbidden (not the owner); Unavailable.
    static Result<PublishedParameterEdition> publish(central::SyncServer &server, const QString &file, const QByteArray &content);
};

} // namespace tongban::services
