#include "ui/lookup/matchlist.h"

#include "identity/citizenid.h"
#include "ui/common/displaytext.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {
constexpr int PersonIdRole = Qt::UserRole;
}

MatchList::MatchList(std::shared_ptr<const policy::ParameterSet> parameters, QWidget *parent)
    : QWidget(parent)
    , m_parameters(std::move(parameters))
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("matchTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("matchTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("ID number"), tr("Birth date"), tr("Region")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    QFont tableFont = m_table->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.15);
    m_table->setFont(tableFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::activated, this,
            [this](const QModelIndex &index) { emit personPicked(m_table->item(index.row(), 0)->data(PersonIdRole).toString()); });
}

void MatchList::showMatches(const QString &query, const QList<insured::InsuredPerson> &persons, int limit)
{
    if (persons.size() >= limit)
        m_title->setText(tr("%1 or more persons match “%2”: type more of the name, or pick one (double-click or Enter).")
                             .arg(limit)
                             .arg(query.trimmed()));
    else
        m_title->setText(tr("%1 persons match “%2”: pick one (double-click or Enter).").arg(persons.size()).arg(query.trimmed()));
    m_table->setRowCount(int(persons.size()));
    for (int row = 0; row < persons.size(); ++row) {
        const insured::InsuredPerson &person = persons.at(row);
        auto *name = new QTableWidgetItem(person.name);
        name->setData(PersonIdRole, person.id);
        auto *id = new QTableWidgetItem(identity::CitizenId::mask(person.citizenId));
        id->setFont(DisplayText::numberFont());
        auto *birth = new QTableWidgetItem(DisplayText::date(person.birthDate));
        birth->setFont(DisplayText::numberFont());
        // The place's name (its city's or province's), never a bare code.
        auto *regionItem = new QTableWidgetItem(m_parameters->placeName(person.region));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, id);
        m_table->setItem(row, 2, birth);
        m_table->setItem(row, 3, regionItem);
    }
    m_table->setCurrentCell(0, 0);
    m_table->setFocus();
}

} // namespace tongban::ui
