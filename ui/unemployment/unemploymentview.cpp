#include "ui/unemployment/unemploymentview.h"

#include "audit/auditentry.h"
#include "services/auditservice.h"

#include "ui/common/backgroundtask.h"
#include "ui/common/busyindicator.h"
#include "ui/common/fieldmessage.h"
#include "ui/common/whenfinished.h"
#include "ui/print/noticedocument.h"
#include "ui/print/papercopybox.h"
#include "ui/print/pdfexport.h"
#include "ui/unemployment/claimform.h"
#include "ui/unemployment/claimspanel.h"

#include "services/claimservice.h"
#include "unemployment/claimnotice.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tongban::ui {

using unemployment::ClaimAssessment;
using unemployment::StoredClaim;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The answer to a claim as the clerk reads it out: every condition with its reason and source,
/// then the months and the amount.
QString answerHtml(const ClaimAssessment &a)
{
    QString html = QStringLiteral("<p><b>%1</b></p><table cellspacing=\"4\">")
                       .arg(escaped(a.eligible ? UnemploymentView::tr("Eligible for unemployment benefit")
                                               : UnemploymentView::tr("Not eligible for unemployment benefit")));
    for (const auto &c : a.conditions) {
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3<br/><small>%4</small></td></tr>")
                    .arg(c.met ? QStringLiteral("✔") : QStringLiteral("✘"), escaped(c.label), escaped(c.reason),
                         escaped(c.basis.isEmpty() ? c.source : UnemploymentView::tr("Basis: %1").arg(c.basis)));
    }
    html += QStringLiteral("</table>");
    if (a.eligible) {
        html += QStringLiteral("<p>%1<br/>%2</p>")
                    .arg(escaped(UnemploymentView::tr("%1 months, paid from %2 until %3")
                                     .arg(a.entitlementMonths)
                                     .arg(a.firstMonth.toString(), a.lastMonth.toString())),
                         escaped(a.durationReason));
        if (a.monthlyAmount) {
            html += QStringLiteral("<p>%1<br/><small>%2</small></p>")
                        .arg(escaped(UnemploymentView::tr("Monthly amount %1 CNY; total %2 CNY")
                                         .arg(a.monthlyAmount->toDisplayString(), a.total ? a.total->toDisplayString() : QString())),
                             escaped(a.amountBasis.isEmpty() ? a.amountSource : UnemploymentView::tr("Basis: %1").arg(a.amountBasis)));
            // The amount by benefit month where it changes (Shanghai from month 13) or how a
            // share of the minimum wage comes about.
            QStringList runs;
            for (const auto &p : a.amountPeriods) {
                QString run = UnemploymentView::tr("months %1–%2: %3 CNY")
                                  .arg(p.firstBenefitMonth)
                                  .arg(p.lastBenefitMonth)
                                  .arg(p.monthly.toDisplayString());
                if (!p.basis.isEmpty())
                    run += QStringLiteral(" (") + p.basis + u')';
                runs << escaped(run);
            }
            if (a.amountPeriods.size() > 1 || (a.amountPeriods.size() == 1 && !a.amountPeriods.first().basis.isEmpty()))
                html += QStringLiteral("<p><small>%1</small></p>").arg(runs.join(QStringLiteral("<br/>")));
        } else
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(escaped(UnemploymentView::tr("Monthly amount not in the data:")),
                             escaped(UnemploymentView::tr("%1, then check again; or confirm below that the claim opens without a "
                                                          "monthly amount.")
                                         .arg(a.amountMissingReason)));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(escaped(a.durationReason));
    }
    for (const QString &note : a.notes)
        html += QStringLiteral("<p><small>%1</small></p>").arg(escaped(note));
    return html;
}

} // namespace

