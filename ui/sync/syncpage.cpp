#include "syncpage.h"

#include "syncstatuslabel.h"

#include "accounts/accesspolicy.h"
#include "identity/citizenid.h"
#include "ui/common/whenfinished.h"
#include "workflow/matterstatus.h"

#include <QBrush>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

enum ItemRole { KindRole = Qt::UserRole, IndexRole, KeyRole };
enum ItemKind { ConflictItem, RejectionItem };

/// Personal data stays masked on this page as everywhere (the ID numbers of a visit or a matter).
bool isIdNumber(const QString &key)
{
    return key.contains(QStringLiteral("id_number")) || key == u"citizen_id";
}

/// How the list names a record: a visit by its queue number, which the clerk knows it by; any
/// other by the start of its UUID (the fields on the right say the rest).
QString recordLabel(const QString &recordId, const QJsonObject &payload)
{
    const QString queueNumber = payload.value(QLatin1String("queue_number")).toString();
    return queueNumber.isEmpty() ? recordId.left(8) : queueNumber;
}

} // namespace

SyncPage::SyncPage(const services::AppContext &context, services::SyncService &service, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_service(service)
    , m_attention(context)
{
    setObjectName(QStringLiteral("syncPage"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    m_syncButton = new QPushButton(tr("Sync now"));
    m_syncButton->setObjectName(QStringLiteral("syncNow"));
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("syncCancel"));
    m_cancelButton->setVisible(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setVisible(false);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    top->addWidget(m_syncButton);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("syncAttention"));
    m_list->setHeaderLabels({tr("Needs a decision"), tr("Record"), tr("Since")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_detailTitle = new QLabel(tr("Select a conflict or a refusal on the left."));
    m_detailTitle->setObjectName(QStringLiteral("syncDetailTitle"));
    m_detailTitle->setWordWrap(true);
    m_fields = new QTableWidget(0, 3);
    m_fields->setObjectName(QStringLiteral("syncFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("This computer"), tr("Server")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->setVisible(false);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setTabKeyNavigation(false); // Tab leaves the table, as in every view of the window
    m_list->setTabKeyNavigation(false);
    m_keepMine = new QPushButton(tr("Keep mine"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepMine->setToolTip(
        tr("This computer's version is sent again and replaces the server's; the server's is kept in the record of the conflict"));
    m_takeTheirs = new QPushButton(tr("Take the server's"));
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_takeTheirs->setToolTip(tr("The server's version replaces this computer's; this computer's is kept in the record of the conflict"));
    m_dismiss = new QPushButton(tr("Read, dismiss"));
    m_dismiss->setObjectName(QStringLiteral("dismissRejection"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_takeTheirs);
    buttons->addWidget(m_keepMine);
    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_fields, 1);
    detailLayout->addLayout(buttons);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    // The offline limits (a supervisor sets them) and the hand-carry file of a point without network.
    m_standing = new QLabel;
    m_standing->setObjectName(QStringLiteral("syncStanding"));
    m_standing->setWordWrap(true);
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("offlineDays"));
    m_days->setRange(1, 90);
    m_days->setSuffix(tr(" days"));
    m_records = new QSpinBox;
    m_records->setObjectName(QStringLiteral("offlineRecords"));
    m_records->setRange(10, 100000);
    m_records->setSingleStep(100);
    m_records->setSuffix(tr(" records"));
    auto *saveLimits = new QPushButton(tr("Save limits"));
    saveLimits->setObjectName(QStringLiteral("saveLimits"));
    m_limits = new QWidget;
    auto *limitsLayout = new QHBoxLayout(m_limits);
    limitsLayout->setContentsMargins(0, 0, 0, 0);
    limitsLayout->addWidget(new QLabel(tr("Unsynced work allowed on this computer:")));
    limitsLayout->addWidget(m_days);
    limitsLayout->addWidget(m_records);
    limitsLayout->addWidget(saveLimits);
    m_exportCarry = new QPushButton(tr("Export for hand carry…"));
    m_exportCarry->setObjectName(QStringLiteral("exportCarry"));
    m_exportCarry->setToolTip(tr("The work not yet sent, in a checked file to take to the hall on a USB stick"));
    m_importCarry = new QPushButton(tr("Import a hand-carried file…"));
    m_importCarry->setObjectName(QStringLiteral("importCarry"));
    auto *carry = new QHBoxLayout;
    carry->addWidget(m_limits);
    carry->addStretch(1);
    carry->addWidget(m_exportCarry);
    carry->addWidget(m_importCarry);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_standing);
    layout->addLayout(carry);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(saveLimits, &QPushButton::clicked, this, &SyncPage::saveLimits);
    connect(m_exportCarry, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export for hand carry"),
            QStringLiteral("tongban-carry-%1.json").arg(m_service.clock().now().toString(QStringLiteral("yyyyMMdd-HHmm"))),
            tr("Hand-carry files (*.json)"));
        if (!path.isEmpty())
            exportCarryTo(path);
    });
    connect(m_importCarry, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import a hand-carried file"), QString(), tr("Hand-carry files (*.json)"));
        if (!path.isEmpty())
            importCarryFrom(path);
    });
    connect(m_syncButton, &QPushButton::clicked, this, &SyncPage::syncNow);
    connect(m_cancelButton, &QPushButton::clicked, &m_service, &services::SyncService::cancel);
    connect(m_keepMine, &QPushButton::clicked, this, &SyncPage::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &SyncPage::takeTheirs);
    connect(m_dismiss, &QPushButton::clicked, this, &SyncPage::dismiss);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SyncPage::showSelected);
    connect(&m_service, &services::SyncService::progressed, this, [this](const services::SyncProgress &progress) {
        m_progress->setVisible(true);
        m_cancelButton->setVisible(true);
        m_progress->setMaximum(progress.total > 0 ? int(qMin<qint64>(progress.total, INT_MAX)) : 0);
        m_progress->setValue(int(qMin<qint64>(progress.done, INT_MAX)));
        switch (progress.stage) {
        case services::SyncProgress::Stage::Enrolling:
            m_progress->setFormat(tr("Connecting"));
            break;
        case services::SyncProgress::Stage::Pushing:
            m_progress->setFormat(tr("Sending %v of %m"));
            break;
        case services::SyncProgress::Stage::Pulling:
            m_progress->setFormat(progress.total > 0 ? tr("Receiving %v of %m") : tr("Receiving"));
            break;
        case services::SyncProgress::Stage::Checking:
            m_progress->setFormat(tr("Checking the counts"));
            break;
        }
    });
    connect(&m_service, &services::SyncService::roundFinished, this, [this](bool ok, const QString &message) {
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        m_syncButton->setEnabled(true);
        showMessage(ok ? (message.isEmpty() ? tr("Synced.") : tr("Synced.") + u' ' + message) : message, !ok);
        reload();
    });
    connect(&m_service, &services::SyncService::changed, this, &SyncPage::reload);
    showSelected();
    reload();
}

void SyncPage::reload()
{
    const bool admin = accounts::AccessPolicy::builtIn().may(m_context.actingUser(), accounts::Permission::SyncAdmin);
    m_limits->setVisible(admin);
    m_importCarry->setVisible(admin);
    whenFinished(m_attention.standing(), this, [this](const Result<sync::OfflineStanding> &standing) {
        if (!standing)
            return;
        m_days->setValue(standing->daysLimit);
        m_records->setValue(standing->recordsLimit);
        m_standing->setText(standing->message);
        m_standing->setVisible(!standing->message.isEmpty());
        m_standing->setStyleSheet(standing->level == sync::OfflineStanding::Level::Refused
                                      ? QStringLiteral("color: #b00020; font-weight: bold;")
                                      : QStringLiteral("color: #8a5a00;"));
    });
    whenFinished(m_service.overview(), this, [this](const Result<services::SyncOverview> &overview) {
        if (!overview) {
            m_summary->setText(overview.error().message);
            return;
        }
        QString text = SyncStatusLabel::describe(*overview, m_service.clock().nowUtc());
        if (!overview->officeCode.isEmpty())
            text += QStringLiteral(" · ") + tr("office %1").arg(overview->officeCode);
        if (!overview->officeCode.isEmpty() && !overview->firstDownloadComplete)
            text += QStringLiteral(" · ") + tr("the office's first download is not complete: sync to finish it");
        m_summary->setText(text);
        m_syncButton->setEnabled(overview->serverConfigured && !overview->running);
        if (!overview->serverConfigured)
            m_syncButton->setToolTip(tr("Sign in online (with the server's address) to sync"));
        else
            m_syncButton->setToolTip(QString());
    });
    whenFinished(m_attention.conflicts(), this, [this](const Result<QList<sync::SyncConflict>> &conflicts) {
        if (!conflicts) {
            showMessage(conflicts.error().message, true);
            emit listed(false);
            return;
        }
        m_conflicts = *conflicts;
        whenFinished(m_attention.rejections(), this, [this](const Result<QList<sync::SyncRejection>> &rejections) {
            if (!rejections) {
                showMessage(rejections.error().message, true);
                emit listed(false);
                return;
            }
            m_rejections = *rejections;
            // A round every minute lists again: the clerk comparing a conflict keeps it in view.
            const QString selectedKey = m_list->currentItem() ? m_list->currentItem()->data(0, KeyRole).toString() : QString();
            const QSignalBlocker quiet(m_list);
            m_list->clear();
            for (int i = 0; i < m_conflicts.size(); ++i) {
                const sync::SyncConflict &c = m_conflicts.at(i);
                auto *item = new QTreeWidgetItem({tr("Conflict: %1").arg(services::SyncAttention::entityLabel(c.entity)),
                                                  recordLabel(c.recordId, c.localPayload),
                                                  c.detectedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
                item->setData(0, KindRole, ConflictItem);
                item->setData(0, IndexRole, i);
                item->setData(0, KeyRole, QStringLiteral("conflict/%1/%2").arg(c.entity, c.recordId));
                m_list->addTopLevelItem(item);
            }
            for (int i = 0; i < m_rejections.size(); ++i) {
                const sync::SyncRejection &r = m_rejections.at(i);
                auto *item = new QTreeWidgetItem({tr("Refused: %1").arg(services::SyncAttention::entityLabel(r.entity)),
                                                  recordLabel(r.recordId, r.payload),
                                                  r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
                item->setData(0, KindRole, RejectionItem);
                item->setData(0, IndexRole, i);
                item->setData(0, KeyRole, QStringLiteral("refusal/%1/%2").arg(r.entity, r.recordId));
                m_list->addTopLevelItem(item);
            }
            for (int row = 0; row < m_list->topLevelItemCount() && !selectedKey.isEmpty(); ++row) {
                if (m_list->topLevelItem(row)->data(0, KeyRole).toString() == selectedKey)
                    m_list->setCurrentItem(m_list->topLevelItem(row));
            }
            showSelected();
            emit listed(true);
        });
    });
}

void SyncPage::syncNow()
{
    m_syncButton->setEnabled(false);
    showMessage(tr("Syncing…"), false);
    m_service.syncNow();
}

void SyncPage::select(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

void SyncPage::showSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_keepMine->setVisible(false);
    m_takeTheirs->setVisible(false);
    m_dismiss->setVisible(false);
    m_fields->setRowCount(0);
    if (!item) {
        m_detailTitle->setText(m_list->topLevelItemCount() == 0 ? tr("Nothing waits for a decision.")
                                                                : tr("Select a conflict or a refusal on the left."));
        return;
    }
    const int index = item->data(0, IndexRole).toInt();
    if (item->data(0, KindRole).toInt() == ConflictItem) {
        const sync::SyncConflict &c = m_conflicts.at(index);
        m_detailTitle->setText(
            tr("This %1 was changed here and, before this computer's change reached the server, on another computer (version %2 on the "
               "server). Compare the two and decide which stands; the other is kept in the record of the conflict.")
                .arg(services::SyncAttention::entityLabel(c.entity))
                .arg(c.serverVersion)
            + (c.serverDeleted ? QStringLiteral(" ") + tr("On the server it was deleted.") : QString()));
        QStringList keys = c.localPayload.keys() + c.serverPayload.keys();
        keys.removeDuplicates();
        keys.sort();
        m_fields->setHorizontalHeaderLabels({tr("Field"), tr("This computer"), tr("Server")});
        m_fields->setColumnHidden(2, false);
        for (const QString &key : std::as_const(keys)) {
            const QString mine = fieldValue(key, c.localPayload.value(key));
            const QString theirs = c.serverDeleted ? tr("(deleted)") : fieldValue(key, c.serverPayload.value(key));
            const int row = m_fields->rowCount();
            m_fields->insertRow(row);
            auto *name = new QTableWidgetItem(fieldLabel(key));
            auto *here = new QTableWidgetItem(mine);
            auto *there = new QTableWidgetItem(theirs);
            if (mine != theirs) {
                for (QTableWidgetItem *cell : {name, here, there}) {
                    QFont font = cell->font();
                    font.setBold(true);
                    cell->setFont(font);
                    cell->setBackground(QBrush(QColor(0xff, 0xf3, 0xcd)));
                }
            }
            m_fields->setItem(row, 0, name);
            m_fields->setItem(row, 1, here);
            m_fields->setItem(row, 2, there);
        }
        m_keepMine->setVisible(true);
        m_takeTheirs->setVisible(true);
        return;
    }
    const sync::SyncRejection &r = m_rejections.at(index);
    m_detailTitle->setText(tr("The server refused this %1: %2 (%3). It stays on this computer as it is and is not sent again.")
                               .arg(services::SyncAttention::entityLabel(r.entity), r.message, r.code));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("This computer"), QString()});
    m_fields->setColumnHidden(2, true);
    QStringList keys = r.payload.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        m_fields->setItem(row, 0, new QTableWidgetItem(fieldLabel(key)));
        m_fields->setItem(row, 1, new QTableWidgetItem(fieldValue(key, r.payload.value(key))));
    }
    m_dismiss->setVisible(true);
}

void SyncPage::keepMine()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, KindRole).toInt() != ConflictItem)
        return;
    decide(m_attention.keepMine(m_conflicts.at(item->data(0, IndexRole).toInt()).id),
           tr("Kept this computer's version: it goes to the server with the next sync."));
}

