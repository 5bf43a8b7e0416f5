#include "ui/shell/storedialog.h"

#include "ui/common/busyindicator.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/itemviews.h"
#include "ui/common/whenfinished.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongban::ui {

StoreDialog::StoreDialog(services::StoreMaintenance &maintenance, QWidget *parent)
    : QDialog(parent)
    , m_maintenance(maintenance)
{
    setObjectName(QStringLiteral("storeDialog"));
    setWindowTitle(tr("Database: backups and checks"));
    resize(720, 420);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("storeState"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backups = new QTreeWidget;
    setUpItemView(m_backups);
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setHeaderLabels({tr("Backup made"), tr("Size"), tr("File")});
    m_backups->setRootIsDecorated(false);
    m_backups->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_backUp = new QPushButton(tr("Back up now"));
    m_backUp->setObjectName(QStringLiteral("backUpButton"));
    m_check = new QPushButton(tr("Check the whole file"));
    m_check->setObjectName(QStringLiteral("checkStoreButton"));
    m_restore = new QPushButton(tr("Restore the selected backup…"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Puts the backup in place of the database file. The file replaced is kept beside it."));
    m_busy = new BusyIndicator;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("storeStatus"));
    m_status->setWordWrap(true);
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("storeMessage"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_check);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_busy);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_backups, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUp, &QPushButton::clicked, this, &StoreDialog::backUpNow);
    connect(m_check, &QPushButton::clicked, this, &StoreDialog::checkNow);
    connect(m_restore, &QPushButton::clicked, this, &StoreDialog::restoreSelected);
    connect(m_backups, &QTreeWidget::itemSelectionChanged, this, [this] { m_restore->setEnabled(!m_backups->selectedItems().isEmpty()); });
    refresh();
}

void StoreDialog::setBusy(bool busy)
{
    m_busy->setBusy(busy);
    m_backUp->setEnabled(!busy && !m_maintenance.isDamaged());
    m_check->setEnabled(!busy && !m_maintenance.isDamaged());
    m_restore->setEnabled(!busy && !m_backups->selectedItems().isEmpty());
}

void StoreDialog::refresh()
{
    m_state->setText(m_maintenance.isDamaged() ? m_maintenance.problem()
                                               : tr("Database file: %1").arg(QDir::toNativeSeparators(m_maintenance.path())));
    m_state->setStyleSheet(m_maintenance.isDamaged() ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    setBusy(true);
    whenFinished(m_maintenance.backups(), this, [this](const Result<QList<services::BackupInfo>> &backups) {
        m_backups->clear();
        setBusy(false);
        if (!backups) {
            m_message->showMessage(backups.error().message);
            emit finished(false);
            return;
        }
        const QLocale locale;
        for (const services::BackupInfo &b : *backups) {
            auto *item = new QTreeWidgetItem({b.madeAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                              locale.formattedDataSize(b.bytes), QDir::toNativeSeparators(b.path)});
            item->setData(0, Qt::UserRole, b.path);
            m_backups->addTopLevelItem(item);
        }
        if (backups->isEmpty())
            m_status->setText(tr("No backup yet."));
        setBusy(false);
        emit finished(true);
    });
}

void StoreDialog::backUpNow()
{
    m_message->clearMessage();
    m_status->setText(tr("Making a backup …"));
    setBusy(true);
    whenFinished(m_maintenance.backUp(), this, [this](const Result<services::BackupInfo> &made) {
        setBusy(false);
        if (!made) {
            m_status->clear();
            m_message->showMessage(tr("No backup was made: %1").arg(made.error().message));
            emit finished(false);
            return;
        }
        m_status->setText(tr("Backup made: %1").arg(QDir::toNativeSeparators(made->path)));
        refresh();
    });
}

void StoreDialog::checkNow()
{
    m_message->clearMessage();
    m_status->setText(tr("Checking the whole file …"));
    setBusy(true);
    whenFinished(m_maintenance.checkIntegrity(), this, [this](const Result<services::IntegrityReport> &report) {
        setBusy(false);
        if (!report) {
            m_status->clear();
            m_message->showMessage(report.error().message);
            emit finished(false);
            return;
        }
        m_status->setText(report->ok ? tr("The file is sound.") : QString());
        if (!report->ok)
            m_message->showMessage(m_maintenance.problem());
        m_state->setText(m_maintenance.isDamaged() ? m_maintenance.problem() : m_state->text());
        emit finished(report->ok);
    });
}

void StoreDialog::restoreSelected()
{
    const auto selected = m_backups->selectedItems();
    if (selected.isEmpty())
        return;
    const QString path = selected.first()->data(0, Qt::UserRole).toString();
    const auto answer = QMessageBox::question(
        this, tr("Restore a backup"),
        tr("Put the backup of %1 in place of the database file? What was stored after it is not in the backup; the file replaced "
           "is kept beside it.")
            .arg(selected.first()->text(0)));
    if (answer == QMessageBox::Yes)
        restore(path);
}

void StoreDialog::restore(const QString &path)
{
    m_message->clearMessage();
    m_status->setText(tr("Restoring %1 …").arg(QDir::toNativeSeparators(path)));
    setBusy(true);
    whenFinished(m_maintenance.restore(path), this, [this](const Result<services::StoreMaintenance::Opened> &opened) {
        setBusy(false);
        if (!opened) {
            m_status->clear();
            m_message->showMessage(tr("The backup was not restored: %1").arg(opened.error().message));
            emit finished(false);
            return;
        }
        m_status->setText(tr("Restored: the database holds %1 insured persons.").arg(opened->persons));
        refresh();
    });
}

} // namespace tongban::ui
