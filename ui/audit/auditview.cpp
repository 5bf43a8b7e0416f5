#include "ui/audit/auditview.h"

#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/dateedit.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/itemviews.h"

#include "identity/citizenid.h"
#include "services/auditservice.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

enum Column { TimeColumn, ClerkColumn, ActionColumn, PersonColumn, ObjectColumn, ReasonColumn, OutcomeColumn, SeqColumn, ColumnCount };

/// The earliest date the date fields take: shown as "any" (no bound).
const QDate openDate(2000, 1, 1);

/// The audit's actions, in the order the filter offers them.
const QStringList &allActions()
{
    static const QStringList actions {audit::action::lookUp,    audit::action::openPerson, audit::action::unmask,
                                      audit::action::compare,   audit::action::print,      audit::action::pdf,
                                      audit::action::exportCsv, audit::action::signIn,     audit::action::signInRefused,
                                      audit::action::refused,   audit::action::account};
    return actions;
}

DateEdit *openDateField(const QString &name)
{
    auto *field = new DateEdit;
    field->setObjectName(name);
    field->setMinimumDate(openDate);
    field->setSpecialValueText(AuditView::tr("any"));
    field->setDate(openDate);
    field->setToolTip(AuditView::tr("Type a date as YYYY-MM-DD; \"any\" (the earliest date) leaves it open."));
    return field;
}

/// Enter in a field of the form searches (the fields pass Enter on: caught here, after a date
/// being typed is read).
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
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier)
                QMetaObject::invokeMethod(
                    this, [this] { m_onEnter(); }, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onEnter;
};

} // namespace

QString AuditView::actionLabel(const QString &action)
{
    if (action == audit::action::lookUp)
        return tr("Look-up");
    if (action == audit::action::openPerson)
        return tr("Person opened");
    if (action == audit::action::unmask)
        return tr("Full ID number shown");
    if (action == audit::action::compare)
        return tr("Comparison with another person");
    if (action == audit::action::print)
        return tr("Printed");
    if (action == audit::action::pdf)
        return tr("Saved as PDF");
    if (action == audit::action::exportCsv)
        return tr("Exported");
    if (action == audit::action::signIn)
        return tr("Signed in");
    if (action == audit::action::signInRefused)
        return tr("Sign-in refused");
    if (action == audit::action::refused)
        return tr("Refused");
    if (action == audit::action::account)
        return tr("Account changed");
    return action;
}

QString AuditView::objectLabel(const QString &object)
{
    static const QHash<QString, const char *> labels {
        {QStringLiteral("person"), QT_TR_NOOP("person's file")},
        {QStringLiteral("name-match"), QT_TR_NOOP("listed among the matches of a name")},
        {QStringLiteral("calculation-sheet"), QT_TR_NOOP("pension calculation sheet")},
        {QStringLiteral("pension-comparison"), QT_TR_NOOP("pension comparison")},
        {QStringLiteral("comparison-sheet"), QT_TR_NOOP("pension comparison sheet")},
        {QStringLiteral("receipt"), QT_TR_NOOP("intake receipt")},
        {QStringLiteral("one-time-notice"), QT_TR_NOOP("one-time notice")},
        {QStringLiteral("return-notice"), QT_TR_NOOP("return notice")},
        {QStringLiteral("completion-notice"), QT_TR_NOOP("completion notice")},
        {QStringLiteral("deferral-notice"), QT_TR_NOOP("deferral notice")},
        {QStringLiteral("unemployment-award-notice"), QT_TR_NOOP("unemployment benefit award notice")},
        {QStringLiteral("unemployment-stop-notice"), QT_TR_NOOP("unemployment benefit stop notice")},
        {QStringLiteral("day-work-csv"), QT_TR_NOOP("day's work CSV")},
        {QStringLiteral("sweep-csv"), QT_TR_NOOP("eligible employers CSV")},
        {QStringLiteral("audit-view"), QT_TR_NOOP("audit log")},
        {QStringLiteral("back-office"), QT_TR_NOOP("back-office decision")},
        {QStringLiteral("unmask"), QT_TR_NOOP("full ID number")},
        {QStringLiteral("compare"), QT_TR_NOOP("comparison with another person")},
        {QStringLiteral("accounts"), QT_TR_NOOP("clerk accounts")},
        {QStringLiteral("intake"), QT_TR_NOOP("intake")},
        {QStringLiteral("look-up"), QT_TR_NOOP("look-up")},
        {QStringLiteral("pension"), QT_TR_NOOP("pension")},
        {QStringLiteral("print"), QT_TR_NOOP("printing")},
        {QStringLiteral("pdf"), QT_TR_NOOP("saving as PDF")},
        {QStringLiteral("export"), QT_TR_NOOP("export")},
    };
    const auto found = labels.constFind(object);
    return found == labels.constEnd() ? object : tr(found.value());
}

