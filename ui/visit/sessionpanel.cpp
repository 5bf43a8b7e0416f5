#include "ui/visit/sessionpanel.h"

#include "ui/common/displaytext.h"
#include "ui/visit/recomputedialog.h"
#include "ui/visit/snapshotdialog.h"
#include "ui/visit/snapshottext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

/// The item role holding the snapshot id.
constexpr int kSnapshotIdRole = Qt::UserRole + 1;

QTreeWidget *makeList(const QString &objectName, const QStringList &headers)
{
    auto *list = new QTreeWidget;
    list->setObjectName(objectName);
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setUniformRowHeights(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
    return list;
}

void addItem(QTreeWidget *list, const session::SnapshotSummary &s, const QStringList &texts)
{
    auto *item = new QTreeWidgetItem(texts);
    item->setData(0, kSnapshotIdRole, s.id);
    item->setTextAlignment(int(texts.size()) - 1, Qt::AlignRight | Qt::AlignVCenter);
    item->setFont(int(texts.size()) - 1, DisplayText::numberFont());
    list->addTopLevelItem(item);
}

} // namespace

SessionPanel::SessionPanel(QWidget *parent)
    : QWidget(parent)
{
    m_queueNumber = new QLabel;
    m_queueNumber->setObjectName(QStringLiteral("queueNumberLabel"));
    QFont queueFont = m_queueNumber->font();
    queueFont.setPointSizeF(queueFont.pointSizeF() * 1.5);
    queueFont.setBold(true);
    m_queueNumber->setFont(queueFont);
    m_person = new QLabel;
    m_person->setObjectName(QStringLiteral("visitPersonLabel"));
    m_clerk = new QLabel;
    m_clerk->setObjectName(QStringLiteral("visitClerkLabel"));
    m_openedAt = new QLabel;
    m_openedAt->setObjectName(QStringLiteral("visitOpenedAtLabel"));

    auto *form = new QFormLayout;
    form->addRow(tr("Queue number:"), m_queueNumber);
    form->addRow(tr("Visitor:"), m_person);
    form->addRow(tr("Clerk:"), m_clerk);
    form->addRow(tr("Opened at:"), m_openedAt);

    m_thisVisit = makeList(QStringLiteral("visitSnapshotList"), {tr("Time"), tr("Pension from"), tr("Total")});
    m_earlier = makeList(QStringLiteral("earlierSnapshotList"), {tr("Date"), tr("Queue no."), tr("Clerk"), tr("Total")});

    m_reopen = new QPushButton(tr("Reopen"));
    m_reopen->setObjectName(QStringLiteral("reopenButton"));
    m_reopen->setToolTip(tr("Show the selected calculation as it was shown then."));
    m_recompute = new QPushButton(tr("Recompute"));
    m_recompute->setObjectName(QStringLiteral("recomputeButton"));
    m_recompute->setToolTip(tr("Compute the selected calculation again with today's parameters and compare."));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reopen);
    actions->addWidget(m_recompute);
    actions->addStretch(1);

    m_endVisit = new QPushButton(tr("End visit"));
    m_endVisit->setObjectName(QStringLiteral("endVisitButton"));
    m_nextQueueNumber = new QLineEdit;
    m_nextQueueNumber->setObjectName(QStringLiteral("nextQueueNumberField"));
    m_nextQueueNumber->setPlaceholderText(tr("automatic"));
    m_nextQueueNumber->setMaxLength(16);
    m_nextQueueNumber->setToolTip(tr("The number on the next visitor's queue ticket; leave empty to number visits A001, A002, … "
                                     "by day."));
    auto *next = new QFormLayout;
    next->addRow(tr("Next queue number:"), m_nextQueueNumber);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Calculations in this visit")));
    layout->addWidget(m_thisVisit, 2);
    layout->addWidget(new QLabel(tr("Earlier calculations of this person")));
    layout->addWidget(m_earlier, 1);
    layout->addLayout(actions);
    layout->addWidget(m_endVisit);
    layout->addLayout(next);

    // One selection across both lists: the buttons act on it.
    connect(m_thisVisit, &QTreeWidget::itemSelectionChanged, this, [this]() {
        if (!m_thisVisit->selectedItems().isEmpty())
            m_earlier->clearSelection();
        updateButtons();
    });
    connect(m_earlier, &QTreeWidget::itemSelectionChanged, this, [this]() {
        if (!m_earlier->selectedItems().isEmpty())
            m_thisVisit->clearSelection();
        updateButtons();
    });
    for (QTreeWidget *list : {m_thisVisit, m_earlier}) {
        connect(list, &QTreeWidget::itemActivated, this,
                [this](QTreeWidgetItem *item) { emit reopenRequested(item->data(0, kSnapshotIdRole).toString()); });
    }
    connect(m_reopen, &QPushButton::clicked, this, [this]() {
        if (const QString id = selectedSnapshotId(); !id.isEmpty())
            emit reopenRequested(id);
    });
    connect(m_recompute, &QPushButton::clicked, this, [this]() {
        if (const QString id = selectedSnapshotId(); !id.isEmpty())
            emit recomputeRequested(id);
    });
    connect(m_endVisit, &QPushButton::clicked, this, &SessionPanel::endVisitRequested);

    showState({});
}

