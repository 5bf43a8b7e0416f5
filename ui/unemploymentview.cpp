#include "unemploymentview.h"

#include "backgroundtask.h"
#include "busyindicator.h"
#include "fieldmessage.h"
#include "noticedocument.h"
#include "serialtask.h"

#include "storage/localstore.h"
#include "unemployment/claimnotice.h"
#include "unemployment/paidmonths.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tongban::ui {

using unemployment::ClaimAssessment;
using unemployment::StoredClaim;
using unemployment::UnemploymentClaimRepository;

/// What the background read brings back.
struct UnemploymentView::Loaded
{
    QString personId;
    QList<StoredClaim> claims;
    int carried = 0;
    QString error;
};

namespace {

/// The write jobs' answer: the claim written (and its stop) or the error.
struct WriteOutcome
{
    std::optional<StoredClaim> claim;
    std::optional<unemployment::StopOutcome> stop;
    std::optional<Error> error;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

UnemploymentView::UnemploymentView(std::shared_ptr<const unemployment::UnemploymentRules> rules, QWidget *parent)
    : QWidget(parent)
    , m_rules(rules)
    , m_evaluator(std::move(rules))
{
    m_title = new QLabel(tr("Look up a person to check a claim for unemployment benefit."));
    m_title->setObjectName(QStringLiteral("unemploymentTitle"));
    m_title->setWordWrap(true);

    // The claim form.
    m_claimDate = new QDateEdit;
    m_claimDate->setObjectName(QStringLiteral("claimDate"));
    m_claimDate->setCalendarPopup(true);
    m_claimDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_region = new QLineEdit;
    m_region->setObjectName(QStringLiteral("claimRegion"));
    m_region->setToolTip(tr("Six-digit region code (GB/T 2260) of the office paying the benefit."));
    m_reason = new QComboBox;
    m_reason->setObjectName(QStringLiteral("jobLossReason"));
    for (const auto &reason : m_rules->jobLossReasons())
        m_reason->addItem(reason.label, reason.key);
    m_registered = new QCheckBox(tr("Registered as unemployed and seeking work"));
    m_registered->setObjectName(QStringLiteral("registered"));
    m_monthsPaid = new QSpinBox;
    m_monthsPaid->setObjectName(QStringLiteral("monthsPaid"));
    m_monthsPaid->setRange(0, 1200);
    m_monthsPaid->setSuffix(tr(" months"));
    m_monthsPaidHint = new QLabel;
    m_monthsPaidHint->setObjectName(QStringLiteral("monthsPaidHint"));
    m_monthsPaidHint->setWordWrap(true);
    m_carried = new QSpinBox;
    m_carried->setObjectName(QStringLiteral("carriedMonths"));
    m_carried->setRange(0, m_rules->maximumMonths());
    m_carried->setSuffix(tr(" months"));
    m_carriedHint = new QLabel;
    m_carriedHint->setObjectName(QStringLiteral("carriedHint"));
    m_carriedHint->setWordWrap(true);
    m_standard = new QLineEdit;
    m_standard->setObjectName(QStringLiteral("enteredStandard"));
    m_standard->setPlaceholderText(tr("only when the region's standard is not in the data, CNY per month"));
    m_standardNote = new QLineEdit;
    m_standardNote->setObjectName(QStringLiteral("enteredStandardNote"));
    m_standardNote->setPlaceholderText(tr("where the figure comes from (required with a standard)"));
    m_formMessage = new FieldMessage;
    m_formMessage->setObjectName(QStringLiteral("claimMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("Claim date"), m_claimDate);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Job ended by"), m_reason);
    form->addRow(QString(), m_registered);
    form->addRow(tr("Months paid since the last claim"), m_monthsPaid);
    form->addRow(QString(), m_monthsPaidHint);
    form->addRow(tr("Months carried over"), m_carried);
    form->addRow(QString(), m_carriedHint);
    form->addRow(tr("Monthly standard (entered)"), m_standard);
    form->addRow(tr("Note on the standard"), m_standardNote);

    m_checkButton = new QPushButton(tr("Check"));
    m_checkButton->setObjectName(QStringLiteral("checkClaimButton"));
    m_openButton = new QPushButton(tr("Open claim"));
    m_openButton->setObjectName(QStringLiteral("openClaimButton"));
    m_openButton->setToolTip(tr("Store the claim as checked: the benefit period starts."));
    m_awardPdfButton = new QPushButton(tr("Award notice PDF…"));
    m_awardPdfButton->setObjectName(QStringLiteral("awardNoticeButton"));
    m_busy = new BusyIndicator;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_awardPdfButton);
    buttons->addWidget(m_busy);
    buttons->addStretch();