AuditView::AuditView(const services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new BackgroundTask(this))
    , m_chainTask(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("auditView"));

    m_person = new QLineEdit;
    m_person->setObjectName(QStringLiteral("auditPersonField"));
    m_person->setMaxLength(18);
    m_person->setPlaceholderText(tr("whose data: all 18 characters"));
    m_clerk = new QLineEdit;
    m_clerk->setObjectName(QStringLiteral("auditClerkField"));
    m_clerk->setPlaceholderText(tr("the clerk's login"));
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("auditActionField"));
    m_action->addItem(tr("Any action"), QString());
    for (const QString &action : allActions())
        m_action->addItem(actionLabel(action), action);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_from = openDateField(QStringLiteral("auditFromField"));
    m_to = openDateField(QStringLiteral("auditToField"));
    m_search = new QPushButton(tr("Search (Enter)"));
    m_search->setObjectName(QStringLiteral("auditSearchButton"));
    m_search->setAutoDefault(true);

    const auto label = [](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QGridLayout;
    form->addWidget(label(tr("&Person (ID number):"), m_person), 0, 0);
    form->addWidget(m_person, 0, 1);
    form->addWidget(label(tr("C&lerk:"), m_clerk), 0, 2);
    form->addWidget(m_clerk, 0, 3);
    form->addWidget(label(tr("&Action:"), m_action), 0, 4);
    form->addWidget(m_action, 0, 5);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(label(tr("&to"), m_to));
    dates->addWidget(m_to);
    dates->addStretch();
    form->addWidget(label(tr("&From:"), m_from), 1, 0);
    form->addLayout(dates, 1, 1, 1, 3);
    form->addWidget(m_search, 0, 6, 2, 1, Qt::AlignVCenter);
    for (int column : {1, 3})
        form->setColumnStretch(column, 1);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("auditList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("When"), tr("Clerk"), tr("Action"), tr("Whose (ID number)"), tr("What"), tr("Reason"), tr("Outcome"), tr("No.")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    for (int column = 0; column < ColumnCount; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    setUpItemView(m_list);

    m_more = new QPushButton(tr("&More"));
    m_more->setObjectName(QStringLiteral("auditMoreButton"));
    m_more->setEnabled(false);
    m_more->setToolTip(tr("Add the next, older records under the list."));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("auditCount"));
    m_busy = new BusyIndicator;
    m_chain = new QPushButton(tr("&Check the chain"));
    m_chain->setObjectName(QStringLiteral("auditChainButton"));
    m_chain->setToolTip(tr("Walk the whole log: each record holds the fingerprint of the one before, so a record removed, altered or "
                           "moved is found."));
    m_chainResult = new QLabel;
    m_chainResult->setObjectName(QStringLiteral("auditChainResult"));
    m_chainResult->setWordWrap(true);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_more);
    footer->addWidget(m_count);
    footer->addWidget(m_busy);
    footer->addStretch(1);
    footer->addWidget(m_chain);
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("auditMessage"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto *listLabel = new QLabel(tr("&Records, newest first:"));
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(footer);
    layout->addWidget(m_chainResult);
    setFocusProxy(m_person);

    auto *enter = new EnterFilter(this, [this] { search(); });
    for (QWidget *field : std::initializer_list<QWidget *> {m_person, m_clerk, m_action, m_from, m_to})
        field->installEventFilter(enter);
    connect(m_search, &QPushButton::clicked, this, &AuditView::search);
    connect(m_more, &QPushButton::clicked, this, &AuditView::more);
    connect(m_chain, &QPushButton::clicked, this, &AuditView::checkChain);
}

AuditView::~AuditView() = default;

