#pragma once

#include "common/rational.h"

#include <QString>

namespace tongban::policy {

/// Where a policy figure comes from and how far it can be trusted.
struct Provenance
{
    QString sourceKey; ///< key into the parameter file's "sources"
    QString document; ///< document number and title, e.g. "国发〔2005〕38号"
    QString url; ///< where it was read; may be empty
    QString confidence; ///< "HIGH", "MEDIUM" or "LOW" (see resources/parameters/README.md)
    QString note; ///< caveats, conflicts between sources (includes the conflict text)
    QString conflict; ///< where the sources disagree, what each says; empty when they agree
    bool overridable = false; ///< the clerk may replace the figure per case, with a note

    /// What a breakdown line shows next to the figure when the region's figure is used: the
    /// conflict between sources, else (for an overridable figure) its note; empty otherwise.
    QString caveat() const { return !conflict.isEmpty() ? conflict : (overridable ? note : QString()); }
};

/// A number from the policy data together with its provenance.
struct SourcedFigure
{
    Rational value;
    Provenance provenance;
};

/// A setting (an enumerated convention such as "2dp") from the policy data with its provenance.
struct SourcedSetting
{
    QString value;
    Provenance provenance;
};

} // namespace tongban::policy
