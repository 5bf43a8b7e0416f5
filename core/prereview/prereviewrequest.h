#pragma once

#include "common/yearmonth.h"
#include "history/contributionhistory.h"
#include "insured/employer.h"
#include "insured/insuredperson.h"
#include "policy/parameterset.h"
#include "unemployment/storedclaim.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace tongban::prereview {

/// What a pre-review engine looks at: one matter of an intake as typed, and what the local store
/// holds about the person or employer it is about. Filled by PreReviewInputs::load on a reader
/// connection of the store (the intake service's job), or by hand in a test.
///
/// Adapted from the shared design: besides the matter's fields, the subject and their history,
/// the stored unemployment claims (unemployment-claim, unemployment-stop) and the employer the
/// matter's USCC names (deferral) are carried, each std::nullopt when not looked up or not
/// stored; and the parameters are shared (the pension estimate keeps them).
struct PreReviewRequest
{
    QString matterId; ///< the catalog id of the matter ("retirement-application")
    /// The matter's field values as in the intake case ("fields" of a matter: field id → value in
    /// the JSON form of its type: "YYYY-MM", {"from","to"}, [{"from","to","employer"}], …).
    QJsonObject fields;
    /// Field ids by type ("month-range" → "back_payment_months") for the fields the matter's
    /// definition declares, so that an engine finds its input whatever the catalog calls it.
    QMap<QString, QString> fieldsByType;
    std::optional<insured::InsuredPerson> subject; ///< the stored person the matter is about
    std::optional<history::ContributionHistory> history; ///< their stored records, built up to today
    /// The subject's unemployment claims as stored, newest first (looked up for the unemployment
    /// engines); std::nullopt when not looked up.
    std::optional<QList<unemployment::StoredClaim>> claims;
    std::optional<insured::Employer> employer; ///< the stored employer of the matter's USCC (deferral)
    QDate today; ///< from the context's clock
    std::shared_ptr<const policy::ParameterSet> parameters;

    /// The value of field @p id, else of the matter's first field of type @p type (fieldsByType);
    /// an undefined QJsonValue when neither is set.
    QJsonValue field(const QString &id, const QString &type = {}) const;
    /// The field read as "YYYY-MM"; std::nullopt when absent or malformed.
    std::optional<YearMonth> monthField(const QString &id, const QString &type = QStringLiteral("month")) const;
    /// The field read as "YYYY-MM-DD"; invalid when absent or malformed.
    QDate dateField(const QString &id, const QString &type = QStringLiteral("date")) const;
    /// The records of the subject's history, sorted by month; empty without one.
    QList<insured::ContributionRecord> records() const;
    /// Today's month.
    YearMonth currentMonth() const { return YearMonth::fromDate(today); }
};

} // namespace tongban::prereview
