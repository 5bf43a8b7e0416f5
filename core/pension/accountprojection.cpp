#include "accountprojection.h"

#include "pensioncalculator.h"
#include "retirement/retirementrule.h"

namespace tongban::pension {

namespace {

/// The latest figure of the calculation-base series @p place uses (by start month).
std::optional<policy::EffectiveFigure> latestCalculationBase(const policy::RegionParameters &region, const QString &place)
{
    std::optional<policy::EffectiveFigure> latest;
    for (const policy::EffectiveFigure &f : region.calculationBasesFor(place)) {
        if (!latest || f.from > latest->from)
            latest = f;
    }
    return latest;
}

} // namespace

Result<UnpublishedFigures> AccountProjection::assumeUnpublished(const policy::ParameterSet &parameters,
                                                                const policy::RegionParameters &region, YearMonth retirement,
                                                                std::optional<Rational> creditingRate, std::optional<Money> calculationBase,
                                                                const QString &place)
{
    const QString where = place.isEmpty() ? region.code : place;
    UnpublishedFigures u;
    u.history.holdLatestAverageWage = true;
    if (creditingRate) {
        u.history.creditingRate = creditingRate;
        u.sentences << tr("Years whose crediting rate is not yet published earn %1, as entered.")
                           .arg((*creditingRate * Rational(100)).toShortString(4) + u'%');
    } else {
        for (int year = retirement.year(); year >= 1990 && !u.history.creditingRate; --year) {
            if (const auto rate = parameters.creditingRate(year)) {
                u.history.creditingRate = rate->value;
                u.latestRateYear = year;
            }
        }
    }
    u.calculationBase = calculationBase;
    // A base the region pays provisionally (预发) is the calculator's to mark; only a month beyond
    // that is assumed here.
    if (!calculationBase && !region.calculationBaseAt(where, retirement).ok()) {
        const auto latest = latestCalculationBase(region, where);
        if (!latest)
            return region.calculationBaseAt(where, retirement).error();
        u.calculationBase = Money::fromYuan(latest->figure.value, RoundingMode::HalfUp);
        u.sentences
            << tr("Calculation base %1 CNY, the latest published figure (for pensions from %2); the base for %3 is not yet published.")
                   .arg(u.calculationBase->toDisplayString(), latest->from.toString(), retirement.toString());
    }
    return u;
}

Result<Projection> AccountProjection::project(const insured::InsuredPerson &person, const QList<insured::ContributionRecord> &records,
                                              const std::shared_ptr<const policy::ParameterSet> &parameters,
                                              const ProjectionRequest &request)
{
    if (request.base.fen() <= 0)
        return Error::badInput(QStringLiteral("base"),
                               tr("the contribution base to keep paying must be a positive amount in CNY per month"));
    if (request.creditingRate && (request.creditingRate->isNegative() || *request.creditingRate > Rational(1, 5)))
        return Error::badInput(QStringLiteral("crediting_rate"), tr("the assumed crediting rate must be between 0 and 0.2 (20 %)"));
    const auto regionResult = parameters->region(person.region);
    if (!regionResult)
        return regionResult.error();
    const policy::RegionParameters &region = **regionResult;

    // The base must be one that can be paid: within the bounds of the latest average wage.
    const auto floor = parameters->contributionBaseBound(QStringLiteral("floor"));
    const auto ceiling = parameters->contributionBaseBound(QStringLiteral("ceiling"));
    if (floor && ceiling && !region.averageWagesFor(person.region).isEmpty()) {
        const Rational wage = region.averageWagesFor(person.region).last().value;
        const Money lowest = Money::fromYuan(wage * floor->value, RoundingMode::HalfUp);
        const Money highest = Money::fromYuan(wage * ceiling->value, RoundingMode::HalfUp);
        if (request.base < lowest || request.base > highest)
            return Error::badInput(QStringLiteral("base"),
                                   tr("the base must lie between %1 and %2 CNY a month: %3 %–%4 % of the latest average wage of %5, "
                                      "%6 CNY (%7)")
                                       .arg(lowest.toDisplayString(), highest.toDisplayString(),
                                            (floor->value * Rational(100)).toShortString(2),
                                            (ceiling->value * Rational(100)).toShortString(2), region.displayName(),
                                            Money::fromYuan(wage, RoundingMode::HalfUp).toDisplayString(), floor->provenance.document));
    }

    Projection p;
    YearMonth retirement;
    if (request.retirement) {
        retirement = *request.retirement;
    } else {
        const auto statutory
            = retirement::RetirementRule::statutory(YearMonth::fromDate(person.birthDate), person.retirementGroup, *parameters);
        if (!statutory)
            return statutory.error();
        retirement = statutory->statutoryRetirement;
        p.assumptions << tr("The pension starts in the statutory retirement month %1 (age %2 years %3 months).")
                             .arg(retirement.toString())
                             .arg(statutory->statutoryAge.years)
                             .arg(statutory->statutoryAge.months);
    }
    if (retirement <= request.today)
        return Error::badInput(QStringLiteral("retirement"),
                               tr("a projection needs a pension start after the current month %1; %2 has already begun")
                                   .arg(request.today.toString(), retirement.toString()));

    YearMonth lastRecord;
    for (const insured::ContributionRecord &r : records)
        lastRecord = !lastRecord.isValid() || r.month > lastRecord ? r.month : lastRecord;
    if (lastRecord.isValid() && lastRecord >= retirement)
        return Error::badInput(
            QStringLiteral("retirement"),
            tr("contributions are recorded up to %1, so the pension cannot start in %2").arg(lastRecord.toString(), retirement.toString()));

    const YearMonth first = std::max(request.today, lastRecord.isValid() ? lastRecord.addMonths(1) : request.today);
    const YearMonth last = retirement.addMonths(-1);
    QList<insured::ContributionRecord> extended = records;
    QString employerId;
    for (const insured::ContributionRecord &r : records) {
        if (r.month == lastRecord && r.kind == request.kind)
            employerId = r.employerId;
    }
    for (YearMonth m = first; m <= last; m = m.addMonths(1)) {
        insured::ContributionRecord r;
        r.month = m;
        r.base = request.base;
        r.kind = request.kind;
        r.employerId = request.kind == insured::ContributionKind::Employee ? employerId : QString();
        r.region = person.region;
        extended << r;
        if (const auto share = parameters->accountCreditRate(m))
            p.projectedCredits += Money::fromYuan(request.base.yuan() * share->value, RoundingMode::HalfUp);
        ++p.projectedMonths;
    }
    if (lastRecord.isValid() && first > lastRecord.addMonths(1))
        p.assumptions << tr("Nothing is recorded from %1 to %2: those months count as not paid.")
                             .arg(lastRecord.addMonths(1).toString(), first.addMonths(-1).toString());
    if (p.projectedMonths > 0) {
        p.firstProjectedMonth = first;
        p.lastProjectedMonth = last;
        p.assumptions << tr("From %1 to %2 (%3 months) contributions continue on a base of %4 CNY a month as %5; "
                            "%6 CNY is credited to the individual account over that time (before interest).")
                             .arg(first.toString(), last.toString())
                             .arg(p.projectedMonths)
                             .arg(request.base.toDisplayString(),
                                  request.kind == insured::ContributionKind::Employee ? tr("an employee")
                                                                                      : tr("a flexibly employed person"),
                                  p.projectedCredits.toDisplayString());
    } else {
        p.assumptions << tr("Nothing is left to project: contributions are recorded up to the month before the pension starts.");
    }

    // The crediting rate for years not yet published: the latest published one unless given.
    auto unpublished = assumeUnpublished(*parameters, region, retirement, request.creditingRate, request.calculationBase, person.region);
    if (!unpublished)
        return unpublished.error();
    p.assumptions << unpublished->sentences;
    const std::optional<Money> calculationBase = unpublished->calculationBase;
    const history::HistoryAssumptions assume = unpublished->history;

    auto built = HistoryCaseBuilder::build(person, extended, *parameters, retirement, last, calculationBase, assume);
    if (!built)
        return built.error();
    auto result = PensionCalculator(parameters).calculate(built->pensionCase);
    if (!result)
        return result.error();
    p.assumptions << built->assumptions;
    p.historyCase = std::move(built).value();
    p.result = std::move(result).value();
    return p;
}

} // namespace tongban::pension
