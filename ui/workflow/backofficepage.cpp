#include "ui/workflow/backofficepage.h"

#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/displaytext.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/itemviews.h"
#include "ui/workflow/matterdetailview.h"
#include "ui/workflow/workflowtext.h"

#include "workflow/intakebatch.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace tongban::ui {

namespace {

enum Column { DueColumn, DeadlineColumn, QueueColumn, MatterColumn, ApplicantColumn, StatusColumn, ChannelColumn, ColumnCount };

/// The queue takes Enter (and Return) to open the current line, as a double click does.
class QueueTree : public QTreeWidget
{
public:
    std::function<void()> onEnter;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier && onEnter) {
            onEnter();
            return;
        }
        QTreeWidget::keyPressEvent(event);
    }
};

/// "cases[3].matters[1].fields.x" → "entry 4 (cases[3].matters[1].fields.x)".
QString entryName(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^cases\\[(\\d+)\\]"));
    const auto match = pattern.match(path);
    if (!match.hasMatch())
        return path;
    return BackOfficePage::tr("entry %1 (%2)").arg(match.captured(1).toInt() + 1).arg(path);
}

} // namespace

BackOfficePage::BackOfficePage(const services::AppContext &context, std::shared_ptr<const services::PreReviewRunner> preReviews,
                               QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("backOfficePage"));
    auto built = services::MatterWorkflowService::builtIn(context, std::move(preReviews));
    if (built)
        m_service = std::move(built).value();
    m_queueTask = new BackgroundTask(this);
    m_fileTask = new BackgroundTask(this);
    m_importTask = new BackgroundTask(this);

    // Left: the filters and the queue.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->addItem(tr("All departments"), QString());
    if (m_service) {
        for (const intake::Department &department : m_service->catalog().departments())
            m_department->addItem(WorkflowText::localized(department.nameZh, department.nameEn), department.id);
    }
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *departmentLabel = new QLabel(tr("&Department:"));
    departmentLabel->setBuddy(m_department);
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString &channel : WorkflowText::channels())
        m_channel->addItem(WorkflowText::channel(channel), channel);
    m_channel->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *channelLabel = new QLabel(tr("C&hannel:"));
    channelLabel->setBuddy(m_channel);
    filters->addWidget(departmentLabel);
    filters->addWidget(m_department);
    filters->addWidget(channelLabel);
    filters->addWidget(m_channel);
    filters->addStretch();
    leftLayout->addLayout(filters);

    auto *queue = new QueueTree;
    queue->onEnter = [this] { openCurrent(); };
    m_queue = queue;
    m_queue->setObjectName(QStringLiteral("backOfficeQueue"));
    m_queue->setColumnCount(ColumnCount);
    m_queue->setHeaderLabels({tr("Due"), tr("Deadline"), tr("Queue no."), tr("Matter"), tr("Applicant"), tr("Status"), tr("Channel")});
    m_queue->setRootIsDecorated(false);
    m_queue->setUniformRowHeights(true);
    m_queue->setAllColumnsShowFocus(true);
    m_queue->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int column = 0; column < ColumnCount; ++column)
        m_queue->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_queue->header()->setSectionResizeMode(MatterColumn, QHeaderView::Stretch);
    m_queue->header()->setStretchLastSection(false);
    m_queue->setToolTip(tr("Enter opens the matter."));
    setUpItemView(m_queue);
    auto *queueLabel = new QLabel(tr("Matters &waiting, by due date:"));
    queueLabel->setBuddy(m_queue);
    leftLayout->addWidget(queueLabel);
    leftLayout->addWidget(m_queue, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setWordWrap(true);
    leftLayout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    m_refresh = new QPushButton(tr("Refresh (F5)"));
    m_refresh->setObjectName(QStringLiteral("refreshQueueButton"));
    m_import = new QPushButton(tr("Import batch file…"));
    m_import->setObjectName(QStringLiteral("importBatchButton"));
    m_import->setToolTip(tr("Import the cases of an outreach point or an online channel (a JSON batch file): "
                            "every entry is checked first and nothing is imported when one is wrong."));
    for (QPushButton *button : {m_refresh, m_import})
        button->setAutoDefault(true);
    m_busy = new BusyIndicator;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_import);
    buttons->addWidget(m_busy, 1);
    leftLayout->addLayout(buttons);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("backOfficeStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("backOfficeMessage"));
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_message);

    // Right: the matter opened.
    m_detail = new MatterDetailView(m_service.get());

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("backOfficeSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    setFocusProxy(m_queue);

    if (!m_service) {
        m_message->showMessage(tr("The matter catalog could not be loaded: %1").arg(built.error().message));
        for (QWidget *w : std::initializer_list<QWidget *> {m_department, m_channel, m_refresh, m_import, m_queue})
            w->setEnabled(false);
    }

    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &BackOfficePage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &BackOfficePage::refresh);
    connect(m_import, &QPushButton::clicked, this, &BackOfficePage::chooseImport);
    connect(m_department, &QComboBox::currentIndexChanged, this, &BackOfficePage::refresh);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &BackOfficePage::refresh);
    connect(m_queue, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    connect(m_detail, &MatterDetailView::matterChanged, this, [this](const QString &matterId) {
        m_selectAfterLoad = matterId;
        refresh();
    });
}

