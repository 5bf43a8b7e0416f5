#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tongban::casework {

/// One entry of a difficult case's history (difficult_case_event), never changed once written.
struct DifficultCaseEvent
{
    QString id; ///< UUID
    /// "opened", "note", "assigned" (expert or departments changed), "promised" (a promised date
    /// set), "closed" (text: the answer given to the visitor), "reopened" (text: why).
    QString kind;
    QString text;
    QString clerk;
    QDateTime at; ///< UTC
};

/// A case of the difficult-case ledger (疑难问题台账): a problem the window could not settle during a
/// visit, followed by an expert until it is closed ("销号") with the answer given to the visitor.
struct DifficultCase
{
    QString id; ///< UUID
    QString sessionId; ///< the visit it was opened from
    QString queueNumber; ///< that visit's queue number (read from visit_session)
    QDate openedOn;
    QString description;
    QStringList departments; ///< Department ids of the matter catalog involved
    QString expert; ///< the expert in charge; empty while nobody is assigned
    QDate promisedOn; ///< the date promised to the visitor; null when none was promised
    QString status; ///< "open" or "closed"
    QString answer; ///< the answer given to the visitor (closed cases)
    QDate closedOn; ///< null while open
    QString clerk; ///< who opened it
    bool overdue = false; ///< open and promisedOn before today (as read)

    bool isOpen() const { return status == QLatin1String("open"); }
};

} // namespace tongban::casework
