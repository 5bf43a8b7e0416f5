#include "ui/pension/visitorview.h"

#include "ui/pension/sheetdocument.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace tongban::ui {

namespace {

QLabel *makeLabel(const QString &objectName, qreal pointSize, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = SheetDocument::font(pointSize);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

} // namespace

VisitorView::VisitorView(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("visitorView"));
    setWindowTitle(tr("Your pension, step by step"));
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    setPalette(palette);

    // Sizes in points: 28 pt is about 1 cm high, readable at two metres across a counter.
    m_header = makeLabel(QStringLiteral("visitorHeader"), 20, false, this);
    m_counter = makeLabel(QStringLiteral("visitorCounter"), 20, false, this);
    m_counter->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_counter->setWordWrap(false);
    m_label = makeLabel(QStringLiteral("visitorStepLabel"), 34, true, this);
    // The step in plain words: the terms of the notice ("G实", 计发基数) are not the visitor's.
    m_explanation = makeLabel(QStringLiteral("visitorExplanation"), 22, false, this);
    m_explanation->setStyleSheet(QStringLiteral("color: #333333;"));
    m_formula = makeLabel(QStringLiteral("visitorFormula"), 28, false, this);
    m_value = makeLabel(QStringLiteral("visitorValue"), 48, true, this);
    m_value->setStyleSheet(QStringLiteral("color: #123f73;"));
    m_note = makeLabel(QStringLiteral("visitorNote"), 18, false, this);
    m_note->setStyleSheet(QStringLiteral("color: #444444;"));
    m_totalCaption = makeLabel(QStringLiteral("visitorTotalCaption"), 30, true, this);
    m_totalCaption->setWordWrap(false);
    m_total = makeLabel(QStringLiteral("visitorTotal"), 40, true, this);
    m_total->setWordWrap(false);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_keys = makeLabel(QStringLiteral("visitorKeys"), 11, false, this);
    m_keys->setText(tr("→ / Space: next step   ← : previous step   Home / End: first / last   Esc: close"));
    m_keys->setStyleSheet(QStringLiteral("color: #888888;"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_counter);

    // The total in a band of its own at the bottom: whatever step is shown, it stays in view.
    auto *totalBand = new QWidget(this);
    totalBand->setObjectName(QStringLiteral("visitorTotalBand"));
    totalBand->setStyleSheet(QStringLiteral("#visitorTotalBand { background: #e4ebf3; border-radius: 8px; }"));
    auto *totalLayout = new QHBoxLayout(totalBand);
    totalLayout->setContentsMargins(24, 12, 24, 12);
    totalLayout->addWidget(m_totalCaption);
    totalLayout->addStretch(1);
    totalLayout->addWidget(m_total);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 24);
    layout->setSpacing(18);
    layout->addLayout(top);
    layout->addSpacing(12);
    layout->addWidget(m_label);
    layout->addWidget(m_explanation);
    layout->addWidget(m_formula);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(totalBand);
    layout->addWidget(m_keys);

    clearSheet();
}

void VisitorView::setSheet(const sheet::CalculationSheet &sheet)
{
    m_sheet = sheet;
    QStringList header {m_sheet.title};
    if (!m_sheet.personName.isEmpty())
        header << m_sheet.personName;
    header << m_sheet.regionName;
    m_header->setText(header.join(QStringLiteral(" · ")));
    m_totalCaption->setText(m_sheet.totalLabel);
    m_total->setText(tr("¥ %1").arg(m_sheet.total.toDisplayString()));
    m_step = -1;
    setStep(0);
}

void VisitorView::clearSheet()
{
    m_sheet = {};
    m_step = -1;
    m_header->setText(tr("Pension calculation"));
    m_totalCaption->clear();
    m_total->clear();
    showStep();
}

int VisitorView::stepCount() const
{
    return int(m_sheet.lines.size());
}

void VisitorView::setStep(int step)
{
    const int clamped = stepCount() == 0 ? -1 : std::clamp(step, 0, stepCount() - 1);
    if (clamped == m_step)
        return;
    m_step = clamped;
    showStep();
    emit stepChanged(m_step);
}

void VisitorView::showStep()
{
    if (m_step < 0) {
        m_counter->clear();
        m_label->clear();
        m_explanation->clear();
        m_formula->clear();
        m_value->clear();
        m_note->clear();
        return;
    }
    const sheet::CalculationSheet::Line &line = m_sheet.lines.at(m_step);
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount()));
    m_label->setText(line.label);
    m_explanation->setText(line.explanation);
    m_explanation->setVisible(!line.explanation.isEmpty());
    m_formula->setText(line.formula);
    m_value->setText(sheet::CalculationSheet::displayValue(line));
    // What the visitor's paper says, not the staff's: the clerk's note on a figure entered for the
    // case and the provisional mark, and the documents by number and title; never the notes on
    // the sources, their confidence or the evidence behind a figure (a sample sheet, a table).
    QStringList note;
    if (!line.visitorNote.isEmpty())
        note << line.visitorNote;
    QStringList documents;
    for (const int reference : line.references) {
        if (const QString citation = m_sheet.citations.value(reference - 1); !citation.isEmpty())
            documents << citation;
    }
    if (!documents.isEmpty())
        note << tr("Basis: %1").arg(documents.join(tr("; ")));
    m_note->setText(note.join(u'\n'));
}

QScreen *VisitorView::visitorScreen(const QList<QScreen *> &screens, QScreen *expertScreen)
{
    if (screens.size() < 2)
        return nullptr;
    for (QScreen *screen : screens) {
        if (screen != expertScreen)
            return screen;
    }
    return nullptr;
}

void VisitorView::open(QScreen *expertScreen)
{
    if (QScreen *screen = visitorScreen(QGuiApplication::screens(), expertScreen)) {
        setScreen(screen);
        setGeometry(screen->geometry());
        showFullScreen();
    } else {
        // One screen: a large window the expert can turn towards the visitor or drag elsewhere.
        const QRect available = expertScreen ? expertScreen->availableGeometry() : QRect(0, 0, 1280, 800);
        resize(std::min(1200, available.width()), std::min(760, available.height()));
        showNormal();
    }
    raise();
    activateWindow();
}

void VisitorView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Spontaneous hides (minimised by the window manager) leave the window open.
    if (!event->spontaneous())
        emit closed();
}

void VisitorView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_Home:
        first();
        break;
    case Qt::Key_End:
        last();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace tongban::ui
