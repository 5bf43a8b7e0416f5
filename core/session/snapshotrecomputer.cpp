#include "snapshotrecomputer.h"

#include "common/numbertext.h"
#include "pension/casefromrecords.h"
#include "pension/pensioncalculator.h"
#include "pension/pensioncasejson.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tongban::session {

namespace {

/// A line's identity for matching: its key and how many lines with that key came before
/// (keys are unique in practice; a repeated one is matched by position among its kind).
QList<QString> lineIdentities(const QList<pension::BreakdownLine> &lines)
{
    QHash<QString, int> seen;
    QList<QString> ids;
    for (const pension::BreakdownLine &l : lines)
        ids.append(l.key + u'#' + QString::number(seen[l.key]++));
    return ids;
}

QList<LineChange> compareLines(const QList<pension::BreakdownLine> &before, const QList<pension::BreakdownLine> &after)
{
    const QList<QString> beforeIds = lineIdentities(before);
    const QList<QString> afterIds = lineIdentities(after);
    QHash<QString, qsizetype> beforeIndex;
    for (qsizetype i = 0; i < beforeIds.size(); ++i)
        beforeIndex.insert(beforeIds.at(i), i);
    QList<LineChange> changes;
    QSet<QString> matched;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const auto it = beforeIndex.constFind(afterIds.at(i));
        if (it == beforeIndex.constEnd()) {
            changes.append({after.at(i).key, std::nullopt, after.at(i)});
            continue;
        }
        matched.insert(afterIds.at(i));
        const pension::BreakdownLine &old = before.at(*it);
        // Figures grouped by thousands since (issue 16) are the same figures.
        if (NumberText::withoutGrouping(old.formula) != NumberText::withoutGrouping(after.at(i).formula) || old.value != after.at(i).value)
            changes.append({after.at(i).key, old, after.at(i)});
    }
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (!matched.contains(beforeIds.at(i)))
            changes.append({before.at(i).key, before.at(i), std::nullopt});
    }
    return changes;
}

ComponentChange amount(const QString &key, const QString &label, Money before, Money after)
{
    return {key, label, true, before.yuan(), after.yuan()};
}

ComponentChange quantity(const QString &key, const QString &label, const Rational &before, const Rational &after)
{
    return {key, label, false, before, after};
}

} // namespace

SnapshotRecomputer::SnapshotRecomputer(std::shared_ptr<const policy::ParameterSet> parameters)
    : m_parameters(std::move(parameters))
{ }

QList<ParameterFileChange> SnapshotRecomputer::compareVersions(const QList<policy::ParameterFileVersion> &before,
                                                               const QList<policy::ParameterFileVersion> &after)
{
    QList<ParameterFileChange> changes;
    for (const policy::ParameterFileVersion &b : before) {
        ParameterFileChange c {b.file, b, std::nullopt};
        for (const policy::ParameterFileVersion &a : after) {
            if (a.file == b.file)
                c.after = a;
        }
        changes.append(c);
    }
    for (const policy::ParameterFileVersion &a : after) {
        const bool known = std::any_of(before.cbegin(), before.cend(), [&a](const auto &b) { return b.file == a.file; });
        if (!known)
            changes.append({a.file, std::nullopt, a});
    }
    return changes;
}

QList<ParameterFileChange> SnapshotRecomputer::parameterChanges(const CalculationSnapshot &snapshot) const
{
    const QString region = snapshot.caseJson.value(QStringLiteral("region")).toString();
    return compareVersions(snapshot.parameterVersions, m_parameters->versionsFor(region));
}

Result<SnapshotComparison> SnapshotRecomputer::recompute(const CalculationSnapshot &snapshot) const
{
    if (snapshot.kind != u"pension")
        return Error::badInput(QStringLiteral("kind"), tr("only pension calculations can be recomputed, not \"%1\"").arg(snapshot.kind));
    const auto pensionCase = pension::PensionCaseJson::parse(snapshot.caseJson);
    if (!pensionCase)
        return pensionCase.error().nested(QStringLiteral("case"));
    auto c = compare(snapshot, *pensionCase);
    if (!c)
        return c.error();
    c->from = RecomputedFrom::StoredInputs;
    c->caseJson = snapshot.caseJson;
    return c;
}

