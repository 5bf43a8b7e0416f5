#pragma once

#include "common/error.h"
#include "intakecase.h"
#include "mattercatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace tongban::intake {

/// Checks a whole intake against the catalog, naming each fault by its path in the case JSON
/// ("applicant.id_number", "matters[1].fields.bank_account", "matters[0].agent_for.relation",
/// "matters[2].matter", "matters[0].documents[1]").
class IntakeValidator
{
    Q_DECLARE_TR_FUNCTIONS(tongban::intake::IntakeValidator)

public:
    /// Every fault of @p intake (BadInput errors with paths), in the order of the case; empty
    /// when it can be taken. Checked: the applicant's ID number (GB 11643 check character, as of
    /// @p today), name and phone; at least one matter; each matter known to the catalog; the
    /// same matter twice for the same subject; agent_for (ID number, name, relation one of
    /// AgentFor::relations(), not the applicant); fields the matter does not ask for; each
    /// required field whose "when" holds is set; each value by FieldValidator; an employer
    /// matter's uscc field set; each brought document asked for by the matter and not twice.
    static QList<Error> issues(const MatterCatalog &catalog, const IntakeCase &intake, QDate today);
    /// The first of issues(), or Done.
    static Status validate(const MatterCatalog &catalog, const IntakeCase &intake, QDate today);

    /// The ID number of the person the matter at @p position is about: the agent_for person's,
    /// else the applicant's (employer matters: the applicant's). Normalised (upper-case X).
    static QString subjectIdNumber(const IntakeCase &intake, int position);
};

} // namespace tongban::intake
