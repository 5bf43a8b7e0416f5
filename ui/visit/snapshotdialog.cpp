#include "ui/visit/snapshotdialog.h"

#include "session/storedresult.h"
#include "ui/common/displaytext.h"
#include "ui/common/itemviews.h"
#include "ui/pension/breakdownmodel.h"
#include "ui/visit/snapshottext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tongban::ui {

SnapshotDialog::SnapshotDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("snapshotDialog"));
    setWindowTitle(tr("Stored calculation"));
    resize(1000, 640);

    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("snapshotCaption"));
    m_caption->setWordWrap(true);
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    m_caption->setFont(captionFont);

    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("snapshotTotal"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont totalFont = DisplayText::numberFont();
    totalFont.setPointSizeF(totalFont.pointSizeF() * 1.8);
    totalFont.setBold(true);
    m_total->setFont(totalFont);

    m_files = new QLabel;
    m_files->setObjectName(QStringLiteral("snapshotFiles"));
    m_files->setWordWrap(true);
    m_files->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("snapshotWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("background: #fff3cd; color: #6b4500; border: 1px solid #e0c070; padding: 4px;"));

    m_model = new BreakdownModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("snapshotBreakdownTable"));
    setUpItemView(m_table);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Label, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Formula, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Value, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(BreakdownModel::Source, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(BreakdownModel::Source, 300);
    m_model->setBaseFont(m_table->font());

    m_assumptions = new QLabel;
    m_assumptions->setObjectName(QStringLiteral("snapshotAssumptions"));
    m_assumptions->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *recompute = buttons->addButton(tr("Recompute with today's parameters"), QDialogButtonBox::ActionRole);
    recompute->setObjectName(QStringLiteral("snapshotRecomputeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(recompute, &QPushButton::clicked, this, [this]() { emit recomputeRequested(m_snapshotId); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_files);
    layout->addWidget(m_total);
    layout->addWidget(m_warnings);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_assumptions);
    layout->addWidget(buttons);
}

void SnapshotDialog::showSnapshot(const session::CalculationSnapshot &snapshot)
{
    m_snapshotId = snapshot.id;
    m_caption->setText(SnapshotText::caption(snapshot));
    QStringList files;
    for (const policy::ParameterFileVersion &v : snapshot.parameterVersions)
        files << tr("%1 (%2)").arg(v.file, SnapshotText::fileVersion(v));
    m_files->setText(tr("Parameter files: %1").arg(files.join(tr("; "))));

    const auto stored = session::StoredResult::read(snapshot.resultJson);
    if (!stored) {
        // Damaged beyond reading: say so rather than show half a breakdown.
        m_total->setText(tr("The stored result cannot be read (%1: %2).").arg(stored.error().field, stored.error().message));
        m_model->clear();
        m_warnings->hide();
        m_assumptions->clear();
        return;
    }
    m_total->setText(tr("Monthly basic pension ¥ %1 · %2 · pension from %3")
                         .arg(stored->total.toDisplayString(), stored->regionName, stored->retirement));
    m_model->setLines(stored->lines);
    m_table->resizeRowsToContents();
    m_warnings->setText(stored->warnings.join(QStringLiteral("\n")));
    m_warnings->setVisible(!stored->warnings.isEmpty());
    m_assumptions->setText(snapshot.assumptions.isEmpty() ? tr("Assumptions: none.")
                                                          : tr("Assumptions: %1").arg(snapshot.assumptions.join(QStringLiteral(" · "))));
}

} // namespace tongban::ui
