#include "ui/deferral/deferralview.h"

#include "audit/auditentry.h"
#include "services/auditservice.h"
#include "ui/common/whenfinished.h"

#include "deferral/deferralnotice.h"
#include "deferral/deferraltext.h"
#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/codefield.h"
#include "ui/common/dateedit.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/itemviews.h"
#include "ui/print/noticedocument.h"
#include "ui/print/papercopybox.h"
#include "ui/print/pdfexport.h"

#include "identity/uscc.h"
#include "services/employersearch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>

#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>

namespace tongban::ui {

using deferral::DeferralText;

namespace {

/// A form row: the input with its field message under it.
QWidget *withMessage(QWidget *input, FieldMessage *message)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(input);
    layout->addWidget(message);
    return box;
}

} // namespace

DeferralView::DeferralView(const services::AppContext &context, std::shared_ptr<const deferral::DeferralEvaluator> evaluator,
                           QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_evaluator(std::move(evaluator))
    , m_searchTask(new BackgroundTask(this))
{
    buildForm();
    fillIndustryPicker();
    setAsOf(m_context.clock().today());
    kindChanged();
}

void DeferralView::buildForm()
{
    // The employer and the payer's form on the left, the answer beside it on the right: one
    // above the other, the answer had room for a row and a half at 1280×720.
    auto *columns = new QHBoxLayout(this);
    auto *layout = new QVBoxLayout;
    auto *answer = new QVBoxLayout;
    columns->addLayout(layout, 1);
    columns->addLayout(answer, 1);

    auto *employerBox = new QGroupBox(tr("Stored employer"), this);
    auto *employerLayout = new QVBoxLayout(employerBox);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(employerBox);
    m_search->setObjectName(QStringLiteral("employerSearch"));
    m_search->setPlaceholderText(tr("Unified social credit code or part of the name"));
    auto *find = new QPushButton(tr("Find"), employerBox);
    find->setObjectName(QStringLiteral("employerFind"));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(find);
    employerLayout->addLayout(searchRow);
    m_searchMessage = new FieldMessage(employerBox);
    employerLayout->addWidget(m_searchMessage);
    m_employerList = new QListWidget(employerBox);
    m_employerList->setObjectName(QStringLiteral("employerList"));
    setUpItemView(m_employerList);
    employerLayout->addWidget(m_employerList, 1);
    layout->addWidget(employerBox, 1);
    // A code typed with spaces or full-width digits is shown as searched; a name stays as typed.
    const auto search = [this]() {
        if (const QString code = identity::Uscc::normalized(m_search->text()); !code.isEmpty())
            m_search->setText(code);
        searchEmployers(m_search->text());
    };
    connect(find, &QPushButton::clicked, this, search);
    connect(m_search, &QLineEdit::returnPressed, this, search);
    connect(m_employerList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_found.size())
            useEmployer(m_found.at(row));
    });

    auto *payerBox = new QGroupBox(tr("Payer"), this);
    auto *form = new QFormLayout(payerBox);
    m_name = new QLineEdit(payerBox);
    m_name->setObjectName(QStringLiteral("payerName"));
    form->addRow(tr("Name of the payer"), m_name);

    m_kind = new QComboBox(payerBox);
    m_kind->setObjectName(QStringLiteral("payerKind"));
    for (const QString &kind : deferral::Payer::kinds())
        m_kind->addItem(DeferralText::kind(kind), kind);
    m_kindMessage = new FieldMessage(payerBox);
    form->addRow(tr("Kind"), withMessage(m_kind, m_kindMessage));
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this]() { kindChanged(); });

    m_uscc = new QLineEdit(payerBox);
    m_uscc->setObjectName(QStringLiteral("payerUscc"));
    m_uscc->setMaxLength(24);
    m_uscc->setPlaceholderText(tr("18 characters, GB 32100-2015"));
    m_usccMessage = new FieldMessage(payerBox);
    form->addRow(tr("Unified social credit code"), withMessage(m_uscc, m_usccMessage));

    // Searchable: type a code or a part of the name ("餐饮", "62", "C13").
    m_industry = new QComboBox(payerBox);
    m_industry->setObjectName(QStringLiteral("payerIndustry"));
    m_industry->setEditable(true);
    m_industry->setInsertPolicy(QComboBox::NoInsert);
    m_industry->completer()->setFilterMode(Qt::MatchContains);
    m_industry->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_industry->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_industryMessage = new FieldMessage(payerBox);
    form->addRow(tr("Industry (GB/T 4754-2017)"), withMessage(m_industry, m_industryMessage));

    m_size = new QComboBox(payerBox);
    m_size->setObjectName(QStringLiteral("payerSize"));
    m_size->addItem(tr("(not given)"), QString());
    for (const QString &size : deferral::Payer::sizes())
        m_size->addItem(DeferralText::size(size), size);
    m_sizeMessage = new FieldMessage(payerBox);
    form->addRow(tr("Size"), withMessage(m_size, m_sizeMessage));

    m_hardHit = new QCheckBox(tr("In an area hard hit by the epidemic (local criteria)"), payerBox);
    m_hardHit->setObjectName(QStringLiteral("payerHardHit"));
    form->addRow(QString(), m_hardHit);
    m_difficulty = new QCheckBox(tr("Temporary operating difficulty attested"), payerBox);
    m_difficulty->setObjectName(QStringLiteral("payerDifficulty"));
    form->addRow(QString(), m_difficulty);

    m_asOf = new DateEdit(payerBox);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_asOfMessage = new FieldMessage(payerBox);
    form->addRow(tr("Application date"), withMessage(m_asOf, m_asOfMessage));

    m_check = new QPushButton(tr("Check eligibility"), payerBox);
    m_check->setObjectName(QStringLiteral("deferralCheck"));
    form->addRow(QString(), m_check);
    connect(m_check, &QPushButton::clicked, this, &DeferralView::evaluate);
    layout->addWidget(payerBox);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("deferralVerdict"));
    m_verdict->setWordWrap(true);
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    m_verdict->setFont(verdictFont);
    answer->addWidget(m_verdict);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("deferralTable"));
    setUpItemView(m_table);
    m_table->setHorizontalHeaderLabels(
        {tr("Insurance"), tr("Deferral"), tr("Premium months"), tr("Share deferred"), tr("Pay back by"), tr("Late-payment surcharge")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As high as its rows (one an insurance), never fewer.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    answer->addWidget(m_table);

    m_reasons = new QPlainTextEdit(this);
    m_reasons->setObjectName(QStringLiteral("deferralReasons"));
    m_reasons->setReadOnly(true);
    answer->addWidget(m_reasons, 1);

    auto *noticeRow = new QHBoxLayout;
    m_save = new QPushButton(tr("Save notice as PDF…"), this);
    m_save->setObjectName(QStringLiteral("deferralSavePdf"));
    m_print = new QPushButton(tr("Print notice…"), this);
    m_print->setObjectName(QStringLiteral("deferralPrint"));
    m_busy = new BusyIndicator(this);
    m_noticeStatus = new QLabel(this);
    noticeRow->addWidget(m_save);
    m_copy = new PaperCopyBox(this);
    noticeRow->addWidget(m_copy);
    noticeRow->addWidget(m_print);
    noticeRow->addWidget(m_busy);
    noticeRow->addWidget(m_noticeStatus, 1);
    answer->addLayout(noticeRow);
    m_noticeMessage = new FieldMessage(this);
    answer->addWidget(m_noticeMessage);
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &DeferralView::chooseSavePath);
    connect(m_print, &QPushButton::clicked, this, &DeferralView::print);
    m_pdf = new PdfExport(this, m_noticeStatus, m_noticeMessage, m_busy);
    // An employer's notice, no person's: audited as the paper it is before the file is written.
    m_pdf->setAudit([this]() { return services::AuditService(m_context).recordOutput(audit::action::pdf, deferralNoticeObject()); });
    connect(m_pdf, &PdfExport::finished, this, &DeferralView::noticeSaved);
    connect(m_searchTask, &BackgroundTask::busyChanged, m_busy, &BusyIndicator::setBusy);
}

