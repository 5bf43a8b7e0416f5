#include "ui/common/dateedit.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolTip>

namespace tongban::ui {

namespace {

constexpr int maxTypedLength = 10; // "2022-06-15"

bool isDateCharacter(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'.' || c == u'/';
}

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    // A date picked from the calendar (or set by the program) while typing replaces the typing.
    connect(this, &QDateEdit::dateChanged, this, [this]() {
        if (!m_typing)
            return;
        m_typing = false;
        lineEdit()->blockSignals(false);
    });
}

QDate DateEdit::parseTyped(const QString &text)
{
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    const QString trimmed = text.trimmed();
    if (const auto match = separated.match(trimmed); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
    if (const auto match = compact.match(trimmed); match.hasMatch())
        return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    return {};
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    QLineEdit *edit = lineEdit();
    const QString text = event->text();
    const bool printable
        = !text.isEmpty() && text.at(0).isPrint() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!m_typing) {
        // Typing over the whole date replaces it; otherwise Qt's section editing (arrows, a section typed).
        if (!printable || !isDateCharacter(text.at(0)) || edit->text().isEmpty() || edit->selectedText() != edit->text()) {
            QDateEdit::keyPressEvent(event);
            return;
        }
        startTyping();
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Read, then Enter does what it does in any field (editingFinished, a dialog's default button).
        if (finishTyping())
            QDateEdit::keyPressEvent(event);
        else
            event->accept();
        return;
    case Qt::Key_Escape:
        stopTyping();
        event->accept();
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (finishTyping())
            QDateEdit::keyPressEvent(event);
        else
            event->accept();
        return;
    default:
        break;
    }
    // Digits and separators only, no longer than a date; editing keys work as in a line edit.
    if (printable && (!isDateCharacter(text.at(0)) || edit->text().size() - edit->selectedText().size() >= maxTypedLength)) {
        event->accept();
        return;
    }
    // A key the line edit ignores (a modifier pressed alone: Ctrl before Ctrl+Enter) comes back
    // here as it propagates to the parent: it goes on to the parent, not to the line edit again.
    if (m_forwarding) {
        event->ignore();
        return;
    }
    m_forwarding = true;
    QCoreApplication::sendEvent(edit, event);
    m_forwarding = false;
}

void DateEdit::focusInEvent(QFocusEvent *event)
{
    QDateEdit::focusInEvent(event);
    // Reached from the keyboard (or given the focus by the program), the whole date is selected, as
    // in a line edit: typing replaces it. A click puts the cursor where it was clicked.
    switch (event->reason()) {
    case Qt::MouseFocusReason:
    case Qt::PopupFocusReason:
    case Qt::ActiveWindowFocusReason:
        break;
    default:
        selectAll();
        break;
    }
}

void DateEdit::focusOutEvent(QFocusEvent *event)
{
    // Leaving the field reads what was typed; a refused text gives the date back.
    if (m_typing && !finishTyping())
        stopTyping();
    QDateEdit::focusOutEvent(event);
}

bool DateEdit::focusNextPrevChild(bool next)
{
    // Tab moves on to the next control (QDateTimeEdit's moves to its next section first).
    return QWidget::focusNextPrevChild(next);
}

QValidator::State DateEdit::validate(QString &input, int &pos) const
{
    if (!m_typing)
        return QDateEdit::validate(input, pos);
    if (input.size() > maxTypedLength)
        return QValidator::Invalid;
    for (QChar c : input) {
        if (!isDateCharacter(c))
            return QValidator::Invalid;
    }
    return QValidator::Intermediate;
}

void DateEdit::startTyping()
{
    m_typing = true;
    m_shownBefore = lineEdit()->text();
    // QDateTimeEdit edits section by section on the line edit's signals (text and cursor): they are
    // silenced while the clerk types a whole date, which is read at the end.
    lineEdit()->blockSignals(true);
}

bool DateEdit::finishTyping()
{
    if (!m_typing)
        return true;
    const QDate typed = parseTyped(lineEdit()->text());
    if (!typed.isValid() || typed < minimumDate() || typed > maximumDate()) {
        const QString message = typed.isValid()
            ? tr("%1 is out of range: enter a date from %2 to %3.")
                  .arg(typed.toString(Qt::ISODate), minimumDate().toString(Qt::ISODate), maximumDate().toString(Qt::ISODate))
            : tr("Not a date: type it as YYYY-MM-DD, e.g. 2022-06-15.");
        QToolTip::showText(mapToGlobal(QPoint(0, height())), message, this);
        lineEdit()->selectAll();
        emit typedDateRefused(message, date());
        return false;
    }
    stopTyping();
    setDate(typed);
    return true;
}

void DateEdit::stopTyping()
{
    if (!m_typing)
        return;
    m_typing = false;
    // Still silenced: the text QDateTimeEdit last saw comes back before its signals do.
    lineEdit()->setText(m_shownBefore);
    lineEdit()->blockSignals(false);
}

} // namespace tongban::ui
