#pragma once

#include "appcontext.h"

#include "common/error.h"
#include "insured/employer.h"

#include <QFuture>
#include <QList>
#include <QString>

namespace tongban::services {

/// Finding stored employers for the deferral page: by unified social credit code (GB 32100-2015,
/// exact after normalisation) or by a part of the name (storage::EmployerRepository::search), on a
/// reader thread of the store.
class EmployerSearch
{
public:
    explicit EmployerSearch(const AppContext &context);

    /// Employers matching @p text, at most 50, by name. An empty text finds none. Error (Storage).
    QFuture<Result<QList<insured::Employer>>> search(const QString &text) const;

private:
    const AppContext &m_context;
};

} // namespace tongban::services
