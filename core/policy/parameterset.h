#pragma once

#include "common/error.h"
#include "regionparameters.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace tongban::policy {

/// One retirement-age group's reform parameters (渐进式延迟法定退休年龄).
struct RetirementGroupParameters
{
    int originalAgeMonths = 0; ///< 720 men, 660 women 55, 600 women 50
    YearMonth firstCohort; ///< first birth month with a delay (1965-01 men)
    int monthsPerStep = 0; ///< birth months per month of delay (4 or 2)
    int maxDelayMonths = 0; ///< 36 or 60
};

/// The version of one parameter file: which file, the edition date it declares ("edition" in
/// the JSON, empty when absent) and the first 16 hex digits of the SHA-256 of its bytes. Two
/// calculations used the same figures exactly when their versions are equal.
struct ParameterFileVersion
{
    QString file; ///< "national.json", "regions/110000.json"
    QString edition; ///< "2026-11-29" or empty
    QString digest; ///< 16 hex digits

    friend bool operator==(const ParameterFileVersion &, const ParameterFileVersion &) = default;
};

/// Every policy figure the calculations use, loaded from JSON data (resources/parameters).
///
/// Immutable after loading and safe to share between threads. Nothing in core/ holds a policy
/// figure as a literal: it asks this object, which answers with the figure and its source, or
/// with an Error naming the figure that is missing.
class ParameterSet
{
    Q_DECLARE_TR_FUNCTIONS(tongban::policy::ParameterSet)

public:
    /// The parameters shipped inside the program (Qt resource ":/parameters"), read at the first
    /// call and shared by every later one (thread-safe). Error when the shipped data is
    /// malformed (a build defect).
    static Result<std::shared_ptr<const ParameterSet>> loadBuiltIn();
    /// Parameters from a directory laid out like resources/parameters (national.json and
    /// regions/<code>.json). Error naming the file and the JSON path of the first bad entry.
    static Result<std::shared_ptr<const ParameterSet>> loadFromDirectory(const QString &directory);

    /// The rules of the pooling region @p code: a six-digit GB/T 2260 code; a city or county
    /// code ("320800") resolves to its province ("320000"). Error (BadInput on @p field) when
    /// the code is malformed or no rule set is shipped for it, listing the shipped regions.
    Result<const RegionParameters *> region(const QString &code, const QString &field = QStringLiteral("region")) const;
    /// All shipped regions, ordered by code.
    QList<const RegionParameters *> regions() const;
    /// The rules a pension of @p code is computed with: the shipped rule set of its province
    /// (as region()), or, for a GB/T 2260 province of the urban employee scheme whose rule set
    /// is not shipped, the national formula alone (RegionParameters::hasRuleSet false: no
    /// published figure, roundings "exact"/"fen"/"sum" from 国发〔2005〕38号, no transitional
    /// rule) under the province's name from national.json "provinces". Error (BadInput on
    /// @p field) when the code is malformed or not such a province.
    Result<const RegionParameters *> rulesFor(const QString &code, const QString &field = QStringLiteral("region")) const;
    /// The name of the place @p code (a GB/T 2260 code of a province, city or county) for the
    /// screen, in its language: the city's where the data has the city (RegionParameters::cityFor,
    /// "沈阳市"), else the province's (its rule set, or national.json "provinces", "河南省").
    /// The data holds no county names: a county is named by its city or province. @p code
    /// itself when it is no code of a province of the scheme (never a guess).
    QString placeName(const QString &code) const;

    /// Every province of the scheme (national.json "provinces" and the shipped rule sets), as
    /// GB/T 2260 code → name ("110000" → "北京市"), ordered by code.
    QMap<QString, QString> provinceNames() const;

    /// Versions of every file loaded: national.json first, then the regions by code.
    QList<ParameterFileVersion> versions() const { return m_versions; }
    /// The versions a calculation for @p regionCode depends on: national.json and the region's
    /// file (a city code resolves to its province); national.json alone for a province without
    /// a shipped rule set (rulesFor). Empty when the code is not such a province.
    QList<ParameterFileVersion> versionsFor(const QString &regionCode) const;