    m_answer = new QLabel;
    m_answer->setObjectName(QStringLiteral("claimAnswer"));
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *claimBox = new QGroupBox(tr("Claim"));
    auto *claimLayout = new QVBoxLayout(claimBox);
    claimLayout->addLayout(form);
    claimLayout->addWidget(m_formMessage);
    claimLayout->addLayout(buttons);
    claimLayout->addWidget(m_answer);

    // The person's claims and the stop.
    m_claimTable = new QTableWidget(0, 8);
    m_claimTable->setObjectName(QStringLiteral("claimTable"));
    m_claimTable->setHorizontalHeaderLabels({tr("No."), tr("Claim date"), tr("Months"), tr("Paid from – until"), tr("Monthly (CNY)"),
                                             tr("Status"), tr("Stop"), tr("Months left")});
    m_claimTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claimTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_claimTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_claimTable->verticalHeader()->hide();
    m_claimTable->horizontalHeader()->setStretchLastSection(true);
    m_claimsStatus = new QLabel;
    m_claimsStatus->setObjectName(QStringLiteral("claimsStatus"));
    m_claimsStatus->setWordWrap(true);

    m_stopDate = new QDateEdit;
    m_stopDate->setObjectName(QStringLiteral("stopDate"));
    m_stopDate->setCalendarPopup(true);
    m_stopDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_stopGround = new QComboBox;
    m_stopGround->setObjectName(QStringLiteral("stopGround"));
    for (const auto &ground : m_rules->stopGrounds())
        m_stopGround->addItem(ground.label, ground.key);
    m_stopButton = new QPushButton(tr("Stop payment"));
    m_stopButton->setObjectName(QStringLiteral("stopClaimButton"));
    m_stopPdfButton = new QPushButton(tr("Stop notice PDF…"));
    m_stopPdfButton->setObjectName(QStringLiteral("stopNoticeButton"));
    m_stopResult = new QLabel;
    m_stopResult->setObjectName(QStringLiteral("stopResult"));
    m_stopResult->setWordWrap(true);
    m_stopResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stopMessage = new FieldMessage;
    m_stopMessage->setObjectName(QStringLiteral("stopMessage"));
    auto *stopRow = new QHBoxLayout;
    stopRow->addWidget(new QLabel(tr("Ground arose on")));
    stopRow->addWidget(m_stopDate);
    stopRow->addWidget(m_stopGround, 1);
    stopRow->addWidget(m_stopButton);
    stopRow->addWidget(m_stopPdfButton);

    m_noticeStatus = new QLabel;
    m_noticeStatus->setObjectName(QStringLiteral("noticeStatus"));
    m_noticeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *claimsBox = new QGroupBox(tr("Claims of this person"));
    auto *claimsLayout = new QVBoxLayout(claimsBox);
    claimsLayout->addWidget(m_claimTable);
    claimsLayout->addWidget(m_claimsStatus);
    claimsLayout->addLayout(stopRow);
    claimsLayout->addWidget(m_stopMessage);
    claimsLayout->addWidget(m_stopResult);

    // Everything in a scroll area: the form never shrinks below its size on a small screen.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(claimBox);
    contentLayout->addWidget(claimsBox, 1);
    contentLayout->addWidget(m_noticeStatus);
    m_claimTable->setMinimumHeight(120);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_loadTask = new BackgroundTask(this);
    m_pdfTask = new BackgroundTask(this);
    m_writes = new SerialTask(this);
    connect(m_loadTask, &BackgroundTask::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_pdfTask, &BackgroundTask::busyChanged, m_busy, &BusyIndicator::setBusy);

