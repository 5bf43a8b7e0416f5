#pragma once

#include "services/syncservice.h"

#include <QWidget>

class QLabel;

namespace tongban::ui {

/// The status bar's notice that new policy parameters arrived: a sync round stored new parameter
/// editions in the file, and the program computes with the figures it started with until it
/// starts again (services::EffectiveParameters). Hidden until then; then "新的政策参数重启后生效"
/// with the editions in its tool tip, and the link "立即重启", which asks the clerk first.
class ParameterNotice : public QWidget
{
    Q_OBJECT

public:
    /// The answers to the question before a restart (MessageBox::setNextAnswer in the tests).
    enum Answer { RestartAnswer, LaterAnswer };

    explicit ParameterNotice(services::SyncService &service, QWidget *parent = nullptr);

    /// The editions received since the program started ("regions/110000.json 2026-12-01").
    const QStringList &editions() const { return m_editions; }

signals:
    /// The clerk confirmed a restart now.
    void restartRequested();

private:
    void received(const QStringList &editions);
    void askToRestart();

    QLabel *m_text = nullptr;
    QLabel *m_restart = nullptr; ///< a link
    QStringList m_editions;
};

} // namespace tongban::ui
