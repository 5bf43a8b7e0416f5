#pragma once

#include "personfile.h"

#include "insured/insuredperson.h"

#include <QList>
#include <QString>

#include <optional>

namespace tongban::services {

/// What one look-up found.
struct LookupOutcome
{
    enum class Kind {
        Person, ///< exactly one person: @c person is set
        Matches, ///< several persons by name: @c matches, to pick from
        NotFound, ///< a valid query that matched nobody
        BadIdNumber, ///< the text is meant as an ID number and is not valid: @c message says why
        Failed, ///< the database failed: @c message
        Cancelled, ///< superseded before it finished
    };

    Kind kind = Kind::NotFound;
    QString message;
    QList<insured::InsuredPerson> matches;
    std::optional<PersonFile> person;
};

} // namespace tongban::services