    connect(m_checkButton, &QPushButton::clicked, this, &UnemploymentView::check);
    connect(m_openButton, &QPushButton::clicked, this, &UnemploymentView::openClaim);
    connect(m_stopButton, &QPushButton::clicked, this, &UnemploymentView::stopSelectedClaim);
    connect(m_awardPdfButton, &QPushButton::clicked, this, &UnemploymentView::askAwardPath);
    connect(m_stopPdfButton, &QPushButton::clicked, this, &UnemploymentView::askStopPath);
    connect(m_claimTable, &QTableWidget::itemSelectionChanged, this, &UnemploymentView::updateButtons);
    // A changed form invalidates the answer on screen: it must be checked again before opening.
    const auto invalidate = [this] {
        if (m_assessment) {
            m_assessment.reset();
            m_openedClaimId = 0;
            m_answer->setText(tr("The form has changed: check again."));
            updateButtons();
        }
    };
    connect(m_claimDate, &QDateEdit::dateChanged, this, invalidate);
    connect(m_region, &QLineEdit::textEdited, this, invalidate);
    connect(m_reason, &QComboBox::currentIndexChanged, this, invalidate);
    connect(m_registered, &QCheckBox::toggled, this, invalidate);
    connect(m_monthsPaid, &QSpinBox::valueChanged, this, invalidate);
    connect(m_carried, &QSpinBox::valueChanged, this, invalidate);
    connect(m_standard, &QLineEdit::textEdited, this, invalidate);
    connect(m_standardNote, &QLineEdit::textEdited, this, invalidate);
    clear();
}

UnemploymentView::~UnemploymentView() = default;

void UnemploymentView::clear()
{
    m_hasPerson = false;
    m_statutoryRetirement.reset();
    m_person = {};
    m_records.clear();
    m_claims.clear();
    m_assessment.reset();
    m_openedClaimId = 0;
    m_loadTask->cancel();
    m_title->setText(tr("Look up a person to check a claim for unemployment benefit."));
    m_answer->clear();
    m_claimTable->setRowCount(0);
    m_claimsStatus->clear();
    m_stopResult->clear();
    m_noticeStatus->clear();
    m_formMessage->clearMessage();
    m_stopMessage->clearMessage();
    updateButtons();
}

void UnemploymentView::setPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records, QDate today)
{
    clear();
    m_hasPerson = true;
    m_person = person;
    m_records = records;
    m_today = today;
    m_title->setText(tr("Unemployment benefit: %1").arg(person.name));
    const QSignalBlocker b1(m_claimDate), b2(m_region), b3(m_monthsPaid), b4(m_carried), b5(m_registered), b6(m_reason);
    m_claimDate->setDate(today);
    m_stopDate->setDate(today);
    m_region->setText(person.region);
    m_reason->setCurrentIndex(0);
    m_registered->setChecked(false);
    m_standard->clear();
    m_standardNote->clear();
    // Until the claims are read: every employee month up to today.
    m_monthsPaid->setValue(unemployment::PaidMonths::employeeMonthsSince(records, YearMonth(), YearMonth::fromDate(today)));
    m_monthsPaidHint->setText(tr("Pre-filled from the employee months of the pension records; confirm it against the unemployment "
                                 "insurance record."));
    m_carried->setValue(0);
    m_carriedHint->setText(tr("Reading the earlier claims …"));
    updateButtons();
    loadClaims();
}

void UnemploymentView::loadClaims()
{
    if (m_databasePath.isEmpty()) {
        m_carriedHint->setText(tr("No database: enter the months carried over from an earlier claim."));
        emit claimsLoaded();
        return;
    }
    m_loadTask->run(
        [path = m_databasePath, personId = m_person.id](const std::atomic_bool &) {
            Loaded loaded;
            loaded.personId = personId;
            auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
            if (!store) {
                loaded.error = store.error().message;
                return loaded;
            }
            const UnemploymentClaimRepository repository((*store)->database());
            const auto claims = repository.claimsOf(personId);
            const auto carried = repository.monthsCarriedIntoNextClaim(personId);
            if (!claims || !carried) {
                loaded.error = !claims ? claims.error().message : carried.error().message;
                return loaded;
            }
            loaded.claims = *claims;
            loaded.carried = *carried;
            return loaded;
        },
        [this](const Loaded &loaded) { showClaims(loaded); });
}

