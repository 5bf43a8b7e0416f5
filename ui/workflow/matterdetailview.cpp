#include "ui/workflow/matterdetailview.h"

#include "audit/auditentry.h"
#include "services/auditservice.h"

#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/displaytext.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/itemviews.h"
#include "ui/common/printpreviewdialog.h"
#include "ui/print/noticedocument.h"
#include "ui/print/papercopybox.h"
#include "ui/print/pdfexport.h"
#include "ui/workflow/workflowtext.h"

#include "identity/bankaccountnumber.h"
#include "identity/citizenid.h"
#include "workflow/matterstatemachine.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

using workflow::MatterStatus;

/// A field's value as typed, in words (an ID number and a bank account masked, an option by its label).
QString fieldValue(const intake::FieldDefinition *definition, const QJsonValue &value)
{
    if (!definition)
        return value.isString() ? value.toString() : value.toVariant().toString();
    switch (definition->type) {
    case intake::FieldType::IdNumber:
        return identity::CitizenId::mask(value.toString());
    // The account the benefit is paid to: its first and last digits are enough to check it
    // against the bank card brought; the whole number is not put on the screen.
    case intake::FieldType::BankAccount:
        return identity::BankAccountNumber::mask(value.toString());
    case intake::FieldType::Boolean:
        return value.toBool() ? MatterDetailView::tr("yes") : MatterDetailView::tr("no");
    case intake::FieldType::Choice:
        for (const intake::FieldOption &option : definition->options) {
            if (option.value == value.toVariant().toString())
                return WorkflowText::localized(option.labelZh, option.labelEn);
        }
        return value.toVariant().toString();
    case intake::FieldType::Money:
        return MatterDetailView::tr("%1 yuan").arg(value.toString());
    case intake::FieldType::MonthRange: {
        const QJsonObject range = value.toObject();
        return MatterDetailView::tr("%1 to %2")
            .arg(range.value(QStringLiteral("from")).toString(), range.value(QStringLiteral("to")).toString());
    }
    case intake::FieldType::MonthPeriods: {
        QStringList periods;
        for (const QJsonValue &period : value.toArray()) {
            const QJsonObject p = period.toObject();
            periods << MatterDetailView::tr("%1 to %2 %3")
                           .arg(p.value(QStringLiteral("from")).toString(), p.value(QStringLiteral("to")).toString(),
                                p.value(QStringLiteral("employer")).toString())
                           .trimmed();
        }
        return periods.join(u'\n');
    }
    default:
        return value.isString() ? value.toString() : value.toVariant().toString();
    }
}

QTreeWidgetItem *group(QTreeWidget *tree, const QString &title)
{
    auto *item = new QTreeWidgetItem(tree, {title});
    item->setFirstColumnSpanned(true);
    QFont font = item->font(0);
    font.setBold(true);
    item->setFont(0, font);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

QString documentName(const intake::MatterCatalog &catalog, const QString &id)
{
    const intake::DocumentDefinition *document = catalog.document(id);
    return document ? WorkflowText::localized(document->nameZh, document->nameEn) : id;
}

} // namespace

