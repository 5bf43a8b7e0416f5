#pragma once

#include "services/appcontext.h"
#include "services/syncattention.h"
#include "services/syncservice.h"

#include <QJsonValue>
#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QSpinBox;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace tongban::ui {

/// The sync page (同步): where the file stands (online or offline, the last sync, what waits to go
/// up, the office), "Sync now" with its progress and Cancel, and what sync left for a person: each
/// conflict with both versions side by side, the differing fields marked, and "Keep mine" / "Take
/// theirs"; each refusal with the server's reason and "Dismiss". Nothing here waits on the UI
/// thread: the round runs on services::SyncService's thread, the lists and decisions on the store's.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    SyncPage(const services::AppContext &context, services::SyncService &service, QWidget *parent = nullptr);

    /// Reads the status and the lists again; listed() reports the end.
    void reload();
    /// Starts a round (what the button does).
    void syncNow();
    /// Decides the selected conflict; decided() reports the end.
    void keepMine();
    void takeTheirs();
    /// Dismisses the selected refusal; decided() reports the end.
    void dismiss();

    /// Writes the hand-carry file of the outbox to @p path (what "Export for hand carry…" does after
    /// its file dialog); carried() reports the end.
    void exportCarryTo(const QString &path);
    /// Imports the hand-carry file at @p path (a supervisor signed in online); carried() reports the end.
    void importCarryFrom(const QString &path);
    /// Saves the offline limits of the form (a supervisor); decided() reports the end.
    void saveLimits();

    const QList<sync::SyncConflict> &conflicts() const { return m_conflicts; }
    const QList<sync::SyncRejection> &rejections() const { return m_rejections; }
    /// Selects the row-th item of the list (conflicts first, then refusals).
    void select(int row);

    /// The on-screen name of a field of a synced record (a payload key, e.g. "due_on" → "办结时限").
    static QString fieldLabel(const QString &key);
    /// A field's value as the page shows it: ID numbers masked, states and times in the screen's
    /// language and time zone.
    static QString fieldValue(const QString &key, const QJsonValue &value);

signals:
    void listed(bool ok);
    void decided(bool ok);
    void carried(bool ok);

private:
    void showSelected();
    void showMessage(const QString &message, bool problem);
    void decide(QFuture<Result<Done>> future, const QString &doneMessage);

    const services::AppContext &m_context;
    services::SyncService &m_service;
    services::SyncAttention m_attention;
    QList<sync::SyncConflict> m_conflicts;
    QList<sync::SyncRejection> m_rejections;

    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTableWidget *m_fields = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_standing = nullptr;
    QWidget *m_limits = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_records = nullptr;
    QPushButton *m_exportCarry = nullptr;
    QPushButton *m_importCarry = nullptr;
};

} // namespace tongban::ui
