#pragma once

#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "notice/notice.h"
#include "unemployment/claim.h"
#include "unemployment/claimevaluator.h"
#include "unemployment/unemploymentclaimrepository.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace tongban::ui {

class BackgroundTask;
class BusyIndicator;
class FieldMessage;
class SerialTask;

/// The unemployment benefit page of the person looked up (失业保险金): the claim form, the
/// answer with the reason of every condition, "open claim" (stored), the person's claims,
/// the stop of payment (date, ground, months left kept for later) and the printable notices
/// (失业保险金核定通知 / 停发通知).
///
/// All rules are core's (unemployment::ClaimEvaluator); the database is read and written off the
/// UI thread (BackgroundTask for reads, SerialTask for writes), the notices are written as PDF
/// on a worker thread.
class UnemploymentView : public QWidget
{
    Q_OBJECT

public:
    explicit UnemploymentView(std::shared_ptr<const unemployment::UnemploymentRules> rules, QWidget *parent = nullptr);
    ~UnemploymentView() override;

    /// The local database the claims are stored in.
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    /// The clerk named on the notices and stored with a claim.
    void setClerk(const QString &clerk) { m_clerk = clerk; }

    /// Shows @p person: the form is reset (claim date @p today, the person's region), months
    /// paid are pre-filled from @p records (employee months — the clerk confirms them), and the
    /// person's claims and the months carried from the last stopped claim are read in the
    /// background (claimsLoaded() when on screen).
    void setPerson(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records, QDate today);
    /// Back to the hint shown before a lookup.
    void clear();
    /// The month the person on screen reaches the statutory retirement age (from the lookup):
    /// a claim from then on is refused with that reason. std::nullopt: not known.
    void setStatutoryRetirement(std::optional<YearMonth> month) { m_statutoryRetirement = month; }

    /// Checks the claim in the form and shows the answer (as the "Check" button).
    void check();
    /// Stores the claim last checked, when eligible (as "Open claim"); claimOpened() follows.
    void openClaim();
    /// Stops the claim selected in the list with the stop form's date and ground (as "Stop
    /// payment"); claimStopped() follows.
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
    struct Loaded;
    void loadClaims();
    void showClaims(const Loaded &loaded);
    void showAssessment();
    void updateButtons();
    std::optional<unemployment::StoredClaim> selectedClaim() const;
    std::optional<unemployment::ClaimInput> formInput();
    void writeNotice(const notice::Notice &notice, const QString &path);
    void askAwardPath();
    void askStopPath();

    std::shared_ptr<const unemployment::UnemploymentRules> m_rules;
    unemployment::ClaimEvaluator m_evaluator;
    QString m_databasePath;
    std::optional<YearMonth> m_statutoryRetirement;
    QString m_clerk;
    insured::InsuredPerson m_person;
    QList<insured::ContributionRecord> m_records;
    QDate m_today;
    bool m_hasPerson = false;
    std::optional<unemployment::ClaimAssessment> m_assessment;
    qint64 m_openedClaimId = 0; ///< the stored claim of m_assessment, 0 when not stored
    QList<unemployment::StoredClaim> m_claims;

    QLabel *m_title = nullptr;
    QDateEdit *m_claimDate = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_reason = nullptr;
    QCheckBox *m_registered = nullptr;
    QSpinBox *m_monthsPaid = nullptr;
    QLabel *m_monthsPaidHint = nullptr;
    QSpinBox *m_carried = nullptr;
    QLabel *m_carriedHint = nullptr;
    QLineEdit *m_standard = nullptr;
    QLineEdit *m_standardNote = nullptr;
    FieldMessage *m_formMessage = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_awardPdfButton = nullptr;
    QLabel *m_answer = nullptr;
    QTableWidget *m_claimTable = nullptr;
    QLabel *m_claimsStatus = nullptr;
    QDateEdit *m_stopDate = nullptr;
    QComboBox *m_stopGround = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_stopPdfButton = nullptr;
    QLabel *m_stopResult = nullptr;
    FieldMessage *m_stopMessage = nullptr;
    QLabel *m_noticeStatus = nullptr;
    BusyIndicator *m_busy = nullptr;
    BackgroundTask *m_loadTask = nullptr;
    BackgroundTask *m_pdfTask = nullptr;
    SerialTask *m_writes = nullptr;
};

} // namespace tongban::ui
