#include "ui/casework/ledgerpage.h"

#include "ui/casework/caseworktext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/dateedit.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/itemviews.h"

#include "services/caseledgerservice.h"
#include "services/ratingservice.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QTreeWidget *makeList(const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setAllColumnsShowFocus(true);
    setUpItemView(list);
    return list;
}

/// Columns sized to their contents, the last (the text) taking what is left.
void fitColumns(QTreeWidget *list)
{
    for (int column = 0; column + 1 < list->columnCount(); ++column)
        list->resizeColumnToContents(column);
}

/// Every cell's whole text as its tool tip: a narrow column elides a name or a problem.
void withToolTips(QTreeWidgetItem *item)
{
    for (int column = 0; column < item->columnCount(); ++column) {
        if (item->toolTip(column).isEmpty())
            item->setToolTip(column, item->text(column));
    }
}

void markOverdue(QTreeWidgetItem *item, bool overdue, int column)
{
    if (!overdue)
        return;
    item->setForeground(column, QColor(0xb0, 0x00, 0x20));
    QFont font = item->font(column);
    font.setBold(true);
    item->setFont(column, font);
}

} // namespace

LedgerPage::LedgerPage(const services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("ledgerPage"));
    auto ledger = services::CaseLedgerService::builtIn(m_context);
    auto ratings = services::RatingService::builtIn(m_context);
    if (ledger)
        m_ledger = std::move(ledger).value();
    else
        m_loadError = ledger.error().message;
    if (ratings)
        m_ratings = std::move(ratings).value();
    else if (m_loadError.isEmpty())
        m_loadError = ratings.error().message;

    m_listTask = new BackgroundTask(this);
    m_caseTask = new BackgroundTask(this);
    m_writeTask = new BackgroundTask(this);

    auto *forms = new QScrollArea;
    forms->setObjectName(QStringLiteral("ledgerFormsScroll"));
    forms->setWidgetResizable(true);
    forms->setFrameShape(QFrame::NoFrame);
    forms->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    forms->setWidget(makeForms());

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("ledgerSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(makeLists());
    splitter->addWidget(forms);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Ctrl+7 lands in the problem of a new case; Tab goes on through the form in the order a
    // clerk fills it, the case's history and actions, then the lists on the left. (Qt puts a
    // focus proxy right after its widget in the chain: the order starts there, so that nothing
    // lies between the page and its proxy, where Tab would never stop.)
    setFocusProxy(m_description);
    const QList<QWidget *> order {m_description, m_departments,  m_expert,  m_promised,     m_open,         m_historyList,
                                  m_note,        m_addNote,      m_answer,  m_close,        m_reopenReason, m_reopen,
                                  m_caseList,    m_followUpList, m_outcome, m_closeFollowUp};
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));

    setVisit(QString(), QString(), QString());
    if (!m_loadError.isEmpty()) {
        m_openMessage->showMessage(tr("The ledger cannot be used: %1").arg(m_loadError));
        m_open->setEnabled(false);
    }
    updateActions();
}

LedgerPage::~LedgerPage() = default;

