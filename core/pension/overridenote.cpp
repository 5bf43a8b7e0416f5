#include "overridenote.h"

namespace tongban::pension {

QString OverrideNote::entered(const PensionCase &c, const QString &field)
{
    const QString note = c.notes.value(field).trimmed();
    return note.isEmpty() ? tr("entered for this case") : tr("entered for this case: %1").arg(note);
}

std::optional<QString> OverrideNote::missingNoteWarning(const PensionCase &c, const QString &field,
                                                        const std::optional<policy::Provenance> &region, const QString &what)
{
    if (!region || (!region->overridable && region->conflict.isEmpty()))
        return std::nullopt;
    if (!c.notes.value(field).trimmed().isEmpty())
        return std::nullopt;
    // In the language of the screen, as the breakdown's caveat (the data has both).
    const QString why = region->conflict.isEmpty() ? region->localizedNote() : region->localizedConflict();
    return tr("%1 was entered for this case in place of the region's disputed "
              "figure (%2); record why in notes.%3")
        .arg(what, why, field);
}

} // namespace tongban::pension
