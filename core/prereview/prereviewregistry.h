#pragma once

#include "prereviewengine.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace tongban::prereview {

/// The pre-review engines a matter of the catalog may name, by id. The catalog loader is given
/// ids() as its known engines, so a matter naming another id does not load.
class PreReviewRegistry
{
public:
    /// A registry of @p engines (ids must differ; a later duplicate is ignored).
    explicit PreReviewRegistry(std::vector<std::unique_ptr<PreReviewEngine>> engines);

    /// The seven engines of the program: "retirement", "back-payment", "service-years",
    /// "unemployment-claim", "unemployment-stop", "deferral", "eligibility-verification". Made
    /// once (the unemployment and deferral rules and the industry catalog are loaded from the
    /// shipped data then; an engine whose data did not load answers every review with that error).
    /// Immutable and safe to share between threads.
    static const PreReviewRegistry &builtIn();

    /// The ids, in the order above.
    QStringList ids() const;
    /// The engine with @p id; nullptr when there is none.
    const PreReviewEngine *find(const QString &id) const;

private:
    std::vector<std::unique_ptr<PreReviewEngine>> m_engines;
};

} // namespace tongban::prereview