QWidget *LedgerPage::makeLists()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);

    m_caseCount = new QLabel;
    m_caseCount->setObjectName(QStringLiteral("openCasesCaption"));
    m_caseList = makeList(QStringLiteral("openCasesList"),
                          {tr("Promised"), tr("Deadline"), tr("No."), tr("Expert"), tr("Departments"), tr("Problem")});
    m_caseCount->setBuddy(m_caseList);
    connect(m_caseList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showCase(item->data(0, Qt::UserRole).toString());
    });

    m_followUpCount = new QLabel;
    m_followUpCount->setObjectName(QStringLiteral("followUpsCaption"));
    m_followUpList
        = makeList(QStringLiteral("followUpList"), {tr("Due"), tr("Deadline"), tr("No."), tr("Rating"), tr("Matter"), tr("Comment")});
    m_followUpCount->setBuddy(m_followUpList);
    connect(m_followUpList, &QTreeWidget::currentItemChanged, this, &LedgerPage::updateActions);

    m_outcome = new QLineEdit;
    m_outcome->setObjectName(QStringLiteral("followUpOutcomeField"));
    m_outcome->setPlaceholderText(tr("what was put right and told to the visitor"));
    auto *outcomeLabel = new QLabel(tr("O&utcome:"));
    outcomeLabel->setBuddy(m_outcome);
    m_closeFollowUp = new QPushButton(tr("Close the follow-up"));
    m_closeFollowUp->setObjectName(QStringLiteral("closeFollowUpButton"));
    m_followUpMessage = new FieldMessage;
    m_followUpMessage->setObjectName(QStringLiteral("followUpMessage"));
    connect(m_closeFollowUp, &QPushButton::clicked, this, &LedgerPage::closeFollowUp);
    connect(m_outcome, &QLineEdit::returnPressed, this, &LedgerPage::closeFollowUp);
    connect(m_outcome, &QLineEdit::textChanged, this, &LedgerPage::updateActions);

    auto *outcomeRow = new QHBoxLayout;
    outcomeRow->addWidget(outcomeLabel);
    outcomeRow->addWidget(m_outcome, 1);
    outcomeRow->addWidget(m_closeFollowUp);

    layout->addWidget(m_caseCount);
    layout->addWidget(m_caseList, 3);
    layout->addSpacing(8);
    layout->addWidget(m_followUpCount);
    layout->addWidget(m_followUpList, 2);
    layout->addLayout(outcomeRow);
    layout->addWidget(m_followUpMessage);
    return box;
}

