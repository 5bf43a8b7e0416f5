#pragma once

#include "pensionresult.h"

#include "common/yearmonth.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tongban::pension {

/// The steps of the pension breakdown in plain words, for the clerk's tooltip and the visitor's
/// screen: what a calculation base, an indexed wage, a transitional part labelled "G实" or
/// "G同" is, without the terms of the approval notice (国发〔2005〕38号 and the regions' rules
/// as the calculator applies them).
class LineExplanation
{
    Q_DECLARE_TR_FUNCTIONS(tongban::pension::LineExplanation)

public:
    /// The explanation of a line with @p key ("basic_pension", "transitional_pension.part2",
    /// "supplement.1", …), translated; empty for a key that has none.
    static QString forKey(const QString &key);
    /// The explanation of a transitional part counting @p whatItCounts (TransitionalPart::
    /// explanation; empty: the part in general words).
    static QString transitionalPart(const QString &whatItCounts);
    /// The part's own words for the service before the individual account (deemed, or deemed
    /// and paid before the account), and for a period counted at its own index.
    static QString deemedService();
    static QString periodAtOwnIndex(YearMonth from, YearMonth to);
    /// Sets the explanation of every line of @p lines that has none from its key.
    static void fill(QList<BreakdownLine> &lines);
};

} // namespace tongban::pension
