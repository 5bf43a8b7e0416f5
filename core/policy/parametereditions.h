#pragma once

#include "common/error.h"
#include "parameterset.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace tongban::policy {

/// One edition of a parameter file published on the central store, as a device receives it with
/// sync (issue 13: parameter editions go down).
struct ParameterFileEdition
{
    QString file; ///< "national.json" or "regions/<six-digit code>.json"
    QString edition; ///< the edition date it declares, "2026-12-01"
    QByteArray content; ///< the file's bytes
};

/// The shipped parameters (resources/parameters) with editions from the central store laid over
/// them.
class ParameterEditions
{
    Q_DECLARE_TR_FUNCTIONS(tongban::policy::ParameterEditions)

public:
    /// The shipped parameters with @p editions in place of their files: an edition replaces the
    /// shipped file of its name when its edition date is later than the shipped file's (a shipped
    /// file without one counts as older), or adds a province the program does not ship; an
    /// edition not later is left out, since the program's own data is then as new.
    /// ParameterSet::versions() names what was used. Errors (BadInput): a file name that is
    /// neither "national.json" nor "regions/<code>.json", an edition that is not a date, and any
    /// error of loading, naming the edition; nothing partial is returned.
    static Result<std::shared_ptr<const ParameterSet>> loadBuiltInWith(const QList<ParameterFileEdition> &editions);
    /// Whether @p edition loads in place of its file among the shipped ones, whatever its date
    /// (the check before publishing it). Errors as loadBuiltInWith.
    static Status check(const ParameterFileEdition &edition);
};

} // namespace tongban::policy
