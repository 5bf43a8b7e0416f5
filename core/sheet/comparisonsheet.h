#pragma once

#include "calculationsheet.h"
#include "pension/pensioncomparison.h"

#include <QCoreApplication>

namespace tongban::sheet {

/// A comparison of two pensions (pension::PensionComparison) as a sheet: the same plain data a
/// calculation sheet is, so that the printed sheet, its PDF and the visitor's screen lay it out
/// as they do one calculation — each cause of the difference a step, with what differs and its
/// part; the difference a month as the total.
///
/// Who is compared is passed in as it is to be shown: a colleague's data reaches paper and the
/// visitor's screen only as the comparison names them (ComparisonService: "同事") with their
/// masked citizen ID number, never by name or full number.
class ComparisonSheet
{
    Q_DECLARE_TR_FUNCTIONS(tongban::sheet::ComparisonSheet)

public:
    /// One side as shown: its label (as in the comparison) and its masked citizen ID number
    /// (CitizenId::mask; empty for a case typed in).
    struct Party
    {
        QString label;
        QString maskedCitizenId;
    };

    /// The sheet of @p comparison between @p a and @p b (differences b − a, fen), with the
    /// sides' results (@p resultA, @p resultB: regions, start months, warnings), what each side
    /// assumed, the versions of the parameter files of both regions (ParameterSet::versionsFor),
    /// the clerk and when it is made. The person section names both parties (label and masked
    /// number); personName reads "a and b (number)" for headers and footers; maskedCitizenId is
    /// side a's. Errors (BadInput): "clerk" empty; "printed_at" not valid; "versions" empty;
    /// "comparison" without components. With @p parameters, the sheet's citations are the
    /// documents both calculations followed (ParameterSet::citationFor of each line's source),
    /// which a visitor's copy names by number and title.
    static Result<CalculationSheet> build(const pension::PensionComparison &comparison, const pension::PensionResult &resultA,
                                          const pension::PensionResult &resultB, const Party &a, const Party &b,
                                          const QStringList &assumptionsA, const QStringList &assumptionsB,
                                          const QList<policy::ParameterFileVersion> &versions, const QString &clerk,
                                          const QDateTime &printedAt, const policy::ParameterSet *parameters = nullptr);

    /// "+12.30", "−371.01" (a true minus sign), "0.00": a part of a difference.
    static QString signedAmount(Money amount);
};

} // namespace tongban::sheet
