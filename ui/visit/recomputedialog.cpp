#include "ui/visit/recomputedialog.h"

#include "ui/common/itemviews.h"
#include "ui/visit/snapshottext.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tongban::ui {

namespace {

const QColor kChanged(0xff, 0xf3, 0xcd);

QTableWidget *makeTable(const QString &objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    setUpItemView(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

/// Appends a row of @p texts; a changed row is tinted and bold so that it stands out.
void addRow(QTableWidget *table, const QStringList &texts, bool changed)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        item->setToolTip(texts.at(column));
        if (changed) {
            item->setBackground(kChanged);
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        table->setItem(row, column, item);
    }
}

QString lineText(const std::optional<pension::BreakdownLine> &line)
{
    if (!line)
        return RecomputeDialog::tr("(no such step)");
    return RecomputeDialog::tr("%1 = %2").arg(line->formula, line->value);
}

} // namespace

RecomputeDialog::RecomputeDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recomputeDialog"));
    setWindowTitle(tr("Stored calculation recomputed"));
    resize(1000, 680);

    m_caption = new QLabel;
    m_caption->setObjectName(QStringLiteral("recomputeCaption"));
    m_caption->setWordWrap(true);
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("recomputeVerdict"));
    m_verdict->setWordWrap(true);
    QFont verdictFont = m_verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.3);
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);

    m_way = new QLabel;
    m_way->setObjectName(QStringLiteral("recomputeWay"));
    m_way->setWordWrap(true);

    m_files = makeTable(QStringLiteral("parameterFileTable"), {tr("Parameter file"), tr("Then"), tr("Now"), tr("Changed")});
    m_components = makeTable(QStringLiteral("componentTable"), {tr("Component"), tr("Stored"), tr("Now"), tr("Difference")});
    m_caseFiguresTitle = new QLabel(tr("Figures from the contribution records"));
    m_caseFigures = makeTable(QStringLiteral("caseFigureTable"), {tr("Figure"), tr("Stored"), tr("Now"), tr("Difference")});
    m_linesTitle = new QLabel(tr("Steps that changed"));
    m_lines = makeTable(QStringLiteral("lineChangeTable"), {tr("Step"), tr("Stored"), tr("Now")});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_verdict);
    layout->addWidget(m_way);
    layout->addWidget(new QLabel(tr("Parameter files")));
    layout->addWidget(m_files);
    layout->addWidget(m_caseFiguresTitle);
    layout->addWidget(m_caseFigures);
    layout->addWidget(new QLabel(tr("Components")));
    layout->addWidget(m_components, 1);
    layout->addWidget(m_linesTitle);
    layout->addWidget(m_lines, 1);
    layout->addWidget(buttons);
}

void RecomputeDialog::showFiles(const QList<session::ParameterFileChange> &files)
{
    m_files->setRowCount(0);
    for (const session::ParameterFileChange &f : files)
        addRow(m_files,
               {f.file, SnapshotText::fileVersion(f.before), SnapshotText::fileVersion(f.after), f.changed() ? tr("changed") : tr("same")},
               f.changed());
}

void RecomputeDialog::showRecomputation(const services::Recomputation &r)
{
    m_snapshotId = r.snapshot.id;
    m_caption->setText(SnapshotText::caption(r.snapshot));
    m_components->setRowCount(0);
    m_lines->setRowCount(0);
    m_caseFigures->setRowCount(0);
    if (r.from == session::RecomputedFrom::ContributionRecords) {
        const QString asOf = r.snapshot.origin ? r.snapshot.origin->today.toString() : QString();
        m_way->setText(tr("Recomputed from the contribution records as stored now, with the choices made then "
                          "(account as of the calculation month %1).")
                           .arg(asOf));
    } else if (!r.recordsUnavailable.isEmpty()) {
        m_way->setText(tr("Recomputed from the stored inputs: the contribution records could not be read (%1).").arg(r.recordsUnavailable));
    } else {
        m_way->setText(tr("Recomputed from the stored inputs (figures derived from the records then are kept)."));
    }

    if (!r.comparison) {
        const QString error = r.error ? r.error->message : QString();
        m_verdict->setText(tr("The stored case cannot be computed with today's parameters: %1").arg(error));
        m_verdict->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
        showFiles(r.files);
        m_components->hide();
        m_caseFiguresTitle->hide();
        m_caseFigures->hide();
        m_linesTitle->hide();
        m_lines->hide();
        return;
    }
    const session::SnapshotComparison &c = *r.comparison;
    showFiles(c.files);
    m_components->show();
    for (const session::ComponentChange &change : c.caseFigures)
        addRow(m_caseFigures,
               {change.label, SnapshotText::value(change, change.before), SnapshotText::value(change, change.after),
                SnapshotText::difference(change)},
               change.changed());
    m_caseFiguresTitle->setVisible(!c.caseFigures.isEmpty());
    m_caseFigures->setVisible(!c.caseFigures.isEmpty());
    for (const session::ComponentChange &change : c.components)
        addRow(m_components,
               {change.label, SnapshotText::value(change, change.before), SnapshotText::value(change, change.after),
                SnapshotText::difference(change)},
               change.changed());
    for (const session::LineChange &l : c.lines) {
        const QString label = l.after ? l.after->label : l.before->label;
        addRow(m_lines, {label, lineText(l.before), lineText(l.after)}, true);
    }
    m_linesTitle->setVisible(!c.lines.isEmpty());
    m_lines->setVisible(!c.lines.isEmpty());

    QStringList changedFiles;
    for (const session::ParameterFileChange &f : c.files)
        if (f.changed())
            changedFiles << f.file;
    if (c.isUnchanged() && c.wasProvisional()) {
        m_verdict->setText(
            tr("No change: still computed on a provisional calculation base (预发), the month's base is not published yet."));
        m_verdict->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    } else if (c.isUnchanged()) {
        m_verdict->setText(tr("No change: the parameters and the result are the same as when it was calculated."));
        m_verdict->setStyleSheet(QStringLiteral("color: #1d5e20;"));
    } else if (!c.resultChanged() && changedFiles.isEmpty()) {
        // Only the records changed (a correction), not enough to move the result.
        m_verdict->setText(tr("The figures from the contribution records have changed since, but the result is the same."));
        m_verdict->setStyleSheet(QStringLiteral("color: #1d5e20;"));
    } else if (!c.resultChanged()) {
        m_verdict->setText(tr("The parameter files %1 have changed since, but the result is the same.").arg(changedFiles.join(tr(", "))));
        m_verdict->setStyleSheet(QStringLiteral("color: #1d5e20;"));
    } else {
        const auto totalIt
            = std::find_if(c.components.cbegin(), c.components.cend(), [](const session::ComponentChange &x) { return x.key == u"total"; });
        const session::ComponentChange total = totalIt != c.components.cend() ? *totalIt : session::ComponentChange {};
        QString text
            = tr("The result differs: ¥ %1 then, ¥ %2 now (%3).")
                  .arg(SnapshotText::value(total, total.before), SnapshotText::value(total, total.after), SnapshotText::difference(total));
        if (!changedFiles.isEmpty())
            text += u' ' + tr("Changed parameter files: %1.").arg(changedFiles.join(tr(", ")));
        if (c.provisionalResolved())
            text += u' ' + tr("It was computed on a provisional calculation base (预发); the base is published now.");
        m_verdict->setText(text);
        m_verdict->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    }
}

} // namespace tongban::ui
