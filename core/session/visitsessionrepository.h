#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "visitsession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace tongban::session {

/// The visits (visit_session rows) of the local store: opening one for a looked-up person,
/// adding another person to it, finding the one open at a clerk's window, closing it.
///
/// Every statement is prepared with bound values; every write runs in one BEGIN IMMEDIATE
/// transaction (storage::WriteTransaction), so a failed write changes nothing and two
/// windows writing to the same file never hand out the same automatic queue number. Use on
/// the thread that opened the connection (see storage::LocalStore).
class VisitSessionRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::session::VisitSessionRepository)

public:
    /// What opening a visit needs.
    struct OpenRequest
    {
        QString personId; ///< InsuredPerson::id, must be stored; empty for a visit without a person
        QString clerk; ///< who serves the visit (trimmed; must not be empty)
        QString queueNumber; ///< the number the queue system printed; empty: the next automatic one of the day
        QString id; ///< the visit's UUID when the caller needs it before the write ends; empty: a new one
        /// The letter of the window's category (A–Z: each category of window counts its own
        /// automatic numbers, "A001", "B001", … as a hall's queue system does); 'A' by default.
        QChar queueCategory = u'A';
    };

    /// A repository on @p db (an open LocalStore connection). @p clock gives the current time
    /// (any time spec; stored as UTC, the day for queue numbers is its local date). Tests pass a fixed clock.
    VisitSessionRepository(QSqlDatabase db, Clock clock);

    /// Opens a visit. A clerk serves one visitor at a time: any visit still open for the same
    /// clerk (also one left open by a crash) is closed in the same transaction first. Without
    /// a typed queue number the visit gets the next automatic one of the local day in its
    /// window category: "A001", "A002", … (one more than the highest automatic number of that
    /// letter among the visits opened that day, whoever opened them; at least three digits,
    /// "A1000" after "A999"). A category that is not a letter A–Z: BadInput "queue_category".
    /// Errors: BadInput ("clerk" empty; "queue_number" longer than 16 characters or with
    /// characters other than letters, digits and "-"; "id" not a lower-case UUID); NotFound
    /// ("person_id") when the person is not stored; Storage (the driver's text).
    Result<VisitSession> open(const OpenRequest &request);
    /// Opens a visit as open() does, inside the write transaction the caller holds
    /// (storage::WriteTransaction), so that the visit and what is stored with it (an intake) are
    /// kept together or not at all. Errors: open()'s; on an error the caller rolls back.
    Result<VisitSession> openWithin(const OpenRequest &request);

    /// The visit open for @p clerk (the latest opened, should several be open), or
    /// std::nullopt. Error (Storage).
    Result<std::optional<VisitSession>> findOpen(const QString &clerk) const;

    /// The visit @p id. Errors: NotFound ("session_id"); Storage.
    Result<VisitSession> load(const QString &id) const;

    /// Closes the visit @p id (closed_at = now, version + 1). Closing a visit already closed
    /// changes nothing and is not an error. Errors: NotFound ("session_id"); Storage.
    Status close(const QString &id);

    /// Adds the person @p personId to the open visit @p sessionId: the visit goes on serving
    /// someone else too (a family member at the same counter), as the clerk chose. Kept as a
    /// session_event of kind personAddedKind() (payload {"person_id"}) by @p clerk, now. A person
    /// already in the visit (its own or added before) changes nothing. Errors: BadInput
    /// ("clerk" empty; "session_id" when the visit is closed); NotFound ("session_id",
    /// "person_id") when not stored; Storage.
    Status addPerson(const QString &sessionId, const QString &personId, const QString &clerk);

    /// The persons the visit @p sessionId serves: its own person first (when it has one), then
    /// those added, in the order added. Errors: NotFound ("session_id"); Storage.
    Result<QStringList> persons(const QString &sessionId) const;

    /// The session_event kind of a person added to a visit.
    static QString personAddedKind() { return QStringLiteral("visit.person_added"); }

    /// The automatic queue number @p n of a day in @p category: 1 → "A001", 1000 → "A1000".
    static QString automaticQueueNumber(int n, QChar category = u'A');
    /// Whether @p category is a window category letter (A–Z).
    static bool isQueueCategory(QChar category) { return category >= u'A' && category <= u'Z'; }

private:
    Result<int> lastAutomaticNumber(QDate localDay, QChar category) const;
    /// Done when the person @p personId is stored; NotFound ("person_id") when not; Storage.
    Status personStored(const QString &personId) const;
    QDateTime now() const;

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace tongban::session