    /// How a visitor's paper names the document @p source — a figure's Provenance::document
    /// ("国发〔2005〕38号 国务院关于…") or the number alone ("国发〔2005〕38号"), as breakdown lines
    /// quote them — from the "citation" of the source in any loaded file ("《国务院关于完善企业
    /// 职工基本养老保险制度的决定》（国发〔2005〕38号）"). Empty when no loaded source with that
    /// document or number has a citation: internal evidence (a calculator's data, a repost) is
    /// never printed for a visitor.
    QString citationFor(const QString &source) const;

    /// 计发月数 for a whole age in years (40…70), from the 国发〔2005〕38号 annex.
    std::optional<SourcedFigure> payoutMonthsForAge(int years) const;

    /// The individual-account crediting rate (记账利率) of calendar @p year as a fraction
    /// (0.0262), or std::nullopt when it is not published in the data.
    std::optional<SourcedFigure> creditingRate(int year) const;

    /// The share of the contribution base credited to the individual account in @p month
    /// (0.11 up to 2005-12, 0.08 from 2006-01), or std::nullopt before the first period.
    std::optional<SourcedFigure> accountCreditRate(YearMonth month) const;

    /// Contribution rates (fractions): "employee_personal", "employer",
    /// "employer_before_2019_05", "flexible_total".
    std::optional<SourcedFigure> contributionRate(const QString &key) const;

    /// Bounds of the monthly contribution base as fractions of the reference average wage:
    /// "floor" (0.6) and "ceiling" (3.0), 国办发〔2019〕13号; std::nullopt for another key.
    std::optional<SourcedFigure> contributionBaseBound(const QString &key) const;

    /// Reform parameters for a group: "male", "female-55", "female-50".
    std::optional<RetirementGroupParameters> retirementGroup(const QString &group) const;
    /// Provenance of the retirement-age reform figures.
    Provenance retirementProvenance() const;
    /// Minimum contribution months for a monthly pension, for someone reaching statutory age in
    /// calendar @p year (180 through 2029, +6 a year from 2030, 240 from 2039).
    int minimumContributionMonths(int year) const;
    /// Provenance of the minimum-contribution rule.
    Provenance minimumContributionProvenance() const;
    /// Flexible retirement limits in months (36 each), from 人社部发〔2024〕94号.
    int maxEarlyRetirementMonths() const { return m_maxEarlyMonths; }
    int maxLateRetirementMonths() const { return m_maxLateMonths; }
    Provenance flexibleRetirementProvenance() const { return m_flexibleProvenance; }

private:
    friend class ParameterLoader;

    QMap<QString, RegionParameters> m_regions;
    QHash<QString, QString> m_citations; ///< document text and document number → citation (citationFor)
    QMap<QString, RegionParameters> m_nationalOnly; ///< provinces without a shipped rule set (rulesFor)
    QList<ParameterFileVersion> m_versions;
    QMap<int, SourcedFigure> m_payoutMonths;
    QMap<int, SourcedFigure> m_creditingRates;
    QList<EffectiveFigure> m_accountCreditRates;
    QMap<QString, SourcedFigure> m_contributionRates;
    QMap<QString, SourcedFigure> m_contributionBaseBounds;
    QMap<QString, RetirementGroupParameters> m_retirementGroups;
    Provenance m_retirementProvenance;
    Provenance m_minimumContributionProvenance;
    int m_minimumUntil2029 = 0;
    int m_minimumFromYear = 0;
    int m_minimumFirst = 0;
    int m_minimumStep = 0;
    int m_minimumMax = 0;
    int m_maxEarlyMonths = 0;
    int m_maxLateMonths = 0;
    Provenance m_flexibleProvenance;
};

} // namespace tongban::policy
