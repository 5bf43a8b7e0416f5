#include "prereviewinputs.h"

#include "history/contributionhistory.h"
#include "identity/citizenid.h"
#include "storage/employerrepository.h"
#include "storage/personrepository.h"
#include "unemployment/unemploymentclaimrepository.h"

namespace tongban::prereview {

Result<PreReviewRequest> PreReviewInputs::load(const QSqlDatabase &db, const Matter &matter, const Clock &clock,
                                               const std::shared_ptr<const policy::ParameterSet> &parameters)
{
    PreReviewRequest request;
    request.matterId = matter.matterId;
    request.fields = matter.fields;
    request.fieldsByType = matter.fieldsByType;
    request.today = clock.today();
    request.parameters = parameters;

    const QString idNumber = matter.subjectIdNumber.trimmed();
    if (!idNumber.isEmpty()) {
        const auto validation = identity::CitizenId::validate(idNumber, request.today);
        if (validation.valid) {
            const storage::PersonRepository persons(db, clock);
            const auto found = persons.findByCitizenId(validation.normalized);
            if (!found)
                return found.error();
            if (found->has_value()) {
                request.subject = **found;
                auto records = persons.loadContributionRecords(request.subject->id);
                if (!records)
                    return records.error();
                if (parameters) {
                    if (auto history = history::ContributionHistory::build(*request.subject, std::move(records).value(), *parameters,
                                                                           request.currentMonth()))
                        request.history = std::move(history).value();
                }
            }
        }
    }
    if (const Status added = addStored(db, matter.engine, clock, request); !added)
        return added.error();
    return request;
}

Status PreReviewInputs::addStored(const QSqlDatabase &db, const QString &engine, const Clock &clock, PreReviewRequest &request)
{
    if (request.subject
        && (engine == QLatin1String("unemployment-claim") || engine == QLatin1String("unemployment-stop")
            || engine == QLatin1String("eligibility-verification"))) {
        const unemployment::UnemploymentClaimRepository claims(db, clock);
        auto list = claims.claimsOf(request.subject->id);
        if (!list)
            return list.error();
        request.claims = std::move(list).value();
    }
    if (engine == QLatin1String("deferral")) {
        const QString uscc = request.field(QStringLiteral("uscc"), QStringLiteral("uscc")).toString().trimmed();
        if (!uscc.isEmpty()) {
            const storage::EmployerRepository employers(db, clock);
            const auto found = employers.search(uscc, 2);
            if (!found)
                return found.error();
            for (const insured::Employer &e : *found)
                if (e.uscc.compare(uscc, Qt::CaseInsensitive) == 0)
                    request.employer = e;
        }
    }
    return Done {};
}

} // namespace tongban::prereview
