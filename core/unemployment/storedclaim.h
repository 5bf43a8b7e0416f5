#pragma once

#include "claim.h"

#include "common/money.h"
#include "common/yearmonth.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tongban::unemployment {

/// A claim as stored in the table unemployment_claim (migration step 2).
struct StoredClaim
{
    qint64 id = 0;
    QString personId;
    QString region;
    QDate claimDate;
    YearMonth firstMonth;
    QString jobLossReason;
    int monthsPaid = 0;
    int bandMonths = 0;
    int carriedMonths = 0;
    int monthsEntitled = 0;
    std::optional<Money> monthlyAmount; ///< CNY per month; std::nullopt when not in the data
    QString amountSource;
    QString clerk;
    bool stopped = false; ///< status "stopped" (else "open")
    std::optional<StopOutcome> stop; ///< set when stopped (reasons and sources are not stored)
    QString createdAt; ///< UTC, ISO 8601

    /// The benefit period, for ClaimEvaluator::stop().
    ClaimPeriod period() const { return {claimDate, firstMonth, monthsEntitled}; }
    /// The last month paid when the claim runs to its end.
    YearMonth lastMonth() const { return firstMonth.addMonths(monthsEntitled - 1); }
};

} // namespace tongban::unemployment
