#include "ui/workflow/searchpage.h"

#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/dateedit.h"
#include "ui/common/displaytext.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/itemviews.h"
#include "ui/workflow/workflowtext.h"

#include "identity/citizenid.h"
#include "services/visitsearchservice.h"
#include "workflow/matterstatus.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace tongban::ui {

namespace {

enum Column {
    ReceivedColumn,
    QueueColumn,
    MatterColumn,
    DepartmentColumn,
    ApplicantColumn,
    IdColumn,
    StatusColumn,
    DueColumn,
    ClerkColumn,
    ColumnCount
};

/// The earliest date the date fields take: shown as "any" (no bound).
const QDate openDate(2000, 1, 1);

/// The results take Enter to choose the current match (a tree would pass Enter on to the page).
class ResultTree : public QTreeWidget
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

/// Enter in a field of the form searches (the fields pass Enter on: caught here).
class EnterFilter : public QObject
{
public:
    EnterFilter(QObject *parent, std::function<void()> onEnter)
        : QObject(parent)
        , m_onEnter(std::move(onEnter))
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
                // A date being typed is read first (DateEdit reads it on Enter), then the search runs.
                QMetaObject::invokeMethod(
                    this, [this] { m_onEnter(); }, Qt::QueuedConnection);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};

DateEdit *openDateField(const QString &name)
{
    auto *field = new DateEdit;
    field->setObjectName(name);
    field->setMinimumDate(openDate);
    field->setSpecialValueText(SearchPage::tr("any"));
    field->setDate(openDate);
    field->setToolTip(SearchPage::tr("Type a date as YYYY-MM-DD; \"any\" (the earliest date) leaves it open."));
    return field;
}

} // namespace

