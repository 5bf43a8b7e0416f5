#include "comparisonsheet.h"

namespace tongban::sheet {

namespace {

using Sheet = CalculationSheet;

/// "同事（110105********0173）", or the label alone without a number.
QString partyText(const ComparisonSheet::Party &party)
{
    return party.maskedCitizenId.isEmpty() ? party.label : ComparisonSheet::tr("%1 (%2)").arg(party.label, party.maskedCitizenId);
}

/// @p a, or "a / b" when the sides differ.
QString oneOrBoth(const QString &a, const QString &b)
{
    return a == b ? a : QStringLiteral("%1 / %2").arg(a, b);
}

} // namespace

QString ComparisonSheet::signedAmount(Money amount)
{
    if (amount.isZero())
        return Money().toDisplayString();
    return (amount < Money() ? QStringLiteral("−") : QStringLiteral("+")) + (amount < Money() ? -amount : amount).toDisplayString();
}

Result<CalculationSheet> ComparisonSheet::build(const pension::PensionComparison &comparison, const pension::PensionResult &resultA,
                                                const pension::PensionResult &resultB, const Party &a, const Party &b,
                                                const QStringList &assumptionsA, const QStringList &assumptionsB,
                                                const QList<policy::ParameterFileVersion> &versions, const QString &clerk,
                                                const QDateTime &printedAt, const policy::ParameterSet *parameters)
{
    if (clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the sheet needs the name of the clerk who makes it"));
    if (!printedAt.isValid())
        return Error::badInput(QStringLiteral("printed_at"), tr("the sheet needs a valid date and time"));
    if (versions.isEmpty())
        return Error::badInput(QStringLiteral("versions"), tr("the sheet needs the versions of the parameter files the calculations used"));
    if (comparison.components.isEmpty())
        return Error::badInput(QStringLiteral("comparison"), tr("the comparison has no figures to print"));

    Sheet sheet;
    sheet.title = tr("Pension comparison sheet");
    sheet.personName = tr("%1 and %2").arg(partyText(a), partyText(b));
    sheet.maskedCitizenId = a.maskedCitizenId;
    sheet.regionName = oneOrBoth(resultA.regionName, resultB.regionName);
    sheet.retirementMonth = oneOrBoth(resultA.retirement.toString(), resultB.retirement.toString());

    sheet.person << Sheet::Field {QStringLiteral("name_a"), tr("Compared"), a.label}
                 << Sheet::Field {QStringLiteral("citizen_id_a"), tr("Citizen ID number"), a.maskedCitizenId}
                 << Sheet::Field {QStringLiteral("name_b"), tr("Compared with"), b.label}
                 << Sheet::Field {QStringLiteral("citizen_id_b"), tr("Citizen ID number"), b.maskedCitizenId};
    for (const pension::ComparedFigure &f : comparison.figures)
        sheet.inputs << Sheet::Field {f.key, f.label, tr("%1: %2; %3: %4").arg(a.label, f.a, b.label, f.b)};
    for (const pension::ComponentDifference &d : comparison.components) {
        if (d.key == u"total")
            continue;
        sheet.inputs << Sheet::Field {d.key, d.label,
                                      tr("%1: %2; %3: %4").arg(a.label, d.a.toDisplayString(), b.label, d.b.toDisplayString())};
    }

    // Each cause is a step: its part of the difference, with what differs in words.
    for (const pension::DifferenceCause &cause : comparison.causes) {
        Sheet::Line line;
        line.key = QStringLiteral("cause.") + cause.key;
        line.label = cause.label;
        line.formula = cause.explanation;
        line.value = signedAmount(cause.total());
        sheet.lines << line;
    }
    const pension::ComponentDifference &total = comparison.components.last();
    Sheet::Line sum;
    sum.key = QStringLiteral("total");
    sum.label = tr("Difference a month");
    sum.formula = tr("%1 %2 − %3 %4 = %5")
                      .arg(b.label, total.b.toDisplayString(), a.label, total.a.toDisplayString(), signedAmount(comparison.difference));
    sum.value = signedAmount(comparison.difference);
    sheet.lines << sum;

    const Money difference = comparison.difference;
    if (difference < Money())
        sheet.totalLabel = tr("%1 gets less a month than %2 by").arg(b.label, a.label);
    else
        sheet.totalLabel = tr("%1 gets more a month than %2 by").arg(b.label, a.label);
    sheet.total = difference < Money() ? -difference : difference;

    for (const QString &w : resultA.warnings)
        sheet.warnings << tr("%1: %2").arg(a.label, w);
    for (const QString &w : resultB.warnings)
        sheet.warnings << tr("%1: %2").arg(b.label, w);
    for (const QString &s : assumptionsA)
        sheet.assumptions << tr("%1: %2").arg(a.label, s);
    for (const QString &s : assumptionsB)
        sheet.assumptions << tr("%1: %2").arg(b.label, s);
    if (parameters) {
        for (const pension::PensionResult *result : {&resultA, &resultB}) {
            for (const pension::BreakdownLine &line : result->lines) {
                for (const QString &source : line.source.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
                    const QString citation = parameters->citationFor(source);
                    if (!citation.isEmpty() && !sheet.citations.contains(citation))
                        sheet.citations << citation;
                }
            }
        }
    }
    sheet.versions = versions;
    sheet.clerk = clerk.trimmed();
    sheet.printedAt = printedAt;
    sheet.printedAtText = printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return sheet;
}

} // namespace tongban::sheet
