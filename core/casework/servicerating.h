#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tongban::casework {

/// The five levels of a rating of the service (好差评), 国办发〔2019〕51号: 非常满意, 满意, 基本满意,
/// 不满意, 非常不满意. Stored as service_rating.level, 5 the best: the number is the score.
enum class RatingLevel {
    VeryDissatisfied = 1, ///< 非常不满意 (a poor rating: 差评)
    Dissatisfied = 2, ///< 不满意 (a poor rating: 差评)
    BasicallySatisfied = 3, ///< 基本满意
    Satisfied = 4, ///< 满意
    VerySatisfied = 5, ///< 非常满意
};

/// A poor rating (差评) — 不满意 or 非常不满意 — is followed up (国办发〔2019〕51号).
inline bool isPoor(RatingLevel level)
{
    return level == RatingLevel::VeryDissatisfied || level == RatingLevel::Dissatisfied;
}

/// The follow-up of a poor rating (差评整改/回访): due by a date, closed with its outcome.
struct RatingFollowUp
{
    QString id; ///< UUID
    QString ratingId;
    QDate dueOn; ///< null when the deadline falls in a year without a holiday arrangement (dueNote says so)
    QString dueNote;
    QString outcome; ///< what was done and told to the visitor; empty while open
    QDateTime closedAt; ///< UTC; invalid while open
    QString clerk; ///< who closed it
    bool overdue = false; ///< open and dueOn before today (as read)
    // What the follow-up is about (read with it).
    QString matterId;
    QString matter; ///< MatterDefinition::id
    QString queueNumber;
    RatingLevel level = RatingLevel::Dissatisfied;
    QString comment;

    bool isOpen() const { return !closedAt.isValid(); }
};

/// One rating of one matter (service_rating).
struct ServiceRating
{
    QString id; ///< UUID
    QString matterId; ///< intake_matter.id
    RatingLevel level = RatingLevel::Satisfied;
    QString channel; ///< "visitor-screen" or "keypad"
    QString comment;
    QDateTime at; ///< UTC
    std::optional<RatingFollowUp> followUp; ///< set for a poor rating
};

} // namespace tongban::casework
