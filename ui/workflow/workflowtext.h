#pragma once

#include "intake/mattercatalog.h"
#include "workflow/backofficequeue.h"
#include "workflow/matterstatus.h"

#include <QCoreApplication>
#include <QString>

namespace tongban::ui {

/// Words of the back office for the screen, so that the queue, the matter and the search say the
/// same thing the same way: a matter's name, its department, its channel, its deadline in words
/// (never by colour alone) and the findings of its pre-review.
class WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::WorkflowText)

public:
    /// @p zh on a Chinese screen (or when @p en is empty), else @p en.
    static QString localized(const QString &zh, const QString &en);
    /// The matter @p matterId's short name (else its full name); the id when the catalog has it not.
    static QString matterShortName(const intake::MatterCatalog &catalog, const QString &matterId);
    /// The matter @p matterId's full name; the id when the catalog has it not.
    static QString matterName(const intake::MatterCatalog &catalog, const QString &matterId);
    /// The department @p departmentId's name; the id when unknown; "—" when empty.
    static QString departmentName(const intake::MatterCatalog &catalog, const QString &departmentId);
    /// Where a matter came from: "counter", "outreach", "online", "import" in words.
    static QString channel(const QString &channel);
    /// The channels a matter may come from, in the order of the filter.
    static QStringList channels();
    /// The status stored as @p key in words (workflow::MatterStatusText::label), else @p key.
    static QString status(const QString &key);
    /// The deadline of a queue line in words: "overdue by N days", "due within 2 working days",
    /// the note when it could not be decided, else empty.
    static QString deadline(const workflow::QueueEntry &entry, QDate today);
    /// A pre-review's verdict ("ready", "needs-attention", "cannot-proceed") in words.
    static QString verdict(const QString &verdict);
    /// What the button that moves a matter to @p to says (预审通过, 转办…, 办结, 退件, 重新受理).
    static QString action(workflow::MatterStatus to, const QString &forwardTo);
    /// Red for overdue, amber for due soon and for a verdict needing attention, green for ready.
    static QString overdueColour() { return QStringLiteral("#b00020"); }
    static QString dueSoonColour() { return QStringLiteral("#8a4b00"); }
    static QString verdictColour(const QString &verdict);
};

} // namespace tongban::ui
