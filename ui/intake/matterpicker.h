#pragma once

#include "intake/mattercatalog.h"

#include <QWidget>

class QLineEdit;
class QListWidget;

namespace tongban::ui {

/// Adding a matter by what the clerk types in one field: the pinyin initials of its short name
/// ("txsq" → 退休申请), another key, or part of its Chinese name (intake::MatterCatalog::search).
/// The matches are listed under the field as it is typed (the completer), best first; ↑/↓ move
/// in the list without leaving the field, Enter adds the match chosen (the first one unless
/// another was chosen) and empties the field, Escape empties it.
class MatterPicker : public QWidget
{
    Q_OBJECT

public:
    explicit MatterPicker(QWidget *parent = nullptr);

    /// The matters offered (none until set).
    void setCatalog(const intake::MatterCatalog *catalog);
    QLineEdit *field() const { return m_field; }
    /// The ids of the matters listed now, in the order shown.
    QStringList shownMatters() const;

signals:
    /// The clerk chose the matter @p matterId (Enter, or a click on it in the list).
    void matterChosen(const QString &matterId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void choose();

    const intake::MatterCatalog *m_catalog = nullptr;
    QLineEdit *m_field = nullptr;
    QListWidget *m_matches = nullptr;
};

} // namespace tongban::ui
