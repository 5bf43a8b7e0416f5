#pragma once

#include <QStringList>

class QLineEdit;

namespace tongban::ui {

/// Makes @p field at least as wide as the widest of @p samples (what is typed in it: "2027-03",
/// "12,345.67") and of its placeholder, frame and margins included, so that a crowded row never
/// squeezes it until its text is cut ("2026-03" shown as "026-03").
void fitFieldWidth(QLineEdit *field, const QStringList &samples);

} // namespace tongban::ui