void SyncPage::takeTheirs()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, KindRole).toInt() != ConflictItem)
        return;
    decide(m_attention.takeTheirs(m_conflicts.at(item->data(0, IndexRole).toInt()).id),
           tr("The server's version is now on this computer."));
}

void SyncPage::dismiss()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, KindRole).toInt() != RejectionItem)
        return;
    decide(m_attention.dismiss(m_rejections.at(item->data(0, IndexRole).toInt()).opId), tr("Dismissed."));
}

void SyncPage::decide(QFuture<Result<Done>> future, const QString &doneMessage)
{
    m_keepMine->setEnabled(false);
    m_takeTheirs->setEnabled(false);
    m_dismiss->setEnabled(false);
    whenFinished(future, this, [this, doneMessage](const Result<Done> &done) {
        m_keepMine->setEnabled(true);
        m_takeTheirs->setEnabled(true);
        m_dismiss->setEnabled(true);
        showMessage(done ? doneMessage : done.error().message, !done);
        reload();
        emit decided(done.ok());
    });
}

void SyncPage::saveLimits()
{
    decide(m_attention.setLimits(m_days->value(), m_records->value()), tr("The limits are saved."));
}

void SyncPage::exportCarryTo(const QString &path)
{
    auto count = std::make_shared<int>(0);
    whenFinished(m_attention.exportCarryFile(count), this, [this, path, count](const Result<QByteArray> &file) {
        if (!file) {
            showMessage(file.error().message, true);
            emit carried(false);
            return;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(*file) != file->size() || !out.commit()) {
            showMessage(tr("Cannot write %1: %2").arg(path, out.errorString()), true);
            emit carried(false);
            return;
        }
        showMessage(tr("%n record(s) exported to %1. Take the file to the hall; they stay here and are sent again when this computer "
                       "syncs (nothing is applied twice).",
                       nullptr, *count)
                        .arg(path),
                    false);
        emit carried(true);
    });
}