audit::AuditQuery::Filter AuditView::filter() const
{
    audit::AuditQuery::Filter f;
    f.person = m_person->text().trimmed().toUpper();
    f.clerk = m_clerk->text().trimmed();
    f.action = m_action->currentData().toString();
    f.from = m_from->date() == openDate ? QDate() : m_from->date();
    f.to = m_to->date() == openDate ? QDate() : m_to->date();
    return f;
}

void AuditView::search()
{
    m_filter = filter();
    m_records.clear();
    m_list->clear();
    m_next.reset();
    load(std::nullopt);
}

void AuditView::more()
{
    if (!m_next || m_task->isBusy())
        return;
    load(m_next);
}

void AuditView::load(std::optional<qint64> after)
{
    m_message->clearMessage();
    m_busy->setBusy(true);
    m_more->setEnabled(false);
    const audit::AuditQuery::Filter f = m_filter;
    const int limit = m_pageSize;
    m_task->start([this, f, limit, after](const auto &) { return services::AuditService(m_context).list(f, limit, after); },
                  [this](const Result<audit::AuditQuery::Page> &page) {
                      m_busy->setBusy(false);
                      if (!page) {
                          static const QHash<QString, QString> fields {{QStringLiteral("action"), tr("Action")},
                                                                       {QStringLiteral("to"), tr("to")},
                                                                       {QStringLiteral("person"), tr("Person (ID number)")}};
                          const QString where = fields.value(page.error().field);
                          m_message->showMessage(where.isEmpty() ? page.error().message : tr("%1: %2").arg(where, page.error().message));
                          m_more->setEnabled(m_next.has_value());
                          emit listed(false);
                          return;
                      }
                      for (const audit::AuditRecord &record : page->records) {
                          auto *item = new QTreeWidgetItem(m_list);
                          item->setText(TimeColumn, record.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
                          item->setText(ClerkColumn, record.clerk);
                          item->setText(ActionColumn, actionLabel(record.entry.action));
                          // A supervisor reviews who looked, not the numbers themselves: masked.
                          item->setText(PersonColumn, identity::CitizenId::mask(record.entry.subject));
                          item->setText(ObjectColumn, objectLabel(record.entry.object));
                          item->setToolTip(ObjectColumn, record.entry.object);
                          item->setText(ReasonColumn, record.entry.reason);
                          const bool refused = record.entry.outcome != QStringLiteral("ok");
                          item->setText(OutcomeColumn, refused ? tr("refused") : tr("done"));
                          if (refused) {
                              item->setForeground(OutcomeColumn, QColor(0xb0, 0x00, 0x20));
                              item->setToolTip(OutcomeColumn, record.entry.detail);
                              item->setToolTip(ActionColumn, record.entry.detail);
                          }
                          item->setText(SeqColumn, QString::number(record.seq));
                          item->setTextAlignment(SeqColumn, Qt::AlignRight | Qt::AlignVCenter);
                          m_records << record;
                      }
                      m_next = page->next;
                      m_more->setEnabled(m_next.has_value());
                      m_count->setText(m_next ? tr("%n record(s) listed; more are older.", nullptr, int(m_records.size()))
                                              : tr("%n record(s) listed: all that match.", nullptr, int(m_records.size())));
                      emit listed(true);
                  });
}

void AuditView::checkChain()
{
    m_chain->setEnabled(false);
    m_chainResult->clear();
    m_chainTask->start([this](const auto &) { return services::AuditService(m_context).verify(); },
                       [this](const Result<audit::AuditChainReport> &report) {
                           m_chain->setEnabled(true);
                           if (!report) {
                               m_chainResult->setStyleSheet(QStringLiteral("color: #b00020;"));
                               m_chainResult->setText(tr("The chain could not be checked: %1").arg(report.error().message));
                               emit chainChecked(false);
                               return;
                           }
                           if (report->intact) {
                               m_chainResult->setStyleSheet(QStringLiteral("color: #1b5e20;"));
                               m_chainResult->setText(
                                   tr("The chain is intact: %n record(s), none removed, altered or moved.", nullptr, int(report->records)));
                           } else {
                               m_chainResult->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
                               m_chainResult->setText(tr("The chain is broken at record No. %1: %2. Report it to the security officer.")
                                                          .arg(report->firstBroken.value_or(0))
                                                          .arg(report->reason));
                           }
                           emit chainChecked(report->intact);
                       });
}

} // namespace tongban::ui
