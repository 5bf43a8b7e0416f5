#pragma once

#include "appcontext.h"

#include "casework/ratingpolicy.h"
#include "casework/servicerating.h"
#include "common/error.h"
#include "intake/workingdaycalendar.h"

#include <QCoreApplication>
#include <QFuture>

#include <memory>
#include <optional>

namespace tongban::services {

/// The rating of the service after each matter (好差评, 国办发〔2019〕51号): five levels given on the
/// visitor screen or a keypad; a poor rating (不满意, 非常不满意) opens a follow-up due within the
/// policy's working days (casework::RatingPolicy: the deadline is the locality's, a setting) and is
/// closed with its outcome (casework::RatingRepository). Writes on the store's writer, reads on a
/// reader; the service must outlive its futures.
class RatingService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::RatingService)

public:
    RatingService(const AppContext &context, intake::WorkingDayCalendar calendar, casework::RatingPolicy policy);
    /// A service on the shipped calendar. Errors: BadInput ("followup_working_days") when the
    /// policy's deadline is below 1; intake::WorkingDayCalendar::builtIn's.
    static Result<std::unique_ptr<RatingService>> builtIn(const AppContext &context, casework::RatingPolicy policy = {});

    /// Stores the rating @p level (1 非常不满意 … 5 非常满意) of the matter @p matterId given on
    /// @p channel ("visitor-screen", "keypad"). Errors: RatingRepository::rate's.
    QFuture<Result<casework::ServiceRating>> rate(const QString &matterId, int level, const QString &channel, const QString &comment = {});
    /// Closes a follow-up with its outcome, as the context's clerk. Errors: RatingRepository::closeFollowUp's.
    QFuture<Result<casework::RatingFollowUp>> closeFollowUp(const QString &followUpId, const QString &outcome);
    /// The rating of a matter, or std::nullopt. Error (Storage).
    QFuture<Result<std::optional<casework::ServiceRating>>> forMatter(const QString &matterId) const;
    /// The open follow-ups by due date, overdue flagged. Error (Storage).
    QFuture<Result<QList<casework::RatingFollowUp>>> openFollowUps() const;

    const casework::RatingPolicy &policy() const { return m_policy; }

private:
    const AppContext &m_context;
    intake::WorkingDayCalendar m_calendar;
    casework::RatingPolicy m_policy;
};

} // namespace tongban::services
