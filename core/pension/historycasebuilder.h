#pragma once

#include "common/error.h"
#include "history/contributionhistory.h"
#include "insured/contributionrecord.h"
#include "insured/insuredperson.h"
#include "pensioncase.h"
#include "policy/parameterset.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace tongban::pension {

/// A pension case derived from a stored contribution history, with what was assumed.
struct HistoryCase
{
    PensionCase pensionCase;
    history::ContributionHistory history; ///< built up to the retirement month (or today, if earlier)
    QStringList assumptions; ///< plain-language notes an expert reads out
};

/// Figures the clerk enters for a case built from a history, where the region's data has none or
/// the clerk overrides it (each std::nullopt = the region's figure at calculation).
struct EnteredFigures
{
    std::optional<Money> calculationBase; ///< 计发基数 (the city base in Jilin), CNY/month
    std::optional<Money> indexedWageBase; ///< a second base of the indexed half (Jilin's province base)
    /// The index deemed months count at, in the average index and the transitional pension;
    /// required with deemed months where the region's figure is a table not in the data
    /// (Guangdong's 视同缴费指数).
    std::optional<Rational> deemedIndex;
    QMap<QString, QString> notes; ///< the clerk's notes, as PensionCase::notes
};

/// Builds the pension case of a person from their records: average index over actual and
/// deemed months (actual months only where the region says so, Tibet), months paid, the
/// individual account reconstructed to the retirement month, and the transitional pension's
/// inputs the region defines: where it has periods at their own index (Beijing's 1992-10…1998-06
/// period, 京劳社养发〔2007〕31号; Guangdong's 1994-01…1998-06, which the calculator weights
/// together with the deemed months) the parts themselves; elsewhere the region's default part,
/// left to the calculator, with the months paid before the individual account started counted
/// from the records where the region counts them (建账前累计缴费年限).
class HistoryCaseBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::HistoryCaseBuilder)

public:
    /// @p retirement: the month the pension starts; std::nullopt = the statutory month from
    /// the person's birth date and group. @p today: the current month; a retirement after it
    /// uses the balance as of @p today and says so (no projection of future contributions).
    /// @p calculationBase: the clerk's figure, else the region's published one at calculation.
    /// @p assumptions: figures assumed for unpublished years (projections); each one used is
    /// added to HistoryCase::assumptions.
    /// Errors: BadInput ("region", "retirement" before the last record is allowed but a
    /// retirement before the birth is not); MissingFigure when a year's average wage is missing
    /// (the field names the year).
    static Result<HistoryCase> build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                     const policy::ParameterSet &parameters, std::optional<YearMonth> retirement, YearMonth today,
                                     std::optional<Money> calculationBase, const history::HistoryAssumptions &assumptions = {});

    /// As above, with every figure the clerk entered (@p entered). Further error:
    /// MissingFigure "deemed_index" when the region's deemed index is a table not in the data
    /// and the person has deemed months without @p entered.deemedIndex.
    static Result<HistoryCase> build(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                     const policy::ParameterSet &parameters, std::optional<YearMonth> retirement, YearMonth today,
                                     const EnteredFigures &entered, const history::HistoryAssumptions &assumptions = {});
};

} // namespace tongban::pension