void DeferralView::fillIndustryPicker()
{
    m_industry->addItem(QString(), QString());
    for (const auto &entry : m_evaluator->catalog().entries()) {
        if (entry.level == employer::IndustryEntry::Level::Section)
            continue;
        m_industry->addItem(entry.section + entry.code + u' ' + entry.name, entry.code);
    }
}

void DeferralView::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

void DeferralView::kindChanged()
{
    // Persons carry no USCC: the field stays but is not needed.
    const bool organisation = deferral::Payer::isOrganisation(m_kind->currentData().toString());
    m_uscc->setEnabled(organisation);
    m_size->setEnabled(organisation);
}

void DeferralView::useEmployer(const insured::Employer &employer)
{
    m_name->setText(employer.name);
    const int kind = m_kind->findData(employer.kind);
    if (kind >= 0)
        m_kind->setCurrentIndex(kind);
    m_uscc->setText(employer.uscc);
    const auto code = m_evaluator->catalog().normalize(employer.industryCode, QStringLiteral("industry"));
    // The picker has every major group, group and class: the stored code picks its row.
    const int industry = code ? m_industry->findData(code->code()) : -1;
    if (industry >= 0)
        m_industry->setCurrentIndex(industry);
    else
        m_industry->setEditText(employer.industryCode);
    const int size = m_size->findData(employer.sizeClass);
    m_size->setCurrentIndex(size >= 0 ? size : 0);
}

