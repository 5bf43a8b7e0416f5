#pragma once

#include "common/error.h"
#include "common/money.h"
#include "common/rational.h"
#include "common/yearmonth.h"
#include "historycasebuilder.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pensionresult.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace tongban::pension {

/// What the clerk chose for a pension built from a person's contribution records: everything
/// besides the records and the parameters that the case depends on. Kept with a calculation
/// snapshot so that the case can be built again from the records with other parameters (a
/// crediting rate, an average wage or a calculation base published since).
struct CaseOrigin
{
    /// The current month when calculated: the individual account is as of it when the pension
    /// starts later, and projected months start from it.
    YearMonth today;
    std::optional<YearMonth> retirement; ///< month the pension starts; none: the statutory month
    std::optional<Money> calculationBase; ///< 计发基数 entered by the clerk, CNY/month; none: the region's figure
    std::optional<Rational> payoutMonths; ///< 计发月数 entered by the clerk; none: the region's rule for the age
    QString note; ///< the clerk's note on the figures entered
    std::optional<Money> keepPayingBase; ///< CNY/month paid from today until the pension starts (a projection)
    insured::ContributionKind keepPayingKind = insured::ContributionKind::Employee; ///< how the projected months are paid
    /// Figures not yet published are assumed (the latest published crediting rate, average wage
    /// and calculation base), as a scenario side of a comparison does (pension::ScenarioSide).
    /// Without it a figure the data lacks is a missing figure (as on the breakdown tab).
    bool assumeUnpublished = false;

    bool operator==(const CaseOrigin &) const = default;

    /// The JSON form: {"today": "YYYY-MM", "retirement": "YYYY-MM", "calculation_base": CNY,
    /// "payout_months": months, "note": "…", "keep_paying": {"base": CNY, "kind":
    /// "employee"|"flexible"}, "assume_unpublished": true}; absent optional fields are left out
    /// (as are an empty note and assume_unpublished false). Amounts are JSON numbers exact to
    /// the fen, as in the tongban-cli contract.
    QJsonObject toJson() const;
    /// Reads toJson()'s form strictly. Errors: BadInput with the field's JSON path (e.g.
    /// "today", "keep_paying.kind") for an unknown field, a missing "today", a malformed month,
    /// an amount that is not positive, above 1,000,000,000 CNY or with more than two decimals,
    /// payout months that are not a positive number below 1000 with at most 6 decimals, a kind
    /// other than "employee"/"flexible", or a value of the wrong JSON type.
    static Result<CaseOrigin> fromJson(const QJsonObject &json);
};

/// A pension computed from a person's records: the case with its history and assumptions,
/// and the result.
struct RecordsPension
{
    HistoryCase built;
    PensionResult result;
};

/// Builds the pension case of a person from their stored contribution records and what the
/// clerk chose (CaseOrigin), the way the breakdown tab does:
/// - with a keep-paying base, AccountProjection continues the records until the pension starts
///   (figures not yet published assumed, each said);
/// - else with assumeUnpublished, the unpublished figures are assumed as in
///   AccountProjection::assumeUnpublished and HistoryCaseBuilder builds the case;
/// - else HistoryCaseBuilder with the entered calculation base and the note on it.
/// Then the entered payout months (with the note) replace the region's rule.
class CaseFromRecords
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::CaseFromRecords)

public:
    /// The case of @p person from @p records with @p parameters as @p origin says. The
    /// assumptions are those of the projection (with a keep-paying base) or of the builder.
    /// Errors: those of HistoryCaseBuilder::build, AccountProjection::project (its "base"
    /// reported as "keep_paying") and AccountProjection::assumeUnpublished.
    static Result<HistoryCase> build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                     const std::shared_ptr<const policy::ParameterSet> &parameters, const CaseOrigin &origin);

    /// build(), then PensionCalculator on the case. Errors: those of build() and of
    /// PensionCalculator::calculate.
    static Result<RecordsPension> calculate(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                            const std::shared_ptr<const policy::ParameterSet> &parameters, const CaseOrigin &origin);
};

} // namespace tongban::pension
