#pragma once

#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"

#include <QList>

namespace tongban::demo {

/// A generated person with the contribution records of the career, as they are stored.
struct DemoPerson
{
    insured::InsuredPerson person;
    QList<insured::ContributionRecord> records;
};

} // namespace tongban::demo
