#include "regionparameters.h"

#include <QLocale>

namespace tongban::policy {

Result<SourcedFigure> RegionParameters::calculationBaseFor(YearMonth retirement, const QString &field) const
{
    for (auto it = calculationBases.crbegin(); it != calculationBases.crend(); ++it) {
        if (retirement >= it->from && (!it->to.isValid() || retirement <= it->to))
            return it->figure;
    }
    QString message = calculationBases.isEmpty()
        ? tr("the shipped data has no calculation base (计发基数) of %1 for any month (none is published in its "
             "sources); enter %3 for a pension starting %2 from the approval notice")
              .arg(displayName(), retirement.toString(), field)
        : tr("no published calculation base (计发基数) of %1 covers a pension starting %2; "
             "enter the figure from the approval notice")
              .arg(displayName(), retirement.toString());
    if (!calculationBaseNote.isEmpty())
        message += QStringLiteral(" (") + calculationBaseNote + u')';
    return Error::missingFigure(field, message);
}

Result<SourcedFigure> RegionParameters::averageWageFor(int contributionYear) const
{
    const int statisticYear = contributionYear - averageWageLagYears;
    const auto it = averageWages.constFind(statisticYear);
    if (it == averageWages.constEnd())
        return Error::missingFigure(QStringLiteral("average_wage.%1").arg(statisticYear),
                                    tr("the average wage of %1 for %2 (the denominator of %3 contributions) is not in the shipped data")
                                        .arg(displayName())
                                        .arg(statisticYear)
                                        .arg(contributionYear));
    return *it;
}

QString RegionParameters::displayName() const
{
    return QLocale().language() == QLocale::Chinese || nameEn.isEmpty() ? name : nameEn;
}

} // namespace tongban::policy
