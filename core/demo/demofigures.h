#pragma once

#include "common/error.h"
#include "common/money.h"
#include "common/rational.h"
#include "common/yearmonth.h"
#include "demowageseries.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <map>

namespace tongban::demo {

/// The policy figures the demo careers are built from, looked up once in the ParameterSet:
/// contribution rates, the bounds of the contribution base, the average wage series
/// (DemoWageSeries) and the end of deemed service of Beijing (110000) and Jiangsu (320000).
class DemoFigures
{
    // The messages keep the translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(tongban::demo::DemoGenerator)

public:
    /// The figures of @p parameters, which must outlive the result. Errors (MissingFigure), in
    /// this order: a contribution rate "employer_before_2019_05", "employer",
    /// "employee_personal" or "flexible_total" is missing (field "contribution_rates.<key>");
    /// a base bound "floor" or "ceiling" is missing ("contribution_base_bounds.<key>"); region
    /// 110000 or 320000 is not shipped ("region"). A region without a deemed_until ends deemed
    /// service in 1992-12.
    static Result<DemoFigures> make(const policy::ParameterSet &parameters);

    /// The contribution rate @p key of @p parameters (a fraction of the base, e.g. 16/100).
    /// Error: MissingFigure ("contribution_rates.<key>") when it is not in the parameters.
    static Result<Rational> contributionRate(const policy::ParameterSet &parameters, const QString &key);

    /// The parameters the figures come from.
    const policy::ParameterSet &parameters() const { return *m_parameters; }

    /// Employer's rate (fraction of the base) for contributions of @p month: the rate
    /// "employer_before_2019_05" before 2019-05, "employer" from then on (国办发〔2019〕13号).
    const Rational &employerRate(YearMonth month) const;
    /// Employee's personal rate, "employee_personal" (fraction of the base).
    const Rational &personalRate() const { return m_personal; }
    /// Whole rate paid by a flexibly employed person, "flexible_total" (fraction of the base).
    const Rational &flexibleTotalRate() const { return m_flexibleTotal; }
    /// Lowest contribution base as a fraction of the average wage (bound "floor").
    const Rational &baseFloor() const { return m_baseFloor; }
    /// Highest contribution base as a fraction of the average wage (bound "ceiling").
    const Rational &baseCeiling() const { return m_baseCeiling; }

    /// Last month of deemed service in the province of @p regionCode (a district or city code
    /// of Beijing or Jiangsu).
    YearMonth deemedUntil(const QString &regionCode) const;
    /// Monthly average wage (CNY) for contributions of @p year in the province of
    /// @p regionCode (DemoWageSeries: synthetic where the shipped data has none).
    Money wage(const QString &regionCode, int year) const;

private:
    static QString province(const QString &regionCode) { return regionCode.left(2) + QStringLiteral("0000"); }

    const policy::ParameterSet *m_parameters = nullptr;
    Rational m_employerBefore201905;
    Rational m_employer;
    Rational m_personal;
    Rational m_flexibleTotal;
    Rational m_baseFloor; ///< fraction of the average wage
    Rational m_baseCeiling;
    std::map<QString, DemoWageSeries> m_wages;
    QMap<QString, YearMonth> m_deemedUntil;
};

} // namespace tongban::demo