MatterDetailView::MatterDetailView(services::MatterWorkflowService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("matterDetail"));
    m_readTask = new BackgroundTask(this);
    m_changeTask = new BackgroundTask(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_placeholder = new QLabel(m_service ? tr("Choose a matter in the queue (Enter) or find it in the search.")
                                         : tr("The matter catalog could not be loaded: the back office cannot work."));
    m_placeholder->setObjectName(QStringLiteral("matterPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_placeholder);

    m_body = new QWidget;
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body, 1);

    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("matterHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(m_header);

    // What was typed, the documents, the pre-review: one tree of two columns, grouped.
    m_facts = new QTreeWidget;
    m_facts->setObjectName(QStringLiteral("matterFacts"));
    m_facts->setColumnCount(2);
    m_facts->setHeaderLabels({tr("Item"), tr("Content")});
    m_facts->setRootIsDecorated(false);
    m_facts->setWordWrap(true);
    m_facts->setUniformRowHeights(false);
    m_facts->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_facts->header()->setStretchLastSection(true);
    setUpItemView(m_facts);
    auto *factsLabel = new QLabel(tr("&Contents, documents and pre-review:"));
    factsLabel->setBuddy(m_facts);
    body->addWidget(factsLabel);
    body->addWidget(m_facts, 3);

    m_history = new QTreeWidget;
    m_history->setObjectName(QStringLiteral("matterHistory"));
    m_history->setColumnCount(4);
    m_history->setHeaderLabels({tr("When"), tr("Clerk"), tr("From → to"), tr("Reason")});
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_history->setUniformRowHeights(false);
    for (int column = 0; column < 3; ++column)
        m_history->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_history->header()->setStretchLastSection(true);
    setUpItemView(m_history);
    auto *historyLabel = new QLabel(tr("&History:"));
    historyLabel->setBuddy(m_history);
    body->addWidget(historyLabel);
    body->addWidget(m_history, 1);

    // The changes allowed now, the reason, the documents brought again.
    auto *actions = new QGroupBox(tr("Status"));
    actions->setObjectName(QStringLiteral("matterActions"));
    auto *actionsLayout = new QGridLayout(actions);
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("reasonField"));
    m_reason->setPlaceholderText(tr("what the applicant must bring or correct"));
    m_reason->setToolTip(tr("Required for a return, at least %n character(s): a reason the applicant can act on, "
                            "e.g. \"bring the original household register\". Optional for the other changes.",
                            nullptr, workflow::MatterStateMachine::minimumReturnReasonLength));
    m_reasonLabel = new QLabel(tr("&Reason:"));
    m_reasonLabel->setBuddy(m_reason);
    m_reasonMessage = new FieldMessage;
    m_reasonMessage->setObjectName(QStringLiteral("reasonMessage"));
    actionsLayout->addWidget(m_reasonLabel, 0, 0);
    actionsLayout->addWidget(m_reason, 0, 1);
    actionsLayout->addWidget(m_reasonMessage, 1, 1);

    m_brought = new QListWidget;
    m_brought->setObjectName(QStringLiteral("documentsBroughtList"));
    m_brought->setToolTip(tr("Tick the documents the applicant brings now (Space); those handed in before are kept."));
    setUpItemView(m_brought);
    m_broughtLabel = new QLabel(tr("&Brought now:"));
    m_broughtLabel->setBuddy(m_brought);
    m_broughtLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    actionsLayout->addWidget(m_broughtLabel, 2, 0);
    actionsLayout->addWidget(m_brought, 2, 1);

    auto *buttons = new QHBoxLayout;
    // One button per status, in the order of the state machine's table; those allowed are shown.
    for (MatterStatus to :
         {MatterStatus::PreReviewed, MatterStatus::Forwarded, MatterStatus::Done, MatterStatus::Returned, MatterStatus::Received}) {
        auto *button = new QPushButton(WorkflowText::action(to, QString()));
        button->setObjectName(QStringLiteral("action-%1").arg(workflow::MatterStatusText::key(to)));
        button->setAutoDefault(true);
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, to] { changeStatus(to); });
        buttons->addWidget(button);
        m_actions.insert(to, button);
        m_actionOrder << button;
    }
    m_noActions = new QLabel;
    m_noActions->setObjectName(QStringLiteral("noActions"));
    buttons->addWidget(m_noActions);
    buttons->addStretch();
    m_busy = new BusyIndicator;
    buttons->addWidget(m_busy);
    actionsLayout->addLayout(buttons, 3, 0, 1, 2);

    // The paper of the last change: the return notice or the completion notice.
    m_noticeRow = new QWidget;
    auto *noticeRow = new QHBoxLayout(m_noticeRow);
    noticeRow->setContentsMargins(0, 0, 0, 0);
    m_copy = new PaperCopyBox;
    m_copy->setObjectName(QStringLiteral("workflowCopyBox"));
    m_noticePrint = new QPushButton(tr("Notice…"));
    m_noticePrint->setObjectName(QStringLiteral("workflowNoticePrintButton"));
    m_noticePdf = new QPushButton(tr("Notice PDF…"));
    m_noticePdf->setObjectName(QStringLiteral("workflowNoticePdfButton"));
    for (QPushButton *button : {m_noticePrint, m_noticePdf})
        button->setAutoDefault(true);
    auto *copyLabel = new QLabel(tr("Co&py:"));
    copyLabel->setBuddy(m_copy);
    noticeRow->addWidget(copyLabel);
    noticeRow->addWidget(m_copy);
    noticeRow->addWidget(m_noticePrint);
    noticeRow->addWidget(m_noticePdf);
    noticeRow->addStretch();
    actionsLayout->addWidget(m_noticeRow, 4, 0, 1, 2);
    actionsLayout->setColumnStretch(1, 1);
    body->addWidget(actions);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("matterStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("matterMessage"));
    body->addWidget(m_status);
    body->addWidget(m_message);
    m_body->hide();

    m_pdf = new PdfExport(this, m_status, m_message, m_busy);
    connect(m_pdf, &PdfExport::finished, this, &MatterDetailView::pdfFinished);
    connect(m_reason, &QLineEdit::textEdited, this, &MatterDetailView::reasonEdited);
    connect(m_noticePrint, &QPushButton::clicked, this, &MatterDetailView::printNotice);
    connect(m_noticePdf, &QPushButton::clicked, this, [this] {
        const auto made = notice();
        if (!made) {
            m_message->showMessage(made.error().message);
            return;
        }
        const QString name = m_detail->matter.status == MatterStatus::Returned
            ? tr("Return notice %1 %2.pdf").arg(m_detail->matter.queueNumber, m_detail->matter.applicantName)
            : tr("Completion notice %1 %2.pdf").arg(m_detail->matter.queueNumber, m_detail->matter.applicantName);
        m_pdf->setAudit(noticeAudit(audit::action::pdf));
        m_pdf->chooseAndWrite(tr("Save the notice as PDF"), name, [notice = *made, copy = m_copy->copy()](const QString &path) {
            return NoticeDocument::writePdf(notice, copy, path);
        });
    });
}

