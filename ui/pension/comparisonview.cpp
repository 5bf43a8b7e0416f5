#include "ui/pension/comparisonview.h"

#include "services/auditservice.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/codefield.h"
#include "ui/common/displaytext.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/fieldwidth.h"
#include "ui/common/hintlabel.h"
#include "ui/common/itemviews.h"
#include "ui/common/whenfinished.h"
#include "ui/pension/disclosuredialog.h"
#include "ui/pension/sheetactions.h"

#include "sheet/comparisonsheet.h"

#include "identity/citizenid.h"
#include "ui/common/warningbox.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tongban::ui {

namespace {

/// A signed amount for a difference column: "+12.30", "−371.01" (true minus sign), "0.00".
QString signedAmount(Money m)
{
    return sheet::ComparisonSheet::signedAmount(m);
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

QStandardItem *amountItem(const QString &text, bool emphasised = false)
{
    auto *item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont font = DisplayText::numberFont();
    font.setBold(emphasised);
    item->setFont(font);
    return item;
}

QStandardItem *differenceItem(Money m, bool emphasised = false)
{
    auto *item = amountItem(signedAmount(m), emphasised);
    if (m < Money())
        item->setForeground(QColor(0xb0, 0x1c, 0x1c));
    else if (m > Money())
        item->setForeground(QColor(0x1d, 0x6b, 0x2a));
    return item;
}

QString bulletList(const QString &title, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<b>") + title.toHtmlEscaped() + QStringLiteral("</b><ul style=\"margin-left: -20px;\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

void setUpTable(QTableView *table)
{
    setUpItemView(table);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(true);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    // Wrapped explanations need their rows re-measured whenever a column width changes.
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, table, [table]() { table->resizeRowsToContents(); });
}

} // namespace

ComparisonView::ComparisonView(const services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_task(new BackgroundTask(this))
{
    m_stack = new QStackedWidget(this);
    auto *hint = new HintLabel(tr("Look up an insured person, then compare their pension with a colleague's, "
                                  "or with another start month or contributions paid on until retirement."));
    m_stack->addWidget(hint);

    // --- what to compare with
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("comparisonMode"));
    m_mode->addItem(tr("another insured person"));
    m_mode->addItem(tr("the same person, another scenario"));

    m_other = new QLineEdit;
    m_other->setObjectName(QStringLiteral("otherPersonField"));
    m_other->setPlaceholderText(tr("ID number or name of the other person"));
    m_other->setMinimumWidth(260);
    auto *otherPage = new QWidget;
    auto *otherLayout = new QHBoxLayout(otherPage);
    otherLayout->setContentsMargins(0, 0, 0, 0);
    otherLayout->addWidget(m_other);
    otherLayout->addStretch(1);

    m_retirement = new QLineEdit;
    m_retirement->setObjectName(QStringLiteral("scenarioRetirementField"));
    m_retirement->setPlaceholderText(tr("statutory"));
    m_retirement->setMaximumWidth(110);
    m_retirement->setToolTip(tr("The month the pension starts (YYYY-MM); empty: the statutory month"));
    m_keepPaying = new QLineEdit;
    m_keepPaying->setObjectName(QStringLiteral("keepPayingField"));
    m_keepPaying->setPlaceholderText(tr("not paying on"));
    m_keepPaying->setMaximumWidth(130);
    m_keepPaying->setAlignment(Qt::AlignRight);
    m_keepPaying->setToolTip(tr("A monthly contribution base (CNY) paid from now until the pension starts; empty: nothing more is paid"));
    fitFieldWidth(m_retirement, {QStringLiteral("2027-03")});
    fitFieldWidth(m_keepPaying, {QStringLiteral("99,999.99")});
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("keepPayingKind"));
    m_kind->addItem(DisplayText::kind(insured::ContributionKind::Employee));
    m_kind->addItem(DisplayText::kind(insured::ContributionKind::Flexible));
    auto *scenarioPage = new QWidget;
    auto *scenarioLayout = new QHBoxLayout(scenarioPage);
    scenarioLayout->setContentsMargins(0, 0, 0, 0);
    auto *retirementLabel = new QLabel(tr("Pension starts:"));
    retirementLabel->setBuddy(m_retirement);
    auto *keepPayingLabel = new QLabel(tr("Keep paying on a base of:"));
    keepPayingLabel->setBuddy(m_keepPaying);
    scenarioLayout->addWidget(retirementLabel);
    scenarioLayout->addWidget(m_retirement);
    scenarioLayout->addSpacing(12);
    scenarioLayout->addWidget(keepPayingLabel);
    scenarioLayout->addWidget(m_keepPaying);
    scenarioLayout->addWidget(new QLabel(tr("CNY a month, as")));
    scenarioLayout->addWidget(m_kind);
    scenarioLayout->addStretch(1);

