#pragma once

#include "services/appcontext.h"
#include "services/matterworkflowservice.h"
#include "services/prereviewrunner.h"
#include "workflow/backofficequeue.h"

#include <QList>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class FieldMessage;
class MatterDetailView;

/// The back office (后台审核): the matters waiting for review by due date — the overdue in red
/// and the due within 2 working days in amber, both also said in words — filtered by department
/// and channel; Enter (or a double click) opens one beside the queue (MatterDetailView), where
/// its status is changed as the state machine allows. A batch of cases taken elsewhere (an
/// outreach point, an online channel) is imported from its file, all or nothing: a bad entry is
/// named with its path and nothing is stored.
///
/// The queue is read, and the file imported, on the store's threads (MatterWorkflowService): the
/// screen never waits for the store.
class BackOfficePage : public QWidget
{
    Q_OBJECT

public:
    /// A page on @p context's store with the shipped catalog and calendar; @p preReviews runs the
    /// pre-reviews of imported cases.
    BackOfficePage(const services::AppContext &context, std::shared_ptr<const services::PreReviewRunner> preReviews,
                   QWidget *parent = nullptr);
    ~BackOfficePage() override;

    /// The store is open: the queue is read.
    void start();
    /// Reads the queue again with the filters chosen; queueLoaded() reports the end.
    void refresh();
    /// The queue's lines as shown, in order.
    const QList<workflow::QueueEntry> &entries() const { return m_entries; }
    /// Opens the matter @p matterId in the detail (as Enter on its line does).
    void openMatter(const QString &matterId);
    /// Imports the batch file @p path (what the import button does after its dialog); imported() reports the end.
    void importFile(const QString &path);

    MatterDetailView *detailView() const { return m_detail; }
    /// The service of the page (null when the catalog could not be loaded).
    services::MatterWorkflowService *service() const { return m_service.get(); }

signals:
    /// The queue was read and shown (@p ok), or could not be (the reason is on screen).
    void queueLoaded(bool ok);
    /// A batch file was imported (@p ok) or refused with nothing stored (the reason is on screen).
    void imported(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showEntries(const QList<workflow::QueueEntry> &entries);
    void openCurrent();
    void chooseImport();

    const services::AppContext &m_context;
    std::unique_ptr<services::MatterWorkflowService> m_service;
    QList<workflow::QueueEntry> m_entries;
    bool m_started = false;
    QString m_selectAfterLoad; ///< the matter to keep current after a reload

    QComboBox *m_department = nullptr;
    QComboBox *m_channel = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_import = nullptr;
    QTreeWidget *m_queue = nullptr;
    QLabel *m_summary = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_status = nullptr;
    FieldMessage *m_message = nullptr;
    MatterDetailView *m_detail = nullptr;
    BackgroundTask *m_queueTask = nullptr;
    BackgroundTask *m_fileTask = nullptr;
    BackgroundTask *m_importTask = nullptr;
};

} // namespace tongban::ui