MatterDetailView::~MatterDetailView() = default;

QList<QPushButton *> MatterDetailView::actionButtons() const
{
    QList<QPushButton *> shown;
    for (QPushButton *button : m_actionOrder) {
        if (!button->isHidden())
            shown << button;
    }
    return shown;
}

void MatterDetailView::focusActions()
{
    const QList<QPushButton *> buttons = actionButtons();
    if (!buttons.isEmpty())
        buttons.first()->setFocus(Qt::OtherFocusReason);
    else if (!m_noticeRow->isHidden())
        m_noticePrint->setFocus(Qt::OtherFocusReason);
    else
        m_history->setFocus(Qt::OtherFocusReason);
}

void MatterDetailView::open(const QString &matterId)
{
    if (!m_service)
        return;
    m_loading = matterId;
    const quint64 ticket = ++m_ticket;
    m_message->clearMessage();
    m_busy->setBusy(true);
    // A QFutureWatcher (BackgroundTask), not QFuture::then(this, …), which Qt 6.4 may leave
    // uncalled when the store answers while it is being attached; a newer read supersedes it.
    m_readTask->start([this, matterId](const auto &) { return m_service->matter(matterId); },
                      [this, ticket](const Result<services::MatterWorkflowService::MatterDetail> &read) {
                          if (ticket != m_ticket)
                              return;
                          m_busy->setBusy(false);
                          if (!read) {
                              m_status->clear();
                              m_message->showMessage(tr("The matter could not be read: %1").arg(read.error().message));
                              m_body->show();
                              emit matterLoaded(false);
                              return;
                          }
                          showDetail(*read);
                          emit matterLoaded(true);
                      });
}

void MatterDetailView::showDetail(const services::MatterWorkflowService::MatterDetail &detail)
{
    const bool another = !m_detail || m_detail->matter.id != detail.matter.id;
    m_detail = detail;
    m_placeholder->hide();
    m_body->show();
    if (another) {
        m_reason->clear();
        m_reasonMessage->clearMessage();
        m_status->clear();
    }
    showHeader(detail);
    showFacts(detail.matter);
    showHistory(detail.history);
    showActions(detail);
}

void MatterDetailView::showHeader(const services::MatterWorkflowService::MatterDetail &detail)
{
    const workflow::StoredMatter &m = detail.matter;
    const intake::MatterCatalog &catalog = m_service->catalog();
    QStringList lines;
    lines << tr("<b>%1</b> · %2 · %3")
                 .arg(WorkflowText::matterName(catalog, m.matter).toHtmlEscaped(),
                      WorkflowText::departmentName(catalog, detail.department).toHtmlEscaped(),
                      workflow::MatterStatusText::label(m.status).toHtmlEscaped());
    lines << tr("Queue number %1 · applicant %2 (%3)")
                 .arg(m.queueNumber.toHtmlEscaped(), m.applicantName.toHtmlEscaped(), identity::CitizenId::mask(m.applicantIdNumber));
    if (!m.agentRelation.isEmpty() || (m.subjectIdNumber != m.applicantIdNumber && !m.subjectIdNumber.isEmpty()))
        lines << tr("On behalf of %1 (%2), relation: %3")
                     .arg(m.subjectName.toHtmlEscaped(), identity::CitizenId::mask(m.subjectIdNumber), m.agentRelation.toHtmlEscaped());
    const QString due = m.dueOn.isValid() ? DisplayText::date(m.dueOn) : tr("no promised due date");
    lines << tr("Received %1 (%2) by %3 · due %4")
                 .arg(DisplayText::date(m.receivedOn), WorkflowText::channel(m.channel).toHtmlEscaped(), m.clerk.toHtmlEscaped(),
                      due.toHtmlEscaped());
    if (m.status == MatterStatus::Returned && !m.returnedReason.isEmpty())
        lines << tr("<span style=\"color:%1\">Returned: %2</span>").arg(WorkflowText::overdueColour(), m.returnedReason.toHtmlEscaped());
    m_header->setText(lines.join(QStringLiteral("<br>")));
}

