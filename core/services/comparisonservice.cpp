#include "comparisonservice.h"

#include "accounts/accesspolicy.h"
#include "audit/auditlog.h"
#include "auditservice.h"
#include "identity/citizenid.h"
#include "session/visitsessionrepository.h"
#include "storage/storeservice.h"
#include "storage/writetransaction.h"

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

/// Whose data a comparison with someone else would show, as far as it is known before anything
/// is read: side b's person when loaded, else its query when that is a valid citizen ID number
/// (normalised); empty for a name.
QString subjectOf(const ComparisonService::Side &side, const Clock &clock)
{
    if (side.person)
        return side.person->person.citizenId;
    const identity::CitizenId::Validation v = identity::CitizenId::validate(side.query.trimmed(), clock.today());
    return v.valid ? v.normalized : QString();
}

/// The audit record of @p colleague's data shown in a comparison (the disclosure @p disclosureId
/// on its @p basis, when one is recorded).
audit::AuditEntry comparisonEntry(const insured::InsuredPerson &colleague, const session::DisclosureBasis *basis,
                                  const QString &disclosureId)
{
    audit::AuditEntry entry;
    entry.action = audit::action::compare;
    entry.subject = colleague.citizenId;
    entry.object = session::DisclosureRepository::comparisonPurpose();
    if (basis) {
        entry.reason = basis->reason();
        entry.detail = QStringLiteral("disclosure %1; basis %2").arg(disclosureId, basis->kindKey());
    }
    return entry;
}

} // namespace

ComparisonService::ComparisonService(const AppContext &context)
    : m_context(context)
{ }

QFuture<ComparisonOutcome> ComparisonService::compare(const Request &request, std::shared_ptr<const std::atomic_bool> cancelled) const
{
    if (!request.bIsScenarioOfA) {
        // Someone else's data: an expert's or a supervisor's right, checked before anything is read.
        const accounts::SignedInUser user = m_context.actingUser();
        if (const auto refusal = accounts::AccessPolicy::builtIn().require(user, accounts::Permission::Compare, request.b.queryField))
            return auditRefusal(m_context, user, accounts::permissionId(accounts::Permission::Compare),
                                subjectOf(request.b, m_context.clock()), *refusal)
                .then([](const Error &error) { return failed(error, 'b'); });
    }
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
    const accounts::SignedInUser user = m_context.actingUser();
    if (const auto refusal = accounts::AccessPolicy::builtIn().require(user, accounts::Permission::Compare))
        return auditRefusal(m_context, user, accounts::permissionId(accounts::Permission::Compare), disclosure.colleague.citizenId,
                            *refusal)
            .then([](const Error &error) { return Result<session::Disclosure>(error); });
    return m_context.store().write<session::Disclosure>([row, user, colleague = disclosure.colleague, clock = m_context.clock()](
                                                            QSqlDatabase db) mutable -> Result<session::Disclosure> {
        const auto open = session::VisitSessionRepository(db, clock).findOpen(row.clerk);
        if (!open)
            return open.error();
        if (*open)
            row.sessionId = (*open)->id;
        return session::DisclosureRepository(db, clock).record(row, [&](const session::Disclosure &stored) -> Status {
            const auto written = audit::AuditLog::append(db, user, comparisonEntry(colleague, &stored.basis, stored.id), clock.nowUtc());
            if (!written)
                return written.error();
            return Done {};
        });
    });
}

QFuture<Result<Done>> ComparisonService::auditShown(const insured::InsuredPerson &colleague) const
{
    const accounts::SignedInUser user = m_context.actingUser();
    if (const auto refusal = accounts::AccessPolicy::builtIn().require(user, accounts::Permission::Compare))
        return auditRefusal(m_context, user, accounts::permissionId(accounts::Permission::Compare), colleague.citizenId, *refusal)
            .then([](const Error &error) { return Result<Done>(error); });
    return m_context.store().write<Done>([user, colleague, clock = m_context.clock()](QSqlDatabase db) -> Status {
        storage::WriteTransaction tx(db);
        if (const Status s = tx.begin(); !s)
            return s.error();
        const auto written = audit::AuditLog::append(db, user, comparisonEntry(colleague, nullptr, QString()), clock.nowUtc());
        if (!written)
            return written.error();
        return tx.commit();
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