void DeferralView::searchEmployers(const QString &text)
{
    m_searchMessage->clearMessage();
    m_employerList->clear();
    m_found.clear();
    // The store is read on one of its reader threads.
    m_searchTask->start([this, text](auto) { return services::EmployerSearch(m_context).search(text); },
                        [this](const Result<QList<insured::Employer>> &result) {
                            if (!result) {
                                m_searchMessage->showMessage(result.error().message);
                                emit employersFound(-1);
                                return;
                            }
                            m_found = *result;
                            for (const insured::Employer &e : m_found)
                                m_employerList->addItem(QStringLiteral("%1  %2  %3").arg(e.uscc, e.name, e.industryCode));
                            if (m_found.isEmpty())
                                m_searchMessage->showMessage(tr("no stored employer matches"));
                            emit employersFound(static_cast<int>(m_found.size()));
                        });
}

QString DeferralView::industryCode() const
{
    // A picked row gives its code; typed text ("C13", "7291") goes to the catalog as it is.
    const int index = m_industry->findText(m_industry->currentText());
    if (index >= 0)
        return m_industry->itemData(index).toString();
    return m_industry->currentText().trimmed();
}

void DeferralView::clearMessages()
{
    for (FieldMessage *m : {m_kindMessage, m_usccMessage, m_industryMessage, m_sizeMessage, m_asOfMessage, m_noticeMessage})
        m->clearMessage();
}

void DeferralView::evaluate()
{
    clearMessages();
    deferral::Payer payer;
    payer.kind = m_kind->currentData().toString();
    payer.uscc = m_uscc->isEnabled() ? CodeField::normalize(m_uscc) : QString();
    payer.industry = industryCode();
    payer.size = m_size->isEnabled() ? m_size->currentData().toString() : QString();
    payer.hardHitArea = m_hardHit->isChecked();
    payer.temporaryDifficulty = m_difficulty->isChecked();
    // In memory and quick: no worker thread needed.
    const auto outcome = m_evaluator->evaluate(payer, m_asOf->date());
    if (!outcome) {
        showError(outcome.error());
        emit evaluated(false);
        return;
    }
    showOutcome(*outcome);
    emit evaluated(true);
}

void DeferralView::showError(const Error &error)
{
    m_outcome.reset();
    m_table->setRowCount(0);
    m_reasons->clear();
    m_verdict->clear();
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    FieldMessage *target = m_noticeMessage;
    if (error.field == u"kind")
        target = m_kindMessage;
    else if (error.field == u"uscc")
        target = m_usccMessage;
    else if (error.field == u"industry")
        target = m_industryMessage;
    else if (error.field == u"size")
        target = m_sizeMessage;
    else if (error.field == u"as_of")
        target = m_asOfMessage;
    target->showMessage(error.message);
}