Result<SnapshotComparison> SnapshotRecomputer::recomputeFromRecords(const CalculationSnapshot &snapshot,
                                                                    const insured::InsuredPerson &person,
                                                                    const QList<insured::ContributionRecord> &records) const
{
    if (snapshot.kind != u"pension")
        return Error::badInput(QStringLiteral("kind"), tr("only pension calculations can be recomputed, not \"%1\"").arg(snapshot.kind));
    if (!snapshot.origin)
        return Error::badInput(QStringLiteral("origin"),
                               tr("the calculation was not built from contribution records; it can only be recomputed from "
                                  "its stored inputs"));
    if (person.id != snapshot.personId)
        return Error::badInput(QStringLiteral("person_id"),
                               tr("the records given are not those of the person the calculation was made for"));
    // The stored case, for its figures derived from the records then.
    const auto storedCase = pension::PensionCaseJson::parse(snapshot.caseJson);
    if (!storedCase)
        return storedCase.error().nested(QStringLiteral("case"));
    const auto built = pension::CaseFromRecords::build(person, records, m_parameters, *snapshot.origin);
    if (!built)
        return built.error();
    auto c = compare(snapshot, built->pensionCase);
    if (!c)
        return c.error();
    c->from = RecomputedFrom::ContributionRecords;
    c->caseJson = pension::PensionCaseJson::caseToJson(built->pensionCase);
    // Compared in the contract's shape on both sides, as the results are.
    const auto now = pension::PensionCaseJson::parse(c->caseJson);
    if (!now)
        return now.error().nested(QStringLiteral("case"));
    c->caseFigures = {
        amount(QStringLiteral("account_balance"), tr("Individual account balance"), storedCase->accountBalance, now->accountBalance),
        quantity(QStringLiteral("average_index"), tr("Average contribution index"), storedCase->averageIndex, now->averageIndex),
        quantity(QStringLiteral("actual_months"), tr("Months paid"), Rational(storedCase->actualMonths), Rational(now->actualMonths)),
        quantity(QStringLiteral("deemed_months"), tr("Deemed months"), Rational(storedCase->deemedMonths), Rational(now->deemedMonths)),
    };
    return c;
}

Result<SnapshotComparison> SnapshotRecomputer::compare(const CalculationSnapshot &snapshot, const pension::PensionCase &pensionCase) const
{
    auto stored = StoredResult::read(snapshot.resultJson);
    if (!stored)
        return stored.error().nested(QStringLiteral("result"));
    auto result = pension::PensionCalculator(m_parameters).calculate(pensionCase);
    if (!result)
        return result.error();

    SnapshotComparison c;
    c.currentVersions = m_parameters->versionsFor(pensionCase.region);
    c.files = compareVersions(snapshot.parameterVersions, c.currentVersions);
    c.resultJson = pension::PensionCaseJson::toJson(*result);
    // Compared in the contract's shape on both sides, so that the stored side (read back
    // from JSON) and the new one carry the same decimals.
    auto now = StoredResult::read(c.resultJson);
    if (!now)
        return now.error().nested(QStringLiteral("result"));
    const StoredResult &old = *stored;
    c.components = {
        amount(QStringLiteral("calculation_base"), tr("Calculation base"), old.calculationBase, now->calculationBase),
        quantity(QStringLiteral("payout_months"), tr("Payout months"), old.payoutMonths, now->payoutMonths),
        quantity(QStringLiteral("contribution_years"), tr("Contribution years"), old.contributionYears, now->contributionYears),
        amount(QStringLiteral("basic_pension"), tr("Basic pension"), old.basicPension, now->basicPension),
        amount(QStringLiteral("individual_account_pension"), tr("Individual account pension"), old.individualAccountPension,
               now->individualAccountPension),
        amount(QStringLiteral("transitional_pension"), tr("Transitional pension"), old.transitionalPension, now->transitionalPension),
        amount(QStringLiteral("supplements"), tr("Supplements"), old.supplements, now->supplements),
        amount(QStringLiteral("total"), tr("Monthly basic pension"), old.total, now->total),
    };
    c.lines = compareLines(old.lines, now->lines);
    c.stored = std::move(stored).value();
    c.result = std::move(result).value();
    return c;
}

} // namespace tongban::session