BackOfficePage::~BackOfficePage() = default;

void BackOfficePage::start()
{
    m_started = true;
    refresh();
}

void BackOfficePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Matters taken in at the counter since: the queue is read again when the page comes up.
    if (m_started)
        refresh();
}

void BackOfficePage::refresh()
{
    if (!m_service || !m_started)
        return;
    m_message->clearMessage();
    workflow::QueueFilter filter;
    filter.department = m_department->currentData().toString();
    filter.channel = m_channel->currentData().toString();
    m_busy->setBusy(true);
    m_queueTask->start([this, filter](const auto &) { return m_service->queue(filter); },
                       [this](const Result<QList<workflow::QueueEntry>> &read) {
                           m_busy->setBusy(m_fileTask->isBusy());
                           if (!read) {
                               m_message->showMessage(tr("The queue could not be read: %1").arg(read.error().message));
                               emit queueLoaded(false);
                               return;
                           }
                           showEntries(*read);
                           emit queueLoaded(true);
                       });
}

void BackOfficePage::showEntries(const QList<workflow::QueueEntry> &entries)
{
    m_entries = entries;
    const intake::MatterCatalog &catalog = m_service->catalog();
    const QDate today = m_context.clock().today();
    // The line the clerk is on stays current (or the matter just changed, when it is still waiting).
    QString keep = std::exchange(m_selectAfterLoad, QString());
    if (keep.isEmpty() && m_queue->currentItem())
        keep = m_queue->currentItem()->data(0, Qt::UserRole).toString();
    const bool hadFocus = m_queue->hasFocus();
    m_queue->clear();
    int overdue = 0;
    int dueSoon = 0;
    QTreeWidgetItem *current = nullptr;
    for (const workflow::QueueEntry &entry : entries) {
        const workflow::StoredMatter &m = entry.matter;
        auto *item = new QTreeWidgetItem(m_queue);
        item->setData(0, Qt::UserRole, m.id);
        item->setText(DueColumn, m.dueOn.isValid() ? DisplayText::date(m.dueOn) : DisplayText::absent());
        item->setText(DeadlineColumn, WorkflowText::deadline(entry, today));
        item->setText(QueueColumn, m.queueNumber);
        item->setText(MatterColumn, WorkflowText::matterShortName(catalog, m.matter));
        item->setToolTip(
            MatterColumn,
            tr("%1 (%2)").arg(WorkflowText::matterName(catalog, m.matter), WorkflowText::departmentName(catalog, entry.department)));
        item->setText(ApplicantColumn,
                      m.subjectName.isEmpty() || m.subjectName == m.applicantName ? m.applicantName
                                                                                  : tr("%1 for %2").arg(m.applicantName, m.subjectName));
        item->setText(StatusColumn, workflow::MatterStatusText::label(m.status));
        item->setText(ChannelColumn, WorkflowText::channel(m.channel));
        // Overdue in red, due soon in amber, and in words in their column.
        if (entry.overdue || entry.dueSoon) {
            const QColor colour(entry.overdue ? WorkflowText::overdueColour() : WorkflowText::dueSoonColour());
            QFont font = item->font(DeadlineColumn);
            font.setBold(true);
            for (int column : {DueColumn, DeadlineColumn}) {
                item->setForeground(column, colour);
                item->setFont(column, font);
            }
        }
        overdue += entry.overdue ? 1 : 0;
        dueSoon += entry.dueSoon ? 1 : 0;
        if (m.id == keep)
            current = item;
    }
    if (!current && m_queue->topLevelItemCount() > 0)
        current = m_queue->topLevelItem(0);
    if (current)
        m_queue->setCurrentItem(current);
    if (hadFocus)
        m_queue->setFocus(Qt::OtherFocusReason);
    m_summary->setText(entries.isEmpty()
                           ? tr("No matter is waiting.")
                           : tr("%n matter(s) waiting", nullptr, int(entries.size())) + tr(": ") + tr("%n overdue", nullptr, overdue)
                               + tr(", ") + tr("%n due within 2 working days", nullptr, dueSoon) + tr("."));
}