void DeferralView::showOutcome(const deferral::DeferralOutcome &outcome)
{
    m_outcome = outcome;
    // The decisive reason first; then what every insurance shares, once; then each one's own.
    m_verdict->setText(outcome.headline);
    m_table->setRowCount(static_cast<int>(outcome.insurances.size()));
    QStringList text;
    for (const QString &reason : outcome.reasons)
        text << QStringLiteral("• ") + reason;
    QStringList sources;
    int row = 0;
    for (const auto &answer : outcome.insurances) {
        const QStringList cells {DeferralText::insurance(answer.insurance),
                                 answer.eligible ? tr("eligible") : tr("not eligible"),
                                 answer.eligible ? tr("%1 to %2").arg(answer.from->toString(), answer.to->toString()) : QString(),
                                 answer.eligible ? DeferralText::share(answer.share) : QString(),
                                 answer.payBackBy.toString(Qt::ISODate),
                                 answer.eligible ? (answer.lateFeeWaived ? tr("waived") : tr("not waived")) : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        ++row;
        if (!answer.reasons.isEmpty()) {
            text << DeferralText::insurance(answer.insurance) + u':';
            for (const QString &reason : answer.reasons)
                text << QStringLiteral("  • ") + reason;
        }
        for (const QString &source : answer.sources) {
            if (!sources.contains(source))
                sources << source;
        }
    }
    for (const QString &source : std::as_const(sources))
        text << tr("Source: %1").arg(source);
    m_reasons->setPlainText(text.join(u'\n'));
    m_save->setEnabled(true);
    m_print->setEnabled(true);
}

Result<notice::Notice> DeferralView::notice(const QDate &issued) const
{
    if (!m_outcome)
        return Error::notFound(QStringLiteral("outcome"), tr("check the eligibility first"));
    notice::Notice built = deferral::DeferralNotice::build(*m_outcome, m_name->text().trimmed(), issued);
    built.issuer = m_context.agency().name;
    built.sealText = m_context.agency().sealText;
    return built;
}

QString DeferralView::deferralNoticeObject()
{
    return QStringLiteral("deferral-notice");
}

void DeferralView::chooseSavePath()
{
    const auto built = notice(m_context.clock().today());
    if (!built) {
        m_noticeMessage->showMessage(built.error().message);
        return;
    }
    const QString suggested
        = tr("Deferral notice %1.pdf").arg(m_name->text().trimmed().isEmpty() ? m_uscc->text().trimmed() : m_name->text().trimmed());
    m_pdf->chooseAndWrite(tr("Save deferral notice as PDF"), suggested, [content = *built, copy = m_copy->copy()](const QString &path) {
        return NoticeDocument::writePdf(content, copy, path);
    });
}

void DeferralView::saveNotice(const QString &path)
{
    m_noticeMessage->clearMessage();
    const auto built = notice(m_context.clock().today());
    if (!built) {
        m_noticeMessage->showMessage(built.error().message);
        emit noticeSaved(false);
        return;
    }
    m_pdf->write(
        path, [content = *built, copy = m_copy->copy()](const QString &target) { return NoticeDocument::writePdf(content, copy, target); });
}

void DeferralView::print()
{
    const auto built = notice(m_context.clock().today());
    if (!built) {
        m_noticeMessage->showMessage(built.error().message);
        return;
    }
    if (const Status ready = built->readyFor(m_copy->copy()); !ready) {
        m_noticeMessage->showMessage(ready.error().message);
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Checked and audited before it goes to the printer (nothing printed when refused).
    const auto audited = services::AuditService(m_context).recordOutput(audit::action::print, deferralNoticeObject());
    whenFinished(audited, this, [this, printer, content = *built, copy = m_copy->copy()](const Result<Done> &allowed) {
        if (!allowed) {
            m_noticeMessage->showMessage(allowed.error().message);
            return;
        }
        const Status painted = NoticeDocument::paint(content, copy, *printer);
        if (!painted)
            m_noticeMessage->showMessage(painted.error().message);
    });
}

} // namespace tongban::ui
