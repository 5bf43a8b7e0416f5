#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tongban::workflow {

/// Where a matter of an intake stands (intake_matter.status). The way from one to another is
/// MatterStateMachine's table.
enum class MatterStatus {
    Received, ///< "received": taken in (受理), waiting for the back office
    PreReviewed, ///< "pre-reviewed": checked by the back office (预审)
    Forwarded, ///< "forwarded": handed to the department that owns it (转办)
    Done, ///< "done": settled (办结)
    Returned, ///< "returned": given back to the applicant with a reason they can act on (退件)
};

/// The stored spelling of statuses, and their names on screen.
class MatterStatusText
{
    Q_DECLARE_TR_FUNCTIONS(tongban::workflow::MatterStatusText)

public:
    /// Every status, in the order of the way through (received … done, returned).
    static QList<MatterStatus> all();
    /// The stored spelling of @p status: "received", "pre-reviewed", "forwarded", "done", "returned".
    static QString key(MatterStatus status);
    /// The status spelled @p key (as key() writes it), or std::nullopt.
    static std::optional<MatterStatus> fromKey(const QString &key);
    /// Every stored spelling, comma-separated, for errors that say what is allowed.
    static QString allKeys();
    /// The status as the screen shows it (translated: 已受理, 已预审, 已转办, 已办结, 已退件).
    static QString label(MatterStatus status);
};

} // namespace tongban::workflow