void MatterDetailView::showFacts(const workflow::StoredMatter &matter)
{
    const intake::MatterCatalog &catalog = m_service->catalog();
    m_facts->clear();
    QTreeWidgetItem *fields = group(m_facts, tr("Contents"));
    QStringList shown;
    if (const intake::MatterDefinition *definition = catalog.matter(matter.matter)) {
        for (const intake::MatterField &field : definition->fields) {
            if (!matter.fields.contains(field.field))
                continue;
            const intake::FieldDefinition *fieldDefinition = catalog.field(field.field);
            const QString label
                = fieldDefinition ? WorkflowText::localized(fieldDefinition->labelZh, fieldDefinition->labelEn) : field.field;
            new QTreeWidgetItem(fields, {label, fieldValue(fieldDefinition, matter.fields.value(field.field))});
            shown << field.field;
        }
    }
    for (auto it = matter.fields.begin(); it != matter.fields.end(); ++it) {
        if (!shown.contains(it.key()))
            new QTreeWidgetItem(fields, {it.key(), fieldValue(catalog.field(it.key()), it.value())});
    }
    if (fields->childCount() == 0)
        new QTreeWidgetItem(fields, {tr("(none)"), QString()});

    QTreeWidgetItem *documents = group(m_facts, tr("Documents"));
    for (const QString &id : matter.documents)
        new QTreeWidgetItem(documents, {tr("brought"), documentName(catalog, id)});
    for (const QString &id : matter.missingDocuments) {
        auto *item = new QTreeWidgetItem(documents, {tr("missing"), documentName(catalog, id)});
        item->setForeground(0, QColor(WorkflowText::overdueColour()));
    }
    if (documents->childCount() == 0)
        new QTreeWidgetItem(documents, {tr("(none)"), tr("the matter asks for no document")});

    QTreeWidgetItem *review = group(m_facts, tr("Pre-review"));
    if (matter.preReview) {
        auto *verdict = new QTreeWidgetItem(review, {tr("verdict"), WorkflowText::verdict(matter.preReview->verdict)});
        verdict->setForeground(1, QColor(WorkflowText::verdictColour(matter.preReview->verdict)));
        for (const auto &[level, text] : matter.preReview->findings) {
            auto *finding = new QTreeWidgetItem(review, {WorkflowText::verdict(level), text});
            finding->setForeground(0, QColor(WorkflowText::verdictColour(level)));
        }
    } else {
        new QTreeWidgetItem(review, {tr("(none)"), tr("no pre-review engine for this matter")});
    }
    m_facts->expandAll();
}

void MatterDetailView::showHistory(const QList<workflow::StatusEvent> &history)
{
    m_history->clear();
    // The intake itself first, then every change, oldest first.
    if (m_detail) {
        const workflow::StoredMatter &m = m_detail->matter;
        new QTreeWidgetItem(m_history,
                            {m.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), m.clerk,
                             tr("taken in (%1)").arg(WorkflowText::channel(m.channel)), QString()});
    }
    for (const workflow::StatusEvent &event : history) {
        new QTreeWidgetItem(m_history,
                            {event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), event.clerk,
                             tr("%1 → %2").arg(workflow::MatterStatusText::label(event.from), workflow::MatterStatusText::label(event.to)),
                             event.reason});
    }
    if (m_history->topLevelItemCount() > 0)
        m_history->scrollToItem(m_history->topLevelItem(m_history->topLevelItemCount() - 1));
}

