#pragma once

#include "common/error.h"
#include "common/money.h"
#include "policy/parameterset.h"
#include "policy/sourcedfigure.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace tongban::unemployment {

/// One band of the duration table: paid months in [fromMonths, toMonths) give @c months of
/// benefit at most (失业保险条例 Art. 17; 社会保险法 Art. 46). toMonths 0 = no upper bound.
struct DurationBand
{
    int fromMonths = 0;
    int toMonths = 0;
    int months = 0;
};

/// A reason a job ended, from the fixed list of the data ("contract-expired", "resigned", …):
/// involuntary ones (非因本人意愿中断就业) satisfy 失业保险条例 Art. 14(2).
struct JobLossReason
{
    QString key;
    QString label; ///< Chinese wording of the situation, as in the data
    bool involuntary = false;
    policy::Provenance provenance;
};

/// A ground on which benefit payment stops (失业保险条例 Art. 15; 社会保险法 Art. 51).
struct StopGround
{
    QString key;
    QString label; ///< Chinese wording, as in the data
    /// Whether the months not yet drawn are kept and added to a later entitlement (条例 Art. 17).
    bool monthsLeftCarried = true;
    policy::Provenance provenance;
};

/// A region's monthly benefit standard (失业保险金标准, 条例 Art. 18) as far as the data knows it:
/// either an amount in CNY per month, or only a rule (a fraction of the minimum wage) whose
/// figure is not in the data.
struct BenefitStandard
{
    QString code; ///< GB/T 2260 code the entry is keyed on (city "430100" or county "430121")
    QString name;
    std::optional<Money> monthly; ///< CNY per month, when known
    std::optional<Rational> fractionOfMinimumWage; ///< e.g. 0.8 (珠海) when only the rule is known
    policy::Provenance provenance;
};

/// The unemployment benefit rules, loaded from resources/parameters/unemployment/unemployment.json.
///
/// Immutable after loading and safe to share between threads. Every rule carries the document it
/// comes from; a region without a standard is an answer of its own ("not in the data").
class UnemploymentRules
{
    Q_DECLARE_TR_FUNCTIONS(tongban::unemployment::UnemploymentRules)

public:
    /// The rules shipped in the program (Qt resource ":/parameters/unemployment/unemployment.json").
    /// Error (BadInput, naming the file and JSON path) when the shipped file is malformed — a
    /// build defect.
    static Result<std::shared_ptr<const UnemploymentRules>> loadBuiltIn();
    /// The rules in the JSON file @p path. Errors: BadInput with "<path>:<json path>" as field
    /// and what is expected, for an unreadable file, a malformed entry or a source key that is
    /// not in "sources".
    static Result<std::shared_ptr<const UnemploymentRules>> load(const QString &path);

    /// File name, edition and digest (first 16 hex digits of the SHA-256 of the bytes).
    policy::ParameterFileVersion version() const { return m_version; }

    /// Paid months needed at least (12: 条例 Art. 14(1), 社会保险法 Art. 45(1)).
    int minimumPaidMonths() const { return m_minimumPaidMonths; }
    policy::Provenance minimumPaidProvenance() const { return m_minimumPaidProvenance; }

    /// The condition "job lost not by the worker's own choice" (条例 Art. 14(2), 社会保险法 Art. 45(2)).
    policy::Provenance involuntaryProvenance() const { return m_involuntaryProvenance; }
    /// The condition "registered as unemployed and seeking work" (条例 Art. 14(3), 社会保险法 Art. 45(3)).
    policy::Provenance registrationProvenance() const { return m_registrationProvenance; }

    /// The longest benefit period in months for @p paidMonths months paid since the last claim
    /// (12 → 12, 60 → 18, 120 → 24); 0 below the first band.
    int bandMonths(int paidMonths) const;
    QList<DurationBand> bands() const { return m_bands; }
    policy::Provenance bandsProvenance() const { return m_bandsProvenance; }

    /// The cap on a new entitlement plus carried-over months (24, 条例 Art. 17).
    int maximumMonths() const { return m_maximumMonths; }
    policy::Provenance maximumProvenance() const { return m_maximumProvenance; }

    /// Where benefit starts: "claim-month" (社会保险法 Art. 50, counted from registration).
    policy::SourcedSetting benefitStart() const { return m_benefitStart; }
    /// Where payment stops: "next-month" (the month after the ground arises, local rules, LOW)
    /// or "same-month".
    policy::SourcedSetting stopPayment() const { return m_stopPayment; }

    /// The job-loss reason @p key, std::nullopt when not in the list.
    std::optional<JobLossReason> jobLossReason(const QString &key) const;
    QList<JobLossReason> jobLossReasons() const { return m_jobLossReasons; }

    /// The stop ground @p key, std::nullopt when not in the list.
    std::optional<StopGround> stopGround(const QString &key) const;
    QList<StopGround> stopGrounds() const { return m_stopGrounds; }

    /// The monthly standard for region @p code (six digits): the entry of the code itself, else
    /// of its city (first four digits + "00"), else of its province; std::nullopt when the data
    /// has none (for every shipped pension region: Beijing, Shanghai, Jiangsu, …).
    std::optional<BenefitStandard> standardFor(const QString &code) const;
    QList<BenefitStandard> standards() const { return m_standards; }

    /// The document and (when known) article list for source key @p key ("TIAOLI-1999").
    QString sourceDocument(const QString &key) const { return m_sourceDocuments.value(key, key); }

private:
    friend class UnemploymentRulesReader;

    policy::ParameterFileVersion m_version;
    QMap<QString, QString> m_sourceDocuments;
    int m_minimumPaidMonths = 0;
    policy::Provenance m_minimumPaidProvenance;
    policy::Provenance m_involuntaryProvenance;
    policy::Provenance m_registrationProvenance;
    QList<DurationBand> m_bands;
    policy::Provenance m_bandsProvenance;
    int m_maximumMonths = 0;
    policy::Provenance m_maximumProvenance;
    policy::SourcedSetting m_benefitStart;
    policy::SourcedSetting m_stopPayment;
    QList<JobLossReason> m_jobLossReasons;
    QList<StopGround> m_stopGrounds;
    QList<BenefitStandard> m_standards;
};

} // namespace tongban::unemployment