void UnemploymentView::showClaims(const Loaded &loaded)
{
    if (!m_hasPerson || loaded.personId != m_person.id)
        return;
    if (!loaded.error.isEmpty()) {
        m_claimsStatus->setText(tr("The claims could not be read: %1").arg(loaded.error));
        m_carriedHint->setText(tr("Enter the months carried over from an earlier claim."));
        emit claimsLoaded();
        return;
    }
    m_claims = loaded.claims;
    const int selectedRow = m_claimTable->currentRow();
    m_claimTable->setRowCount(static_cast<int>(m_claims.size()));
    for (int row = 0; row < m_claims.size(); ++row) {
        const StoredClaim &c = m_claims.at(row);
        const auto ground = c.stop ? m_rules->stopGround(c.stop->ground) : std::nullopt;
        const QStringList cells {
            QString::number(c.id),
            c.claimDate.toString(Qt::ISODate),
            QString::number(c.monthsEntitled),
            tr("%1 – %2").arg(c.firstMonth.toString(), c.lastMonth().toString()),
            c.monthlyAmount ? c.monthlyAmount->toDisplayString() : tr("not in the data"),
            c.stopped ? tr("stopped") : tr("open"),
            c.stop ? tr("%1, %2").arg(c.stop->stopDate.toString(Qt::ISODate), ground ? ground->label : c.stop->ground) : QString(),
            c.stop ? (c.stop->monthsLeftCarried ? tr("%1 (kept)").arg(c.stop->monthsLeft) : tr("%1 (lapsed)").arg(c.stop->monthsLeft))
                   : QString(),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_claimTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_claimTable->resizeColumnsToContents();
    if (selectedRow >= 0 && selectedRow < m_claimTable->rowCount())
        m_claimTable->selectRow(selectedRow);
    m_claimsStatus->setText(m_claims.isEmpty() ? tr("No earlier claim.") : QString());

    // 失业保险条例 Art. 17: the time paid counts afresh after a claim; unused months carry over.
    const YearMonth lastClaim = m_claims.isEmpty() ? YearMonth() : m_claims.first().firstMonth;
    {
        const QSignalBlocker b1(m_monthsPaid), b2(m_carried);
        m_monthsPaid->setValue(unemployment::PaidMonths::employeeMonthsSince(m_records, lastClaim, YearMonth::fromDate(m_today)));
        m_carried->setValue(std::min(loaded.carried, m_carried->maximum()));
    }
    if (lastClaim.isValid())
        m_monthsPaidHint->setText(tr("Pre-filled from the employee months of the pension records after the last claim (%1); confirm it "
                                     "against the unemployment insurance record.")
                                      .arg(lastClaim.toString()));
    m_carriedHint->setText(loaded.carried > 0 ? tr("Months left of the last stopped claim, kept for this one.")
                                              : tr("No months left from an earlier claim."));
    updateButtons();
    emit claimsLoaded();
}

std::optional<unemployment::ClaimInput> UnemploymentView::formInput()
{
    unemployment::ClaimInput input;
    input.region = m_region->text().trimmed();
    input.claimDate = m_claimDate->date();
    input.statutoryRetirement = m_statutoryRetirement;
    input.monthsPaid = m_monthsPaid->value();
    input.carriedMonths = m_carried->value();
    input.jobLossReason = m_reason->currentData().toString();
    input.registered = m_registered->isChecked();
    if (!m_standard->text().trimmed().isEmpty()) {
        const auto amount = Money::parse(m_standard->text().trimmed());
        if (!amount) {
            m_formMessage->showMessage(tr("The monthly standard must be an amount in CNY with at most two decimals."));
            return std::nullopt;
        }
        input.enteredStandard = amount;
        input.enteredStandardNote = m_standardNote->text();
    }
    return input;
}

void UnemploymentView::check()
{
    m_formMessage->clearMessage();
    m_assessment.reset();
    m_openedClaimId = 0;
    if (!m_hasPerson) {
        updateButtons();
        return;
    }
    const auto input = formInput();
    if (!input) {
        showAssessment();
        return;
    }
    const auto assessment = m_evaluator.evaluate(*input);
    if (!assessment)
        m_formMessage->showMessage(assessment.error().message);
    else
        m_assessment = *assessment;
    showAssessment();
}

void UnemploymentView::showAssessment()
{
    updateButtons();
    if (!m_assessment) {
        m_answer->clear();
        return;
    }
    const ClaimAssessment &a = *m_assessment;
    QString html = QStringLiteral("<p><b>%1</b></p><table cellspacing=\"4\">")
                       .arg(escaped(a.eligible ? tr("Eligible for unemployment benefit") : tr("Not eligible for unemployment benefit")));
    for (const auto &c : a.conditions) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3<br/><small>%4</small></td></tr>")
                    .arg(c.met ? QStringLiteral("✔") : QStringLiteral("✘"), escaped(c.label), escaped(c.reason), escaped(c.source));
    }
    html += QStringLiteral("</table>");
    if (a.eligible) {
        html += QStringLiteral("<p>%1<br/>%2</p>")
                    .arg(escaped(tr("%1 months, paid from %2 until %3")
                                     .arg(a.entitlementMonths)
                                     .arg(a.firstMonth.toString(), a.lastMonth.toString())),
                         escaped(a.durationReason));
        if (a.monthlyAmount)
            html += QStringLiteral("<p>%1<br/><small>%2</small></p>")
                        .arg(escaped(tr("Monthly amount %1 CNY; total %2 CNY")
                                         .arg(a.monthlyAmount->toDisplayString(), a.total ? a.total->toDisplayString() : QString())),
                             escaped(a.amountSource));
        else
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(escaped(tr("Monthly amount not in the data:")), escaped(a.amountMissingReason));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(escaped(a.durationReason));
    }
    for (const QString &note : a.notes)
        html += QStringLiteral("<p><small>%1</small></p>").arg(escaped(note));
    m_answer->setText(html);
}

void UnemploymentView::updateButtons()
{
    m_checkButton->setEnabled(m_hasPerson);
    m_openButton->setEnabled(m_hasPerson && m_assessment && m_assessment->eligible && m_openedClaimId == 0 && !m_databasePath.isEmpty());
    m_awardPdfButton->setEnabled(m_hasPerson && m_assessment.has_value());
    const auto claim = selectedClaim();
    m_stopButton->setEnabled(claim && !claim->stopped && !m_databasePath.isEmpty());
    m_stopPdfButton->setEnabled(claim && claim->stopped);
}

std::optional<StoredClaim> UnemploymentView::selectedClaim() const
{
    const auto rows = m_claimTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = rows.first().row();
    if (row < 0 || row >= m_claims.size())
        return std::nullopt;
    return m_claims.at(row);
}

void UnemploymentView::selectClaim(int row)
{
    m_claimTable->selectRow(row);
    updateButtons();
}

void UnemploymentView::openClaim()
{
    if (!m_assessment || !m_assessment->eligible || m_databasePath.isEmpty()) {
        emit claimOpened(false);
        return;
    }
    m_formMessage->clearMessage();
    m_openButton->setEnabled(false);
    m_writes->submit(
        [path = m_databasePath, personId = m_person.id, assessment = *m_assessment, clerk = m_clerk]() {
            WriteOutcome out;
            auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
            if (!store) {
                out.error = store.error();
                return out;
            }
            UnemploymentClaimRepository repository((*store)->database());
            const auto claim = repository.openClaim(personId, assessment, clerk);
            if (!claim)
                out.error = claim.error();
            else
                out.claim = *claim;
            return out;
        },
        [this, personId = m_person.id](const WriteOutcome &out) {
            if (!m_hasPerson || personId != m_person.id)
                return;
            if (out.error) {
                m_formMessage->showMessage(tr("The claim was not stored: %1").arg(out.error->message));
                updateButtons();
                emit claimOpened(false);
                return;
            }
            m_openedClaimId = out.claim->id;
            m_noticeStatus->setText(tr("Claim %1 opened: %2 months from %3.")
                                        .arg(out.claim->id)
                                        .arg(out.claim->monthsEntitled)
                                        .arg(out.claim->firstMonth.toString()));
            updateButtons();
            emit claimOpened(true);
            loadClaims();
        });
}

void UnemploymentView::stopSelectedClaim()
{
    m_stopMessage->clearMessage();
    const auto claim = selectedClaim();
    if (!claim || claim->stopped || m_databasePath.isEmpty()) {
        m_stopMessage->showMessage(tr("Select an open claim to stop."));
        emit claimStopped(false);
        return;
    }
    // Checked here for an answer at once; the job checks again against the stored claim.
    const QDate date = m_stopDate->date();
    const QString ground = m_stopGround->currentData().toString();
    const auto preview = m_evaluator.stop(claim->period(), date, ground);
    if (!preview) {
        m_stopMessage->showMessage(preview.error().message);
        emit claimStopped(false);
        return;
    }
    m_stopButton->setEnabled(false);
    m_writes->submit(
        [path = m_databasePath, claimId = claim->id, date, ground, rules = m_rules]() {
            WriteOutcome out;
            auto store = storage::LocalStore::open(path, storage::LocalStore::OpenMode::ExistingOnly);
            if (!store) {
                out.error = store.error();
                return out;
            }
            UnemploymentClaimRepository repository((*store)->database());
            const auto current = repository.loadClaim(claimId);
            if (!current) {
                out.error = current.error();
                return out;
            }
            const auto stop = unemployment::ClaimEvaluator(rules).stop(current->period(), date, ground);
            if (!stop) {
                out.error = stop.error();
                return out;
            }
            const auto stopped = repository.stopClaim(claimId, *stop);
            if (!stopped) {
                out.error = stopped.error();
                return out;
            }
            out.claim = *stopped;
            out.stop = *stop;
            return out;
        },
        [this, personId = m_person.id](const WriteOutcome &out) {
            if (!m_hasPerson || personId != m_person.id)
                return;
            if (out.error) {
                m_stopMessage->showMessage(tr("The stop was not stored: %1").arg(out.error->message));
                updateButtons();
                emit claimStopped(false);
                return;
            }
            const auto &s = *out.stop;
            m_stopResult->setText(
                tr("Claim %1 stopped: %2 of %3 months received, %4 months left%5. First month not paid: %6.")
                    .arg(out.claim->id)
                    .arg(s.monthsReceived)
                    .arg(out.claim->monthsEntitled)
                    .arg(s.monthsLeft)
                    .arg(s.monthsLeft == 0 ? QString() : (s.monthsLeftCarried ? tr(", kept for a later claim") : tr(", not kept")))
                    .arg(s.firstUnpaidMonth.toString())
                + u'\n' + s.reasons.join(u'\n'));
            updateButtons();
            emit claimStopped(true);
            loadClaims();
        });
}

void UnemploymentView::askAwardPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = tr("Unemployment benefit award %1.pdf").arg(m_person.name);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the award notice as PDF"), QDir(folder).filePath(suggested), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveAwardNotice(path);
}

