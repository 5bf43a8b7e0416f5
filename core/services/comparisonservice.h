#pragma once

#include "appcontext.h"
#include "storedperson.h"

#include "pension/pensioncomparison.h"
#include "pension/pensionoutcome.h"
#include "pension/scenarioside.h"
#include "session/disclosurerepository.h"

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace tongban::services {

/// What one comparison produced: the comparison with what each side assumes, or the reason it
/// could not be made, with the input it concerns as the error's field ("retirement",
/// "keep_paying", or the Side::queryField of a person not found; empty for the store's errors).
struct ComparisonOutcome
{
    std::optional<pension::PensionComparison> comparison;
    std::optional<pension::ComparisonSide> sideA; ///< the two sides compared (their cases and results)
    std::optional<pension::ComparisonSide> sideB;
    QStringList assumptionsA;
    QStringList assumptionsB;
    /// What the calculation of each side warns about (PensionResult::warnings, the words the
    /// pension tab and a reopened calculation show: below the minimum period, a start outside
    /// the flexible retirement window, …), each after its side's label.
    QStringList warnings;
    /// Side b when it is a scenario of side a's person: a calculation of this visitor's pension,
    /// kept in the visit like any other (a colleague's is not: it is someone else's), with the
    /// origin it can be built again from.
    std::optional<pension::PensionOutcome> scenarioOutcome;
    /// Side b's person when it is someone else than side a's (a colleague): their data may be
    /// shown only once a basis is recorded (ComparisonService::recordDisclosure). The screens
    /// show them as colleagueLabel() with colleagueMaskedId, never by name.
    std::optional<insured::InsuredPerson> colleague;
    std::optional<insured::InsuredPerson> visitor; ///< side a's person, to whom the colleague's data is shown; with a colleague only
    QString colleagueMaskedId; ///< CitizenId::mask of the colleague's number; empty without one
    std::optional<Error> error;
    char errorSide = 0; ///< 'a' or 'b' when the error concerns one side
};

/// Comparing two pensions of stored persons (PensionComparer, 国发〔2005〕38号): the person on
/// screen against a colleague, or against themselves under a scenario (retiring later, paying on
/// at a base) — the Compare tab and `tongban-cli compare --db`.
class ComparisonService
{
    Q_DECLARE_TR_FUNCTIONS(tongban::services::ComparisonService)

public:
    /// One side: a person already loaded, or one to find by @c query; under @c scenario.
    struct Side
    {
        std::optional<StoredPerson> person; ///< loaded already (the person on screen)
        QString query; ///< else: a citizen ID number or a name naming one person
        QString queryField; ///< the input @c query came from, for errors ("other", "--id")
        pension::Scenario scenario;
        bool describe = false; ///< the label names the scenario ("王建国, pension from 2027-03")
    };
    struct Request
    {
        Side a;
        Side b;
        YearMonth today; ///< the current month: accounts are as of it, projections start from it
        /// Side b is side a's person under a scenario: refuse a "colleague" who is the same
        /// person, and hand the side back as ComparisonOutcome::scenarioSide.
        bool bIsScenarioOfA = false;
        /// Side b, someone else, is labelled colleagueLabel() instead of their name (in the
        /// labels and in every explanation of the causes): what the visitor sees.
        bool colleagueUnnamed = false;
    };

    /// What recording a disclosure needs: the comparison that is to be shown and its basis.
    struct Disclosure
    {
        insured::InsuredPerson colleague; ///< whose data is shown (ComparisonOutcome::colleague)
        insured::InsuredPerson visitor; ///< to whom (side a's person)
        session::DisclosureBasis basis;
        pension::PensionComparison comparison; ///< what is shown: its totals are kept with the basis
    };

    explicit ComparisonService(const AppContext &context);

    /// Runs @p request on a reader thread of the store. A comparison with someone else (not
    /// bIsScenarioOfA) needs Permission::Compare (an expert or a supervisor, accounts::AccessPolicy):
    /// without it nothing is read, the refusal is audited ("refused", subject side b's citizen ID
    /// number when known) and the outcome's error is Forbidden with side b's queryField
    /// (errorSide 'b').
    QFuture<ComparisonOutcome> compare(const Request &request, std::shared_ptr<const std::atomic_bool> cancelled) const;

    /// Records on the store's writer, before the comparison is shown, that @p disclosure's
    /// colleague's data is shown to its visitor on its basis (个人信息保护法 第十三条), in the
    /// visit open at the clerk's counter (none: without a visit): a data_disclosure row with the
    /// compared totals (session::DisclosureRepository; the detail: "total_a", "total_b",
    /// "difference" in CNY and "retirement_a", "retirement_b"). Errors as
    /// DisclosureRepository::record, with the store's.
    ///
    /// In the same write transaction the audit record "compare" of the acting user is appended
    /// (subject the colleague's citizen ID number, object "pension-comparison", the basis's reason
    /// and the disclosure's id in it). Without Permission::Compare: Forbidden, and only the
    /// "refused" audit record is written.
    QFuture<Result<session::Disclosure>> recordDisclosure(const Disclosure &disclosure) const;

    /// Appends, in a write transaction of its own, the audit record "compare" of @p colleague's
    /// data shown without a disclosure recorded (`tongban-cli compare --db` without --basis).
    /// Without Permission::Compare: Forbidden, and only the "refused" record is written.
    /// Errors: Storage.
    QFuture<Result<Done>> auditShown(const insured::InsuredPerson &colleague) const;

    /// How a colleague is shown instead of their name: "Colleague" (同事), translated.
    static QString colleagueLabel();

    /// The same on the calling thread with its connection @p db. A side's error keeps its field
    /// ("retirement", "keep_paying" from ScenarioSide; @c queryField for a person not found).
    static ComparisonOutcome run(const QSqlDatabase &db, const Request &request,
                                 const std::shared_ptr<const policy::ParameterSet> &parameters, const Clock &clock,
                                 const std::atomic_bool &cancelled);

private:
    const AppContext &m_context;
};

} // namespace tongban::services