void MatterDetailView::showActions(const services::MatterWorkflowService::MatterDetail &detail)
{
    const intake::MatterCatalog &catalog = m_service->catalog();
    const intake::MatterDefinition *definition = catalog.matter(detail.matter.matter);
    const QString forwardTo = definition ? WorkflowText::departmentName(catalog, definition->workflow.forwardTo) : QString();
    // The changes the matter allows that the signed-in role may make (a decision: a supervisor's).
    QList<MatterStatus> offered;
    for (MatterStatus to : detail.allowed) {
        if (m_service->mayChangeTo(to))
            offered << to;
    }
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        it.value()->setText(WorkflowText::action(it.key(), it.key() == MatterStatus::Forwarded ? forwardTo : QString()));
        it.value()->setVisible(offered.contains(it.key()));
        it.value()->setEnabled(!m_changing);
    }
    m_noActions->setText(detail.allowed.isEmpty() ? tr("No further change: the matter is done.")
                             : offered.isEmpty()  ? tr("The next step is a back-office decision: a supervisor makes it.")
                                                  : QString());
    m_noActions->setVisible(offered.isEmpty());

    // A resubmission takes the documents brought now: those still missing, to tick.
    const bool resubmission = offered.contains(MatterStatus::Received);
    m_brought->clear();
    for (const QString &id : detail.matter.missingDocuments) {
        auto *item = new QListWidgetItem(documentName(catalog, id), m_brought);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    const bool showBrought = resubmission && m_brought->count() > 0;
    m_brought->setVisible(showBrought);
    m_broughtLabel->setVisible(showBrought);
    if (showBrought) {
        const int rows = std::min(m_brought->count(), 3);
        m_brought->setFixedHeight(m_brought->sizeHintForRow(0) * rows + 2 * m_brought->frameWidth() + 2);
    }
    const bool reasonUseful = !offered.isEmpty() && !resubmission;
    m_reason->setVisible(reasonUseful);
    m_reasonLabel->setVisible(reasonUseful);
    m_reasonMessage->setVisible(reasonUseful && !m_reasonMessage->text().isEmpty());

    const bool hasNotice = detail.matter.status == MatterStatus::Returned || detail.matter.status == MatterStatus::Done;
    m_noticePrint->setText(detail.matter.status == MatterStatus::Done ? tr("Completion notice…") : tr("Return notice…"));
    m_noticePrint->setToolTip(detail.matter.status == MatterStatus::Done
                                  ? tr("Preview and print the completion notice (办结通知书).")
                                  : tr("Preview and print the return notice (退件告知书): the reason and what to bring."));
    m_noticePdf->setText(detail.matter.status == MatterStatus::Done ? tr("Completion notice PDF…") : tr("Return notice PDF…"));
    // Only a returned or done matter has a paper: the row is not shown otherwise.
    m_noticeRow->setVisible(hasNotice);
}

QString MatterDetailView::reasonProblem() const
{
    const int length = int(m_reason->text().trimmed().size());
    if (length == 0)
        return tr("A return needs its reason: what the applicant must bring or correct (at least %n character(s)).", nullptr,
                  workflow::MatterStateMachine::minimumReturnReasonLength);
    if (length < workflow::MatterStateMachine::minimumReturnReasonLength)
        return tr("Say what the applicant must bring or correct: at least %n character(s), %1 typed.", nullptr,
                  workflow::MatterStateMachine::minimumReturnReasonLength)
            .arg(length);
    return QString();
}

void MatterDetailView::reasonEdited()
{
    // Checked as typed, but an empty field is not scolded until a return is asked for.
    const QString problem = m_reason->text().trimmed().isEmpty() ? QString() : reasonProblem();
    m_reasonMessage->showMessage(problem);
}