QWidget *LedgerPage::makeForms()
{
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("ledgerForms"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 4, 0);

    m_visit = new QLabel;
    m_visit->setObjectName(QStringLiteral("ledgerVisit"));
    m_visit->setWordWrap(true);
    layout->addWidget(m_visit);

    // A new case of the visit at the counter.
    auto *newCase = new QGroupBox(tr("New case of this visit"));
    newCase->setObjectName(QStringLiteral("newCaseBox"));
    auto *grid = new QGridLayout(newCase);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("caseDescriptionField"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("the problem the window cannot settle, in the visitor's words"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    auto *descriptionLabel = new QLabel(tr("P&roblem:"));
    descriptionLabel->setBuddy(m_description);

    m_departments = new QListWidget;
    m_departments->setObjectName(QStringLiteral("caseDepartmentsList"));
    setUpItemView(m_departments);
    if (m_ledger) {
        for (const intake::Department &department : m_ledger->catalog().departments()) {
            auto *item = new QListWidgetItem(CaseworkText::departments({department.id}, m_ledger->catalog()), m_departments);
            item->setData(Qt::UserRole, department.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    // Every department in sight: no scrolling inside a short list.
    m_departments->setFixedHeight(m_departments->sizeHintForRow(0) * std::max(1, m_departments->count()) + 2 * m_departments->frameWidth()
                                  + 4);
    auto *departmentsLabel = new QLabel(tr("&Departments:"));
    departmentsLabel->setBuddy(m_departments);
    departmentsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_expert = new QLineEdit;
    m_expert->setObjectName(QStringLiteral("caseExpertField"));
    m_expert->setPlaceholderText(tr("may be assigned later"));
    auto *expertLabel = new QLabel(tr("E&xpert in charge:"));
    expertLabel->setBuddy(m_expert);

    m_promised = new DateEdit;
    m_promised->setObjectName(QStringLiteral("casePromisedField"));
    // A date before today is refused when the case is opened (the service names the field).
    m_promised->setDate(m_context.clock().today().addDays(7));
    auto *promisedLabel = new QLabel(tr("Pro&mised by:"));
    promisedLabel->setBuddy(m_promised);

    m_open = new QPushButton(tr("&Open the case (Ctrl+Enter)"));
    m_open->setObjectName(QStringLiteral("openCaseButton"));
    m_openMessage = new FieldMessage;
    m_openMessage->setObjectName(QStringLiteral("openCaseMessage"));
    connect(m_open, &QPushButton::clicked, this, &LedgerPage::openCase);
    connect(m_description, &QPlainTextEdit::textChanged, this, &LedgerPage::updateActions);
    for (const QKeySequence &sequence : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(sequence, newCase);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &LedgerPage::openCase);
    }

    grid->addWidget(descriptionLabel, 0, 0, Qt::AlignTop);
    grid->addWidget(m_description, 0, 1);
    grid->addWidget(departmentsLabel, 1, 0, Qt::AlignTop);
    grid->addWidget(m_departments, 1, 1);
    grid->addWidget(expertLabel, 2, 0);
    grid->addWidget(m_expert, 2, 1);
    grid->addWidget(promisedLabel, 3, 0);
    grid->addWidget(m_promised, 3, 1, Qt::AlignLeft);
    grid->addWidget(m_open, 4, 1, Qt::AlignLeft);
    grid->addWidget(m_openMessage, 5, 1);
    grid->setColumnStretch(1, 1);
    layout->addWidget(newCase);

    // The case selected: what it is, its history, and what can be done with it.
    auto *caseBox = new QGroupBox(tr("Case"));
    caseBox->setObjectName(QStringLiteral("caseBox"));
    auto *caseLayout = new QGridLayout(caseBox);
    m_summary = new QLabel(tr("Select a case in the list, or open one."));
    m_summary->setObjectName(QStringLiteral("caseSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_historyList = makeList(QStringLiteral("caseHistory"), {tr("When"), tr("What"), tr("Clerk"), tr("Text")});
    // One line an event; a long note or answer elided, whole in its tool tip.
    m_historyList->setMinimumHeight(m_historyList->fontMetrics().lineSpacing() * 7);

    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("caseNoteField"));
    auto *noteLabel = new QLabel(tr("&Note:"));
    noteLabel->setBuddy(m_note);
    m_addNote = new QPushButton(tr("Add the note"));
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));
    m_answer = new QLineEdit;
    m_answer->setObjectName(QStringLiteral("caseAnswerField"));
    m_answer->setPlaceholderText(tr("the answer given to the visitor"));
    auto *answerLabel = new QLabel(tr("&Answer:"));
    answerLabel->setBuddy(m_answer);
    m_close = new QPushButton(tr("Close the case"));
    m_close->setObjectName(QStringLiteral("closeCaseButton"));
    m_reopenReason = new QLineEdit;
    m_reopenReason->setObjectName(QStringLiteral("caseReopenField"));
    m_reopenReason->setPlaceholderText(tr("why the case is taken up again"));
    auto *reopenLabel = new QLabel(tr("Reop&en because:"));
    reopenLabel->setBuddy(m_reopenReason);
    m_reopen = new QPushButton(tr("Reopen the case"));
    m_reopen->setObjectName(QStringLiteral("reopenCaseButton"));
    m_caseMessage = new FieldMessage;
    m_caseMessage->setObjectName(QStringLiteral("caseMessage"));

    connect(m_addNote, &QPushButton::clicked, this, &LedgerPage::addNote);
    connect(m_note, &QLineEdit::returnPressed, this, &LedgerPage::addNote);
    connect(m_close, &QPushButton::clicked, this, &LedgerPage::closeCase);
    connect(m_answer, &QLineEdit::returnPressed, this, &LedgerPage::closeCase);
    connect(m_reopen, &QPushButton::clicked, this, &LedgerPage::reopenCase);
    connect(m_reopenReason, &QLineEdit::returnPressed, this, &LedgerPage::reopenCase);
    for (QLineEdit *field : {m_note, m_answer, m_reopenReason})
        connect(field, &QLineEdit::textChanged, this, &LedgerPage::updateActions);

    caseLayout->addWidget(m_summary, 0, 0, 1, 3);
    caseLayout->addWidget(m_historyList, 1, 0, 1, 3);
    caseLayout->addWidget(noteLabel, 2, 0);
    caseLayout->addWidget(m_note, 2, 1);
    caseLayout->addWidget(m_addNote, 2, 2);
    caseLayout->addWidget(answerLabel, 3, 0);
    caseLayout->addWidget(m_answer, 3, 1);
    caseLayout->addWidget(m_close, 3, 2);
    caseLayout->addWidget(reopenLabel, 4, 0);
    caseLayout->addWidget(m_reopenReason, 4, 1);
    caseLayout->addWidget(m_reopen, 4, 2);
    caseLayout->addWidget(m_caseMessage, 5, 0, 1, 3);
    caseLayout->setColumnStretch(1, 1);
    caseLayout->setRowStretch(1, 1);
    layout->addWidget(caseBox, 1);
    return box;
}

QString LedgerPage::matterName(const QString &catalogId) const
{
    return m_ledger ? CaseworkText::matter(catalogId, m_ledger->catalog()) : catalogId;
}

void LedgerPage::setVisit(const QString &sessionId, const QString &queueNumber, const QString &persons)
{
    m_sessionId = sessionId;
    if (sessionId.isEmpty()) {
        m_visit->setText(
            tr("No visit at the counter: look the visitor up (Ctrl+1) or take their intake (Ctrl+2), then open the case here."));
    } else {
        QStringList parts;
        if (!queueNumber.isEmpty())
            parts << tr("No. %1").arg(queueNumber);
        if (!persons.isEmpty())
            parts << persons;
        m_visit->setText(tr("Visit at the counter: %1").arg(parts.isEmpty() ? tr("(no person looked up)") : parts.join(tr(" · "))));
    }
    updateActions();
}

void LedgerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void LedgerPage::refresh()
{
    if (!m_ledger || !m_ratings)
        return;
    m_listTask->start([this](const auto &) { return m_ledger->openCases(); },
                      [this](const Result<QList<casework::DifficultCase>> &cases) {
                          if (!cases) {
                              m_caseCount->setText(tr("The open cases could not be read: %1").arg(cases.error().message));
                              return;
                          }
                          m_openCases = *cases;
                          m_listTask->start([this](const auto &) { return m_ratings->openFollowUps(); },
                                            [this](const Result<QList<casework::RatingFollowUp>> &followUps) {
                                                if (followUps)
                                                    m_followUps = *followUps;
                                                else
                                                    m_followUpCount->setText(
                                                        tr("The follow-ups could not be read: %1").arg(followUps.error().message));
                                                showLists();
                                                emit listsRefreshed();
                                            });
                      });
}

void LedgerPage::showLists()
{
    const QDate today = m_context.clock().today();
    const QString shownId = m_case ? m_case->id : QString();
    {
        const QSignalBlocker block(m_caseList);
        m_caseList->clear();
        int overdue = 0;
        for (const casework::DifficultCase &c : std::as_const(m_openCases)) {
            auto *item = new QTreeWidgetItem(m_caseList);
            item->setData(0, Qt::UserRole, c.id);
            item->setText(0, c.promisedOn.isValid() ? dateText(c.promisedOn) : tr("none"));
            item->setText(1, CaseworkText::deadline(c.promisedOn, today));
            item->setText(2, c.queueNumber);
            item->setText(3, c.expert.isEmpty() ? tr("not assigned") : c.expert);
            item->setText(4, m_ledger ? CaseworkText::departments(c.departments, m_ledger->catalog()) : c.departments.join(u','));
            item->setText(5, c.description.simplified());
            item->setToolTip(5, c.description);
            withToolTips(item);
            markOverdue(item, c.overdue, 1);
            overdue += c.overdue ? 1 : 0;
            if (c.id == shownId)
                m_caseList->setCurrentItem(item);
        }
        fitColumns(m_caseList);
        m_caseCount->setText(overdue > 0 ? tr("Open cases by promised date: %1, of which %2 overdue").arg(m_openCases.size()).arg(overdue)
                                         : tr("Open cases by promised date: %1").arg(m_openCases.size()));
    }
    {
        const QString selected
            = m_followUpList->currentItem() ? m_followUpList->currentItem()->data(0, Qt::UserRole).toString() : QString();
        const QSignalBlocker block(m_followUpList);
        m_followUpList->clear();
        int overdue = 0;
        for (const casework::RatingFollowUp &f : std::as_const(m_followUps)) {
            auto *item = new QTreeWidgetItem(m_followUpList);
            item->setData(0, Qt::UserRole, f.id);
            item->setText(0, f.dueOn.isValid() ? dateText(f.dueOn) : tr("none"));
            item->setText(1, f.dueOn.isValid() ? CaseworkText::deadline(f.dueOn, today) : f.dueNote);
            item->setText(2, f.queueNumber);
            item->setText(3, CaseworkText::level(f.level));
            item->setText(4, m_ledger ? CaseworkText::matter(f.matter, m_ledger->catalog()) : f.matter);
            item->setText(5, f.comment);
            withToolTips(item);
            markOverdue(item, f.overdue, 1);
            overdue += f.overdue ? 1 : 0;
            if (f.id == selected)
                m_followUpList->setCurrentItem(item);
        }
        if (!m_followUpList->currentItem() && m_followUpList->topLevelItemCount() > 0)
            m_followUpList->setCurrentItem(m_followUpList->topLevelItem(0));
        fitColumns(m_followUpList);
        m_followUpCount->setText(
            overdue > 0 ? tr("Follow-ups of poor ratings by due date: %1, of which %2 overdue").arg(m_followUps.size()).arg(overdue)
                        : tr("Follow-ups of poor ratings by due date: %1").arg(m_followUps.size()));
    }
    updateActions();
}

void LedgerPage::showCase(const QString &caseId)
{
    if (!m_ledger || caseId.isEmpty())
        return;
    m_caseTask->start([this, caseId](const auto &) { return m_ledger->load(caseId); },
                      [this, caseId](const Result<casework::DifficultCase> &loaded) {
                          if (!loaded) {
                              m_caseMessage->showMessage(loaded.error().message);
                              return;
                          }
                          m_caseTask->start([this, caseId](const auto &) { return m_ledger->history(caseId); },
                                            [this, caseId, c = *loaded](const Result<QList<casework::DifficultCaseEvent>> &history) {
                                                m_case = c;
                                                m_history = history ? *history : QList<casework::DifficultCaseEvent>();
                                                if (!history)
                                                    m_caseMessage->showMessage(history.error().message);
                                                showCaseDetails();
                                                emit caseShown(caseId);
                                            });
                      });
}

void LedgerPage::showCaseDetails()
{
    if (!m_case) {
        m_summary->setText(tr("Select a case in the list, or open one."));
        m_historyList->clear();
        updateActions();
        return;
    }
    const casework::DifficultCase &c = *m_case;
    const QDate today = m_context.clock().today();
    QStringList lines;
    lines << tr("No. %1 · opened %2 by %3 · %4")
                 .arg(c.queueNumber.isEmpty() ? tr("(none)") : c.queueNumber, dateText(c.openedOn), c.clerk,
                      CaseworkText::caseStatus(c.status));
    lines << tr("Problem: %1").arg(c.description);
    lines << tr("Departments: %1 · Expert: %2")
                 .arg(c.departments.isEmpty() || !m_ledger ? tr("none") : CaseworkText::departments(c.departments, m_ledger->catalog()),
                      c.expert.isEmpty() ? tr("not assigned") : c.expert);
    if (c.isOpen()) {
        lines << (c.promisedOn.isValid()
                      ? tr("Promised by %1 (%2)").arg(dateText(c.promisedOn), CaseworkText::deadline(c.promisedOn, today))
                      : tr("No date promised"));
    } else {
        lines << tr("Closed %1 with the answer: %2").arg(dateText(c.closedOn), c.answer);
    }
    m_summary->setText(lines.join(u'\n'));
    if (c.overdue)
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    else
        m_summary->setStyleSheet(QString());

    m_historyList->clear();
    for (const casework::DifficultCaseEvent &event : std::as_const(m_history)) {
        auto *item = new QTreeWidgetItem(m_historyList);
        item->setText(0, event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, CaseworkText::caseEvent(event.kind));
        item->setText(2, event.clerk);
        item->setText(3, event.text);
        withToolTips(item);
    }
    fitColumns(m_historyList);
    m_historyList->scrollToBottom();
    updateActions();
}

void LedgerPage::updateActions()
{
    const bool ready = m_ledger && m_ratings && !m_writing;
    m_open->setEnabled(ready && !m_sessionId.isEmpty() && !m_description->toPlainText().trimmed().isEmpty());
    const bool open = m_case && m_case->isOpen();
    m_addNote->setEnabled(ready && m_case && !m_note->text().trimmed().isEmpty());
    m_note->setEnabled(m_case.has_value());
    m_answer->setEnabled(open);
    m_close->setEnabled(ready && open && !m_answer->text().trimmed().isEmpty());
    m_reopenReason->setEnabled(m_case && !open);
    m_reopen->setEnabled(ready && m_case && !open && !m_reopenReason->text().trimmed().isEmpty());
    m_closeFollowUp->setEnabled(ready && m_followUpList->currentItem() && !m_outcome->text().trimmed().isEmpty());
    m_outcome->setEnabled(m_followUpList->topLevelItemCount() > 0);
}

void LedgerPage::openCase()
{
    if (!m_open->isEnabled())
        return;
    // Ctrl+Enter right after a date typed: the date is read (as leaving the field reads it) before
    // the case is opened with it; a date refused stops here, its field saying why.
    if (m_promised->isTyping()) {
        bool refused = false;
        const auto watch = connect(m_promised, &DateEdit::typedDateRefused, this, [&refused] { refused = true; });
        m_open->setFocus(Qt::OtherFocusReason);
        disconnect(watch);
        if (refused || m_promised->isTyping()) {
            m_promised->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    services::CaseLedgerService::OpenRequest request;
    request.sessionId = m_sessionId;
    request.description = m_description->toPlainText().trimmed();
    for (int row = 0; row < m_departments->count(); ++row) {
        if (m_departments->item(row)->checkState() == Qt::Checked)
            request.departments << m_departments->item(row)->data(Qt::UserRole).toString();
    }
    request.expert = m_expert->text().trimmed();
    request.promisedOn = m_promised->date();
    m_writing = true;
    updateActions();
    m_openMessage->clearMessage();
    m_writeTask->start([this, request](const auto &) { return m_ledger->open(request); },
                       [this](const Result<casework::DifficultCase> &opened) {
                           if (opened) {
                               // The form is ready for the next case; the one opened is shown.
                               m_description->clear();
                               m_expert->clear();
                               for (int row = 0; row < m_departments->count(); ++row)
                                   m_departments->item(row)->setCheckState(Qt::Unchecked);
                               finishWrite(Done {}, opened->id, m_openMessage, nullptr);
                           } else {
                               finishWrite(opened.error(), QString(), m_openMessage, nullptr);
                           }
                       });
}

void LedgerPage::addNote()
{
    if (!m_addNote->isEnabled())
        return;
    const QString caseId = m_case->id;
    const QString text = m_note->text().trimmed();
    m_writing = true;
    updateActions();
    m_writeTask->start([this, caseId, text](const auto &) { return m_ledger->addNote(caseId, text); },
                       [this, caseId](const Status &status) { finishWrite(status, caseId, m_caseMessage, m_note); });
}

void LedgerPage::closeCase()
{
    if (!m_close->isEnabled())
        return;
    const QString caseId = m_case->id;
    const QString answer = m_answer->text().trimmed();
    m_writing = true;
    updateActions();
    m_writeTask->start([this, caseId, answer](const auto &) { return m_ledger->close(caseId, answer); },
                       [this, caseId](const Status &status) { finishWrite(status, caseId, m_caseMessage, m_answer); });
}

void LedgerPage::reopenCase()
{
    if (!m_reopen->isEnabled())
        return;
    const QString caseId = m_case->id;
    const QString reason = m_reopenReason->text().trimmed();
    m_writing = true;
    updateActions();
    m_writeTask->start([this, caseId, reason](const auto &) { return m_ledger->reopen(caseId, reason); },
                       [this, caseId](const Status &status) { finishWrite(status, caseId, m_caseMessage, m_reopenReason); });
}

void LedgerPage::closeFollowUp()
{
    if (!m_closeFollowUp->isEnabled())
        return;
    const QString followUpId = m_followUpList->currentItem()->data(0, Qt::UserRole).toString();
    const QString outcome = m_outcome->text().trimmed();
    m_writing = true;
    updateActions();
    m_writeTask->start([this, followUpId, outcome](const auto &) { return m_ratings->closeFollowUp(followUpId, outcome); },
                       [this](const Result<casework::RatingFollowUp> &closed) {
                           finishWrite(closed ? Status(Done {}) : Status(closed.error()), QString(), m_followUpMessage, m_outcome);
                       });
}

void LedgerPage::finishWrite(const Status &status, const QString &caseId, FieldMessage *message, QWidget *clearOnSuccess)
{
    m_writing = false;
    if (!status) {
        message->showMessage(status.error().message);
        updateActions();
        emit changeFinished(false);
        return;
    }
    message->clearMessage();
    if (auto *field = qobject_cast<QLineEdit *>(clearOnSuccess))
        field->clear();
    updateActions();
    if (!caseId.isEmpty())
        showCase(caseId);
    refresh();
    emit changeFinished(true);
}

} // namespace tongban::ui
