#pragma once

#include "common/clock.h"
#include "common/error.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tongban::services {

/// A person and their contribution records, as stored in the local store.
struct StoredPerson
{
    insured::InsuredPerson person;
    QList<insured::ContributionRecord> records;

    /// The one person @p query names on @p db: a citizen ID number (checked against GB 11643-1999
    /// as of @p clock's day) or a part of a name that only one person's name contains.
    /// Errors: BadInput on @p field for an invalid number (its reason), nobody found (the number
    /// masked, or the name), or several persons with the name (how many: enter the ID number
    /// instead); Storage from the store.
    static Result<StoredPerson> find(const QSqlDatabase &db, const QString &query, const Clock &clock, const QString &field);
};

/// Says the messages of StoredPerson (a namespace-level class cannot declare tr functions).
class StoredPersonText
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::StoredPerson)
};

} // namespace tongban::services
