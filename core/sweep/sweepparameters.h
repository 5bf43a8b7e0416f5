#pragma once

#include "common/error.h"
#include "deferral/deferralrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace tongban::sweep {

/// What a 免申即享 deferral sweep assumes about facts the local database does not hold.
///
/// "受疫情影响严重地区" (hard-hit area) and "生产经营出现暂时困难" (temporary operating difficulty)
/// of 人社部发〔2022〕31号 were defined locally and attested per payer (policy-facts §8): they are
/// not columns of the employer table. A sweep therefore takes them as parameters:
///  - @c hardHitRegions: GB/T 2260 codes the local authority declared hard hit. A code ending
///    in "0000" covers its province, one ending in "00" its city (prefecture), any other code
///    the district or county alone; an employer is in a hard-hit area when its region is
///    covered.
///  - @c difficultyAttested: whether every employer is taken as having attested a temporary
///    difficulty. The default, false, is the honest one for a sweep (no attestation is on
///    file), so only the unconditional rule — units in the five hardship industries of
///    人社厅发〔2022〕16号 — makes an employer eligible. True lists every employer that would be
///    eligible once it attests difficulty (the 17 industries of 31号, SMEs and unit-insured
///    individual businesses, public institutions and social organisations in hard-hit
///    areas): a list to contact, each to be confirmed by its attestation.
struct SweepParameters
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sweep::SweepParameters)

public:
    QDate asOf; ///< the application date the rules are applied on
    QStringList hardHitRegions; ///< six-digit GB/T 2260 codes
    bool difficultyAttested = false; ///< see above

    /// Whether @p region (six digits) is covered by hardHitRegions (see above).
    bool isHardHit(const QString &region) const;

    /// Checks the parameters. Errors (BadInput): "as_of" when invalid; "hard_hit_regions[i]"
    /// when a code is not six digits starting with 1–9.
    Status validate() const;

    /// {"as_of": "2022-06-15", "hard_hit_regions": ["310000", …], "difficulty_attested": false}
    QJsonObject toJson() const;

    /// The assumptions a result states, in plain words (translated): which facts were taken
    /// as given and what that means for who is eligible.
    QStringList assumptions() const;

    /// The date a sweep applies @p rules on unless the clerk says otherwise: @p today, or, once the
    /// last application period of @p rules has ended (after which nobody is eligible any more),
    /// its last day, so that a screening shows who could have deferred (人社部发〔2022〕31号).
    static QDate defaultAsOf(QDate today, const deferral::DeferralRules &rules);
};

} // namespace tongban::sweep