void SyncPage::importCarryFrom(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, in.errorString()), true);
        emit carried(false);
        return;
    }
    whenFinished(m_service.importCarryFile(in.readAll()), this, [this](const Result<services::CarryImportReport> &report) {
        if (!report) {
            showMessage(report.error().message, true);
            emit carried(false);
            return;
        }
        showMessage(tr("Imported the file of device %1: %2 applied, %3 already there, %4 conflicts, %5 refused.")
                        .arg(report->deviceId)
                        .arg(report->applied)
                        .arg(report->duplicates)
                        .arg(report->conflicts)
                        .arg(report->rejected),
                    report->conflicts > 0 || report->rejected > 0);
        emit carried(true);
    });
}

void SyncPage::showMessage(const QString &message, bool problem)
{
    m_message->setText(message);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
}

QString SyncPage::fieldValue(const QString &key, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("—");
    if (value.isString()) {
        const QString text = value.toString();
        if (isIdNumber(key))
            return identity::CitizenId::mask(text);
        if (key == u"status") {
            if (const auto matterStatus = workflow::MatterStatusText::fromKey(text))
                return workflow::MatterStatusText::label(*matterStatus);
            static const QHash<QString, const char *> states {
                {QStringLiteral("open"), QT_TR_NOOP("open")},
                {QStringLiteral("closed"), QT_TR_NOOP("closed")},
                {QStringLiteral("stopped"), QT_TR_NOOP("stopped")},
            };
            const auto it = states.constFind(text);
            return it == states.cend() ? text : tr(it.value());
        }
        // Stored times are UTC (StoredTime): shown in the computer's time zone, as everywhere else.
        if (key.endsWith(QLatin1String("_at"))) {
            const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
            if (at.isValid())
                return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        return text;
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return QString::fromUtf8(
        QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject())).toJson(QJsonDocument::Compact));
}

