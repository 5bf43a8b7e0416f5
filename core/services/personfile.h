#pragma once

#include "history/contributionhistory.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pension/pensionoutcome.h"
#include "retirement/retirementrule.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace tongban::services {

/// Everything the screens show about one insured person, gathered off the UI thread by a
/// look-up: the stored data and what core derived from it. A figure core could not derive comes
/// with core's reason instead — a person whose region has no rule set yet still has their
/// records, their history and their statutory retirement; only the parts that need a missing
/// rule or figure say what is missing.
struct PersonFile
{
    insured::InsuredPerson person;
    QList<insured::ContributionRecord> records;
    QHash<QString, QString> employerNames; ///< Employer::id → name, for the records
    QString regionName; ///< the place's name (policy::ParameterSet::placeName), else the region code

    std::optional<retirement::StatutoryRetirement> statutory;
    QString statutoryError;

    /// The history up to the default pension start (or today, if earlier): the figures of the
    /// default breakdown. When the case cannot be built, the history as of today instead.
    std::optional<history::ContributionHistory> history;
    QString historyError;

    /// The pension at the statutory month with the region's published figures.
    pension::PensionOutcome pension;
};

} // namespace tongban::services
