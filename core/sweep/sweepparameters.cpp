#include "sweepparameters.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace tongban::sweep {

bool SweepParameters::isHardHit(const QString &region) const
{
    for (const QString &code : hardHitRegions) {
        if (code.endsWith(QStringLiteral("0000"))     ? region.startsWith(code.left(2))
                : code.endsWith(QStringLiteral("00")) ? region.startsWith(code.left(4))
                                                      : region == code)
            return true;
    }
    return false;
}

Status SweepParameters::validate() const
{
    if (!asOf.isValid())
        return Error::badInput(QStringLiteral("as_of"), tr("the date the rules are applied on is required: YYYY-MM-DD"));
    static const QRegularExpression pattern(QStringLiteral("^[1-9][0-9]{5}$"));
    for (qsizetype i = 0; i < hardHitRegions.size(); ++i) {
        if (!pattern.match(hardHitRegions.at(i)).hasMatch())
            return Error::badInput(QStringLiteral("hard_hit_regions[%1]").arg(i),
                                   tr("\"%1\" is not a region code: six digits (GB/T 2260), e.g. 310000 for a province, "
                                      "310100 for a city, 310115 for a district")
                                       .arg(hardHitRegions.at(i)));
    }
    return Done {};
}

QJsonObject SweepParameters::toJson() const
{
    return QJsonObject {
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("hard_hit_regions"), QJsonArray::fromStringList(hardHitRegions)},
        {QStringLiteral("difficulty_attested"), difficultyAttested},
    };
}

QStringList SweepParameters::assumptions() const
{
    QStringList out;
    out << tr("Rules applied as on %1.").arg(asOf.toString(Qt::ISODate));
    if (difficultyAttested) {
        out << tr("Every employer is taken as having attested a temporary operating difficulty: employers listed under a "
                  "rule that requires it are eligible only once they attest it.");
    } else {
        out << tr("No attestation of temporary operating difficulty is on file: only the rule without that condition (units "
                  "in the five hardship industries, 人社厅发〔2022〕16号) makes an employer eligible; the 17 industries and "
                  "the hard-hit-area rules of 人社部发〔2022〕31号 require it.");
    }
    out << (hardHitRegions.isEmpty() ? tr("No region is declared hard hit.")
                                     : tr("Regions declared hard hit: %1.").arg(hardHitRegions.join(QStringLiteral(", "))));
    out << tr("Deferrable pension amounts are the employer shares of the stored contribution records in the deferrable "
              "premium months; unemployment and work-injury premiums are not in the records.");
    return out;
}

QDate SweepParameters::defaultAsOf(QDate today, const deferral::DeferralRules &rules)
{
    QDate lastApplicationDay;
    for (const deferral::DeferralRule &rule : rules.rules())
        lastApplicationDay = std::max(lastApplicationDay, rule.applicationTo);
    return lastApplicationDay.isValid() && today > lastApplicationDay ? lastApplicationDay : today;
}

} // namespace tongban::sweep