UnemploymentView::UnemploymentView(const services::AppContext &context, std::shared_ptr<const unemployment::UnemploymentRules> rules,
                                   QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_rules(rules)
    , m_evaluator(std::move(rules))
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("unemploymentTitle"));
    m_title->setWordWrap(true);
    m_form = new ClaimForm(m_rules);

    m_checkButton = new QPushButton(tr("Check"));
    m_checkButton->setObjectName(QStringLiteral("checkClaimButton"));
    m_openButton = new QPushButton(tr("Open claim"));
    m_openButton->setObjectName(QStringLiteral("openClaimButton"));
    m_openButton->setToolTip(tr("Store the claim as checked: the benefit period starts."));
    m_awardPdfButton = new QPushButton(tr("Award notice PDF…"));
    m_awardPdfButton->setObjectName(QStringLiteral("awardNoticeButton"));
    // Where the region's standard is unknown, opening without an amount is the clerk's explicit
    // decision (ClaimService::open refuses it otherwise).
    m_openWithoutAmount = new QCheckBox(tr("Open the claim without a monthly amount (it is entered when the standard is known)"));
    m_openWithoutAmount->setObjectName(QStringLiteral("openWithoutAmount"));
    connect(m_openWithoutAmount, &QCheckBox::toggled, this, &UnemploymentView::updateButtons);
    m_busy = new BusyIndicator;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_openButton);
    m_copy = new PaperCopyBox;
    buttons->addWidget(m_copy);
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
    claimLayout->addWidget(m_form);
    claimLayout->addLayout(buttons);
    claimLayout->addWidget(m_answer);
    claimLayout->addWidget(m_openWithoutAmount);

    m_claims = new ClaimsPanel(m_rules);
    auto *claimsBox = new QGroupBox(tr("Claims of this person"));
    auto *claimsLayout = new QVBoxLayout(claimsBox);
    claimsLayout->addWidget(m_claims);

    m_noticeStatus = new QLabel;
    m_noticeStatus->setObjectName(QStringLiteral("noticeStatus"));
    m_noticeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeMessage = new FieldMessage;
    m_noticeMessage->setObjectName(QStringLiteral("noticeMessage"));

    // Everything in a scroll area: the form never shrinks below its size on a small screen.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(claimBox);
    contentLayout->addWidget(claimsBox, 1);
    contentLayout->addWidget(m_noticeStatus);
    contentLayout->addWidget(m_noticeMessage);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_loadTask = new BackgroundTask(this);
    m_pdf = new PdfExport(this, m_noticeStatus, m_noticeMessage, m_busy);
    connect(m_loadTask, &BackgroundTask::busyChanged, m_busy, &BusyIndicator::setBusy);
    connect(m_pdf, &PdfExport::finished, this, &UnemploymentView::noticeSaved);

    connect(m_checkButton, &QPushButton::clicked, this, &UnemploymentView::check);
    connect(m_openButton, &QPushButton::clicked, this, &UnemploymentView::openClaim);
    connect(m_claims, &ClaimsPanel::stopRequested, this, &UnemploymentView::stopSelectedClaim);
    connect(m_claims, &ClaimsPanel::selectionChanged, this, &UnemploymentView::updateButtons);
    connect(m_awardPdfButton, &QPushButton::clicked, this, [this] {
        if (const auto notice = awardNotice()) {
            auditPdfAs(QStringLiteral("unemployment-award-notice"));
            m_pdf->chooseAndWrite(
                tr("Save the award notice as PDF"), tr("Unemployment benefit award %1.pdf").arg(m_person.name),
                [notice = *notice, copy = m_copy->copy()](const QString &path) { return NoticeDocument::writePdf(notice, copy, path); });
        }
    });
    connect(m_claims, &ClaimsPanel::stopNoticeRequested, this, [this] {
        if (const auto notice = stopNotice()) {
            auditPdfAs(QStringLiteral("unemployment-stop-notice"));
            m_pdf->chooseAndWrite(
                tr("Save the stop notice as PDF"), tr("Unemployment benefit stop %1.pdf").arg(m_person.name),
                [notice = *notice, copy = m_copy->copy()](const QString &path) { return NoticeDocument::writePdf(notice, copy, path); });
        }
    });
    // A changed form invalidates the answer on screen: it must be checked again before opening.
    connect(m_form, &ClaimForm::changed, this, [this] {
        if (m_assessment) {
            m_assessment.reset();
            m_openedClaimId = 0;
            m_answer->setText(tr("The form has changed: check again."));
            updateButtons();
        }
    });
    clear();
}

UnemploymentView::~UnemploymentView() = default;

void UnemploymentView::clear()
{
    m_hasPerson = false;
    m_statutoryRetirement.reset();
    m_person = {};
    m_assessment.reset();
    m_openedClaimId = 0;
    m_loadTask->cancel();
    m_title->setText(tr("Look up a person to check a claim for unemployment benefit."));
    m_answer->clear();
    m_claims->reset(QDate());
    m_noticeStatus->clear();
    m_noticeMessage->clearMessage();
    m_form->showMessage(QString());
    updateButtons();
}