SearchPage::SearchPage(const services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("searchPage"));
    auto built = services::VisitSearchService::builtIn(context);
    if (built)
        m_service = std::move(built).value();
    m_task = new BackgroundTask(this);

    auto *form = new QGridLayout;
    m_queueNumber = new QLineEdit;
    m_queueNumber->setObjectName(QStringLiteral("searchQueueField"));
    m_queueNumber->setPlaceholderText(tr("e.g. A023"));
    m_idNumber = new QLineEdit;
    m_idNumber->setObjectName(QStringLiteral("searchIdField"));
    m_idNumber->setMaxLength(18);
    m_idNumber->setPlaceholderText(tr("all 18 characters"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("searchNameField"));
    m_name->setPlaceholderText(tr("the name or its beginning"));
    m_from = openDateField(QStringLiteral("searchFromField"));
    m_to = openDateField(QStringLiteral("searchToField"));
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("searchDepartmentField"));
    m_department->addItem(tr("All departments"), QString());
    if (m_service) {
        for (const intake::Department &department : m_service->catalog().departments())
            m_department->addItem(WorkflowText::localized(department.nameZh, department.nameEn), department.id);
    }
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("searchStatusField"));
    m_status->addItem(tr("Any status"), QString());
    for (workflow::MatterStatus status : workflow::MatterStatusText::all())
        m_status->addItem(workflow::MatterStatusText::label(status), workflow::MatterStatusText::key(status));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clerk = new QLineEdit;
    m_clerk->setObjectName(QStringLiteral("searchClerkField"));
    m_clerk->setPlaceholderText(tr("who took it in"));
    m_search = new QPushButton(tr("Search (Enter)"));
    m_search->setObjectName(QStringLiteral("searchButton"));
    m_search->setAutoDefault(true);

    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("&Queue no.:"), m_queueNumber), 0, 0);
    form->addWidget(m_queueNumber, 0, 1);
    form->addWidget(label(tr("&ID number:"), m_idNumber), 0, 2);
    form->addWidget(m_idNumber, 0, 3);
    form->addWidget(label(tr("&Name:"), m_name), 0, 4);
    form->addWidget(m_name, 0, 5);
    form->addWidget(label(tr("C&lerk:"), m_clerk), 0, 6);
    form->addWidget(m_clerk, 0, 7);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(label(tr("&to"), m_to));
    dates->addWidget(m_to);
    dates->addStretch();
    form->addWidget(label(tr("Received &from:"), m_from), 1, 0);
    form->addLayout(dates, 1, 1, 1, 3);
    form->addWidget(label(tr("&Department:"), m_department), 1, 4);
    form->addWidget(m_department, 1, 5);
    form->addWidget(label(tr("&Status:"), m_status), 1, 6);
    form->addWidget(m_status, 1, 7);
    form->addWidget(m_search, 0, 8, 2, 1, Qt::AlignVCenter);
    for (int column : {1, 3, 5, 7})
        form->setColumnStretch(column, 1);

    auto *results = new ResultTree;
    results->onEnter = [this] { chooseCurrent(); };
    m_results = results;
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setColumnCount(ColumnCount);
    m_results->setHeaderLabels({tr("Received"), tr("Queue no."), tr("Matter"), tr("Department"), tr("Applicant"), tr("ID number"),
                                tr("Status"), tr("Due"), tr("Clerk")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAllColumnsShowFocus(true);
    for (int column = 0; column < ColumnCount; ++column)
        m_results->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(MatterColumn, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    m_results->setToolTip(tr("Enter opens the matter in the back office."));
    setUpItemView(m_results);

    m_previous = new QPushButton(tr("&Previous page"));
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_nextButton = new QPushButton(tr("Ne&xt page"));
    m_nextButton->setObjectName(QStringLiteral("nextPageButton"));
    for (QPushButton *button : {m_previous, m_nextButton}) {
        button->setAutoDefault(true);
        button->setEnabled(false);
    }
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(QStringLiteral("searchPageLabel"));
    m_busy = new BusyIndicator;
    auto *pager = new QHBoxLayout;
    pager->addWidget(m_previous);
    pager->addWidget(m_nextButton);
    pager->addWidget(m_pageLabel);
    pager->addWidget(m_busy, 1);
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("searchMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto *resultsLabel = new QLabel(tr("&Matches, newest first:"));
    resultsLabel->setBuddy(m_results);
    layout->addWidget(resultsLabel);
    layout->addWidget(m_results, 1);
    layout->addLayout(pager);
    setFocusProxy(m_queueNumber);

    if (!m_service) {
        m_message->showMessage(tr("The matter catalog could not be loaded: %1").arg(built.error().message));
        m_search->setEnabled(false);
    }

    auto *enter = new EnterFilter(this, [this] { search(); });
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_queueNumber, m_idNumber, m_name, m_from, m_to, m_department, m_status, m_clerk})
        field->installEventFilter(enter);
    connect(m_search, &QPushButton::clicked, this, &SearchPage::search);
    connect(m_nextButton, &QPushButton::clicked, this, &SearchPage::nextPage);
    connect(m_previous, &QPushButton::clicked, this, &SearchPage::previousPage);
    connect(m_results, &QTreeWidget::itemActivated, this, [this] { chooseCurrent(); });
}

SearchPage::~SearchPage() = default;

casework::SearchFilter SearchPage::filter() const
{
    casework::SearchFilter f;
    f.queueNumber = m_queueNumber->text().trimmed().toUpper();
    f.idNumber = m_idNumber->text().trimmed().toUpper();
    f.namePrefix = m_name->text().trimmed();
    f.from = m_from->date() == openDate ? QDate() : m_from->date();
    f.to = m_to->date() == openDate ? QDate() : m_to->date();
    f.department = m_department->currentData().toString();
    f.status = m_status->currentData().toString();
    f.clerk = m_clerk->text().trimmed();
    f.pageSize = m_pageSize;
    return f;
}

void SearchPage::search()
{
    if (!m_service)
        return;
    m_filter = filter();
    m_cursors = {QString()};
    m_focusResults = true;
    load(0, QString());
}

void SearchPage::nextPage()
{
    if (m_next.isEmpty() || m_task->isBusy())
        return;
    m_cursors = m_cursors.mid(0, m_page + 1);
    m_cursors << m_next;
    load(m_page + 1, m_next);
}

void SearchPage::previousPage()
{
    if (m_page == 0 || m_task->isBusy())
        return;
    load(m_page - 1, m_cursors.value(m_page - 1));
}

void SearchPage::load(int page, const QString &after)
{
    m_message->clearMessage();
    casework::SearchFilter f = m_filter;
    f.after = after;
    m_busy->setBusy(true);
    m_previous->setEnabled(false);
    m_nextButton->setEnabled(false);
    m_task->start([this, f](const auto &) { return m_service->search(f); },
                  [this, page](const Result<casework::SearchPage> &found) {
                      m_busy->setBusy(false);
                      if (!found) {
                          static const QHash<QString, QString> fields {{QStringLiteral("id_number"), tr("ID number")},
                                                                       {QStringLiteral("from"), tr("Received from")},
                                                                       {QStringLiteral("department"), tr("Department")},
                                                                       {QStringLiteral("status"), tr("Status")}};
                          const QString where = fields.value(found.error().field);
                          m_message->showMessage(where.isEmpty() ? found.error().message : tr("%1: %2").arg(where, found.error().message));
                          m_focusResults = false;
                          m_previous->setEnabled(m_page > 0);
                          m_nextButton->setEnabled(!m_next.isEmpty());
                          emit pageShown(false);
                          return;
                      }
                      m_page = page;
                      showPage(*found);
                      // A new search: the keys go on to its matches (Enter opens the first).
                      if (std::exchange(m_focusResults, false) && !found->hits.isEmpty())
                          m_results->setFocus(Qt::OtherFocusReason);
                      emit pageShown(true);
                  });
}

void SearchPage::showPage(const casework::SearchPage &page)
{
    m_hits = page.hits;
    m_next = page.next;
    const intake::MatterCatalog &catalog = m_service->catalog();
    const bool hadFocus = m_results->hasFocus();
    m_results->clear();
    for (const casework::SearchHit &hit : page.hits) {
        auto *item = new QTreeWidgetItem(m_results);
        item->setData(0, Qt::UserRole, hit.matterId);
        item->setText(ReceivedColumn, DisplayText::date(hit.receivedOn));
        item->setText(QueueColumn, hit.queueNumber);
        item->setText(MatterColumn, WorkflowText::matterShortName(catalog, hit.matter));
        item->setToolTip(MatterColumn, WorkflowText::matterName(catalog, hit.matter));
        item->setText(DepartmentColumn, WorkflowText::departmentName(catalog, hit.department));
        item->setText(ApplicantColumn,
                      hit.subjectName.isEmpty() || hit.subjectName == hit.applicantName
                          ? hit.applicantName
                          : tr("%1 for %2").arg(hit.applicantName, hit.subjectName));
        item->setText(IdColumn, identity::CitizenId::mask(hit.subjectIdNumber.isEmpty() ? hit.applicantIdNumber : hit.subjectIdNumber));
        item->setText(StatusColumn, WorkflowText::status(hit.status));
        item->setText(DueColumn, hit.dueOn.isValid() ? DisplayText::date(hit.dueOn) : DisplayText::absent());
        item->setText(ClerkColumn, hit.clerk);
    }
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
    if (hadFocus)
        m_results->setFocus(Qt::OtherFocusReason);
    m_previous->setEnabled(m_page > 0);
    m_nextButton->setEnabled(!m_next.isEmpty());
    if (page.hits.isEmpty() && m_page == 0)
        m_pageLabel->setText(tr("No match."));
    else
        m_pageLabel->setText(tr("Page %1: %n match(es)", nullptr, int(page.hits.size())).arg(m_page + 1)
                             + (m_next.isEmpty() ? tr(" (the last page)") : QString()));
}

void SearchPage::chooseCurrent()
{
    if (QTreeWidgetItem *item = m_results->currentItem())
        emit matterChosen(item->data(0, Qt::UserRole).toString());
}

} // namespace tongban::ui
