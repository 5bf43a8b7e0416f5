#pragma once

#include "prereviewrequest.h"

#include "common/clock.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace tongban::prereview {

/// Fills a PreReviewRequest from the local store, on the thread that owns @p db (a reader
/// connection of storage::StoreService: the intake service runs it in a reader job).
class PreReviewInputs
{
    Q_DECLARE_TR_FUNCTIONS(tongban::prereview::PreReviewInputs)

public:
    /// What the intake knows of one matter.
    struct Matter
    {
        QString matterId; ///< catalog id
        QString engine; ///< the matter's pre_review id (decides what is looked up)
        QJsonObject fields; ///< the matter's field values as typed
        QMap<QString, QString> fieldsByType; ///< field type → the matter's first field id of that type
        /// The citizen ID number of the person the matter is about (the applicant, or the person
        /// the applicant acts for); empty for an employer matter.
        QString subjectIdNumber;
    };

    /// The request for @p matter: the stored person of its subject (by citizen ID number) with
    /// their records and history built up to today's month; for "unemployment-claim",
    /// "unemployment-stop" and "eligibility-verification" their stored claims; for "deferral" the
    /// stored employer of the matter's USCC. A subject or employer not stored is std::nullopt (the
    /// engine says what it could not check). A history that cannot be built (two records in one
    /// month) leaves the history out. @p clock gives today; @p parameters are shared with the request.
    /// Error: Storage from the store.
    static Result<PreReviewRequest> load(const QSqlDatabase &db, const Matter &matter, const Clock &clock,
                                         const std::shared_ptr<const policy::ParameterSet> &parameters);

    /// What load() adds for engine @p engine to a @p request whose subject is already read: the
    /// subject's stored claims (unemployment-claim, unemployment-stop, eligibility-verification)
    /// and the stored employer of the request's USCC field (deferral). Error: Storage.
    static Status addStored(const QSqlDatabase &db, const QString &engine, const Clock &clock, PreReviewRequest &request);
};

} // namespace tongban::prereview
