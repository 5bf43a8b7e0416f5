#pragma once

#include "common/money.h"
#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "policy/parameterset.h"

#include <QDate>
#include <QList>

namespace tongban::demo {

/// The individual account opening balance of a demo person, as of month(): what the legacy
/// ledger would hold for the records up to then.
///
/// SYNTHETIC: each month's credit = base × ParameterSet::accountCreditRate(month) (none before
/// 1998), half-up to the fen; interest of 3 % a year (the carried balance earns 3 % for the
/// year, a credit of month m earns 3 % × (12 − m) / 12; each year's interest half-up to the
/// fen). The 3 % is a demo assumption, not the published crediting rates.
class DemoOpeningBalance
{
public:
    /// A calculator on @p parameters (which must outlive it).
    explicit DemoOpeningBalance(const policy::ParameterSet &parameters)
        : m_parameters(&parameters)
    { }

    /// The month the balance is stated for: 2015-12.
    static YearMonth month() { return YearMonth(2015, 12); }
    /// Whether a career that starts on @p firstWorkDate gets an opening balance: it starts on
    /// or before month() (an invalid date gets none).
    static bool appliesTo(QDate firstWorkDate);

    /// The balance (CNY, to the fen) at the end of month() built by @p records (any order;
    /// records after month() are ignored). Zero when none is that early.
    Money of(const QList<insured::ContributionRecord> &records) const;

private:
    const policy::ParameterSet *m_parameters = nullptr;
};

} // namespace tongban::demo