void BackOfficePage::openCurrent()
{
    QTreeWidgetItem *item = m_queue->currentItem();
    if (!item)
        return;
    openMatter(item->data(0, Qt::UserRole).toString());
}

void BackOfficePage::openMatter(const QString &matterId)
{
    if (!m_service)
        return;
    // Its line in the queue (when it is waiting) becomes current: the queue and the detail agree.
    m_selectAfterLoad = matterId;
    for (int row = 0; row < m_queue->topLevelItemCount(); ++row) {
        if (m_queue->topLevelItem(row)->data(0, Qt::UserRole).toString() == matterId)
            m_queue->setCurrentItem(m_queue->topLevelItem(row));
    }
    // The detail takes the focus once shown: the keys go on to its actions.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_detail, &MatterDetailView::matterLoaded, this, [this, connection](bool ok) {
        disconnect(*connection);
        if (ok)
            m_detail->focusActions();
    });
    m_detail->open(matterId);
}

void BackOfficePage::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a batch of cases"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Batch files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void BackOfficePage::importFile(const QString &path)
{
    if (!m_service)
        return;
    m_message->clearMessage();
    m_status->setText(tr("Reading %1 …").arg(QDir::toNativeSeparators(path)));
    m_import->setEnabled(false);
    m_busy->setBusy(true);
    const auto refused = [this](const Error &error) {
        m_import->setEnabled(true);
        m_busy->setBusy(m_queueTask->isBusy());
        m_status->clear();
        const QString where = error.field.isEmpty() ? QString() : entryName(error.field) + tr(": ");
        m_message->showMessage(tr("Nothing was imported. %1%2").arg(where, error.message));
        emit imported(false);
    };
    // The file is read on a worker, the batch checked and stored on the store's threads.
    m_fileTask->run([path](const std::atomic_bool &) { return workflow::IntakeBatchCodec::fromFile(path); },
                    [this, refused](const Result<workflow::IntakeBatch> &batch) {
                        if (!batch) {
                            refused(batch.error());
                            return;
                        }
                        m_status->setText(tr("Importing %n case(s) …", nullptr, int(batch->cases.size())));
                        m_importTask->start([this, batch = *batch](const auto &) { return m_service->importBatch(batch); },
                                            [this, refused](const Result<services::MatterWorkflowService::ImportOutcome> &done) {
                                                if (!done) {
                                                    refused(done.error());
                                                    return;
                                                }
                                                m_import->setEnabled(true);
                                                m_busy->setBusy(m_queueTask->isBusy());
                                                m_status->setText(
                                                    tr("Imported %n case(s)", nullptr, int(done->receipts.size()))
                                                    + tr(" with %n matter(s) from the channel %1.", nullptr, done->matterCount)
                                                          .arg(WorkflowText::channel(done->channel)));
                                                refresh();
                                                emit imported(true);
                                            });
                    });
}

} // namespace tongban::ui