void UnemploymentView::askStopPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = tr("Unemployment benefit stop %1.pdf").arg(m_person.name);
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the stop notice as PDF"), QDir(folder).filePath(suggested), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveStopNotice(path);
}

void UnemploymentView::saveAwardNotice(const QString &path)
{
    if (!m_hasPerson || !m_assessment) {
        m_noticeStatus->setText(tr("Check a claim first."));
        emit noticeSaved(false);
        return;
    }
    writeNotice(unemployment::ClaimNotice::award(*m_rules, m_person, *m_assessment, m_openedClaimId, m_today, m_clerk), path);
}

void UnemploymentView::saveStopNotice(const QString &path)
{
    const auto claim = selectedClaim();
    if (!m_hasPerson || !claim || !claim->stop) {
        m_noticeStatus->setText(tr("Select a stopped claim first."));
        emit noticeSaved(false);
        return;
    }
    // The stored stop keeps the figures; the reasons are derived again from the same rules.
    const auto stop = m_evaluator.stop(claim->period(), claim->stop->stopDate, claim->stop->ground);
    if (!stop) {
        m_noticeStatus->setText(stop.error().message);
        emit noticeSaved(false);
        return;
    }
    writeNotice(unemployment::ClaimNotice::stopNotice(*m_rules, m_person, *claim, *stop, m_today, m_clerk), path);
}

void UnemploymentView::writeNotice(const notice::Notice &notice, const QString &path)
{
    m_noticeStatus->setText(tr("Writing %1 …").arg(QDir::toNativeSeparators(path)));
    m_pdfTask->run(
        [notice, path](const std::atomic_bool &) -> std::optional<Error> {
            const Status written = NoticeDocument::writePdf(notice, path);
            return written.ok() ? std::nullopt : std::optional<Error>(written.error());
        },
        [this, path](const std::optional<Error> &error) {
            if (error) {
                m_noticeStatus->setText(tr("The notice was not saved: %1").arg(error->message));
                emit noticeSaved(false);
                return;
            }
            m_noticeStatus->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
            emit noticeSaved(true);
        });
}

} // namespace tongban::ui
