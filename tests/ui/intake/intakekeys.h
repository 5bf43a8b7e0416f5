#pragma once

// Typing into the intake page as a clerk does, with key events only (QTest::keyClick to the
// widget that has the focus: no mouse, no slot called), counting every key pressed.

#include <QApplication>
#include <QString>
#include <QTest>
#include <QWidget>

namespace tongban::test {

class IntakeKeys
{
public:
    /// The widget with the keyboard focus (where a key goes); waits for one when a dialog just closed.
    static QWidget *focused()
    {
        if (!QApplication::focusWidget())
            (void)QTest::qWaitFor([]() { return QApplication::focusWidget() != nullptr; }, 10000);
        QWidget *widget = QApplication::focusWidget();
        if (!widget)
            qFatal("no widget has the focus");
        return widget;
    }

    /// One key (with its modifiers: one keystroke, as a chord is pressed at once).
    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused(), k, modifiers);
        ++m_count;
    }

    /// @p text typed key by key. A character outside Latin-1 (a Chinese name) is sent as a key
    /// event carrying it, as an input method commits it: counted as one key each (an input
    /// method needs more; the count is of the form, not of the IME).
    void type(const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(focused(), c.toLatin1());
            else
                QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QString(c), Qt::NoModifier);
            ++m_count;
        }
    }

    int count() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace tongban::test