void UnemploymentView::setPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records)
{
    clear();
    m_hasPerson = true;
    m_person = person;
    const QDate today = m_context.clock().today();
    m_title->setText(tr("Unemployment benefit: %1").arg(person.name));
    m_form->reset(person, records, today, m_context.defaultRegion());
    m_claims->reset(today);
    updateButtons();
    loadClaims();
}

void UnemploymentView::loadClaims()
{
    m_loadTask->start([this, personId = m_person.id](auto) { return services::ClaimService(m_context, m_rules).claimsOf(personId); },
                      [this, personId = m_person.id](const Result<services::ClaimService::Claims> &loaded) {
                          if (!m_hasPerson || personId != m_person.id)
                              return;
                          if (!loaded) {
                              m_claims->showReadError(loaded.error().message);
                              m_form->showClaimsRead(YearMonth(), 0, loaded.error().message);
                              emit claimsLoaded();
                              return;
                          }
                          m_claims->showClaims(loaded->claims);
                          const YearMonth lastClaim = loaded->claims.isEmpty() ? YearMonth() : loaded->claims.first().firstMonth;
                          m_form->showClaimsRead(lastClaim, loaded->carriedMonths, QString());
                          updateButtons();
                          emit claimsLoaded();
                      });
}

void UnemploymentView::check()
{
    m_form->showMessage(QString());
    m_assessment.reset();
    m_openedClaimId = 0;
    if (!m_hasPerson) {
        updateButtons();
        return;
    }
    const auto input = m_form->input(m_statutoryRetirement);
    if (!input) {
        showAssessment();
        return;
    }
    const auto assessment = m_evaluator.evaluate(*input);
    if (!assessment)
        m_form->showMessage(assessment.error().message);
    else
        m_assessment = *assessment;
    showAssessment();
}

void UnemploymentView::showAssessment()
{
    {
        const QSignalBlocker blocker(m_openWithoutAmount);
        m_openWithoutAmount->setChecked(false);
    }
    updateButtons();
    m_answer->setText(m_assessment ? answerHtml(*m_assessment) : QString());
}

void UnemploymentView::updateButtons()
{
    m_checkButton->setEnabled(m_hasPerson);
    // A claim is opened with its monthly amount: where the region's standard is not in the data the
    // clerk enters it (with a note) first, or confirms that it opens without one.
    const bool withoutAmount = m_hasPerson && m_assessment && m_assessment->eligible && !m_assessment->monthlyAmount;
    m_openWithoutAmount->setVisible(withoutAmount && m_openedClaimId == 0);
    m_openButton->setEnabled(m_hasPerson && m_assessment && m_assessment->eligible
                             && (m_assessment->monthlyAmount || m_openWithoutAmount->isChecked()) && m_openedClaimId == 0 && !m_writing);
    m_awardPdfButton->setEnabled(m_hasPerson && m_assessment.has_value());
    const auto claim = m_claims->selectedClaim();
    m_claims->setStopEnabled(claim && !claim->stopped && !m_writing);
    m_claims->setStopNoticeEnabled(claim && claim->stopped);
}

void UnemploymentView::selectClaim(int row)
{
    m_claims->selectClaim(row);
    updateButtons();
}

void UnemploymentView::openClaim()
{
    if (!m_assessment || !m_assessment->eligible) {
        emit claimOpened(false);
        return;
    }
    m_form->showMessage(QString());
    m_writing = true;
    updateButtons();
    whenFinished( // The answer arrives on this thread (QFuture::then with a context object).
        services::ClaimService(m_context, m_rules).open(m_person.id, *m_assessment, m_openWithoutAmount->isChecked()), this,
        [this, personId = m_person.id](const Result<StoredClaim> &claim) {
            m_writing = false;
            if (!m_hasPerson || personId != m_person.id)
                return;
            if (!claim) {
                // What the clerk must do (enter the standard, confirm) is said as it is; a failure of
                // the store with what was not done.
                m_form->showMessage(claim.error().kind == Error::Kind::BadInput
                                        ? claim.error().message
                                        : tr("The claim was not stored: %1").arg(claim.error().message));
                updateButtons();
                emit claimOpened(false);
                return;
            }
            m_openedClaimId = claim->id;
            m_noticeStatus->setText(
                tr("Claim %1 opened: %2 months from %3.").arg(claim->id).arg(claim->monthsEntitled).arg(claim->firstMonth.toString()));
            updateButtons();
            emit claimOpened(true);
            loadClaims();
        });
}

