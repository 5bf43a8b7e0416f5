#pragma once

#include "claim.h"
#include "common/clock.h"
#include "common/error.h"
#include "storedclaim.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <utility>

namespace tongban::unemployment {

/// Unemployment benefit claims in the local store: open, stop, list, and the months carried
/// into the next claim.
///
/// Prepared statements with bound values; every write in one BEGIN IMMEDIATE transaction
/// (WriteTransaction), so a failed write changes nothing. Use on the thread that opened the
/// connection (see storage::LocalStore).
class UnemploymentClaimRepository
{
    Q_DECLARE_TR_FUNCTIONS(tongban::unemployment::UnemploymentClaimRepository)

public:
    /// A repository on @p db (an open LocalStore connection at schema 2 or later). @p clock
    /// stamps created_at / updated_at (UTC).
    UnemploymentClaimRepository(QSqlDatabase db, Clock clock);

    /// Stores @p assessment as an open claim of person @p personId, recorded by @p clerk.
    /// A claim is opened with its monthly amount (条例 Art. 18): where the region's standard is
    /// not in the data the clerk enters it with a note (ClaimInput::enteredStandard), or
    /// confirms, with @p withoutAmountConfirmed, that the claim opens without one — stored so
    /// (the amount's source says it was confirmed), never silently.
    /// Returns the stored claim (with its id). Errors: BadInput ("eligible") when the
    /// assessment is not eligible; BadInput ("monthly_standard") when it has no monthly amount
    /// and the opening without one is not confirmed; BadInput ("claim_date") when the person has
    /// an open claim whose benefit period still runs in the claim month (stop it first) or a
    /// claim dated after this one; Storage (unknown person, a constraint, the driver's text).
    Result<StoredClaim> openClaim(const QString &personId, const ClaimAssessment &assessment, const QString &clerk = {},
                                  bool withoutAmountConfirmed = false);

    /// Records @p stop on the open claim @p claimId. Errors: NotFound ("claim") when no such
    /// claim; BadInput ("claim") when it is already stopped; Storage.
    Result<StoredClaim> stopClaim(qint64 claimId, const StopOutcome &stop);

    /// Decides the stop of the claim as stored (ClaimEvaluator::stop on its period) and records
    /// it, in one BEGIN IMMEDIATE transaction: nobody can change the claim in between.
    using StopDecision = std::function<Result<StopOutcome>(const StoredClaim &claim)>;
    /// Errors: those of stopClaim(claimId, stop), and @p decide's (nothing is stored then).
    Result<std::pair<StoredClaim, StopOutcome>> stopClaim(qint64 claimId, const StopDecision &decide);

    /// The claim @p claimId. Errors: NotFound ("claim"); Storage.
    Result<StoredClaim> loadClaim(qint64 claimId) const;
    /// The claims of @p personId, newest claim date first (then newest id). Error (Storage).
    Result<QList<StoredClaim>> claimsOf(const QString &personId) const;
    /// The months carried into the person's next claim (条例 Art. 17): the months left of the
    /// person's latest claim when it was stopped on a ground that keeps them, else 0 (an open
    /// or exhausted latest claim leaves nothing to carry; the carried months of an earlier
    /// stop were used by the claim after it). Not capped here: the evaluator caps the sum.
    /// Error (Storage).
    Result<int> monthsCarriedIntoNextClaim(const QString &personId) const;

private:
    QString now() const;

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace tongban::unemployment
