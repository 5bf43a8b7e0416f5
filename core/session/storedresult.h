#pragma once

#include "common/error.h"
#include "common/money.h"
#include "common/rational.h"
#include "pension/pensionresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace tongban::session {

/// The figures of a pension result read back from the contract's output shape
/// (pension::PensionCaseJson::toJson), as kept in a CalculationSnapshot. Amounts are exact: the
/// contract writes CNY with two decimals. Contribution years come with the contract's four
/// decimals, payout months as written (one decimal at most).
class StoredResult
{
    Q_DECLARE_TR_FUNCTIONS(tongban::session::StoredResult)

public:
    QString region;
    QString regionName;
    QString retirement; ///< "YYYY-MM"
    Money calculationBase; ///< 计发基数
    Rational payoutMonths; ///< 计发月数
    Rational contributionYears; ///< 缴费年限, four decimals
    Money basicPension; ///< 基础养老金
    Money individualAccountPension; ///< 个人账户养老金
    Money transitionalPension; ///< 过渡性养老金
    Money supplements;
    Money total;
    bool provisional = false; ///< "provisional": computed on a provisional calculation base (absent in older results: false)
    QList<pension::BreakdownLine> lines;
    QStringList warnings;

    /// Reads @p result. Error (BadInput) naming the first field ("total", "lines[3]") that
    /// is missing or not a number of the kind the contract writes.
    static Result<StoredResult> read(const QJsonObject &result);
};

} // namespace tongban::session
