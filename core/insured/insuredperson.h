#pragma once

#include "common/money.h"
#include "common/yearmonth.h"

#include <QDate>
#include <QString>

namespace tongban::insured {

enum class Sex { Male, Female };

/// The original statutory-retirement group, before the 2025 reform's delay: men at 60, women
/// at 55 (cadres; in several provinces also flexibly employed women), women at 50 (workers).
enum class RetirementGroup { Male, Female55, Female50 };

/// "male", "female-55", "female-50" (the CLI contract's spelling).
QString retirementGroupKey(RetirementGroup group);
/// The group for a contract key; std::nullopt for anything else.
std::optional<RetirementGroup> retirementGroupFromKey(QStringView key);

/// An insured person (参保人) of the urban employee basic pension insurance.
struct InsuredPerson
{
    QString id; ///< client-made UUID (text), never changes
    QString citizenId; ///< 18-character citizen ID number, normalized (upper-case X)
    QString name; ///< as on the ID card, may contain the middle dot "·"
    Sex sex = Sex::Male;
    QDate birthDate;
    RetirementGroup retirementGroup = RetirementGroup::Male;
    QString region; ///< pooling region, GB/T 2260 six digits (city or province)
    QDate firstWorkDate; ///< start of recognised service (参加工作时间); may be null
    int deemedMonths = 0; ///< 视同缴费月数: recognised service before the individual account existed
    Money accountOpeningBalance; ///< individual account balance carried over from the legacy ledger
    YearMonth accountOpeningMonth; ///< the balance is as of the end of this month; invalid when none
    QString phone;
};

} // namespace tongban::insured
