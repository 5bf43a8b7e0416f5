#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "intake/workingdaycalendar.h"
#include "servicerating.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace tongban::casework {

/// The ratings of the service (service_rating) and the follow-ups of poor ones (rating_followup),
/// schema step 7. One rating per matter; a poor rating and its follow-up are stored in one BEGIN
/// IMMEDIATE transaction. Statements are prepared with bound values. Use on the thread that
/// opened the connection.
class RatingRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::casework::RatingRepository)

public:
    /// A repository on @p db; @p clock stamps ratings and gives today; a poor rating's follow-up
    /// is due @p followUpWorkingDays working days after the day of the rating on @p calendar.
    RatingRepository(QSqlDatabase db, Clock clock, intake::WorkingDayCalendar calendar, int followUpWorkingDays);

    /// Stores the rating of the matter @p matterId. A poor rating (不满意, 非常不满意) opens its
    /// follow-up in the same transaction, due followUpWorkingDays working days later (a day in a
    /// year without holiday data: no date, RatingFollowUp::dueNote says why; the rating is kept).
    /// Errors: BadInput ("level" outside 1…5; "channel" not "visitor-screen" or "keypad";
    /// "matter_id" when the matter was rated already); NotFound ("matter_id"); Storage.
    Result<ServiceRating> rate(const QString &matterId, int level, const QString &channel, const QString &comment);
    /// Closes the follow-up @p followUpId with its @p outcome (what was put right and told to the
    /// visitor). Errors: BadInput ("outcome" shorter than 4 characters; "clerk" empty;
    /// "followup_id" when already closed); NotFound ("followup_id"); Storage.
    Result<RatingFollowUp> closeFollowUp(const QString &followUpId, const QString &outcome, const QString &clerk);

    /// The rating of @p matterId, or std::nullopt. Error (Storage).
    Result<std::optional<ServiceRating>> forMatter(const QString &matterId) const;
    /// The follow-ups still open, by due date (undated last), overdue flagged as of today.
    /// Error (Storage).
    Result<QList<RatingFollowUp>> openFollowUps() const;
    /// The follow-up @p followUpId. Errors: NotFound ("followup_id"); Storage.
    Result<RatingFollowUp> followUp(const QString &followUpId) const;

    /// The stored channels.
    static QStringList channels() { return {QStringLiteral("visitor-screen"), QStringLiteral("keypad")}; }

private:
    QSqlDatabase m_db;
    Clock m_clock;
    intake::WorkingDayCalendar m_calendar;
    int m_followUpWorkingDays;
};

} // namespace tongban::casework