    m_modeInputs = new QStackedWidget;
    m_modeInputs->addWidget(otherPage);
    m_modeInputs->addWidget(scenarioPage);
    m_modeInputs->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_mode, &QComboBox::currentIndexChanged, m_modeInputs, &QStackedWidget::setCurrentIndex);

    m_compareButton = new QPushButton(tr("Compare"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelComparisonButton"));
    m_cancelButton->setEnabled(false);
    m_busy = new BusyIndicator;
    connect(m_compareButton, &QPushButton::clicked, this, &ComparisonView::compare);
    connect(m_other, &QLineEdit::returnPressed, this, &ComparisonView::compare);
    connect(m_retirement, &QLineEdit::returnPressed, this, &ComparisonView::compare);
    connect(m_keepPaying, &QLineEdit::returnPressed, this, &ComparisonView::compare);
    connect(m_cancelButton, &QPushButton::clicked, this, [this]() {
        m_task->cancel();
        m_message->showMessage(tr("The comparison was cancelled."));
    });
    connect(m_task, &BackgroundTask::busyChanged, this, [this](bool busy) {
        m_busy->setBusy(busy);
        m_cancelButton->setEnabled(busy);
    });

    // What to compare with and the buttons, then its inputs on a row of their own: on one row
    // they squeezed the fields until their text was cut.
    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(new QLabel(tr("Compare with")));
    inputRow->addWidget(m_mode);
    inputRow->addStretch(1);
    inputRow->addWidget(m_compareButton);
    inputRow->addWidget(m_cancelButton);
    inputRow->addWidget(m_busy);
    m_message = new FieldMessage;
    m_message->setObjectName(QStringLiteral("comparisonMessage"));

    // --- the result
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("comparisonHeadline"));
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.4);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setStyleSheet(QStringLiteral("color: #123f73;"));

    // What either calculation warns about, as the pension tab and a reopened calculation say it.
    m_warnings = new WarningBox;
    m_warnings->setObjectName(QStringLiteral("comparisonWarnings"));

    m_sideBySideModel = new QStandardItemModel(this);
    m_sideBySide = new QTableView;
    m_sideBySide->setObjectName(QStringLiteral("sideBySideTable"));
    m_sideBySide->setModel(m_sideBySideModel);
    setUpTable(m_sideBySide);

    m_causesCaption = new QLabel(tr("Why they differ — each cause with its part of the difference; the parts add up to it"));
    QFont captionFont = m_causesCaption->font();
    captionFont.setBold(true);
    m_causesCaption->setFont(captionFont);
    m_causesModel = new QStandardItemModel(this);
    m_causes = new QTableView;
    m_causes->setObjectName(QStringLiteral("causesTable"));
    m_causes->setModel(m_causesModel);
    setUpTable(m_causes);

    m_colleague = new QLabel;
    m_colleague->setObjectName(QStringLiteral("comparisonColleague"));
    m_colleague->setWordWrap(true);
    m_sheetActions = new SheetActions([this] { return comparisonSheet(m_context.clock().now()); });
    // The comparison sheet carries a colleague's figures too: their log shows it as well.
    m_sheetActions->setOutputAudit([this](const QString &action) {
        QStringList concerned {m_person.citizenId};
        if (m_shown && m_shown->colleague)
            concerned << m_shown->colleague->citizenId;
        return services::AuditService(m_context).recordOutputFor(action, services::AuditService::comparisonSheetObject(), concerned);
    });
    m_sheetActions->setObjectName(QStringLiteral("comparisonSheetActions"));
    connect(m_sheetActions, &SheetActions::pdfRequested, this, [this]() {
        if (!m_shown || !m_shown->comparison)
            return;
        // Named after the visitor and the month, never a colleague or an ID number.
        m_sheetActions->chooseAndSavePdf(
            tr("Pension comparison %1 %2.pdf")
                .arg(m_person.name, m_shown->sideA ? m_shown->sideA->result.retirement.toString() : QString()));
    });
    connect(m_sheetActions, &SheetActions::pdfFinished, this, &ComparisonView::pdfFinished);

    m_assumptions = new QLabel;
    m_assumptions->setObjectName(QStringLiteral("comparisonAssumptions"));
    m_assumptions->setWordWrap(true);
    m_assumptions->setTextFormat(Qt::RichText);

    m_result = new QWidget;
    auto *resultLayout = new QVBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    // The answer first (the causes), then the figures of both sides to check it against.
    resultLayout->addWidget(m_colleague);
    resultLayout->addWidget(m_headline);
    resultLayout->addWidget(m_warnings);
    resultLayout->addWidget(m_causesCaption);
    resultLayout->addWidget(m_causes);
    resultLayout->addSpacing(8);
    resultLayout->addWidget(m_sideBySide);
    resultLayout->addWidget(m_assumptions);
    resultLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_result);

    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(inputRow);
    pageLayout->addWidget(m_modeInputs);
    pageLayout->addWidget(m_message);
    pageLayout->addWidget(scroll, 1);
    pageLayout->addWidget(m_sheetActions);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clearResult();
}

