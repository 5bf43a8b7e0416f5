#include "ui/intake/documentchecklist.h"

#include "ui/common/itemviews.h"
#include "ui/intake/fieldeditor.h"

#include "intake/missingdocuments.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

constexpr int idRole = Qt::UserRole;

} // namespace

DocumentChecklist::DocumentChecklist(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("documentSummary"));
    m_summary->setWordWrap(true);
    m_view = new QTreeWidget;
    m_view->setObjectName(QStringLiteral("documentChecklist"));
    m_view->setHeaderLabels({tr("Document"), tr("Needed for")});
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    setUpItemView(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != 0)
            return;
        const QString id = item->data(0, idRole).toString();
        const bool ticked = item->checkState(0) == Qt::Checked;
        if (ticked == m_brought.contains(id))
            return;
        if (ticked)
            m_brought.insert(id);
        else
            m_brought.remove(id);
        updateSummary();
        emit changed();
    });
    updateSummary();
}

void DocumentChecklist::update(const intake::MatterCatalog &catalog, const intake::IntakeCase &intake)
{
    // What each matter asks for now: what it would lack if nothing were brought.
    intake::IntakeCase asked = intake;
    for (intake::IntakeMatter &matter : asked.matters)
        matter.documents.clear();
    const QList<intake::MissingDocument> needed = intake::MissingDocuments::across(catalog, asked);

    const QSignalBlocker blocker(m_view);
    const QString current = m_view->currentItem() ? m_view->currentItem()->data(0, idRole).toString() : QString();
    m_view->clear();
    for (const intake::MissingDocument &document : needed) {
        const intake::DocumentDefinition *definition = catalog.document(document.document);
        QStringList matters;
        for (const QString &matterId : document.matters) {
            const intake::MatterDefinition *matter = catalog.matter(matterId);
            matters << (matter ? localized(matter->displayZh(), matter->nameEn) : matterId);
        }
        matters.removeDuplicates();
        auto *item = new QTreeWidgetItem(
            {definition ? localized(definition->nameZh, definition->nameEn) : document.document, matters.join(tr(", "))});
        item->setData(0, idRole, document.document);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, m_brought.contains(document.document) ? Qt::Checked : Qt::Unchecked);
        if (definition)
            item->setToolTip(0, localized(definition->whyZh, definition->whyEn));
        m_view->addTopLevelItem(item);
        if (document.document == current)
            m_view->setCurrentItem(item);
    }
    if (!m_view->currentItem() && m_view->topLevelItemCount() > 0)
        m_view->setCurrentItem(m_view->topLevelItem(0));
    // No matter, no list: the line over it says where the documents will be.
    m_view->setVisible(m_view->topLevelItemCount() > 0);
    updateSummary();
}

QStringList DocumentChecklist::brought() const
{
    QStringList documents(m_brought.cbegin(), m_brought.cend());
    documents.sort();
    return documents;
}

void DocumentChecklist::setBrought(const QStringList &documents)
{
    m_brought = QSet<QString>(documents.cbegin(), documents.cend());
    const QSignalBlocker blocker(m_view);
    for (int row = 0; row < m_view->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_view->topLevelItem(row);
        item->setCheckState(0, m_brought.contains(item->data(0, idRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    updateSummary();
}

QStringList DocumentChecklist::missing() const
{
    QStringList documents;
    for (int row = 0; row < m_view->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_view->topLevelItem(row);
        if (item->checkState(0) != Qt::Checked)
            documents << item->data(0, idRole).toString();
    }
    return documents;
}

void DocumentChecklist::updateSummary()
{
    const int listed = m_view->topLevelItemCount();
    const int missingCount = int(missing().size());
    if (listed == 0)
        m_summary->setText(tr("The documents of the matters added are listed here."));
    else if (missingCount == 0)
        m_summary->setText(tr("All %n document(s) brought.", nullptr, listed));
    else
        m_summary->setText(tr("%1 of %2 documents missing: tick what the applicant brought (Space).").arg(missingCount).arg(listed));
    m_summary->setStyleSheet(missingCount > 0 ? QStringLiteral("color: #8a4b00;") : QString());
}

} // namespace tongban::ui
