#pragma once

#include "policy/parameterset.h"
#include "session/calculationsnapshot.h"
#include "session/snapshotcomparison.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tongban::ui {

/// How stored calculations and their comparisons read on screen (times, editions, figures).
class SnapshotText
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::SnapshotText)

public:
    /// @p time in local time, "2026-03-02 09:15:07".
    static QString time(const QDateTime &time);
    /// The editions of @p versions, each once: "2026-11-29" or "2026-11-29, 2027-01-05".
    static QString editions(const QList<policy::ParameterFileVersion> &versions);
    /// "Calculated at … by … with parameters of edition …".
    static QString caption(const session::CalculationSnapshot &snapshot);
    /// One side of a parameter file: "edition 2026-11-29 · 3f2a…" or "not used".
    static QString fileVersion(const std::optional<policy::ParameterFileVersion> &version);
    /// A component's value: an amount grouped with two decimals, months or years as decimals.
    static QString value(const session::ComponentChange &change, const Rational &value);
    /// after − before with its sign ("+5.35", "−17.00", "0").
    static QString difference(const session::ComponentChange &change);
};

} // namespace tongban::ui