void ComparisonView::showPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records)
{
    m_task->cancel();
    dropPending();
    m_sheetActions->closeVisitorView();
    m_person = person;
    m_records = records;
    m_message->clearMessage();
    clearResult();
    m_stack->setCurrentIndex(1);
}

void ComparisonView::clear()
{
    m_task->cancel();
    dropPending();
    m_sheetActions->closeVisitorView();
    m_other->clear();
    m_person = {};
    m_records.clear();
    clearResult();
    m_stack->setCurrentIndex(0);
}

void ComparisonView::compareWith(const QString &otherQuery)
{
    m_mode->setCurrentIndex(0);
    m_other->setText(otherQuery);
    compare();
}

void ComparisonView::dropPending()
{
    ++m_generation;
    if (m_disclosureDialog) {
        m_disclosureDialog->disconnect(this);
        m_disclosureDialog->close();
        m_disclosureDialog->deleteLater();
    }
}

DisclosureDialog *ComparisonView::disclosureDialog() const
{
    return m_disclosureDialog.data();
}

VisitorView *ComparisonView::visitorView() const
{
    return m_sheetActions->visitorView();
}

void ComparisonView::openVisitorView()
{
    m_sheetActions->openVisitorView();
}

void ComparisonView::savePdf(const QString &path)
{
    m_sheetActions->savePdf(path);
}

Result<sheet::CalculationSheet> ComparisonView::comparisonSheet(const QDateTime &printedAt) const
{
    if (!m_shown || !m_shown->comparison || !m_shown->sideA || !m_shown->sideB)
        return Error::notFound(QStringLiteral("comparison"), tr("No comparison is shown."));
    const pension::PensionComparison &c = *m_shown->comparison;
    const sheet::ComparisonSheet::Party a {c.labelA, identity::CitizenId::mask(m_person.citizenId)};
    // A scenario is the visitor again; a colleague only as the comparison names them.
    const sheet::ComparisonSheet::Party b {c.labelB, m_shown->colleague ? m_shown->colleagueMaskedId : a.maskedCitizenId};
    QList<policy::ParameterFileVersion> versions = m_context.parameters()->versionsFor(m_shown->sideA->result.region);
    for (const policy::ParameterFileVersion &v : m_context.parameters()->versionsFor(m_shown->sideB->result.region)) {
        if (!versions.contains(v))
            versions << v;
    }
    auto sheet = sheet::ComparisonSheet::build(c, m_shown->sideA->result, m_shown->sideB->result, a, b, m_shown->assumptionsA,
                                               m_shown->assumptionsB, versions, m_context.clerk(), printedAt, m_context.parameters().get());
    if (sheet) {
        sheet->agency = m_context.agency().name;
        sheet->sealText = m_context.agency().sealText;
    }
    return sheet;
}

void ComparisonView::clearResult()
{
    m_shown.reset();
    m_sheetActions->setAvailable(false);
    m_colleague->clear();
    m_colleague->hide();
    m_result->hide();
    m_sideBySideModel->clear();
    m_causesModel->clear();
    m_headline->clear();
    m_warnings->showWarnings({});
    m_assumptions->clear();
}

