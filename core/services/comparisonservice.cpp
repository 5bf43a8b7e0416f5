#include "comparisonservice.h"

#include "identity/citizenid.h"
#include "session/visitsessionrepository.h"
#include "storage/storeservice.h"

#include <QJsonObject>

namespace tongban::services {

namespace {

ComparisonOutcome failed(Error error, char side = 0)
{
    ComparisonOutcome o;
    o.error = std::move(error);
    o.errorSide = side;
    return o;
}

/// A side's error keeps the scenario fields it names; any other is the side's, without a field.
ComparisonOutcome sideFailed(Error error, char side)
{
    if (error.field != u"retirement" && error.field != u"keep_paying")
        error.field.clear();
    return failed(std::move(error), side);
}

Result<StoredPerson> personOf(const QSqlDatabase &db, const ComparisonService::Side &side, const Clock &clock)
{
    if (side.person)
        return *side.person;
    return StoredPerson::find(db, side.query, clock, side.queryField);
}

} // namespace

ComparisonService::ComparisonService(const AppContext &context)
    : m_context(context)
{ }

QFuture<ComparisonOutcome> ComparisonService::compare(const Request &request, std::shared_ptr<const std::atomic_bool> cancelled) const
{
    return m_context.store()
        .read<ComparisonOutcome>([request, cancelled, parameters = m_context.parameters(), clock = m_context.clock()](QSqlDatabase db) {
            return Result<ComparisonOutcome>(run(db, request, parameters, clock, *cancelled));
        })
        .then([](const Result<ComparisonOutcome> &outcome) { return outcome ? *outcome : failed(outcome.error()); });
}

QString ComparisonService::colleagueLabel()
{
    return tr("Colleague");
}

QFuture<Result<session::Disclosure>> ComparisonService::recordDisclosure(const Disclosure &disclosure) const
{
    const pension::PensionComparison &c = disclosure.comparison;
    session::DisclosureRepository::NewDisclosure row;
    row.subjectPersonId = disclosure.colleague.id;
    row.recipientPersonId = disclosure.visitor.id;
    row.purpose = session::DisclosureRepository::comparisonPurpose();
    row.basis = disclosure.basis;
    row.clerk = m_context.clerk();
    if (!c.components.isEmpty()) {
        const pension::ComponentDifference &total = c.components.last();
        row.detail = QJsonObject {{QStringLiteral("total_a"), total.a.toJsonDouble()},
                                  {QStringLiteral("total_b"), total.b.toJsonDouble()},
                                  {QStringLiteral("difference"), c.difference.toJsonDouble()}};
    }
    for (const pension::ComparedFigure &f : c.figures) {
        if (f.key == u"retirement") {
            row.detail.insert(QStringLiteral("retirement_a"), f.a);
            row.detail.insert(QStringLiteral("retirement_b"), f.b);
        }
    }
    return m_context.store().write<session::Disclosure>(
        [row, clock = m_context.clock()](QSqlDatabase db) mutable -> Result<session::Disclosure> {
            const auto open = session::VisitSessionRepository(db, clock).findOpen(row.clerk);
            if (!open)
                return open.error();
            if (*open)
                row.sessionId = (*open)->id;
            return session::DisclosureRepository(db, clock).record(row);
        });
}

ComparisonOutcome ComparisonService::run(const QSqlDatabase &db, const Request &request,
                                         const std::shared_ptr<const policy::ParameterSet> &parameters, const Clock &clock,
                                         const std::atomic_bool &cancelled)
{
    const auto personA = personOf(db, request.a, clock);
    if (!personA)
        return failed(personA.error(), 'a');
    const auto personB = personOf(db, request.b, clock);
    if (!personB)
        return failed(personB.error(), 'b');
    if (!request.bIsScenarioOfA && personA->person.id == personB->person.id)
        return failed(Error::badInput(request.b.queryField, tr("This is the person on screen; enter someone else, or compare a scenario.")),
                      'b');
    if (cancelled)
        return {};

    ComparisonOutcome outcome;
    const auto build = [&](const StoredPerson &p, const Side &side, QStringList *assumptions) {
        return pension::ScenarioSide::build(p.person, p.records, parameters, side.scenario, request.today, side.describe, assumptions);
    };
    const auto a = build(*personA, request.a, &outcome.assumptionsA);
    if (!a)
        return sideFailed(a.error(), 'a');
    auto b = build(*personB, request.b, &outcome.assumptionsB);
    if (!b)
        return sideFailed(b.error(), 'b');
    if (cancelled)
        return {};
    if (!request.bIsScenarioOfA) {
        outcome.colleague = personB->person;
        outcome.visitor = personA->person;
        outcome.colleagueMaskedId = identity::CitizenId::mask(personB->person.citizenId);
        if (request.colleagueUnnamed)
            b->label = colleagueLabel();
    }
    outcome.comparison = pension::PensionComparer::compare(*a, *b);
    outcome.sideA = *a;
    outcome.sideB = *b;
    for (const pension::ComparisonSide *side : {&*a, &*b}) {
        for (const QString &warning : side->result.warnings)
            outcome.warnings << tr("%1: %2").arg(side->label, warning);
    }
    if (request.bIsScenarioOfA) {
        pension::PensionOutcome shown;
        shown.pensionCase = b->pensionCase;
        shown.result = b->result;
        shown.history = b->history;
        shown.assumptions = outcome.assumptionsB;
        // What the scenario side was built from (pension::ScenarioSide), so that its snapshot can
        // be built again from the records: a projection assumes what it lists; without one the
        // side assumes the unpublished figures as ScenarioSide does.
        pension::CaseOrigin origin;
        origin.today = request.today;
        origin.retirement = request.b.scenario.retirement;
        origin.keepPayingBase = request.b.scenario.keepPayingBase;
        origin.keepPayingKind = request.b.scenario.kind;
        origin.assumeUnpublished = !request.b.scenario.keepPayingBase;
        shown.origin = origin;
        outcome.scenarioOutcome = shown;
    }
    return outcome;
}

} // namespace tongban::services
