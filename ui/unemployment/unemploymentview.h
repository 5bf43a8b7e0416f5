#pragma once

#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "notice/notice.h"
#include "services/appcontext.h"
#include "unemployment/claim.h"
#include "unemployment/claimevaluator.h"
#include "unemployment/storedclaim.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class ClaimForm;
class ClaimsPanel;
class FieldMessage;
class PaperCopyBox;
class PdfExport;

/// The unemployment benefit page of the person looked up (失业保险金): the claim form
/// (ClaimForm), the answer with the reason of every condition, "open claim" (stored), the
/// person's claims and the stop of payment (ClaimsPanel), and the printable notices
/// (失业保险金核定通知 / 停发通知).
///
/// All rules are core's (unemployment::ClaimEvaluator); claims are read and written through
/// services::ClaimService on the store's threads; the notices are written as PDF off the UI thread.
class UnemploymentView : public QWidget
{
    Q_OBJECT

public:
    UnemploymentView(const services::AppContext &context, std::shared_ptr<const unemployment::UnemploymentRules> rules,
                     QWidget *parent = nullptr);
    ~UnemploymentView() override;

    /// Shows @p person: the form is reset (claim date today, the person's region), months paid
    /// are pre-filled from @p records (employee months — the clerk confirms them), and the
    /// person's claims and the months carried from the last stopped claim are read in the
    /// background (claimsLoaded() when on screen).
    void setPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records);
    /// Back to the hint shown before a look-up.
    void clear();
    /// The month the person on screen reaches the statutory retirement age (from the look-up):
    /// a claim from then on is refused with that reason. std::nullopt: not known.
    void setStatutoryRetirement(std::optional<YearMonth> month) { m_statutoryRetirement = month; }

    /// Checks the claim in the form and shows the answer (as the "Check" button).
    void check();
    /// Stores the claim last checked, when eligible (as "Open claim"); without a monthly amount
    /// only when the clerk ticked "open without a monthly amount". claimOpened() follows.
    void openClaim();
    /// Stops the claim selected in the list with the stop form's date and ground (as "Stop
    /// payment"); a refusal (a date after today, before the claim) is said under the stop form
    /// and its field takes the focus. claimStopped() follows.
    void stopSelectedClaim();
    /// Writes the award notice of the claim last checked to @p path; noticeSaved() follows.
    void saveAwardNotice(const QString &path);
    /// Writes the stop notice of the selected stopped claim to @p path; noticeSaved() follows.
    void saveStopNotice(const QString &path);
    /// Selects the claim in row @p row of the list (newest first).
    void selectClaim(int row);

signals:
    /// The person's claims and the carried months are on screen (or the error reading them).
    void claimsLoaded();
    void claimOpened(bool ok);
    void claimStopped(bool ok);
    void noticeSaved(bool ok);

private:
    /// The next PDF is of the notice @p object of the person shown: checked and audited first.
    void auditPdfAs(const QString &object);
    void loadClaims();
    void showAssessment();
    void updateButtons();
    std::optional<notice::Notice> awardNotice();
    std::optional<notice::Notice> stopNotice();
    /// @p notice with this counter's agency and seal text (the settings).
    notice::Notice issuedByThisAgency(notice::Notice notice) const;

    const services::AppContext &m_context;
    std::shared_ptr<const unemployment::UnemploymentRules> m_rules;
    unemployment::ClaimEvaluator m_evaluator;
    std::optional<YearMonth> m_statutoryRetirement;
    insured::InsuredPerson m_person;
    bool m_hasPerson = false;
    std::optional<unemployment::ClaimAssessment> m_assessment;
    qint64 m_openedClaimId = 0; ///< the stored claim of m_assessment, 0 when not stored

    QLabel *m_title = nullptr;
    ClaimForm *m_form = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_awardPdfButton = nullptr;
    QCheckBox *m_openWithoutAmount = nullptr; ///< the clerk's confirmation to open without a monthly amount
    QLabel *m_answer = nullptr;
    ClaimsPanel *m_claims = nullptr;
    QLabel *m_noticeStatus = nullptr;
    PaperCopyBox *m_copy = nullptr;
    FieldMessage *m_noticeMessage = nullptr;
    BusyIndicator *m_busy = nullptr;
    BackgroundTask *m_loadTask = nullptr;
    PdfExport *m_pdf = nullptr;
    bool m_writing = false; ///< an open or a stop is being stored
};

} // namespace tongban::ui
