#pragma once

#include <QDateTime>
#include <QString>

namespace tongban::session {

/// One visit at the integrated window (一窗通办): one queue number, one visitor, one clerk.
/// A row of the visit_session table.
struct VisitSession
{
    QString id; ///< UUID (36 characters, lower case)
    QString queueNumber; ///< 排队号 as called ("A001", or what the clerk typed)
    QString personId; ///< InsuredPerson::id of the visitor; empty when no person was looked up
    QString clerk; ///< the clerk who served the visit
    QDateTime openedAt; ///< UTC
    QDateTime closedAt; ///< UTC; invalid while the visit is open
    int version = 1; ///< incremented by each update of the row

    bool isOpen() const { return !closedAt.isValid(); }
};

} // namespace tongban::session
