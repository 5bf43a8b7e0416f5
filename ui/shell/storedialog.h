#pragma once

#include "services/storemaintenance.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tongban::ui {

class BusyIndicator;
class FieldMessage;

/// The local store's upkeep for the supervisor: the rolling backups (newest first, with their
/// size), a backup made now, a check of the whole file, and putting a backup back in place of a
/// damaged file (the replaced file is kept beside it). Everything runs on the store's threads;
/// the dialog says what is going on and what came of it.
class StoreDialog : public QDialog
{
    Q_OBJECT

public:
    StoreDialog(services::StoreMaintenance &maintenance, QWidget *parent = nullptr);

    /// Reads the list of backups again.
    void refresh();
    void backUpNow();
    void checkNow();
    /// Restores the backup at @p path without asking (the button asks first).
    void restore(const QString &path);

signals:
    /// A list, backup, check or restore ended: @p ok when it succeeded.
    void finished(bool ok);

private:
    void setBusy(bool busy);
    void restoreSelected();

    services::StoreMaintenance &m_maintenance;
    QLabel *m_state = nullptr;
    QTreeWidget *m_backups = nullptr;
    QPushButton *m_backUp = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_restore = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_status = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace tongban::ui