QString SyncPage::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("clerk"), QT_TR_NOOP("clerk")},
        {QStringLiteral("due_on"), QT_TR_NOOP("due on")},
        {QStringLiteral("received_on"), QT_TR_NOOP("received on")},
        {QStringLiteral("returned_reason"), QT_TR_NOOP("reason of the return")},
        {QStringLiteral("matter_id"), QT_TR_NOOP("matter")},
        {QStringLiteral("subject_id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("subject_name"), QT_TR_NOOP("name")},
        {QStringLiteral("queue_number"), QT_TR_NOOP("queue number")},
        {QStringLiteral("opened_at"), QT_TR_NOOP("opened at")},
        {QStringLiteral("closed_at"), QT_TR_NOOP("closed at")},
        {QStringLiteral("answer"), QT_TR_NOOP("answer given")},
        {QStringLiteral("promised_on"), QT_TR_NOOP("promised on")},
        {QStringLiteral("expert"), QT_TR_NOOP("expert")},
        {QStringLiteral("description"), QT_TR_NOOP("description")},
        {QStringLiteral("outcome"), QT_TR_NOOP("outcome")},
        {QStringLiteral("level"), QT_TR_NOOP("rating")},
        {QStringLiteral("comment"), QT_TR_NOOP("comment")},
        {QStringLiteral("id"), QT_TR_NOOP("record identifier")},
        {QStringLiteral("person_id"), QT_TR_NOOP("insured person")},
        {QStringLiteral("session_id"), QT_TR_NOOP("visit")},
        {QStringLiteral("version"), QT_TR_NOOP("version")},
        {QStringLiteral("created_at"), QT_TR_NOOP("created at")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("changed at")},
    };
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(it.value()) + QStringLiteral(" (") + key + u')';
}

} // namespace tongban::ui