void SessionPanel::showState(const services::VisitState &state)
{
    const QString previous = selectedSnapshotId();
    if (state.session) {
        m_queueNumber->setText(state.session->queueNumber);
        m_person->setText(state.personName);
        m_clerk->setText(state.session->clerk);
        m_openedAt->setText(SnapshotText::time(state.session->openedAt));
    } else {
        m_queueNumber->setText(tr("No visit open"));
        m_person->setText(state.personName);
        m_clerk->clear();
        m_openedAt->clear();
    }
    m_endVisit->setEnabled(state.session.has_value());

    m_thisVisit->clear();
    // A visit serving several persons says whose each calculation is.
    QSet<QString> persons;
    for (const session::SnapshotSummary &s : state.thisVisit)
        persons.insert(s.personId);
    for (const session::SnapshotSummary &s : state.thisVisit) {
        QString time = s.createdAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        if (persons.size() > 1)
            time = tr("%1 %2").arg(time, s.personName);
        addItem(m_thisVisit, s, {time, s.retirement, s.total.toDisplayString()});
    }
    m_earlier->clear();
    for (const session::SnapshotSummary &s : state.earlier)
        addItem(
            m_earlier, s,
            {s.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.queueNumber, s.clerk, s.total.toDisplayString()});

    // Keep the clerk's selection across a refresh; else the newest calculation of the visit.
    for (QTreeWidget *list : {m_thisVisit, m_earlier}) {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (!previous.isEmpty() && list->topLevelItem(i)->data(0, kSnapshotIdRole).toString() == previous)
                list->setCurrentItem(list->topLevelItem(i));
        }
    }
    if (selectedSnapshotId().isEmpty() && m_thisVisit->topLevelItemCount() > 0)
        m_thisVisit->setCurrentItem(m_thisVisit->topLevelItem(m_thisVisit->topLevelItemCount() - 1));
    updateButtons();
}

SnapshotDialog *SessionPanel::snapshotDialog() const
{
    return m_snapshotDialog.data();
}

RecomputeDialog *SessionPanel::recomputeDialog() const
{
    return m_recomputeDialog.data();
}

QString SessionPanel::takeQueueNumber()
{
    const QString text = m_nextQueueNumber->text().trimmed();
    m_nextQueueNumber->clear();
    return text;
}

QString SessionPanel::selectedSnapshotId() const
{
    for (const QTreeWidget *list : {m_thisVisit, m_earlier}) {
        const QList<QTreeWidgetItem *> selected = list->selectedItems();
        if (!selected.isEmpty())
            return selected.first()->data(0, kSnapshotIdRole).toString();
    }
    return {};
}

void SessionPanel::updateButtons()
{
    const bool any = !selectedSnapshotId().isEmpty();
    m_reopen->setEnabled(any);
    m_recompute->setEnabled(any);
}

void SessionPanel::showSnapshot(const session::CalculationSnapshot &snapshot)
{
    if (!m_snapshotDialog) {
        m_snapshotDialog = new SnapshotDialog(this);
        connect(m_snapshotDialog, &SnapshotDialog::recomputeRequested, this, &SessionPanel::recomputeRequested);
    }
    m_snapshotDialog->showSnapshot(snapshot);
    m_snapshotDialog->show();
    m_snapshotDialog->raise();
}

void SessionPanel::showRecomputation(const services::Recomputation &recomputation)
{
    if (!m_recomputeDialog)
        m_recomputeDialog = new RecomputeDialog(this);
    m_recomputeDialog->showRecomputation(recomputation);
    m_recomputeDialog->show();
    m_recomputeDialog->raise();
}

} // namespace tongban::ui
