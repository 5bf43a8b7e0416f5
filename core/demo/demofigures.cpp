#include "demofigures.h"

#include <utility>

namespace tongban::demo {

namespace {

const YearMonth kDefaultDeemedUntil(1992, 12); // where the region's data has no deemed_until

} // namespace

Result<Rational> DemoFigures::contributionRate(const policy::ParameterSet &parameters, const QString &key)
{
    const auto figure = parameters.contributionRate(key);
    if (!figure)
        return Error::missingFigure(QStringLiteral("contribution_rates.%1").arg(key),
                                    tr("the contribution rate \"%1\" is not in the parameters").arg(key));
    return figure->value;
}

Result<DemoFigures> DemoFigures::make(const policy::ParameterSet &parameters)
{
    DemoFigures f;
    f.m_parameters = &parameters;
    for (const auto &[key, target] :
         {std::pair {QStringLiteral("employer_before_2019_05"), &f.m_employerBefore201905},
          std::pair {QStringLiteral("employer"), &f.m_employer}, std::pair {QStringLiteral("employee_personal"), &f.m_personal},
          std::pair {QStringLiteral("flexible_total"), &f.m_flexibleTotal}}) {
        const auto r = contributionRate(parameters, key);
        if (!r)
            return r.error();
        *target = *r;
    }
    for (const auto &[key, target] :
         {std::pair {QStringLiteral("floor"), &f.m_baseFloor}, std::pair {QStringLiteral("ceiling"), &f.m_baseCeiling}}) {
        const auto bound = parameters.contributionBaseBound(key);
        if (!bound)
            return Error::missingFigure(QStringLiteral("contribution_base_bounds.%1").arg(key),
                                        tr("the contribution base bound \"%1\" is not in the parameters").arg(key));
        *target = bound->value;
    }
    for (const QString &province : {QStringLiteral("110000"), QStringLiteral("320000")}) {
        const auto region = parameters.region(province);
        if (!region)
            return Error::missingFigure(QStringLiteral("region"), region.error().message);
        f.m_wages.emplace(province, DemoWageSeries(**region));
        f.m_deemedUntil.insert(province, (*region)->pension.deemedUntil.value_or(kDefaultDeemedUntil));
    }
    return f;
}

const Rational &DemoFigures::employerRate(YearMonth month) const
{
    return month < YearMonth(2019, 5) ? m_employerBefore201905 : m_employer;
}

YearMonth DemoFigures::deemedUntil(const QString &regionCode) const
{
    return m_deemedUntil.value(province(regionCode));
}

Money DemoFigures::wage(const QString &regionCode, int year) const
{
    return m_wages.at(province(regionCode)).wageFor(year).monthly;
}

} // namespace tongban::demo
