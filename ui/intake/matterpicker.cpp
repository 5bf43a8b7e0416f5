#include "ui/intake/matterpicker.h"

#include "ui/common/itemviews.h"
#include "ui/intake/fieldeditor.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

/// At most this many matches are listed: a clerk types one more letter rather than scrolls.
constexpr int maxShown = 8;

} // namespace

MatterPicker::MatterPicker(QWidget *parent)
    : QWidget(parent)
{
    m_field = new QLineEdit;
    m_field->setObjectName(QStringLiteral("matterSearchField"));
    m_field->setPlaceholderText(tr("Pinyin initials or part of the name, e.g. txsq, then Enter"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_matches = new QListWidget;
    m_matches->setObjectName(QStringLiteral("matterMatches"));
    setUpItemView(m_matches);
    // The list follows the field: the arrows in the field move in it; it takes no focus itself.
    m_matches->setFocusPolicy(Qt::NoFocus);
    m_matches->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_matches);

    connect(m_field, &QLineEdit::textEdited, this, &MatterPicker::search);
    connect(m_matches, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_matches->setCurrentItem(item);
        choose();
    });
}

void MatterPicker::setCatalog(const intake::MatterCatalog *catalog)
{
    m_catalog = catalog;
    search(m_field->text());
}

QStringList MatterPicker::shownMatters() const
{
    QStringList ids;
    if (m_matches->isHidden())
        return ids;
    for (int row = 0; row < m_matches->count(); ++row) {
        if (m_matches->item(row)->flags() != Qt::NoItemFlags)
            ids << m_matches->item(row)->data(Qt::UserRole).toString();
    }
    return ids;
}

void MatterPicker::search(const QString &text)
{
    m_matches->clear();
    const QList<const intake::MatterDefinition *> found = m_catalog ? m_catalog->search(text) : QList<const intake::MatterDefinition *>();
    for (const intake::MatterDefinition *matter : found) {
        if (m_matches->count() == maxShown)
            break;
        const intake::Department *department = m_catalog->department(matter->department);
        const QString departmentName = department ? localized(department->nameZh, department->nameEn) : matter->department;
        const QString name = localized(matter->displayZh(), matter->nameEn);
        auto *item = new QListWidgetItem(tr("%1 · %2 (%3)").arg(name, departmentName, matter->pinyin));
        item->setData(Qt::UserRole, matter->id);
        item->setToolTip(localized(matter->nameZh, matter->nameEn));
        m_matches->addItem(item);
    }
    if (m_matches->count() == 0 && !text.trimmed().isEmpty()) {
        auto *none = new QListWidgetItem(tr("No matter found for “%1”.").arg(text.trimmed()));
        none->setFlags(Qt::NoItemFlags);
        m_matches->addItem(none);
    }
    m_matches->setCurrentRow(m_matches->item(0) && m_matches->item(0)->flags() != Qt::NoItemFlags ? 0 : -1);
    m_matches->setVisible(m_matches->count() > 0);
    // As tall as its rows: the whole list is seen without scrolling.
    if (m_matches->count() > 0)
        m_matches->setFixedHeight(m_matches->sizeHintForRow(0) * m_matches->count() + 2 * m_matches->frameWidth() + 2);
}

void MatterPicker::choose()
{
    QListWidgetItem *item = m_matches->currentItem();
    if (!item || item->flags() == Qt::NoItemFlags)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    m_field->clear();
    search(QString());
    emit matterChosen(id);
}

bool MatterPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (m_matches->isVisible() && m_matches->count() > 0) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                const int row = std::clamp(m_matches->currentRow() + step, 0, m_matches->count() - 1);
                if (m_matches->item(row)->flags() != Qt::NoItemFlags)
                    m_matches->setCurrentRow(row);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (!m_field->text().trimmed().isEmpty()) {
                choose();
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_field->text().isEmpty()) {
                m_field->clear();
                search(QString());
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tongban::ui
