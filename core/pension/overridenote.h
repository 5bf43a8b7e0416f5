#pragma once

#include "pensioncase.h"
#include "policy/sourcedfigure.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tongban::pension {

/// What a breakdown line says about a figure the case entered instead of the
/// region's, and the warning when a disputed figure is replaced without saying
/// why.
class OverrideNote
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::PensionCalculator)

public:
    /// "entered for this case", followed by the clerk's note for @p field (a key
    /// of PensionCase::notes, e.g. "payout_months") when there is one.
    static QString entered(const PensionCase &c, const QString &field);
    /// A warning when the case replaces a region figure that is disputed (its
    /// sources conflict) or marked overridable, without a note for @p field;
    /// std::nullopt otherwise. @p region is the region's figure (std::nullopt
    /// when the region has none: entering it is then required, not an override).
    /// @p what names the figure for the clerk.
    static std::optional<QString> missingNoteWarning(const PensionCase &c, const QString &field,
                                                     const std::optional<policy::Provenance> &region, const QString &what);
};

} // namespace tongban::pension
