#include "calculationsheet.h"

#include "identity/citizenid.h"

#include <algorithm>

namespace tongban::sheet {

namespace {

using Sheet = CalculationSheet;

QString sexText(insured::Sex sex)
{
    return sex == insured::Sex::Male ? CalculationSheet::tr("Male") : CalculationSheet::tr("Female");
}

QString groupText(insured::RetirementGroup group)
{
    switch (group) {
    case insured::RetirementGroup::Male:
        return CalculationSheet::tr("Men, 60");
    case insured::RetirementGroup::Female55:
        return CalculationSheet::tr("Women, 55");
    case insured::RetirementGroup::Female50:
        return CalculationSheet::tr("Women, 50");
    }
    return {};
}

/// "62 months (5 years 2 months)": months are what is stored, years what a visitor understands.
QString monthsText(int months)
{
    const YearsMonths span = YearsMonths::fromMonths(months);
    return CalculationSheet::tr("%1 months (%2 years %3 months)").arg(months).arg(span.years).arg(span.months);
}

QString yuanText(const Money &amount)
{
    return CalculationSheet::tr("¥ %1").arg(amount.toDisplayString());
}

QList<Sheet::Field> personFields(const pension::PensionCase &c, const pension::PensionResult &r,
                                 const std::optional<insured::InsuredPerson> &person)
{
    QList<Sheet::Field> fields;
    if (person) {
        fields << Sheet::Field {QStringLiteral("name"), CalculationSheet::tr("Name"), person->name};
        fields << Sheet::Field {QStringLiteral("citizen_id"), CalculationSheet::tr("Citizen ID number"),
                                identity::CitizenId::mask(person->citizenId)};
        fields << Sheet::Field {QStringLiteral("sex"), CalculationSheet::tr("Sex"), sexText(person->sex)};
        fields << Sheet::Field {QStringLiteral("birth"), CalculationSheet::tr("Born"),
                                person->birthDate.toString(QStringLiteral("yyyy-MM-dd"))};
    } else if (c.birth) {
        fields << Sheet::Field {QStringLiteral("birth"), CalculationSheet::tr("Born"), c.birth->toString()};
    }
    std::optional<insured::RetirementGroup> group = c.group;
    if (!group && person)
        group = person->retirementGroup;
    if (group)
        fields << Sheet::Field {QStringLiteral("group"), CalculationSheet::tr("Retirement group"), groupText(*group)};
    fields << Sheet::Field {QStringLiteral("region"), CalculationSheet::tr("Pooling region"),
                            CalculationSheet::tr("%1 (%2)").arg(r.regionName, c.region)};
    if (r.ageAtRetirement) {
        fields << Sheet::Field {QStringLiteral("age"), CalculationSheet::tr("Age when the pension starts"),
                                CalculationSheet::tr("%1 years %2 months").arg(r.ageAtRetirement->years).arg(r.ageAtRetirement->months)};
    }
    return fields;
}

QList<Sheet::Field> inputFields(const pension::PensionCase &c, const pension::PensionResult &r)
{
    QList<Sheet::Field> fields;
    fields << Sheet::Field {QStringLiteral("retirement"), CalculationSheet::tr("Pension starts"),
                            c.retirement ? r.retirement.toString()
                                         : CalculationSheet::tr("%1 (statutory retirement month)").arg(r.retirement.toString())};
    fields << Sheet::Field {QStringLiteral("calculation_base"), CalculationSheet::tr("Calculation base (CNY/month)"),
                            c.calculationBase ? CalculationSheet::tr("%1 (entered for this case)").arg(yuanText(*c.calculationBase))
                                : r.provisional
                                ? CalculationSheet::tr("%1 (provisional: the latest published figure, until the base of %2 is published)")
                                      .arg(yuanText(r.calculationBase), r.retirement.toString())
                                : CalculationSheet::tr("%1 (the region's published figure)").arg(yuanText(r.calculationBase))};
    fields << Sheet::Field {QStringLiteral("average_index"), CalculationSheet::tr("Average contribution index"),
                            c.averageIndex.toString(4)};
    if (c.indexedWageBase) {
        fields << Sheet::Field {QStringLiteral("indexed_wage_base"), CalculationSheet::tr("Base of the indexed wage (CNY/month)"),
                                yuanText(*c.indexedWageBase)};
    }
    if (c.indexedWage) {
        fields << Sheet::Field {QStringLiteral("indexed_wage"), CalculationSheet::tr("Indexed average monthly contribution wage"),
                                yuanText(*c.indexedWage)};
    }
    fields << Sheet::Field {QStringLiteral("actual_months"), CalculationSheet::tr("Contribution months paid"), monthsText(c.actualMonths)};
    fields << Sheet::Field {QStringLiteral("deemed_months"), CalculationSheet::tr("Deemed contribution months"),
                            monthsText(c.deemedMonths)};
    fields << Sheet::Field {QStringLiteral("account_balance"), CalculationSheet::tr("Individual account balance"),
                            yuanText(c.accountBalance)};
    if (c.payoutMonths) {
        fields << Sheet::Field {QStringLiteral("payout_months"), CalculationSheet::tr("Payout months (entered for this case)"),
                                c.payoutMonths->toShortString(1)};
    }
    if (c.transitional) {
        const pension::TransitionalInput &t = *c.transitional;
        for (qsizetype i = 0; i < t.parts.size(); ++i) {
            const pension::TransitionalPart &part = t.parts.at(i);
            const QString name = part.label.isEmpty() ? CalculationSheet::tr("part %1").arg(i + 1) : part.label;
            QString value = CalculationSheet::tr("%1, index %2").arg(monthsText(part.months), part.index.toShortString(4));
            if (part.base)
                value = CalculationSheet::tr("%1, base %2").arg(value, yuanText(*part.base));
            fields << Sheet::Field {QStringLiteral("transitional.part%1").arg(i + 1),
                                    CalculationSheet::tr("Transitional period: %1").arg(name), value};
        }
        if (t.coefficient) {
            fields << Sheet::Field {QStringLiteral("transitional.coefficient"), CalculationSheet::tr("Transition coefficient (entered)"),
                                    (*t.coefficient * Rational(100)).toShortString(4) + u'%'};
        }
        if (t.preAccountMonths) {
            fields << Sheet::Field {QStringLiteral("transitional.pre_account_months"),
                                    CalculationSheet::tr("Months paid before the individual account"), monthsText(*t.preAccountMonths)};
        }
        if (t.deemedIndex) {
            fields << Sheet::Field {QStringLiteral("transitional.deemed_index"),
                                    CalculationSheet::tr("Index of the transitional part (entered)"), t.deemedIndex->toShortString(6)};
        }
        if (t.notionalAccount) {
            fields << Sheet::Field {QStringLiteral("transitional.notional_account"), CalculationSheet::tr("Notional account amount"),
                                    yuanText(*t.notionalAccount)};
        }
    }
    if (!c.rounding.years.isEmpty())
        fields << Sheet::Field {QStringLiteral("rounding.years"), CalculationSheet::tr("Rounding of years (entered)"), c.rounding.years};
    if (!c.rounding.amounts.isEmpty())
        fields << Sheet::Field {QStringLiteral("rounding.amounts"), CalculationSheet::tr("Rounding of amounts (entered)"),
                                c.rounding.amounts};
    if (!c.rounding.total.isEmpty())
        fields << Sheet::Field {QStringLiteral("rounding.total"), CalculationSheet::tr("Rounding of the total (entered)"),
                                c.rounding.total};
    for (qsizetype i = 0; i < c.supplements.size(); ++i) {
        const pension::Supplement &s = c.supplements.at(i);
        if (!s.isRule()) {
            fields << Sheet::Field {QStringLiteral("supplement.%1").arg(i + 1), CalculationSheet::tr("Add-on: %1").arg(s.label),
                                    yuanText(s.amount)};
            continue;
        }
        // A claimed add-on: its line in the breakdown has the amount; here what the case said.
        QString value = CalculationSheet::tr("claimed (%1)").arg(s.rule);
        if (s.rate)
            value += CalculationSheet::tr(", rate %1 (entered)").arg((*s.rate * Rational(100)).toShortString(4) + u'%');
        if (s.months)
            value += CalculationSheet::tr(", %1 worked in the region").arg(monthsText(*s.months));
        const auto line = std::find_if(r.lines.cbegin(), r.lines.cend(), [&](const pension::BreakdownLine &l) {
            return l.key == QStringLiteral("supplement.%1").arg(i + 1);
        });
        fields << Sheet::Field {QStringLiteral("supplement.%1").arg(i + 1),
                                CalculationSheet::tr("Add-on: %1").arg(line != r.lines.cend() ? line->label : s.rule), value};
    }
    return fields;
}

/// Replaces the full citizen ID number (either case of a final x) by its mask in every text
/// of @p sheet: free texts such as assumptions could quote it, and a sheet must never show it.
void scrubCitizenId(Sheet &sheet, const QString &citizenId)
{
    if (citizenId.isEmpty())
        return;
    const QString masked = identity::CitizenId::mask(citizenId);
    const auto scrub = [&](QString &text) { text.replace(citizenId, masked, Qt::CaseInsensitive); };
    scrub(sheet.title);
    scrub(sheet.personName);
    for (Sheet::Field &f : sheet.person) {
        scrub(f.label);
        scrub(f.value);
    }
    for (Sheet::Field &f : sheet.inputs) {
        scrub(f.label);
        scrub(f.value);
    }
    for (Sheet::Line &l : sheet.lines) {
        scrub(l.label);
        scrub(l.formula);
        scrub(l.value);
        scrub(l.source);
        scrub(l.note);
        scrub(l.visitorNote);
    }
    for (QString &w : sheet.warnings)
        scrub(w);
    scrub(sheet.provisionalNotice);
    for (QString &a : sheet.assumptions)
        scrub(a);
    for (QString &n : sheet.lowConfidence)
        scrub(n);
    scrub(sheet.clerk);
}

} // namespace

Result<CalculationSheet> CalculationSheet::build(const pension::PensionCase &pensionCase, const pension::PensionResult &result,
                                                 const std::optional<insured::InsuredPerson> &person, const QStringList &assumptions,
                                                 const QList<policy::ParameterFileVersion> &versions, const QString &clerk,
                                                 const QDateTime &printedAt, const policy::ParameterSet *parameters)
{
    if (clerk.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("clerk"), tr("the sheet needs the name of the clerk who makes it"));
    if (!printedAt.isValid())
        return Error::badInput(QStringLiteral("printed_at"), tr("the sheet needs a valid date and time"));
    if (versions.isEmpty()) {
        return Error::badInput(QStringLiteral("versions"), tr("the sheet needs the versions of the parameter files the calculation used"));
    }
    if (result.lines.isEmpty())
        return Error::badInput(QStringLiteral("result"), tr("the result has no breakdown to print"));

    CalculationSheet sheet;
    sheet.title = tr("Pension calculation sheet");
    if (person) {
        sheet.personName = person->name;
        sheet.maskedCitizenId = identity::CitizenId::mask(person->citizenId);
    }
    sheet.regionName = result.regionName;
    sheet.retirementMonth = result.retirement.toString();
    sheet.person = personFields(pensionCase, result, person);
    sheet.inputs = inputFields(pensionCase, result);
    // A note the clerk wrote is the one a visitor reads; notes on the sources are for staff.
    const QString entered = QCoreApplication::translate("tongban::pension::PensionCalculator", "entered for this case");
    for (const pension::BreakdownLine &b : result.lines) {
        Line line {b.key, b.label, b.formula, b.value, b.source, b.confidence, b.note, b.amount, b.provisional, {}, {}, b.explanation};
        if (line.note.startsWith(entered))
            line.visitorNote = line.note;
        if (line.provisional) {
            const QString mark
                = tr("provisional (预发): changes when the calculation base of %1 is published").arg(result.retirement.toString());
            line.note = line.note.isEmpty() ? mark : line.note + QStringLiteral("; ") + mark;
            line.visitorNote = line.visitorNote.isEmpty() ? mark : line.visitorNote + tr("; ") + mark;
        }
        if (parameters) {
            for (const QString &source : b.source.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
                const QString citation = parameters->citationFor(source);
                if (citation.isEmpty())
                    continue;
                qsizetype index = sheet.citations.indexOf(citation);
                if (index < 0) {
                    sheet.citations << citation;
                    index = sheet.citations.size() - 1;
                }
                if (!line.references.contains(int(index) + 1))
                    line.references << int(index) + 1;
            }
        }
        if (line.confidence == u"LOW") {
            sheet.lowConfidence
                << tr("%1: %2 (source: %3)").arg(line.label, displayValue(line), line.source.isEmpty() ? tr("none given") : line.source);
        }
        sheet.lines << line;
    }
    sheet.provisional = result.provisional;
    if (result.provisional)
        sheet.provisionalNotice = tr("Provisional (预发): the calculation base of %1 is not yet published; this sheet uses the latest "
                                     "published one (%2) and is recomputed when it is.")
                                      .arg(result.retirement.toString(), yuanText(result.calculationBase));
    sheet.totalLabel = tr("Monthly basic pension");
    sheet.total = result.total;
    sheet.warnings = result.warnings;
    sheet.assumptions = assumptions;
    sheet.versions = versions;
    sheet.clerk = clerk.trimmed();
    sheet.printedAt = printedAt;
    sheet.printedAtText = printedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (person)
        scrubCitizenId(sheet, person->citizenId);
    return sheet;
}

Status CalculationSheet::readyForVisitor() const
{
    if (agency.trimmed().isEmpty())
        return Error::badInput(QStringLiteral("agency"),
                               tr("the visitor's copy carries the agency's name: set it under Settings → Agency before printing"));
    return Done {};
}

QString CalculationSheet::confidenceText(const QString &confidence)
{
    if (confidence == u"HIGH")
        return tr("high");
    if (confidence == u"MEDIUM")
        return tr("medium");
    if (confidence == u"LOW")
        return tr("low, to verify");
    if (confidence.isEmpty())
        return QStringLiteral("—");
    return confidence;
}

QString CalculationSheet::displayValue(const Line &line)
{
    if (line.amount)
        return yuanText(*line.amount);
    return line.value;
}

int CalculationSheet::totalLineIndex() const
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).key == u"total")
            return int(i);
    }
    return -1;
}

} // namespace tongban::sheet
