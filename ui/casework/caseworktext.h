#pragma once

#include "casework/servicerating.h"
#include "intake/mattercatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace tongban::ui {

/// The words of the casework screens (the ledger, the follow-ups, the day's work, the rating), so
/// that each says a level, a deadline or a department the same way.
class CaseworkText
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::CaseworkText)

public:
    /// 非常满意 … 非常不满意 (国办发〔2019〕51号's five levels).
    static QString level(casework::RatingLevel level);
    /// A deadline in words as of @p today: "overdue by 3 days", "due today", "due in 2 days";
    /// "no date" when @p due is null.
    static QString deadline(const QDate &due, const QDate &today);
    /// The departments @p ids by their names in the catalog (an unknown id as it is).
    static QString departments(const QStringList &ids, const intake::MatterCatalog &catalog);
    /// A matter's short name in the catalog (the id when unknown).
    static QString matter(const QString &id, const intake::MatterCatalog &catalog);
    /// What an event of a difficult case's history was ("opened", "note", …) in words.
    static QString caseEvent(const QString &kind);
    /// "open" / "closed" in words.
    static QString caseStatus(const QString &status);
};

} // namespace tongban::ui
