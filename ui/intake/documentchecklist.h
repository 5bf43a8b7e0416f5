#pragma once

#include "intake/intakecase.h"
#include "intake/mattercatalog.h"

#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tongban::ui {

/// The documents of every matter of the form in one list: each document once, with the matters
/// that ask for it (as their "when" holds now: a power of attorney only where the applicant acts
/// for someone), ticked when the applicant brought it (Space ticks the current one). What is not
/// ticked is missing; the line over the list counts it.
class DocumentChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentChecklist(QWidget *parent = nullptr);

    /// Lists what the matters of @p intake ask for (its documents are ignored: the ticks stay as
    /// the clerk set them, a document that comes back is ticked again as before).
    void update(const intake::MatterCatalog &catalog, const intake::IntakeCase &intake);
    /// The documents ticked (listed now or not: a ticked document leaves the list only with the
    /// last matter that asks for it).
    QStringList brought() const;
    /// Ticks exactly @p documents (after a draft is restored).
    void setBrought(const QStringList &documents);
    /// The documents listed and not ticked.
    QStringList missing() const;
    QTreeWidget *view() const { return m_view; }

signals:
    /// The clerk ticked or unticked a document.
    void changed();

private:
    void updateSummary();

    QLabel *m_summary = nullptr;
    QTreeWidget *m_view = nullptr;
    QSet<QString> m_brought;
};

} // namespace tongban::ui
