#pragma once

#include "common/yearmonth.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "unemployment/claim.h"
#include "unemployment/unemploymentrules.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tongban::ui {

class FieldMessage;

/// The unemployment benefit claim form (失业保险金申领): claim date, region, how the job ended,
/// registration, months paid (pre-filled from the pension records' employee months, which the
/// clerk confirms) and months carried from an earlier claim, and a standard the clerk may enter
/// where the region's is not in the data. Any change makes the answer on screen stale (changed()).
class ClaimForm : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimForm(std::shared_ptr<const unemployment::UnemploymentRules> rules, QWidget *parent = nullptr);

    /// A new person: claim date @p today, the region @p agencyRegion (the office paying; the
    /// person's region when empty), months paid pre-filled from
    /// @p records up to today, nothing carried until the claims are read.
    void reset(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records, QDate today,
               const QString &agencyRegion = {});
    /// The claims are read: months paid count afresh from @p lastClaim's first month (失业保险条例
    /// Art. 17), @p carried months are carried; @p error when they could not be read.
    void showClaimsRead(YearMonth lastClaim, int carried, const QString &error);
    /// The form as a claim, or std::nullopt after saying under it what cannot be read.
    std::optional<unemployment::ClaimInput> input(std::optional<YearMonth> statutoryRetirement);
    /// The message under the form (core's answer about it, or empty).
    void showMessage(const QString &message);

signals:
    /// The clerk changed something: an answer on screen must be checked again.
    void changed();

private:
    std::shared_ptr<const unemployment::UnemploymentRules> m_rules;
    QList<insured::ContributionRecord> m_records;
    QDate m_today;
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
    FieldMessage *m_message = nullptr;
};

} // namespace tongban::ui
