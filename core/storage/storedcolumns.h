#pragma once

#include "common/yearmonth.h"
#include "insured/contributionrecord.h"

#include <QString>

#include <optional>

namespace tongban::storage {

/// How the compact contribution_record table (schema step 3) encodes what the domain types hold
/// as text: months as the integer YYYYMM, the kind as 0/1, the region as an integer. One place,
/// so that every statement writes and reads them the same way.
namespace StoredColumns {

/// 2022-06 → 202206.
inline int month(YearMonth m)
{
    return m.year() * 100 + m.month();
}

/// 202206 → 2022-06; an invalid YearMonth for anything else.
inline YearMonth monthFrom(qint64 stored)
{
    const int year = int(stored / 100);
    const int month = int(stored % 100);
    return (month >= 1 && month <= 12) ? YearMonth(year, month) : YearMonth();
}

/// Employee → 0, Flexible → 1.
inline int kind(insured::ContributionKind kind)
{
    return kind == insured::ContributionKind::Flexible ? 1 : 0;
}

inline insured::ContributionKind kindFrom(qint64 stored)
{
    return stored == 1 ? insured::ContributionKind::Flexible : insured::ContributionKind::Employee;
}

/// "110105" → 110105; std::nullopt unless six digits that do not start with 0.
inline std::optional<int> region(const QString &code)
{
    bool ok = false;
    const int value = code.toInt(&ok);
    if (!ok || code.size() != 6 || value < 100000)
        return std::nullopt;
    return value;
}

inline QString regionFrom(qint64 stored)
{
    return QString::number(stored);
}

} // namespace StoredColumns

} // namespace tongban::storage
