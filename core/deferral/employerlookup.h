#pragma once

#include "common/error.h"
#include "insured/employer.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tongban::deferral {

/// Finds stored employers (table employer of the local store) for the deferral page: by unified
/// social credit code (exact, after normalisation) or by a part of the name. Use on the thread
/// that opened @p db (see storage::LocalStore).
class EmployerLookup
{
    Q_DECLARE_TR_FUNCTIONS(tongban::deferral::EmployerLookup)

public:
    explicit EmployerLookup(QSqlDatabase db);

    /// @p text trimmed: a valid USCC finds that employer; otherwise employers whose name
    /// contains it ("%" and "_" literal), ordered by name, at most @p limit (1…1000). An empty
    /// text finds none. Error (Storage) with the driver's text.
    Result<QList<insured::Employer>> search(const QString &text, int limit = 50) const;

private:
    QSqlDatabase m_db;
};

} // namespace tongban::deferral
