#pragma once

#include <QDate>
#include <QDateEdit>

namespace tongban::ui {

/// The one date field of the window, for every date a clerk enters: shown as YYYY-MM-DD with a
/// calendar to pick from (Alt+↓ or F4 opens it), and typed as a whole.
///
/// Qt's QDateEdit edits a date section by section, which goes wrong when a whole date is typed
/// over it ("2022-06-15" typed over a selected "2026-12-02" gave 2026-06-15; reached with Tab, it
/// gave 2022-12-06). Here, when the whole text is selected — select-all, or the field reached
/// otherwise than by a click, which selects it all as a line edit does — what is typed replaces
/// it as in a line edit, and the date is read when the clerk presses Enter or leaves the field: 2022-06-15,
/// 2022-6-15, 2022.06.15, 2022/06/15 or 20220615. A text that is not a date in the field's range
/// is refused with a tool tip saying what is allowed, and the date before it stays. Escape undoes
/// the typing. Tab always moves on to the next control (Qt's moves from section to section); the
/// arrow keys still move between the sections and step them.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    /// The date in @p text as a clerk types it (see the class), or an invalid QDate.
    static QDate parseTyped(const QString &text);
    /// Whether a typed date is being entered (not yet read).
    bool isTyping() const { return m_typing; }

signals:
    /// A typed text was not a date; the field kept @p kept. What the tool tip said is @p message.
    void typedDateRefused(const QString &message, const QDate &kept);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    QValidator::State validate(QString &input, int &pos) const override;

private:
    void startTyping();
    /// Reads the typed text: true when it was a date (now set), false when refused.
    bool finishTyping();
    /// Back to the date before the typing, showing it.
    void stopTyping();

    bool m_typing = false;
    bool m_forwarding = false; ///< a key is being passed to the line edit (it may come back, ignored)
    QString m_shownBefore; ///< the text before the typing started
};

} // namespace tongban::ui