void ComparisonView::compare()
{
    if (m_person.id.isEmpty())
        return;
    dropPending();
    m_message->clearMessage();
    services::ComparisonService::Request request;
    request.a.person = services::StoredPerson {m_person, m_records};
    request.today = m_context.clock().currentMonth();
    if (m_mode->currentIndex() == 0) {
        request.b.query = CodeField::normalize(m_other).trimmed();
        request.b.queryField = QStringLiteral("other");
        request.colleagueUnnamed = true;
        if (request.b.query.isEmpty()) {
            m_message->showMessage(tr("Enter the ID number or the name of the person to compare with."));
            m_other->setFocus();
            return;
        }
    } else {
        pension::Scenario &scenario = request.b.scenario;
        request.b.person = request.a.person;
        request.b.describe = true;
        request.bIsScenarioOfA = true;
        const QString month = m_retirement->text().trimmed();
        if (!month.isEmpty()) {
            scenario.retirement = YearMonth::parse(month);
            if (!scenario.retirement) {
                m_message->showMessage(tr("The start month is written YYYY-MM, e.g. 2027-03."));
                m_retirement->setFocus();
                return;
            }
        }
        const QString base = m_keepPaying->text().trimmed();
        if (!base.isEmpty()) {
            scenario.keepPayingBase = Money::parse(base);
            if (!scenario.keepPayingBase || scenario.keepPayingBase->fen() <= 0) {
                m_message->showMessage(tr("The base to keep paying is an amount in CNY a month, e.g. 8000 or 7310.50."));
                m_keepPaying->setFocus();
                return;
            }
        }
        scenario.kind = m_kind->currentIndex() == 0 ? insured::ContributionKind::Employee : insured::ContributionKind::Flexible;
        if (!scenario.retirement && !scenario.keepPayingBase) {
            m_message->showMessage(tr("Describe the scenario: another start month, a base to keep paying, or both."));
            m_retirement->setFocus();
            return;
        }
    }
    m_task->start([this, request](auto cancel) { return services::ComparisonService(m_context).compare(request, cancel); },
                  [this](const services::ComparisonOutcome &outcome) {
                      if (outcome.comparison && outcome.colleague) {
                          askForBasis(outcome);
                          return;
                      }
                      showOutcome(outcome);
                      emit comparisonShown();
                      if (outcome.comparison && outcome.scenarioOutcome)
                          emit scenarioShown(*outcome.scenarioOutcome);
                  });
}

