#include "regionparameters.h"

#include <QLocale>

namespace tongban::policy {

namespace {

/// The figure of @p series covering @p month, the latest first (a later publication wins).
const EffectiveFigure *covering(const QList<EffectiveFigure> &series, YearMonth month)
{
    for (auto it = series.crbegin(); it != series.crend(); ++it) {
        if (month >= it->from && (!it->to.isValid() || month <= it->to))
            return &*it;
    }
    return nullptr;
}

} // namespace

Result<SourcedFigure> RegionParameters::calculationBaseFor(YearMonth retirement, const QString &field) const
{
    if (const EffectiveFigure *f = covering(calculationBases, retirement))
        return f->figure;
    QString message = calculationBases.isEmpty()
        ? tr("the shipped data has no calculation base (计发基数) of %1 for any month (none is published in its "
             "sources); enter %3 for a pension starting %2 from the approval notice")
              .arg(displayName(), retirement.toString(), field)
        : tr("no published calculation base (计发基数) of %1 covers a pension starting %2; "
             "enter the figure from the approval notice")
              .arg(displayName(), retirement.toString());
    if (!localizedCalculationBaseNote().isEmpty())
        message += QStringLiteral(" (") + localizedCalculationBaseNote() + u')';
    return Error::missingFigure(field, message);
}

Result<CalculationBaseChoice> RegionParameters::calculationBaseAt(const QString &place, YearMonth retirement, const QString &field) const
{
    const CityFigures *city = cityFor(place);
    const bool citySeries = city && !city->calculationBases.isEmpty();
    if (!citySeries) {
        // The province's series: the exact figure, as calculationBaseFor.
        if (const EffectiveFigure *f = covering(calculationBases, retirement))
            return CalculationBaseChoice {f->figure, f->from, f->to, QString(), displayName(), false};
    }
    const QList<EffectiveFigure> &series = citySeries ? city->calculationBases : calculationBases;
    const QString placeName = citySeries ? city->displayName() : displayName();
    if (citySeries) {
        if (const EffectiveFigure *f = covering(series, retirement))
            return CalculationBaseChoice {f->figure, f->from, f->to, city->code, placeName, false};
    }
    // 预发: after the latest published base, within the region's window, that base is used.
    if (provisionalBase && !series.isEmpty()) {
        const EffectiveFigure *latest = &series.first();
        for (const EffectiveFigure &f : series) {
            if (f.from > latest->from)
                latest = &f;
        }
        const YearMonth end = latest->to.isValid() ? latest->to : latest->from;
        if (retirement > end && retirement <= end.addMonths(provisionalBase->months))
            return CalculationBaseChoice {latest->figure, latest->from, latest->to, citySeries ? city->code : QString(), placeName, true};
    }
    if (!citySeries)
        return calculationBaseFor(retirement, field).error();
    QString message = tr("no published calculation base (计发基数) of %1 covers a pension starting %3 (%1 publishes its own: the base "
                         "of %2 is not used there); enter the figure from the approval notice")
                          .arg(placeName, displayName(), retirement.toString());
    const QString note
        = chineseScreen() && !city->calculationBaseNoteZh.isEmpty() ? city->calculationBaseNoteZh : city->calculationBaseNote;
    if (!note.isEmpty())
        message += QStringLiteral(" (") + note + u')';
    return Error::missingFigure(field, message);
}

const CityFigures *RegionParameters::cityFor(const QString &place) const
{
    if (place.size() != 6 || place == code)
        return nullptr;
    if (const auto it = cities.constFind(place); it != cities.constEnd())
        return &it.value();
    if (const auto it = cities.constFind(place.left(4) + QStringLiteral("00")); it != cities.constEnd())
        return &it.value();
    return nullptr;
}

const QList<EffectiveFigure> &RegionParameters::calculationBasesFor(const QString &place) const
{
    const CityFigures *city = cityFor(place);
    return city && !city->calculationBases.isEmpty() ? city->calculationBases : calculationBases;
}

const QMap<int, SourcedFigure> &RegionParameters::averageWagesFor(const QString &place) const
{
    const CityFigures *city = cityFor(place);
    return city && !city->averageWages.isEmpty() ? city->averageWages : averageWages;
}

Result<SourcedFigure> RegionParameters::averageWageFor(int contributionYear) const
{
    return averageWageFor(contributionYear, code);
}

Result<SourcedFigure> RegionParameters::averageWageFor(int contributionYear, const QString &place) const
{
    const int statisticYear = contributionYear - averageWageLagYears;
    const QMap<int, SourcedFigure> &wages = averageWagesFor(place);
    const auto it = wages.constFind(statisticYear);
    if (it == wages.constEnd()) {
        const CityFigures *city = cityFor(place);
        const QString whose = city && !city->averageWages.isEmpty() ? city->displayName() : displayName();
        return Error::missingFigure(QStringLiteral("average_wage.%1").arg(statisticYear),
                                    tr("the average wage of %1 for %2 (the denominator of %3 contributions) is not in the shipped data")
                                        .arg(whose)
                                        .arg(statisticYear)
                                        .arg(contributionYear));
    }
    return *it;
}

QString RegionParameters::displayName() const
{
    return chineseScreen() || nameEn.isEmpty() ? name : nameEn;
}

QString RegionParameters::localizedCalculationBaseNote() const
{
    return chineseScreen() && !calculationBaseNoteZh.isEmpty() ? calculationBaseNoteZh : calculationBaseNote;
}

} // namespace tongban::policy
