#pragma once

#include "common/error.h"
#include "common/money.h"
#include "policy/parameterset.h"
#include "policy/sourcedfigure.h"

#include <QCoreApplication>
#include <QDate>
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

/// One step of a region's standard (失业保险金标准, 条例 Art. 18): the monthly amount, or the
/// share of the minimum wage, that applies from benefit month @c benefitMonthFrom on for a claim
/// with at least @c paidMonthsFrom months paid. Exactly one of @c monthly and @c share is set.
struct StandardStep
{
    int paidMonthsFrom = 0; ///< the months paid (ClaimInput::monthsPaid) the step needs at least; 0 = any
    int benefitMonthFrom = 1; ///< first benefit month (1-based) it applies to: 13 = "from the 13th month on"
    std::optional<Money> monthly; ///< CNY per month
    std::optional<Rational> share; ///< e.g. 9/10 of the claimant's place's minimum wage
};

/// A region's monthly benefit standard as far as the data knows it, for the days @c from…@c to:
/// fixed amounts, shares of the minimum wage (with the steps above: by benefit month or by months
/// paid), or a rule known only in words (no steps: the clerk enters the amount).
struct BenefitStandard
{
    QString code; ///< GB/T 2260 code the entry is keyed on (province "440000", city "430100" or county "430121")
    QString name;
    QDate from; ///< first day the standard applies; invalid = no start in the data
    QDate to; ///< last day; invalid = open-ended
    QList<StandardStep> steps; ///< empty for a rule known only in words
    /// How a share of the minimum wage is brought to money: "fen" (half-up to 0.01 CNY) or
    /// "yuan" (half-up to the whole yuan); empty when the data does not know it — then only a
    /// share that comes to whole yuan is computed (every rule agrees on it).
    QString rounding;
    /// The minimum-wage tier whose wage every claimant's share is taken of ("一类": Inner
    /// Mongolia pays on the class-I wage whatever the claimant's area); empty = the wage of the
    /// claimant's own place.
    QString minimumWageTier;
    policy::Provenance provenance;

    /// True when the data describes the rule but holds no figure or share for it.
    bool ruleOnly() const { return steps.isEmpty(); }
    /// True when some step is a share of the minimum wage.
    bool usesMinimumWage() const;
    /// The step for benefit month @p benefitMonth (1-based) of a claim with @p paidMonths months
    /// paid: among the steps whose conditions hold, the one with the latest benefitMonthFrom,
    /// then the highest paidMonthsFrom; std::nullopt when none holds.
    std::optional<StandardStep> stepFor(int paidMonths, int benefitMonth) const;
    /// Whether the standard applies on @p date (from and to inclusive; an open end applies).
    bool appliesOn(QDate date) const;
};

/// One place of a minimum-wage tier: a GB/T 2260 code (a county, a city: its counties follow it
/// unless listed themselves, or the province: every place not listed elsewhere).
struct MinimumWagePlace
{
    QString code;
    QString name;
};

/// One tier (档) of a province's monthly minimum wage (最低工资标准).
struct MinimumWageTier
{
    QString tier; ///< the tier's name as the notice prints it ("一类", "第一档")
    Money monthly; ///< CNY per month, full-time
    QList<MinimumWagePlace> places;
};

/// A province's minimum wages by tier, in force from @c from (to @c to, when known).
struct MinimumWageTable
{
    QString province; ///< "440000"
    QDate from;
    QDate to; ///< invalid = until replaced
    QList<MinimumWageTier> tiers;
    policy::Provenance provenance;
};

/// The minimum wage of one place on one day, with where it comes from.
struct MinimumWage
{
    Money monthly;
    QString tier;
    QString placeCode; ///< the code of the table's place that matched (county, city or province)
    QString placeName; ///< its name; empty for a tier's wage taken whatever the place (minimumWageOfTier)
    QDate from; ///< the table's first day
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
    /// build defect. Read once per program (common/loadedonce.h), thread-safe.
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

    /// The monthly standard for region @p code (six digits) on @p date: the entry of the code
    /// itself, else of its city (first four digits + "00"), else of its province — the most
    /// specific level that has entries, and there the entry whose days cover @p date (an invalid
    /// @p date takes the latest one); std::nullopt when the data has none for that day (a province
    /// whose rule was not found: Jiangsu, Heilongjiang, Jilin, Anhui, …).
    std::optional<BenefitStandard> standardFor(const QString &code, QDate date = {}) const;
    /// Every entry of the most specific level that has entries for @p code (as standardFor()),
    /// in the order of the data: what a "no standard on that day" answer names.
    QList<BenefitStandard> standardsOf(const QString &code) const;
    QList<BenefitStandard> standards() const { return m_standards; }

    /// The monthly minimum wage of place @p code on @p date from the province's table in force
    /// then: the tier listing the county itself, else its city, else the province; std::nullopt
    /// when no table covers the day or the place is in none of its tiers (never a neighbour's).
    std::optional<MinimumWage> minimumWageFor(const QString &code, QDate date) const;
    /// The monthly minimum wage of tier @p tier of province @p province (six digits, "150000") on
    /// @p date, whatever the place; std::nullopt when no table covers the day or it has no such tier.
    std::optional<MinimumWage> minimumWageOfTier(const QString &province, const QString &tier, QDate date) const;
    QList<MinimumWageTable> minimumWageTables() const { return m_minimumWages; }

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
    QList<MinimumWageTable> m_minimumWages;
};

} // namespace tongban::unemployment