void ComparisonView::askForBasis(const services::ComparisonOutcome &outcome)
{
    // Nothing of the colleague is on screen yet: the last comparison goes, and what was typed.
    clearResult();
    m_other->clear();
    const QString colleague = tr("%1 (ID number %2)").arg(services::ComparisonService::colleagueLabel(), outcome.colleagueMaskedId);
    auto *dialog = new DisclosureDialog(colleague, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_disclosureDialog = dialog;
    const quint64 generation = m_generation;
    connect(dialog, &QDialog::accepted, this, [this, dialog, outcome, generation]() {
        if (generation == m_generation && dialog->basis())
            recordAndShow(outcome, *dialog->basis());
    });
    connect(dialog, &QDialog::rejected, this, [this, generation]() {
        if (generation != m_generation)
            return;
        m_message->showMessage(tr("The comparison was not opened: a colleague's data is shown only on a recorded basis."));
        emit comparisonShown();
    });
    dialog->open();
}

void ComparisonView::recordAndShow(const services::ComparisonOutcome &outcome, const session::DisclosureBasis &basis)
{
    const quint64 generation = m_generation;
    m_busy->setBusy(true);
    whenFinished(services::ComparisonService(m_context).recordDisclosure({*outcome.colleague, m_person, basis, *outcome.comparison}), this,
                 [this, outcome, generation, summary = basis.summary()](const Result<session::Disclosure> &recorded) {
                     if (generation != m_generation)
                         return;
                     m_busy->setBusy(false);
                     if (!recorded) {
                         m_message->showMessage(
                             tr("The comparison was not opened: the basis could not be recorded (%1).").arg(recorded.error().message));
                         emit comparisonShown();
                         return;
                     }
                     showOutcome(outcome);
                     m_colleague->setText(tr("Compared with: %1, ID number %2. Basis recorded: %3.")
                                              .arg(services::ComparisonService::colleagueLabel(), outcome.colleagueMaskedId, summary));
                     m_colleague->show();
                     emit comparisonShown();
                 });
}

void ComparisonView::showOutcome(const services::ComparisonOutcome &outcome)
{
    clearResult();
    if (!outcome.comparison) {
        if (!outcome.error)
            return; // cancelled
        m_message->showMessage(outcome.error->message);
        if (outcome.error->field == u"other")
            m_other->setFocus();
        else if (outcome.error->field == u"retirement")
            m_retirement->setFocus();
        else if (outcome.error->field == u"keep_paying")
            m_keepPaying->setFocus();
        return;
    }
    const pension::PensionComparison &c = *outcome.comparison;
    const Money totalA = c.components.last().a;
    const Money totalB = c.components.last().b;

    // The answer first, in one sentence; then the largest cause.
    QString headline;
    if (c.difference.isZero())
        headline = tr("%1 and %2 receive the same: %3 CNY a month.").arg(c.labelB, c.labelA, totalA.toDisplayString());
    else if (c.difference < Money())
        headline = tr("%1: %2 CNY a month, %3 CNY less than %4 (%5 CNY).")
                       .arg(c.labelB, totalB.toDisplayString(), (-c.difference).toDisplayString(), c.labelA, totalA.toDisplayString());
    else
        headline = tr("%1: %2 CNY a month, %3 CNY more than %4 (%5 CNY).")
                       .arg(c.labelB, totalB.toDisplayString(), c.difference.toDisplayString(), c.labelA, totalA.toDisplayString());
    const pension::DifferenceCause *largest = nullptr;
    for (const pension::DifferenceCause &cause : c.causes) {
        if (cause.key != u"rounding" && (!largest || qAbs(cause.total().fen()) > qAbs(largest->total().fen())))
            largest = &cause;
    }
    if (largest && !largest->total().isZero())
        headline += u'\n' + tr("Mostly %1: %2 CNY of it.").arg(largest->label, signedAmount(largest->total()));
    if (largest && !largest->explanation.isEmpty() && !largest->total().isZero())
        m_headline->setToolTip(largest->explanation);
    m_headline->setText(headline);
    m_warnings->showWarnings(outcome.warnings);

    m_sideBySideModel->setHorizontalHeaderLabels({QString(), c.labelA, c.labelB, tr("Difference")});
    for (const pension::ComparedFigure &f : c.figures)
        m_sideBySideModel->appendRow({textItem(f.label), amountItem(f.a), amountItem(f.b), amountItem(f.difference)});
    for (const pension::ComponentDifference &d : c.components) {
        const bool total = d.key == u"total";
        auto *label = textItem(d.label);
        if (total) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        m_sideBySideModel->appendRow({label, amountItem(d.a.toDisplayString(), total), amountItem(d.b.toDisplayString(), total),
                                      differenceItem(d.difference(), total)});
    }
    m_sideBySide->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int column = 1; column < 4; ++column)
        m_sideBySide->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);

    m_causesModel->setHorizontalHeaderLabels({tr("Cause"), tr("What differs"), tr("Basic pension"), tr("Account pension"),
                                              tr("Transitional and other"), tr("Part of the difference")});
    Money sum;
    for (const pension::DifferenceCause &cause : c.causes) {
        sum += cause.total();
        m_causesModel->appendRow({textItem(cause.label), textItem(cause.explanation), differenceItem(cause.basicPension),
                                  differenceItem(cause.individualAccountPension),
                                  differenceItem(cause.transitionalPension + cause.supplements + cause.totalRounding),
                                  differenceItem(cause.total(), true)});
    }
    auto *sumLabel = textItem(tr("Sum"));
    QFont bold = sumLabel->font();
    bold.setBold(true);
    sumLabel->setFont(bold);
    m_causesModel->appendRow({sumLabel, textItem(tr("= the difference of the monthly pensions")), textItem(QString()), textItem(QString()),
                              textItem(QString()), differenceItem(sum, true)});
    m_causes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_causes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (int column = 2; column < 6; ++column)
        m_causes->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_causes->resizeRowsToContents();

    m_assumptions->setText(bulletList(tr("Assumed for %1").arg(c.labelA), outcome.assumptionsA)
                           + bulletList(tr("Assumed for %1").arg(c.labelB), outcome.assumptionsB));
    m_result->show();
    m_shown = outcome;
    m_sheetActions->setAvailable(true);
}

} // namespace tongban::ui
