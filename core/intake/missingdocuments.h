#pragma once

#include "intakecase.h"
#include "mattercatalog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tongban::intake {

/// One document still missing from an intake, once, with the matters that need it.
struct MissingDocument
{
    QString document; ///< DocumentDefinition::id
    QList<int> matterPositions; ///< positions in IntakeCase::matters, ascending
    QStringList matters; ///< their MatterDefinition ids, in the same order
};

/// Which documents an intake still lacks: a matter's document whose "when" holds and that the
/// applicant did not bring for that matter.
class MissingDocuments
{
public:
    /// The documents the matter at @p position of @p intake lacks, in the matter's order. A
    /// matter the catalog does not know lacks nothing.
    static QStringList forMatter(const MatterCatalog &catalog, const IntakeCase &intake, int position);
    /// Across all matters: each missing document once, in the order first needed, with every
    /// matter that needs it.
    static QList<MissingDocument> across(const MatterCatalog &catalog, const IntakeCase &intake);
    /// Whether every condition of @p when holds for @p entry (empty: true).
    static bool holds(const QList<Condition> &when, const IntakeMatter &entry);
};

} // namespace tongban::intake
