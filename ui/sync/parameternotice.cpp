#include "ui/sync/parameternotice.h"

#include "ui/common/messagebox.h"

#include <QHBoxLayout>
#include <QLabel>

namespace tongban::ui {

ParameterNotice::ParameterNotice(services::SyncService &service, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("parameterNotice"));
    m_text = new QLabel(tr("New policy parameters: used from the next start"));
    m_text->setObjectName(QStringLiteral("parameterNoticeText"));
    m_text->setStyleSheet(QStringLiteral("color: #6b4500; font-weight: bold;"));
    // A link, not a button: the status bar is as tall as its tallest widget, shown or not, and a
    // button would take a line from the pages above it (testscreenfit at 1280×720).
    m_restart = new QLabel(QStringLiteral("<a href=\"restart\">%1</a>").arg(tr("Restart now").toHtmlEscaped()));
    m_restart->setObjectName(QStringLiteral("parameterRestart"));
    m_restart->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_restart);
    hide();
    connect(&service, &services::SyncService::parameterEditionsReceived, this, &ParameterNotice::received);
    connect(m_restart, &QLabel::linkActivated, this, &ParameterNotice::askToRestart);
}

void ParameterNotice::received(const QStringList &editions)
{
    for (const QString &edition : editions) {
        if (!m_editions.contains(edition))
            m_editions << edition;
    }
    const QString list = m_editions.join(u'\n');
    m_text->setToolTip(
        tr("Received from the central store:\n%1\nUntil Tongban starts again, it computes with the figures it started with.").arg(list));
    show();
}

void ParameterNotice::askToRestart()
{
    const int answer = MessageBox::question(
        this, tr("Restart Tongban"), tr("Restart Tongban now to compute with the new policy parameters?"),
        tr("The window closes and opens again on the same file. A calculation on screen has to be asked for again; visits, "
           "matters and an intake being filled in are kept."),
        {{RestartAnswer, tr("Restart now"), QMessageBox::AcceptRole}, {LaterAnswer, tr("Later"), QMessageBox::RejectRole}}, LaterAnswer);
    if (answer == RestartAnswer)
        emit restartRequested();
}

} // namespace tongban::ui
