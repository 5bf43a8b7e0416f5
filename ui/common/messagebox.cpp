#include "ui/common/messagebox.h"

#include <QAbstractButton>
#include <QHash>
#include <QPushButton>

namespace tongban::ui {

namespace {

std::optional<int> g_nextAnswer;
int g_questionsAsked = 0;
QString g_lastQuestion;

} // namespace

int MessageBox::question(QWidget *parent, const QString &title, const QString &text, const QString &details, const QList<Answer> &answers,
                         int escapeId)
{
    ++g_questionsAsked;
    g_lastQuestion = details.isEmpty() ? text : text + u'\n' + details;
    if (g_nextAnswer) {
        const int answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QHash<QAbstractButton *, int> ids;
    for (const Answer &answer : answers) {
        QPushButton *button = box.addButton(answer.text, answer.role);
        ids.insert(button, answer.id);
        if (ids.size() == 1)
            box.setDefaultButton(button);
    }
    box.exec();
    return ids.value(box.clickedButton(), escapeId);
}

void MessageBox::setNextAnswer(std::optional<int> id)
{
    g_nextAnswer = id;
}

int MessageBox::questionsAsked()
{
    return g_questionsAsked;
}

QString MessageBox::lastQuestion()
{
    return g_lastQuestion;
}

} // namespace tongban::ui
