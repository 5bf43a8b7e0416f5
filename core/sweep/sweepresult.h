#pragma once

#include "sweepparameters.h"

#include "common/money.h"
#include "common/yearmonth.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tongban::sweep {

/// One insurance of an eligible employer: the deferrable premium months and, where the local
/// records hold the premiums, the deferrable amount.
struct SweepInsurance
{
    QString insurance; ///< "pension", "unemployment", "work-injury"
    bool eligible = false;
    YearMonth from; ///< first deferrable premium month (valid when eligible)
    YearMonth to; ///< last deferrable premium month (valid when eligible)
    QString share; ///< "employer" or "all"
    QDate payBackBy; ///< deadline to pay the deferred premiums back
    /// Σ employer_fen of the stored records of the employer in from…to, exact in fen;
    /// std::nullopt when the records do not hold this insurance's premiums (only the pension
    /// is in contribution_record): "not in the records", never a guess.
    std::optional<Money> amount;
    int recordMonths = 0; ///< distinct months with records in from…to (pension)
    int records = 0; ///< records summed (one per employee and month)
};

/// One employer found eligible (at least one insurance).
struct SweepRow
{
    QString employerId;
    QString uscc;
    QString name;
    QString industryCode; ///< as stored ("H62")
    QString industryLabel; ///< "62 餐饮业" (the catalog's)
    QString sizeClass;
    QString kind;
    QString region;
    bool hardHitArea = false; ///< covered by SweepParameters::hardHitRegions
    QList<SweepInsurance> insurances; ///< in the rules' order (pension, unemployment, work injury)
    QStringList rules; ///< ids of the rules that grant it ("five-hardship-units")
    QStringList ruleNames; ///< their names in the language of the screen ("五个特困行业的参保单位"), same order

    /// The insurance @p key, or nullptr.
    const SweepInsurance *insurance(const QString &key) const
    {
        for (const SweepInsurance &i : insurances)
            if (i.insurance == key)
                return &i;
        return nullptr;
    }
};

/// An employer the evaluator could not screen (missing industry, unknown kind …): listed so the
/// data can be corrected, never silently skipped.
struct SweepSkip
{
    QString employerId;
    QString name;
    QString field; ///< the payer field at fault ("industry")
    QString message; ///< the evaluator's reason, translated
};

/// What a sweep found. When @c cancelled, the counts and rows cover the employers screened
/// before the cancel only (a partial result, marked as such everywhere it is shown).
struct SweepResult
{
    SweepParameters parameters;
    QString rulesEdition; ///< DeferralRules::edition()
    QDateTime startedAt; ///< UTC
    QDateTime finishedAt; ///< UTC
    qint64 employersTotal = 0; ///< employers in the database when the sweep started
    qint64 screened = 0; ///< employers evaluated (== employersTotal unless cancelled)
    bool cancelled = false;
    QList<SweepRow> rows; ///< the eligible employers, in the order of the employer table's id
    QList<SweepSkip> skipped; ///< not screenable
    Money pensionTotal; ///< Σ of the rows' pension amounts, fen
    QStringList assumptions; ///< SweepParameters::assumptions()

    qint64 eligibleCount() const { return rows.size(); }
};

} // namespace tongban::sweep
