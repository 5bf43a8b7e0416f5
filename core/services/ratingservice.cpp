#include "ratingservice.h"

#include "casework/ratingrepository.h"
#include "storage/storeservice.h"

namespace tongban::services {

using casework::RatingFollowUp;
using casework::RatingRepository;
using casework::ServiceRating;

RatingService::RatingService(const AppContext &context, intake::WorkingDayCalendar calendar, casework::RatingPolicy policy)
    : m_context(context)
    , m_calendar(std::move(calendar))
    , m_policy(policy)
{ }

Result<std::unique_ptr<RatingService>> RatingService::builtIn(const AppContext &context, casework::RatingPolicy policy)
{
    if (policy.followUpWorkingDays < 1)
        return Error::badInput(
            QStringLiteral("followup_working_days"),
            tr("the follow-up of a poor rating must be due at least 1 working day later, not %1").arg(policy.followUpWorkingDays));
    auto calendar = intake::WorkingDayCalendar::builtIn();
    if (!calendar)
        return calendar.error();
    return std::make_unique<RatingService>(context, std::move(calendar).value(), policy);
}

QFuture<Result<ServiceRating>> RatingService::rate(const QString &matterId, int level, const QString &channel, const QString &comment)
{
    return m_context.store().write<ServiceRating>(
        [clock = m_context.clock(), calendar = m_calendar, days = m_policy.followUpWorkingDays, matterId, level, channel,
         comment](QSqlDatabase db) { return RatingRepository(db, clock, calendar, days).rate(matterId, level, channel, comment); });
}

QFuture<Result<RatingFollowUp>> RatingService::closeFollowUp(const QString &followUpId, const QString &outcome)
{
    return m_context.store().write<RatingFollowUp>([clock = m_context.clock(), calendar = m_calendar, days = m_policy.followUpWorkingDays,
                                                    followUpId, outcome, clerk = m_context.clerk()](QSqlDatabase db) {
        return RatingRepository(db, clock, calendar, days).closeFollowUp(followUpId, outcome, clerk);
    });
}

QFuture<Result<std::optional<ServiceRating>>> RatingService::forMatter(const QString &matterId) const
{
    return m_context.store().read<std::optional<ServiceRating>>(
        [clock = m_context.clock(), calendar = m_calendar, days = m_policy.followUpWorkingDays, matterId](QSqlDatabase db) {
            return RatingRepository(db, clock, calendar, days).forMatter(matterId);
        });
}

QFuture<Result<QList<RatingFollowUp>>> RatingService::openFollowUps() const
{
    return m_context.store().read<QList<RatingFollowUp>>(
        [clock = m_context.clock(), calendar = m_calendar, days = m_policy.followUpWorkingDays](QSqlDatabase db) {
            return RatingRepository(db, clock, calendar, days).openFollowUps();
        });
}

} // namespace tongban::services
