#pragma once

#include <QString>

namespace tongban::demo {

/// The ids of demo rows: UUID version 5 in a fixed namespace of the demo, so that an id is a
/// function of the seeded content (the same person gets the same id in every run).
class DemoIds
{
public:
    /// Id of the insured person with the citizen ID number @p citizenId.
    static QString person(const QString &citizenId);
    /// Id of the employer with the unified social credit code @p uscc.
    static QString employer(const QString &uscc);

private:
    static QString fromName(const QString &name);
};

} // namespace tongban::demo
