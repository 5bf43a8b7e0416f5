#pragma once

#include "prereviewrunner.h"

#include "prereview/prereviewregistry.h"
#include "prereview/prereviewrequest.h"

#include <QMap>
#include <QString>

#include <memory>

namespace tongban::services {

/// The intake's pre-reviews (PreReviewRunner) on the engines of core/prereview: IntakeService is
/// given builtIn() (the program and the CLI), so that a matter's "pre_review" runs the engine of
/// that id and the catalog's known engines are the registry's ids.
class RegistryPreReviewRunner : public PreReviewRunner
{
public:
    /// A runner on @p registry, which must outlive it.
    explicit RegistryPreReviewRunner(const prereview::PreReviewRegistry &registry);

    /// A runner on prereview::PreReviewRegistry::builtIn(), shared.
    static std::shared_ptr<const PreReviewRunner> builtIn();

    QStringList ids() const override { return m_registry.ids(); }
    /// Runs the engine: the request is the matter as typed, its subject and history as the
    /// service read them, and what the engine reads more from @p input.db (stored claims, the
    /// employer of the USCC: prereview::PreReviewInputs::addStored). The result is stored in the
    /// shared JSON form ({"engine", "verdict", "findings", "details"}).
    std::optional<Result<intake::PreReviewRecord>> run(const QString &engineId, const PreReviewInput &input) const override;

    /// The field ids of @p fields by the type their values show, for an engine that looks a field up
    /// by type when the catalog names it otherwise: the first value {"from", "to"} is the
    /// "month-range", the first non-empty array of such objects the "month-periods", the first
    /// field whose id is "uscc" or ends in "_uscc" the "uscc". (The seam gives the matter without
    /// the catalog's field dictionary, so the types are read off the values.)
    static QMap<QString, QString> fieldsByType(const QJsonObject &fields);

    /// The request an engine gets for @p input (without the stored extras).
    static prereview::PreReviewRequest requestOf(const PreReviewInput &input);

private:
    const prereview::PreReviewRegistry &m_registry;
};

} // namespace tongban::services
