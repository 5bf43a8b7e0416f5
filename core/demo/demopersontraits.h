#pragma once

#include "demorandom.h"
#include "insured/insuredperson.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace tongban::demo {

/// Draws the traits of a random demo person from the shared stream: sex, a Han name, birth
/// date, retirement group and a citizen ID number unique in the run. Used for the persons of
/// DemoGenerator::generate() and the employees of DemoGenerator::generateEmployers(); each
/// function makes the draws it documents, in that order.
class DemoPersonTraits
{
public:
    /// Traits drawn from @p random (which must outlive this).
    explicit DemoPersonTraits(DemoRandom &random)
        : m_random(&random)
    { }

    /// Male or female, even odds. One draw.
    insured::Sex sex();
    /// A Han name: surname and one given-name character of @p male's sex, a second one in 65 %
    /// of the names. Draws: the first given-name character, the surname, the 65 %, the second
    /// character.
    QString hanName(bool male);
    /// A day of @p firstYear…@p lastYear: the year, the month, then the day (each uniform).
    QDate birthDate(int firstYear, int lastYear);
    /// Male for a man; for a woman the female-55 group in 40 % (one draw), else female-50.
    insured::RetirementGroup retirementGroup(bool male);
    /// A valid citizen ID number (CitizenId::make) for @p region and @p birth with a sequence
    /// code of @p male's sex (odd for men), not in @p used: drawn again until it is not, then
    /// added to @p used.
    QString uniqueCitizenId(const QString &region, QDate birth, bool male, QSet<QString> &used);

private:
    DemoRandom *m_random = nullptr;
};

} // namespace tongban::demo
