#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace tongban::ui {

/// A question to the clerk with answers of the caller's own words, in a modal box — and, for
/// tests, without one: setNextAnswer() decides the next question instead of a person, so GUI tests
/// run offscreen and never wait on a box (after KeePassXC's MessageBox). Every question is
/// counted and its text kept, so a test can tell whether it was asked and what.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(tongban::ui::MessageBox)

public:
    /// One answer: what the caller gets back, the button's words and its role (AcceptRole,
    /// RejectRole for the one Esc chooses, …).
    struct Answer
    {
        int id;
        QString text;
        QMessageBox::ButtonRole role;
    };

    /// Asks @p text (with @p details under it) in a modal box titled @p title over @p parent and
    /// returns the id of the answer chosen among @p answers (the first is the default button).
    /// Closing the box (Esc, the window's close button) answers @p escapeId. With a next answer
    /// set, returns it at once without showing anything, and clears it.
    static int question(QWidget *parent, const QString &title, const QString &text, const QString &details, const QList<Answer> &answers,
                        int escapeId);

    /// The answer the next question() gives without asking (tests); std::nullopt asks a person.
    static void setNextAnswer(std::optional<int> id);
    /// How many questions were asked (shown or answered by setNextAnswer) since the program started.
    static int questionsAsked();
    /// The text and details of the last question asked.
    static QString lastQuestion();
};

} // namespace tongban::ui
