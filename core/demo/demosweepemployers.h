#pragma once

#include "common/error.h"
#include "common/rational.h"
#include "demoperson.h"
#include "demopersontraits.h"
#include "demorandom.h"
#include "insured/employer.h"
#include "policy/parameterset.h"

#include <QList>
#include <QSet>
#include <QString>

namespace tongban::demo {

/// The employers of the 免申即享 deferral sweep (DemoGenerator::generateEmployers(), whose
/// comment lists the shares of kinds, sizes and industries), one after the other from their
/// own stream, each with its employees and their employee records of 2022.
class DemoSweepEmployers
{
public:
    /// The contribution rates the 2022 records are paid at (fractions of the base).
    struct Rates
    {
        Rational employer; ///< contributionRate "employer"
        Rational personal; ///< contributionRate "employee_personal"
    };

    /// An employer with its employees.
    struct Entry
    {
        insured::Employer employer;
        QList<DemoPerson> employees;
    };

    /// The rates of @p parameters. Error: MissingFigure ("contribution_rates.employer", then
    /// "contribution_rates.employee_personal") when one is missing.
    static Result<Rates> ratesOf(const policy::ParameterSet &parameters);

    /// Employers drawn from @p random (which must outlive this), records paid at @p rates.
    DemoSweepEmployers(DemoRandom &random, const Rates &rates);

    /// The employer number @p index (0…9,999,999; one call per index, in order) with its
    /// employees: kind, place, industry and size class, a name unique in the run, a unified
    /// social credit code (GB 32100-2015) with organisation code from @p index (never one of
    /// DemoGenerator::generate()'s), then 1–5 employees born 1991–2003 with their records.
    Entry next(int index);

private:
    insured::Employer drawEmployer(int index);
    DemoPerson drawEmployee(const insured::Employer &employer);
    /// The code of employer @p index in @p region with the registration authority and kind of
    /// @p kind (91 enterprise, 92 individual business, 12 public institution, 51 social
    /// organisation) and a valid check character.
    static QString usccFor(const QString &region, int index, const QString &kind);

    DemoRandom *m_random = nullptr;
    DemoPersonTraits m_traits;
    Rates m_rates;
    QSet<QString> m_usedNames;
    QSet<QString> m_usedCitizenIds;
};

} // namespace tongban::demo