void UnemploymentView::stopSelectedClaim()
{
    m_claims->showStopMessage(QString());
    const auto claim = m_claims->selectedClaim();
    if (!claim || claim->stopped) {
        m_claims->showStopMessage(tr("Select an open claim to stop."));
        emit claimStopped(false);
        return;
    }
    // The service decides on the stored claim (a future date, one before the claim, …): one place.
    const QDate date = m_claims->stopDate();
    const QString ground = m_claims->stopGround();
    m_writing = true;
    updateButtons();
    whenFinished(services::ClaimService(m_context, m_rules).stop(claim->id, date, ground), this,
                 [this, personId = m_person.id](const Result<std::pair<StoredClaim, unemployment::StopOutcome>> &stopped) {
                     m_writing = false;
                     if (!m_hasPerson || personId != m_person.id)
                         return;
                     if (!stopped) {
                         if (stopped.error().kind == Error::Kind::BadInput)
                             m_claims->showStopError(stopped.error().field, stopped.error().message);
                         else
                             m_claims->showStopMessage(tr("The stop was not stored: %1").arg(stopped.error().message));
                         updateButtons();
                         emit claimStopped(false);
                         return;
                     }
                     const StoredClaim &c = stopped->first;
                     const unemployment::StopOutcome &s = stopped->second;
                     m_claims->showStopResult(
                         tr("Claim %1 stopped: %2 of %3 months received, %4 months left%5. First month not paid: %6.")
                             .arg(c.id)
                             .arg(s.monthsReceived)
                             .arg(c.monthsEntitled)
                             .arg(s.monthsLeft)
                             .arg(s.monthsLeft == 0 ? QString() : (s.monthsLeftCarried ? tr(", kept for a later claim") : tr(", not kept")))
                             .arg(s.firstUnpaidMonth.toString())
                         + u'\n' + s.reasons.join(u'\n'));
                     updateButtons();
                     emit claimStopped(true);
                     loadClaims();
                 });
}

std::optional<notice::Notice> UnemploymentView::awardNotice()
{
    if (!m_hasPerson || !m_assessment) {
        m_noticeStatus->setText(tr("Check a claim first."));
        return std::nullopt;
    }
    return issuedByThisAgency(
        unemployment::ClaimNotice::award(*m_rules, m_person, *m_assessment, m_openedClaimId, m_context.clock().today(), m_context.clerk()));
}

std::optional<notice::Notice> UnemploymentView::stopNotice()
{
    const auto claim = m_claims->selectedClaim();
    if (!m_hasPerson || !claim || !claim->stop) {
        m_noticeStatus->setText(tr("Select a stopped claim first."));
        return std::nullopt;
    }
    // The stored stop keeps the figures; the reasons are derived again from the same rules.
    const auto stop = m_evaluator.stop(claim->period(), claim->stop->stopDate, claim->stop->ground);
    if (!stop) {
        m_noticeStatus->setText(stop.error().message);
        return std::nullopt;
    }
    return issuedByThisAgency(
        unemployment::ClaimNotice::stopNotice(*m_rules, m_person, *claim, *stop, m_context.clock().today(), m_context.clerk()));
}

notice::Notice UnemploymentView::issuedByThisAgency(notice::Notice notice) const
{
    notice.issuer = m_context.agency().name;
    notice.sealText = m_context.agency().sealText;
    return notice;
}

void UnemploymentView::auditPdfAs(const QString &object)
{
    // The notice is the person's: checked and audited before the file is written.
    m_pdf->setAudit([this, object, citizenId = m_person.citizenId]() {
        return services::AuditService(m_context).recordOutput(audit::action::pdf, object, citizenId);
    });
}

void UnemploymentView::saveAwardNotice(const QString &path)
{
    const auto notice = awardNotice();
    if (!notice) {
        emit noticeSaved(false);
        return;
    }
    auditPdfAs(QStringLiteral("unemployment-award-notice"));
    m_pdf->write(
        path, [notice = *notice, copy = m_copy->copy()](const QString &target) { return NoticeDocument::writePdf(notice, copy, target); });
}

void UnemploymentView::saveStopNotice(const QString &path)
{
    const auto notice = stopNotice();
    if (!notice) {
        emit noticeSaved(false);
        return;
    }
    auditPdfAs(QStringLiteral("unemployment-stop-notice"));
    m_pdf->write(
        path, [notice = *notice, copy = m_copy->copy()](const QString &target) { return NoticeDocument::writePdf(notice, copy, target); });
}

} // namespace tongban::ui
