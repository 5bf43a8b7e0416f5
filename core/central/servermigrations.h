#pragma once

#include "centralsession.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tongban::central {

/// The schema of the central store, created and upgraded by numbered steps: the SQL files
/// resources/server/NNNN-name.sql (Qt resources ":/server/"), numbered 1, 2, 3, … without a gap.
///
/// Each step runs in ONE transaction together with its row in tongban.schema_version (version,
/// name, applied_at, applied_by), so a failed step leaves the server at the step before and the
/// next run retries it. Concurrent runs take turns (a transaction-scoped advisory lock). A server
/// at a step higher than this program knows was upgraded by a newer program and is refused,
/// never downgraded. Steps are never edited once released; a change is a new step.
///
/// Run as the owner role: the role that will own the schema tongban, with CREATEROLE (step 1
/// makes the group roles tongban_window_clerk, tongban_expert, tongban_supervisor).
class ServerMigrations
{
    Q_DECLARE_TR_FUNCTIONS(tongban::central::ServerMigrations)

public:
    struct Step
    {
        int version = 0;
        QString name; ///< e.g. "row-level-security"
        QString resource; ///< ":/server/0002-row-level-security.sql"
    };

    /// What a run did: the step the server was at, the one it is at now, the names of the steps
    /// applied (empty when the server was up to date).
    struct Outcome
    {
        int from = 0;
        int to = 0;
        QStringList applied;
    };

    /// The steps shipped, in order. A gap or a malformed file name is a build defect (qFatal).
    static QList<Step> steps();

    /// The number of the last step this program knows.
    static int latestVersion();

    /// The server's step: the highest version in tongban.schema_version, 0 when there is no
    /// schema yet. Errors: those of CentralSession::errorFrom.
    static Result<int> currentVersion(const CentralSession &session);

    /// Applies the steps after the server's up to @p targetVersion (-1: the latest), each in its
    /// own transaction. Does nothing when already there.
    /// Errors: the server is at a higher step than latestVersion() (Storage: "upgrade the
    /// program"); @p targetVersion outside 0…latestVersion() (BadInput "targetVersion"); a step
    /// fails (the server's reason and the step's number; that step is rolled back) — Forbidden
    /// when the role lacks a right (CREATEROLE, CREATE on the database), Unavailable when the
    /// connection is lost.
    static Result<Outcome> migrate(CentralSession &session, int targetVersion = -1);
};

} // namespace tongban::central