void MatterDetailView::changeStatus(MatterStatus to)
{
    if (!m_detail || !m_service || m_changing)
        return;
    m_message->clearMessage();
    if (workflow::MatterStateMachine::needsReason(to)) {
        if (const QString problem = reasonProblem(); !problem.isEmpty()) {
            m_reasonMessage->showMessage(problem);
            m_reason->setFocus(Qt::OtherFocusReason);
            emit statusChanged(false);
            return;
        }
    }
    workflow::StatusChange change;
    change.matterId = m_detail->matter.id;
    change.to = to;
    change.reason = m_reason->isVisible() || to == MatterStatus::Returned ? m_reason->text().trimmed() : QString();
    if (to == MatterStatus::Received) {
        for (int row = 0; row < m_brought->count(); ++row) {
            if (m_brought->item(row)->checkState() == Qt::Checked)
                change.documentsBrought << m_brought->item(row)->data(Qt::UserRole).toString();
        }
    }
    setBusy(true);
    m_status->setText(tr("Saving …"));
    const QString matterId = change.matterId;
    m_changeTask->start(
        [this, change](const auto &) { return m_service->changeStatus(change); },
        [this, matterId](const Result<workflow::StatusChangeOutcome> &changed) {
            setBusy(false);
            if (!changed) {
                m_status->clear();
                if (changed.error().field == u"reason") {
                    m_reasonMessage->showMessage(changed.error().message);
                    m_reason->setFocus(Qt::OtherFocusReason);
                } else {
                    m_message->showMessage(changed.error().message);
                }
                emit statusChanged(false);
                return;
            }
            const workflow::StatusEvent &event = changed->event;
            QString text = tr("%1 → %2 at %3.")
                               .arg(workflow::MatterStatusText::label(event.from), workflow::MatterStatusText::label(event.to),
                                    event.at.toLocalTime().toString(QStringLiteral("HH:mm")));
            if (!changed->dueNote.isEmpty())
                text += u' ' + changed->dueNote;
            m_reason->clear();
            m_reasonMessage->clearMessage();
            emit matterChanged(matterId);
            // Shown as stored, with what is allowed now.
            const quint64 ticket = ++m_ticket;
            m_readTask->start([this, matterId](const auto &) { return m_service->matter(matterId); },
                              [this, ticket, text](const Result<services::MatterWorkflowService::MatterDetail> &read) {
                                  if (ticket != m_ticket)
                                      return;
                                  if (!read) {
                                      m_message->showMessage(tr("The matter could not be read: %1").arg(read.error().message));
                                      emit statusChanged(false);
                                      return;
                                  }
                                  showDetail(*read);
                                  m_status->setText(text);
                                  focusActions();
                                  emit statusChanged(true);
                              });
        });
}

void MatterDetailView::setBusy(bool busy)
{
    m_changing = busy;
    m_busy->setBusy(busy);
    for (QPushButton *button : std::as_const(m_actionOrder))
        button->setEnabled(!busy);
}

Result<notice::Notice> MatterDetailView::notice() const
{
    if (!m_detail || !m_service)
        return Error::badInput(QStringLiteral("matter"), tr("Open a matter first."));
    if (m_detail->matter.status == MatterStatus::Returned)
        return m_service->returnNotice(*m_detail, m_copy->copy());
    if (m_detail->matter.status == MatterStatus::Done)
        return m_service->completionNotice(*m_detail, m_copy->copy());
    return Error::badInput(QStringLiteral("matter"), tr("Only a returned matter has a return notice and a done one a completion notice."));
}

void MatterDetailView::printNotice()
{
    m_message->clearMessage();
    const auto made = notice();
    if (!made) {
        m_message->showMessage(made.error().message);
        return;
    }
    const notice::Copy copy = m_copy->copy();
    if (const Status ready = made->readyFor(copy); !ready) {
        m_message->showMessage(ready.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(made->title);
    PrintPreviewDialog preview(&printer, this);
    preview.setAudit(noticeAudit(audit::action::print));
    preview.setWindowTitle(tr("%1: preview").arg(made->title));
    preview.resize(900, 1000);
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        const Status painted = NoticeDocument::paint(*made, copy, *target);
        failure = painted.ok() ? QString() : painted.error().message;
    });
    preview.exec();
    if (!failure.isEmpty())
        m_message->showMessage(failure);
}

std::function<QFuture<Result<Done>>()> MatterDetailView::noticeAudit(const QString &action) const
{
    // Whose notice: the person the matter is about (the applicant when they apply for themself).
    const workflow::StoredMatter &matter = m_detail->matter;
    const QString subject = matter.subjectIdNumber.isEmpty() ? matter.applicantIdNumber : matter.subjectIdNumber;
    const QString object = matter.status == MatterStatus::Returned ? QStringLiteral("return-notice") : QStringLiteral("completion-notice");
    return [context = &m_service->context(), action, object, subject]() {
        return services::AuditService(*context).recordOutput(action, object, subject);
    };
}

void MatterDetailView::saveNoticePdf(const QString &path)
{
    const auto made = notice();
    if (!made) {
        m_message->showMessage(made.error().message);
        emit pdfFinished(false);
        return;
    }
    m_pdf->setAudit(noticeAudit(audit::action::pdf));
    m_pdf->write(path,
                 [notice = *made, copy = m_copy->copy()](const QString &target) { return NoticeDocument::writePdf(notice, copy, target); });
}

} // namespace tongban::ui
